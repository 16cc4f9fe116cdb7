#pragma once

#include "fleetaudit.h"
#include "mackerelhost.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// What `fleet --plan` writes and `fleet apply` carries out (STYLE.md habit 17: plan and apply).
// A pure value: made from an audit by makeFleetPlan(), written by toJson(), read back by
// parseFleetPlan(), which checks it as the untrusted input it is.

enum class FleetPlanStepKind {
    MoveIdFile,   // on the machine: the agent's id file moved aside to <id file>.copied-<time>
    RestartAgent, // on the machine: the agent restarted (it looks its host up again)
    Verify,       // from the bastion: the agent's host is the expected one, live, and shows the agent
    RetireHost,   // from the bastion: POST /api/v0/hosts/<hostId>/retire, once the host reads unchanged
    Manual,       // nothing automatic: `reason` says why and what to do
};
QString fleetPlanStepKindName(FleetPlanStepKind kind); // "move-id-file", "restart-agent", "verify", "retire-host", "manual"
std::optional<FleetPlanStepKind> parseFleetPlanStepKind(const QString &name);

// What a Verify step expects of the host the machine's id file names after the restart.
enum class FleetPlanExpect {
    Attach,      // the id file names `hostId` (the host carrying the machine's customIdentifier)
    Create,      // the id file names a new live host carrying the machine's customIdentifier (if it has one)
    AgentOnHost, // as Attach, and the host shows the agent: meta agent-version, and loadavg5 among its metrics
};
QString fleetPlanExpectName(FleetPlanExpect expect); // "attach", "create", "agent-on-host"
std::optional<FleetPlanExpect> parseFleetPlanExpect(const QString &name);

// One host as the plan read it. `digest` covers the fields the plan relies on; apply re-reads the
// host and stops the machine when the digest differs (the organization moved since the plan).
struct FleetPlanHost
{
    QString id;
    QString name;
    QString status;
    QString customIdentifier;
    bool retired = false;
    QString digest; // "sha256:<hex>" of fleetPlanHostDigestInput()

    static FleetPlanHost read(const MackerelHost &host);
    QJsonObject toJson() const; // {"id","name","status","customIdentifier","retired","digest"}
};
// The fields a plan relies on, canonical: id, name, displayName, status, isRetired,
// customIdentifier, meta agent-version, meta cloud provider, role full names.
QByteArray fleetPlanHostDigestInput(const MackerelHost &host);
QString fleetPlanHostDigest(const MackerelHost &host);

struct FleetPlanStep
{
    FleetPlanStepKind kind = FleetPlanStepKind::Manual;
    QString path;                       // move-id-file: the id file as the machine's report gave it
    FleetPlanExpect expect = FleetPlanExpect::Attach; // verify
    QString hostId;                     // verify (Attach, AgentOnHost), retire-host
    QString customIdentifier;           // verify: what the host must carry; empty: nothing to check
    QString reason;                     // manual

    // {"kind", ...}: move-id-file {"path"}, restart-agent {}, verify {"expect","hostId","customIdentifier"},
    // retire-host {"hostId"}, manual {"reason"}
    QJsonObject toJson() const;
    bool onMachine() const { return kind == FleetPlanStepKind::MoveIdFile || kind == FleetPlanStepKind::RestartAgent; }
};

struct FleetPlanMachine
{
    QString machine;          // the report's inventory name, else the first host's name
    QString verdict;          // the audit's verdict name
    QString inventoryHost;    // the inventory name apply runs the playbook on; empty: no report
    QList<FleetPlanHost> hosts; // every host the plan relies on for this machine
    QList<FleetPlanStep> steps; // in the order they run
    QString blocked;          // empty: the steps run; else why nothing automatic happens

    bool automatic() const { return blocked.isEmpty() && !steps.isEmpty(); }
    const FleetPlanHost *host(const QString &id) const;
    // {"machine","verdict","inventoryHost","hosts","steps","blocked"}
    QJsonObject toJson() const;
};

struct FleetPlan
{
    static constexpr int Version = 1;
    QDateTime createdAt;       // UTC
    QStringList reports;       // the report paths the audit read (the after-audit reads them again)
    QList<FleetPlanMachine> machines;

    // Every host a retire-host step names, in plan order.
    QStringList hostsToRetire() const;
    int automaticMachines() const;
    // {"version","createdAt","reports","machines"}
    QJsonObject toJson() const;
};

// The plan for an audit (pure): one entry for every machine whose verdict is a problem or a missing
// identifier, with the remedy's steps or the reason there is none. `reports` is recorded as given.
FleetPlan makeFleetPlan(const FleetAudit &audit, const QStringList &reports, const QDateTime &createdAt);

// What a step will do, in a sentence for people.
QString fleetPlanStepText(const FleetPlanStep &step);

// Writes `plan` as JSON to `path` atomically (QSaveFile). Returns false with *error.
bool writeFleetPlanFile(const FleetPlan &plan, const QString &path, QString *error);

// Largest plan read: a line or two of JSON a host, for organizations of tens of thousands of hosts.
inline constexpr qint64 FleetPlanMaxBytes = 32 * 1024 * 1024;

// Parses a plan file (pure). Anything that is not a version-1 plan in every detail (unknown kinds,
// a retire without host id, a retire of a host the machine does not record, more than one retire a
// machine, a retire not after its verify, steps of a blocked machine) gives nullopt and *error.
std::optional<FleetPlan> parseFleetPlan(const QByteArray &data, QString *error);

} // namespace mi
