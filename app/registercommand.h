#pragma once

#include "hostregistrar.h"
#include "hostspeccollector.h"
#include "matchcommand.h"

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace mi::app {

// `mackerel-inspector register [--dry-run] [--yes] [--write-id-file] [--checks conf|host|none]
// [--replace-roles [--yes-replace-roles]] [--json]`: acts on the match verdict with the payload
// `inspect` shows. create posts it (never twice: HostRegistrar); attach and update put it to the
// host as the documented PUT acts (HostUpdatePlan: roles are added, never removed; the check monitors
// become the checks sent, chosen by --checks; without an agent conf the default refuses); mismatch,
// missing-host and an undecidable verdict are refused. The changes are shown field by field first and
// confirmed on stdin unless --yes; --replace-roles adds a separate step (PUT role-fullnames) with its
// own question, which --yes does not answer (--yes-replace-roles does); --dry-run stops there.
// --write-id-file writes the host id the way the agent does.
// Exit code: 0 done (or dry run), 1 failed, 3 refused, 4 not confirmed, 2 usage.
class RegisterCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        MatchCommand::Options match;
        bool dryRun = false;
        bool yes = false;
        bool writeIdFile = false;
        UpdateChecks checks = UpdateChecks::Conf;
        bool replaceRoles = false;
        bool yesReplaceRoles = false;
    };

    explicit RegisterCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onDetected(const DetectionResult &result);
    void onCollected(const HostSpec &spec);
    void onMatched(const MatchReport &report);
    void onPlanned(const RegistrationResult &plan);
    void onConfirmation();
    void ask();
    HostUpdateOptions updateOptions() const;
    void act();
    void onDone(const RegistrationResult &result);
    void finish(int code, const QString &action, const QString &message, const RegistrationResult *result = nullptr);

    Options m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    CloudDetector *m_detector = nullptr;
    HostSpecCollector *m_collector = nullptr;
    MackerelApiClient *m_client = nullptr;
    HostMatcher *m_matcher = nullptr;
    HostRegistrar *m_registrar = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_answer;
    QStringList m_questions; // the confirmations still to be answered, first one asked
    DetectionResult m_detection;
    HostSpec m_spec;
    MatchReport m_report;
    RegistrationResult m_plan;
    bool m_acting = false;
    bool m_idFileWritten = false;
};

// Parses `register`'s arguments and runs it; returns the exit code.
int runRegister(const QStringList &arguments);

} // namespace mi::app
