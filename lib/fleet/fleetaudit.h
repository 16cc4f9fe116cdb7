#pragma once

#include "fleetreport.h"
#include "mackerelhost.h"
#include "matchreport.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mi {

// One verdict a machine; where several apply, the first in this order wins.
enum class FleetVerdict {
    Mismatch,          // a report's id file names a host carrying another customIdentifier: the agent refuses to start
    MissingHost,       // a report's id file names a host the organization does not have: the agent exits
    RetiredHost,       // a report's id file names a retired host: the agent's code takes it (see decideMatch)
    IdFileDirectory,   // a report's id file path is a directory: the agent registers, fails to save the id, exits
    Duplicate,         // two or more live hosts are this one machine
    IdentifierMissing, // an agent host on a cloud VM without a customIdentifier: the next integration host duplicates it
    WillAttach,        // an integration host without an agent, and a report: the agent would adopt it
    WillCreate,        // a report and no host the agent would use: the agent would register a new one
    IntegrationOnly,   // an integration host, no agent, no report
    Ok,                // nothing to do
};
// "mismatch", "missing-host", "retired-host", "id-file-directory", "duplicate", "identifier-missing",
// "will-attach", "will-create", "integration-only", "ok"
QString fleetVerdictName(FleetVerdict verdict);
QList<FleetVerdict> allFleetVerdicts();
// Mismatch, missing-host, retired-host, id-file-directory, duplicate: what `fleet` exits 3 for.
bool isFleetProblem(FleetVerdict verdict);

// What joins two things into one machine, strongest first. IP addresses and host names never join;
// they only support a join (private addresses repeat across networks).
enum class JoinKey { CustomIdentifier, IdFile, InstanceId, MacAddress };
QString joinKeyName(JoinKey key); // "customIdentifier", "idFile", "instanceId", "macAddress"

// Who registered a host, as far as the host tells.
enum class HostSource { Agent, Integration, Sackerel, Api };
QString hostSourceName(HostSource source); // "agent", "integration", "sackerel", "api"
HostSource hostSource(const MackerelHost &host);

struct FleetHost
{
    MackerelHost host;
    HostSource source = HostSource::Api;
    MachineKeys keys;
    std::optional<JoinKey> joinedBy; // the strongest key it shares with the rest of its machine

    // {"id","name","displayName","status","source","customIdentifier","agentVersion","roleFullnames","joinedBy"}
    QJsonObject toJson() const;
};

// One fact that joins (or supports joining) the members of a machine.
struct FleetEvidence
{
    QString key;        // a JoinKey name, or "ipAddress" / "hostName" for support only
    QString value;
    QStringList members; // "host <id>", "report <inventory name>"
    bool joins = true;   // false: supports the join, did not make it
    QString text;

    QJsonObject toJson() const; // {"key","value","members","joins","text"}
};

struct FleetMachine
{
    FleetVerdict verdict = FleetVerdict::Ok;
    QString customIdentifier;        // the report's, else the first host's
    QString instanceId;              // "i-0abc…", "1234…", a vmId, a Sakura server id; empty: none known
    QList<FleetHost> hosts;          // live hosts, oldest first
    std::optional<FleetReport> report;
    std::optional<JoinKey> reportJoinedBy;
    std::optional<MatchReport> agentDecision; // what the agent would do there, from the report and the hosts
    std::optional<AgentRemedy> remedy; // the advice's change, checked by the agent's decision (decideMatch)
    QList<FleetEvidence> evidence;
    QString keepHostId;              // the host to keep (or that the agent will use); empty: none
    QString advice;

    // A name for people: the report's inventory name, else the first host's name.
    QString displayName() const;
    // {"verdict","customIdentifier","instanceId","hosts","report","agentVerdict","evidence","keepHostId","advice","remedy"}
    QJsonObject toJson() const;
};

struct FleetAudit
{
    QList<FleetMachine> machines; // problems first (in verdict order), then by name
    QStringList warnings;
    int hostsListed = 0;
    int reportsRead = 0;

    QJsonObject summaryJson() const; // {verdict: count} for every verdict
    // {"summary","machines","warnings","hostsListed","reportsRead"}
    QJsonObject toJson() const;
    // The bytes of QJsonDocument(toJson()).toJson(QJsonDocument::Indented), exactly, handed to `write`
    // in pieces (one machine a piece), so that the whole document is never held: `fleet --json` of a
    // large organization. Synchronous.
    void writeIndentedJson(const std::function<void(const QByteArray &)> &write) const;
    // A header line, then one line a machine (RFC 4180 quoting; lists joined by ';').
    QString toCsv() const;
    bool hasProblems() const;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::FleetAudit)
