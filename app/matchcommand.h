#pragma once

#include "commonoptions.h"
#include "demoenvironment.h"
#include "hostmatcher.h"
#include "mackerelapisimulator.h"
#include "mackerelsettings.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace mi::app {

// `mackerel-inspector match [--json]`: detects the customIdentifier as the agent would, then asks the
// Mackerel API what the agent would do with this host (attach, create, update, or refuse), changing
// nothing. Exit code: 0 attach/create/update, 3 mismatch/missing-host (the agent would not start),
// 1 when the API could not tell, 2 usage.
class MatchCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        CommonOptions common;
        MackerelSettings settings;
        sim::MackerelSeed demoSeed = sim::MackerelSeed::Agentless;
        bool idFileGiven = false;
    };

    explicit MatchCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onMatched(const MatchReport &report);
    void print(const QString &text, FILE *stream);
    void fail(const QString &message);

    Options m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    std::unique_ptr<sim::MackerelApiSimulator> m_demoApi;
    CloudDetector *m_detector = nullptr;
    MackerelApiClient *m_client = nullptr;
    HostMatcher *m_matcher = nullptr;
    DetectionResult m_detection;
};

// The human-readable report.
QString matchReportText(const MatchReport &report, const MackerelSettings &settings);

// Parses `match`'s arguments and runs it; returns the exit code.
int runMatch(const QStringList &arguments);

} // namespace mi::app
