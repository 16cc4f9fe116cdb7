#pragma once

#include "fleetauditor.h"
#include "fleetplan.h"
#include "mackerelapiclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <optional>

namespace mi {

// What apply has done for one machine of a plan, kept next to the plan (<plan>.journal) so that a
// stopped apply goes on where it stopped and never does a step twice.
struct FleetApplyJournalMachine
{
    QStringList done;        // step kind names, in the order they were done
    QString idFileHostId;    // what the id file named after the restart ("" when the agent wrote none)
    QString retireStarted;   // a retire was sent for this host; its outcome may not have come back
};

struct FleetApplyJournal
{
    QString planDigest; // "sha256:<hex>" of the plan file's bytes: a journal belongs to one plan
    QHash<QString, FleetApplyJournalMachine> machines; // by fleetApplyMachineKey()

    QByteArray toJson() const; // {"version":1,"planDigest","machines":{key:{"done","idFileHostId","retireStarted"}}}
    static std::optional<FleetApplyJournal> parse(const QByteArray &data, QString *error);
};
QString fleetApplyMachineKey(int index, const FleetPlanMachine &machine); // "<index> <machine>"
QString fleetPlanDigest(const QByteArray &planBytes);
QString fleetApplyJournalPath(const QString &planPath); // <plan>.journal

struct FleetApplyOptions
{
    QString planPath;
    QByteArray planBytes;       // as read (the journal is bound to their digest)
    FleetPlan plan;
    QString inventory;          // ansible-playbook -i
    QString playbook;           // contrib/ansible/repair.yml
    QString ansiblePlaybook = QStringLiteral("ansible-playbook");
    bool dryRun = true;
    // Only to keep it out of the playbook's environment: MACKEREL_APIKEY and every variable whose
    // value holds the key are removed from it.
    QString apiKey;
    int verifyAttempts = 6;     // a verify reads the host this many times at most
    int verifyIntervalMs = 10000; // between reads: the agent posts its first metrics within a minute
    bool afterAudit = true;
};

struct FleetApplyMachineResult
{
    enum class State {
        Done,        // every step done (in this apply or an earlier one)
        Stale,       // a host the plan read has changed since: nothing done for it now
        Failed,      // a step failed (the playbook, an API call, a verify that did not hold)
        Unreachable, // ansible could not reach the machine
        Blocked,     // the plan has no automatic step for it
        Pending,     // dry run: what would be done
    };
    int index = 0;
    QString machine;
    State state = State::Pending;
    QString text;          // what happened, for people
    QStringList doneNow;   // the steps done in this apply
    QStringList toDo;      // the steps left (dry run: the steps that would run)
    QString beforeVerdict;
    QString afterVerdict;  // empty: the after-audit did not run or has no such machine
};
QString fleetApplyStateName(FleetApplyMachineResult::State state); // "done", "stale", "failed", "unreachable", "blocked", "pending"

struct FleetApplyResult
{
    QList<FleetApplyMachineResult> machines;
    QString errorString;         // set: apply could not run at all (journal, organization)
    bool nothingToDo = false;    // no automatic step was left when apply started
    std::optional<FleetAudit> after;
    QStringList retired;         // host ids retired in this apply
};

// Carries out a plan: re-reads every host the plan names and stops a machine whose hosts changed,
// runs the machine steps through the repair playbook (one ansible-playbook run for every machine),
// the API steps from here, records each step in the journal as it is done, and audits again.
//
// Asynchronous: start() returns at once; progress() signals follow as steps start and end, and
// finished() once, from the event loop. The client is not owned and must outlive the applier.
class FleetApplier : public QObject
{
    Q_OBJECT
public:
    explicit FleetApplier(FleetApplyOptions options, MackerelApiClient *client, QObject *parent = nullptr);
    ~FleetApplier() override;

    void start();
    void cancel(); // stops the playbook (terminate, then kill) and ends with what the journal holds

    // The playbook's environment: `base` without MACKEREL_APIKEY and without any variable holding `apiKey`.
    static QProcessEnvironment childEnvironment(const QProcessEnvironment &base, const QString &apiKey);

Q_SIGNALS:
    void progress(const QString &machine, const QString &step, const QString &text);
    void outputLine(const QString &line); // the playbook's output, line by line
    void finished(const mi::FleetApplyResult &result);

private:
    struct Run;
    void readHosts();
    void onHostRead(const QString &id, const MackerelApiResult &result);
    void decide();
    void runPlaybook();
    void onPlaybookFinished(int exitCode, QProcess::ExitStatus status);
    void nextApiStep();
    void verify(int index, int attempt);
    void onVerifyRead(int index, int attempt, const QString &hostId, const MackerelApiResult &result);
    void onMetricNames(int index, int attempt, const MackerelApiResult &result);
    void retire(int index);
    void onRetireRead(int index, const QString &hostId, const MackerelApiResult &result);
    void onRetired(int index, const QString &hostId, const MackerelApiResult &result);
    void audit();
    void finish();

    bool isDone(int index, FleetPlanStepKind kind) const;
    QList<int> pendingMachines() const;
    void markDone(int index, FleetPlanStepKind kind);
    bool saveJournal();
    void stop(int index, FleetApplyMachineResult::State state, const QString &text);
    void stopAndGoOn(int index, FleetApplyMachineResult::State state, const QString &text);
    FleetApplyJournalMachine &journalOf(int index);

    FleetApplyOptions m_options;
    QPointer<MackerelApiClient> m_client;
    FleetApplyJournal m_journal;
    QList<FleetApplyMachineResult> m_results;
    QHash<QString, MackerelApiResult> m_reads; // host id -> GET before acting
    int m_outstanding = 0;
    QProcess *m_process = nullptr;
    QString m_resultsDir;
    QByteArray m_output;
    QByteArray m_log; // the playbook's whole output (bounded), for its recap
    QList<int> m_apiQueue;
    FleetAuditor *m_auditor = nullptr;
    QTimer m_wait;
    bool m_cancelled = false;
    bool m_finished = false;
    FleetApplyResult m_result;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::FleetApplyResult)
