#pragma once

#include "clouddetector.h"
#include "commonoptions.h"
#include "demoenvironment.h"
#include "hostidfile.h"
#include "hostspeccollector.h"

#include <QObject>
#include <memory>

namespace mi::app {

// `mackerel-inspector inspect`: runs the detection as `detect` does, then collects the host's specs
// and prints the body mackerel-agent would POST to /api/v0/hosts, with the host id file the agent
// would read. Needs no API key. Quits the event loop with the exit code (0: printed; 1: could not run).
class InspectCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        CommonOptions common;
        QString idFilePath;       // resolved as match resolves it (MackerelOptions::idFileSettings)
        bool idFileGiven = false; // --id-file: kept with --demo too, as in match
    };

    explicit InspectCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onCollected(const HostSpec &spec);
    void fail(const QString &message);

    CommonOptions m_options;
    QString m_idFilePath;
    bool m_idFileGiven = false;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    CloudDetector *m_detector = nullptr;
    HostSpecCollector *m_collector = nullptr;
    DetectionResult m_detection;
};

// Parses the subcommand's arguments, runs it and returns the exit code (2: usage error).
int runInspect(const QStringList &arguments);

// {"platform","customIdentifier","host","idFile","inspectorVersion","probes","warnings"}
QJsonObject inspectJson(const DetectionResult &detection, const HostSpec &spec, const HostIdFile &idFile);
// The human-readable summary.
QString inspectReport(const DetectionResult &detection, const HostSpec &spec, const HostIdFile &idFile,
                      const AgentConfig &config, const QString &confPath);

} // namespace mi::app
