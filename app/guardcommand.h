#pragma once

#include "commonoptions.h"
#include "demoenvironment.h"
#include "guarddecision.h"
#include "hostmatcher.h"
#include "mackereloptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <optional>

class QTimer;

namespace mi::app {

// What `guard` takes from mackerel-agent's own command line, the words after `--` (the unit's
// $OTHER_OPTS): -conf, -apibase, -root, -apikey, in Go's flag syntax (-x v, -x=v, --x v, --x=v).
// Other flags are the agent's business and are skipped.
struct AgentCommandLine
{
    std::optional<QString> conf;
    std::optional<QString> apibase;
    std::optional<QString> root;
    std::optional<QString> apikey; // a secret: never printed
    QStringList skipped;           // flags the guard does not need

    static AgentCommandLine parse(const QStringList &words);
};

// The path of the drop-in below a systemd directory, and its content for the given guard options.
QString guardDropInPath(const QString &systemdDir);
QString guardDropIn(const QString &binary, const QStringList &guardOptions);
// A word of an Exec line as systemd reads it back: plain where it can be, else double-quoted with C
// escapes; `$` and `%` doubled (no variable, no specifier is expanded in the options given).
QString systemdQuoted(const QString &word);

// `mackerel-inspector guard`: run as ExecStartPre of mackerel-agent's unit, it decides whether the agent
// may start (decideGuard), prints one journal line on stderr (or the decision as JSON with --json),
// moves the id file aside where told to, and quits the event loop with the exit status.
class GuardCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        CommonOptions common;
        MackerelSettings settings;
        sim::MackerelSeed demoSeed = sim::MackerelSeed::Agentless;
        bool agentRootGiven = false;
        GuardPolicy policy;
        int budgetMs = 20000;
    };

    explicit GuardCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onMatched(const MatchReport &report);
    void finish(const QString &undecided = QString());

    Options m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    QElapsedTimer m_elapsed;
    QTimer *m_budget = nullptr;
    CloudDetector *m_detector = nullptr;
    MackerelApiClient *m_client = nullptr;
    HostMatcher *m_matcher = nullptr;
    QPointer<MackerelApiCall> m_firmwareCall;
    DetectionResult m_detection;
    GuardEvidence m_evidence;
    bool m_finished = false;
};

// Parses `guard`'s arguments and runs it (or --install / --uninstall); returns the exit code.
int runGuard(const QStringList &arguments);

} // namespace mi::app
