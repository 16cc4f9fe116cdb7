#include "inspectionsession.h"

namespace mi::ui {

InspectionSession::InspectionSession(const DetectorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_detector, &CloudDetector::probeRecorded, this, [this](const ProbeRecord &record) {
        m_probes.append(record);
        Q_EMIT statusMessage(tr("%1 %2: %3").arg(record.method, record.url, probeOutcomeName(record.outcome)));
    });
    connect(&m_detector, &CloudDetector::finished, this, &InspectionSession::onFinished);
}

void InspectionSession::refresh()
{
    m_probes.clear();
    m_hasResult = false;
    m_detector.start(m_options);
    Q_EMIT resultChanged();
    Q_EMIT runningChanged(true);
    Q_EMIT statusMessage(tr("Asking the instance metadata services…"));
}

void InspectionSession::cancel()
{
    if (!m_detector.isRunning())
        return;
    m_detector.cancel();
    Q_EMIT runningChanged(false);
    Q_EMIT statusMessage(tr("Cancelled."));
}

void InspectionSession::onFinished(const DetectionResult &result)
{
    m_result = result;
    m_hasResult = true;
    Q_EMIT resultChanged();
    Q_EMIT runningChanged(false);
    Q_EMIT statusMessage(tr("Detection finished: %1 requests.").arg(result.probes.size()));
}

} // namespace mi::ui
