#pragma once

#include "commonoptions.h"
#include "mackereloptions.h"
#include "demoenvironment.h"
#include "firmwareidentifiercheck.h"
#include "hostmatcher.h"
#include "mackerelapisimulator.h"
#include "mackerelsettings.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>

namespace mi::app {

// `mackerel-inspector match [--json]`: detects the customIdentifier as the agent would, then asks the
// Mackerel API what the agent would do with this host (attach, create, update, or refuse), changing
// nothing. When the firmware names a cloud the agent will miss, it also looks up the identifier the
// agent should have sent (firmwareIdentifier). Exit code: 0 attach/create/update, 3 mismatch/missing-host/lookup-failed/retired-host/id-file-directory (the agent would not start or not monitor),
// 1 when the API could not tell, 2 usage.
class MatchCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        CommonOptions common;
        MackerelOptions mackerel;
    };

    explicit MatchCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onMatched(const MatchReport &report);
    void lookUpFirmwareIdentifier();
    void report();
    void print(const QString &text, FILE *stream);
    void fail(const QString &message);

    Options m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    CloudDetector *m_detector = nullptr;
    MackerelApiClient *m_client = nullptr;
    HostMatcher *m_matcher = nullptr;
    DetectionResult m_detection;
    MatchReport m_report;
    std::optional<FirmwareIdentifierCheck> m_firmwareCheck;
};

// This machine's keys for lookalikes: the detected cloud instance, the firmware's (hostedOn), and the
// live host's MAC addresses.
MachineKeys localMachineKeys(const DetectionResult &detection);

// The human-readable report; `extraRows` (aligned rows) go after the summary rows, before the message.
QString matchReportText(const MatchReport &report, const MackerelSettings &settings, const QString &extraRows = QString());

// The options match and register share: CommonOptions, --apikey-file, --apibase, --id-file, --seed.
void addMackerelOptions(QCommandLineParser &parser);
// Reads them (flags, then MACKEREL_APIKEY / MACKEREL_APIBASE, then the conf). Returns false and sets
// *error (a usage error, free of the key) when a value is unusable.
bool readMackerelOptions(const QCommandLineParser &parser, MatchCommand::Options *options, QString *error);
// For --demo: starts the simulated instance and the simulated Mackerel API (seeded), points the
// detector, the API settings and (unless --id-file was given) the id file at them.
bool startMackerelDemo(MatchCommand::Options &options, std::unique_ptr<sim::DemoEnvironment> &demo, QString *error);
// Writes text with the API key replaced by [redacted].
void printRedacted(const QString &text, const MackerelSettings &settings, FILE *stream);

// Parses `match`'s arguments and runs it; returns the exit code.
int runMatch(const QStringList &arguments);

} // namespace mi::app
