#pragma once

#include "hostidfile.h"
#include "machinekeys.h"
#include "mackerelapiresult.h"
#include "mackerelhost.h"
#include "proberecord.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace mi {

// What mackerel-agent would do with this host at start (command.go prepareHost).
enum class MatchVerdict {
    Attach,      // no id file; a host carries the identifier: the agent adopts it
    Create,      // no id file; no identifier, or no host carries it: the agent registers a new host
    Update,      // the id file names a host whose identifier agrees (or is empty): the agent uses it
    Mismatch,    // the id file names a host with another identifier: the agent refuses to start
    MissingHost, // the id file names a host Mackerel does not have: the agent refuses to start
    Error,       // the API could not be asked (key, network, ...) or the id file could not be read
};
QString matchVerdictName(MatchVerdict verdict); // "attach", "create", "update", "mismatch", "missing-host", "error"

// What the decision is made from: the local side and the API's answers.
struct MatchFacts
{
    QString customIdentifier;                       // what the agent sends; empty: none
    HostIdFile idFile;
    std::optional<MackerelApiResult> hostById;      // GET /api/v0/hosts/<id>, asked when the id file holds an id
    std::optional<MackerelApiResult> hostsByIdentifier; // the agent's search, asked when there is an identifier
};

// A host of the organization that is this machine by its evidence but does not carry its
// customIdentifier: where the agent would create a host, it would create a duplicate of this one.
struct Lookalike
{
    MackerelHost host;
    QString key;   // "instanceId" or "macAddress"
    QString value; // "ec2:i-0abc…", "9c:a3:ba:…"

    // the host's summaryJson() with "sharedKey" and "sharedValue"
    QJsonObject toJson() const;
};

// The hosts of `hosts` that share the cloud instance or a MAC address with `local` (pure). The
// strongest shared key is named: the instance before a MAC address.
QList<Lookalike> findLookalikes(const MachineKeys &local, const QList<MackerelHost> &hosts);

struct MatchReport
{
    MatchVerdict verdict = MatchVerdict::Error;
    QString customIdentifier;
    HostIdFile idFile;
    std::optional<MackerelHost> host;  // the host the agent would use (attach, update, mismatch)
    QList<MackerelHost> candidates;    // every live host carrying the identifier, in the API's order
    QList<Lookalike> lookalikes;       // Create: hosts that are this machine without its identifier
    QString message;                   // the verdict explained, with the agent's own words where it has some
    QString agentError;                // mismatch, missing-host: the error the agent would exit with
    MackerelApiError apiError = MackerelApiError::NoError; // Error: why the API could not decide it
    QList<ProbeRecord> probes;
    QStringList warnings;

    // {"verdict","customIdentifier","idFile":{"path","hostId","state"},"host","candidates","lookalikes",
    //  "message","agentError","error","probes","warnings"}
    QJsonObject toJson() const;
};

// The decision, as a pure function of the facts (the agent's order of checks, then what it does not
// check: duplicates, retired hosts). Facts the decision needs but lacks make it an Error.
MatchReport decideMatch(const MatchFacts &facts);

} // namespace mi

Q_DECLARE_METATYPE(mi::MatchReport)
