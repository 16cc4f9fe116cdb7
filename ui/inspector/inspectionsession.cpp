#include "inspectionsession.h"

namespace mi::ui {

InspectionSession::InspectionSession(const DetectorOptions &options, const AgentConfig &config,
                                     const HostSpecOptions &specOptions, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_config(config)
    , m_specOptions(specOptions)
{
    connect(&m_collector, &HostSpecCollector::finished, this, &InspectionSession::onHostSpec);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &InspectionSession::flushPendingProbes);
    connect(&m_detector, &CloudDetector::probeRecorded, this, [this](const ProbeRecord &record) {
        m_pendingProbes.append(record);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    connect(&m_detector, &CloudDetector::finished, this, &InspectionSession::onFinished);
}

InspectionSession::~InspectionSession()
{
    // The members go before the detector's own destructor cancels its probes, which report them.
    disconnect(&m_detector, nullptr, this, nullptr);
    disconnect(&m_collector, nullptr, this, nullptr);
}

void InspectionSession::flushPendingProbes()
{
    m_flushTimer.stop();
    if (m_pendingProbes.isEmpty())
        return;
    for (const ProbeRecord &record : std::as_const(m_pendingProbes))
        m_probes.append(record);
    const ProbeRecord &last = m_pendingProbes.constLast();
    Q_EMIT statusMessage(tr("%1 %2: %3").arg(last.method, last.url, probeOutcomeName(last.outcome)));
    m_pendingProbes.clear();
}

void InspectionSession::refresh()
{
    m_pendingProbes.clear();
    m_flushTimer.stop();
    m_probes.clear();
    m_hasResult = false;
    m_hasHostSpec = false;
    m_collecting = false;
    m_detector.start(m_options);
    Q_EMIT resultChanged();
    Q_EMIT hostSpecChanged();
    Q_EMIT runningChanged(true);
    Q_EMIT statusMessage(tr("Asking the instance metadata services…"));
}

void InspectionSession::cancel()
{
    if (!isRunning())
        return;
    m_detector.cancel();
    m_collecting = false;
    flushPendingProbes();
    Q_EMIT runningChanged(false);
    Q_EMIT statusMessage(tr("Cancelled."));
}

void InspectionSession::onFinished(const DetectionResult &result)
{
    flushPendingProbes();
    m_result = result;
    m_hasResult = true;
    Q_EMIT resultChanged();
    Q_EMIT statusMessage(tr("Detection finished: %1 requests. Collecting the host specs…").arg(result.probes.size()));
    m_collecting = true;
    m_collector.start(result, m_config, m_specOptions);
}

void InspectionSession::onHostSpec(const HostSpec &spec)
{
    if (!m_collecting)
        return; // cancelled, or superseded by a new run
    m_collecting = false;
    m_hostSpec = spec;
    m_hasHostSpec = true;
    Q_EMIT hostSpecChanged();
    Q_EMIT runningChanged(false);
    Q_EMIT statusMessage(tr("Done: %1 requests, host payload collected.").arg(m_result.probes.size()));
}

} // namespace mi::ui
