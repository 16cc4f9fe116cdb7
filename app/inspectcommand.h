#pragma once

#include "clouddetector.h"
#include "commonoptions.h"
#include "demoenvironment.h"
#include "hostspeccollector.h"

#include <QObject>
#include <memory>

namespace mi::app {

// `mackerel-inspector inspect`: runs the detection as `detect` does, then collects the host's specs
// and prints the body mackerel-agent would POST to /api/v0/hosts. Quits the event loop with the
// exit code (0: printed; 1: could not run).
class InspectCommand : public QObject
{
    Q_OBJECT
public:
    explicit InspectCommand(CommonOptions options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onCollected(const HostSpec &spec);
    void fail(const QString &message);

    CommonOptions m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    CloudDetector *m_detector = nullptr;
    HostSpecCollector *m_collector = nullptr;
    DetectionResult m_detection;
};

// Parses the subcommand's arguments, runs it and returns the exit code (2: usage error).
int runInspect(const QStringList &arguments);

// {"platform","customIdentifier","host","probes","warnings"}
QJsonObject inspectJson(const DetectionResult &detection, const HostSpec &spec);
// The human-readable summary.
QString inspectReport(const DetectionResult &detection, const HostSpec &spec, const AgentConfig &config,
                      const QString &confPath);

} // namespace mi::app
