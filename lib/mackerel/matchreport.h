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
    MissingHost, // the id file names a host Mackerel does not have (404): the agent exits
    LookupFailed, // the id file names a host and looking it up failed otherwise (401, 403, other 4xx at once;
                  // 5xx and network errors after its 20 tries, 3 s apart): the agent exits
    RetiredHost, // the id file names a retired host: the agent's code does not check isRetired (see decideMatch)
    IdFileDirectory, // a directory stands at the id file's path: the agent finds or registers a host, then fails
                     // to save its id and exits; without a host to find, every start registers another host
    Error,       // the API could not be asked (key, network, ...) or the id file could not be read
};
// "attach", "create", "update", "mismatch", "missing-host", "lookup-failed", "retired-host",
// "id-file-directory", "error"
QString matchVerdictName(MatchVerdict verdict);
QList<MatchVerdict> allMatchVerdicts();
// Where the agent does not start, or does not monitor the machine: mismatch, missing-host, lookup-failed,
// retired-host, id-file-directory.
bool agentWouldNotStart(MatchVerdict verdict);

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

// A change to what the agent starts from, checked by running the decision again on the changed inputs
// (the id file moved aside or rewritten, the identifier the agent would send once it detects its cloud).
struct AgentRemedy
{
    bool moveIdFileAside = false; // the id file (or what stands at its path) moved aside
    QString writeHostId;          // the id file holds this host's id (after moving aside what stood there)
    QString sendIdentifier;       // the agent sends this customIdentifier: it detects its cloud; empty: unchanged
    MatchVerdict endVerdict = MatchVerdict::Error; // decideMatch on the changed inputs
    QString endHostId;            // the host the agent then uses; empty: a new one
    QString uncertainty;          // what the end state rests on beyond the agent's code and the API documentation

    // "move-id-file-aside", "write-id-file", "detect-cloud", "detect-cloud+move-id-file-aside",
    // "detect-cloud+write-id-file"
    QString action() const;
    // The advice in one sentence, for people (the id file's path as given).
    QString text(const QString &idFilePath) const;
    // {"action","hostId","customIdentifier","endVerdict","endHostId","uncertainty"}
    QJsonObject toJson() const;
};

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
    std::optional<AgentRemedy> remedy; // where the agent would not start or would duplicate: the checked remedy

    // {"verdict","customIdentifier","idFile":{"path","hostId","state","isDirectory"},"host","candidates",
    //  "lookalikes","message","agentError","error","remedy","probes","warnings"}
    QJsonObject toJson() const;
};

// The decision, as a pure function of the facts (the agent's order of checks, then what it does not
// check: duplicates, retired hosts). Facts the decision needs but lacks make it an Error.
MatchReport decideMatch(const MatchFacts &facts);

// What a remedy is checked against: the agent's inputs, this machine's keys, and the hosts known (the
// organization's live hosts, and the id file's host where it is not among them).
struct RemedyInputs
{
    MatchFacts facts;
    MachineKeys localKeys;
    QList<MackerelHost> hosts;
};

// decideMatch on the inputs changed by `remedy` (pure): the id file moved aside or rewritten (the host
// it then names read from `hosts`, a 404 where it is not there), the identifier changed and searched
// among `hosts` (unless the facts hold the agent's own search for it). Lookalikes are filled in.
MatchReport applyRemedy(const RemedyInputs &inputs, const AgentRemedy &remedy);
// A remedy's end state is acceptable when the agent attaches or updates, or registers a new host while
// no host of the organization is this machine (no lookalike): a fresh start, as Mackerel's documentation
// advises for a retired or deleted host (howto/host-retirement).
bool remedyEndAcceptable(const MatchReport &end);
// Does the verdict call for a remedy: mismatch, missing-host, retired-host, id-file-directory, and
// create next to a host that is this machine (`thisMachine` not empty).
bool needsRemedy(MatchVerdict verdict, bool hostsOfThisMachine);
// The first acceptable remedy (pure): moving the id file aside, then for each host of `thisMachine`
// (this machine by its evidence) writing its id, making the agent send its identifier (only an
// identifier the agent itself makes: a cloud instance's), or both. With `wantHostId`, only a remedy
// that ends on that host (attach or update), whatever the verdict now; if the agent already ends
// there, nothing. Nothing when none is acceptable.
std::optional<AgentRemedy> findRemedy(const RemedyInputs &inputs, const MatchReport &now,
                                      const QList<MackerelHost> &thisMachine, const QString &wantHostId = QString());
// findRemedy with `thisMachine` the lookalikes among inputs.hosts; sets report->remedy and appends the
// advice (or why there is none) to report->message.
void adviseRemedy(MatchReport *report, const RemedyInputs &inputs);

} // namespace mi

Q_DECLARE_METATYPE(mi::MatchReport)
