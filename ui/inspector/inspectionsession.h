#pragma once

#include "agentconfig.h"
#include "clouddetector.h"
#include "hostspeccollector.h"
#include "probetablemodel.h"

#include <QObject>
#include <QTimer>

namespace mi::ui {

// What the window shows, as state: the running detection and its live evidence, then the host
// payload collected from it. The window binds to this and never talks to the engine itself.
class InspectionSession : public QObject
{
    Q_OBJECT
public:
    InspectionSession(const DetectorOptions &options, const AgentConfig &config, const HostSpecOptions &specOptions,
                      QObject *parent = nullptr);
    // A detection still running is dropped: its probes, cancelled, report to nobody.
    ~InspectionSession() override;

    ProbeTableModel *probes() { return &m_probes; }
    bool isRunning() const { return m_detector.isRunning() || m_collecting; }
    bool hasResult() const { return m_hasResult; }
    const DetectionResult &result() const { return m_result; }
    const DetectorOptions &options() const { return m_options; }
    bool hasHostSpec() const { return m_hasHostSpec; }
    const HostSpec &hostSpec() const { return m_hostSpec; }

public Q_SLOTS:
    void refresh();
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void resultChanged();
    void hostSpecChanged();
    void statusMessage(const QString &message);

private:
    void onFinished(const DetectionResult &result);
    void onHostSpec(const HostSpec &spec);
    void flushPendingProbes();

    DetectorOptions m_options;
    AgentConfig m_config;
    HostSpecOptions m_specOptions;
    CloudDetector m_detector;
    HostSpecCollector m_collector;
    HostSpec m_hostSpec;
    bool m_hasHostSpec = false;
    bool m_collecting = false; // a collection whose result is still wanted
    ProbeTableModel m_probes;
    DetectionResult m_result;
    bool m_hasResult = false;
    // Rows arrive in bursts; they are added a batch at a time so that the view repaints once a batch,
    // which is what keeps the window light over X forwarding.
    QList<ProbeRecord> m_pendingProbes;
    QTimer m_flushTimer;
};

} // namespace mi::ui
