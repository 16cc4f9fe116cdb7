#pragma once

#include "clouddetector.h"
#include "probetablemodel.h"

#include <QObject>
#include <QTimer>

namespace mi::ui {

// What the window shows, as state: the running detection, its live evidence and its last result.
// The window binds to this and never talks to the engine itself.
class InspectionSession : public QObject
{
    Q_OBJECT
public:
    explicit InspectionSession(const DetectorOptions &options, QObject *parent = nullptr);

    ProbeTableModel *probes() { return &m_probes; }
    bool isRunning() const { return m_detector.isRunning(); }
    bool hasResult() const { return m_hasResult; }
    const DetectionResult &result() const { return m_result; }
    const DetectorOptions &options() const { return m_options; }

public Q_SLOTS:
    void refresh();
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void resultChanged();
    void statusMessage(const QString &message);

private:
    void onFinished(const DetectionResult &result);
    void flushPendingProbes();

    DetectorOptions m_options;
    CloudDetector m_detector;
    ProbeTableModel m_probes;
    DetectionResult m_result;
    bool m_hasResult = false;
    // Rows arrive in bursts; they are added a batch at a time so that the view repaints once a batch,
    // which is what keeps the window light over X forwarding.
    QList<ProbeRecord> m_pendingProbes;
    QTimer m_flushTimer;
};

} // namespace mi::ui
