#include "fleetjoin.h"

#include "untrustedtext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>

namespace mi {

namespace {
struct FleetJoinText
{
    Q_DECLARE_TR_FUNCTIONS(FleetJoin)
};
} // namespace

namespace {

// A MAC address, IP address or host name carried by more items than this is shared by design (a
// virtual router, a default bridge, "localhost"): it names no single machine.
constexpr int MaxItemsPerAddress = 8;
// Supporting evidence (shared addresses, host names) shown for one machine, of each kind; the rest is counted.
constexpr int MaxSupportEvidence = 16;
// Warnings of refused joins listed one by one; the rest are counted.
constexpr int MaxRefusalWarnings = 32;

class UnionFind
{
public:
    explicit UnionFind(int size) : m_parent(size) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int item)
    {
        while (m_parent[item] != item) {
            m_parent[item] = m_parent[m_parent[item]];
            item = m_parent[item];
        }
        return item;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b); // the lowest item names the group: hosts before reports
    }

private:
    std::vector<int> m_parent;
};

// Everything the join knows of hosts and reports, as items: hosts first, then reports.
class FleetJoiner
{
public:
    explicit FleetJoiner(const FleetInputs &inputs);
    FleetAudit run();

private:
    using KeyIndex = QHash<QString, QList<int>>; // key value -> items carrying it, in item order

    int itemCount() const { return int(m_hosts.size() + m_reports.size()); }
    bool isReport(int item) const { return item >= m_hosts.size(); }
    const FleetReport &report(int item) const { return m_reports.at(item - m_hosts.size()); }
    const MachineKeys &keysOf(int item) const
    {
        return isReport(item) ? report(item).keys : m_hosts.at(item).keys;
    }
    QString memberName(int item) const
    {
        return isReport(item) ? QStringLiteral("report ") + report(item).inventoryName
                              : QStringLiteral("host ") + m_hosts.at(item).host.id;
    }
    bool reportActive(int item) const { return !m_dropped.contains(item); }

    void indexKeys(bool withSupport);
    bool idFileJoins(const FleetReport &report, const MackerelHost &host) const;
    void unite(UnionFind &groups, bool warn);
    static QList<QList<int>> joinedItems(UnionFind &groups, const QList<int> &items);
    void dropSecondReports();
    MatchFacts agentFacts(const FleetReport &report) const;
    MatchReport agentDecision(const FleetReport &report) const;
    RemedyInputs remedyInputs(const FleetMachine &machine) const;
    std::optional<AgentRemedy> remedyFor(const FleetMachine &machine, const QString &keepHostId) const;
    void judge(FleetMachine &machine) const;
    void advise(FleetMachine &machine) const;
    void adviseVerdict(FleetMachine &machine, const QString &idFilePath) const;
    std::optional<MackerelHost> hostById(const QString &id, MackerelApiResult *result) const;

    const FleetInputs &m_inputs;
    QList<FleetHost> m_hosts;
    QList<FleetReport> m_reports;
    QHash<QString, int> m_hostItemById;
    std::array<KeyIndex, 4> m_index; // by JoinKey
    KeyIndex m_supportIndex[2];      // ipAddress, hostName: only those two or more items carry
    QSet<int> m_dropped;             // report items left out: a second report of one machine
    QStringList m_warnings;
};

FleetJoiner::FleetJoiner(const FleetInputs &inputs)
    : m_inputs(inputs)
    , m_reports(inputs.reports)
    , m_warnings(inputs.warnings)
{
    m_hosts.reserve(inputs.hosts.size());
    for (const MackerelHost &host : inputs.hosts) {
        if (host.isRetired || m_hostItemById.contains(host.id))
            continue; // the listing has no retired hosts; be sure of it
        FleetHost item;
        item.host = host;
        item.source = hostSource(host);
        item.keys = MachineKeys::fromHost(host.name, host.customIdentifier, host.meta, host.interfaces);
        m_hostItemById.insert(host.id, int(m_hosts.size()));
        m_hosts.append(item);
    }
}

bool FleetJoiner::idFileJoins(const FleetReport &report, const MackerelHost &host) const
{
    // The agent keeps using the host its id file names unless that host carries another identifier.
    return host.customIdentifier.isEmpty() || host.customIdentifier == report.customIdentifier;
}

// Adds `item` under `key` of an index that keeps only the keys two or more items carry: `first`
// remembers the first carrier (plus one) of every key. A machine may carry hundreds of thousands of
// addresses, and a list for each would cost an allocation each, for keys that almost never join.
void addShared(QHash<QString, int> &first, QHash<QString, QList<int>> &shared, const QString &key, int item)
{
    int &carrier = first[key];
    if (carrier == 0) {
        carrier = item + 1;
        return;
    }
    if (carrier - 1 == item)
        return;
    QList<int> &items = shared[key];
    if (items.isEmpty())
        items.append(carrier - 1);
    items.append(item);
}

void FleetJoiner::indexKeys(bool withSupport)
{
    for (KeyIndex &index : m_index)
        index.clear();
    for (KeyIndex &index : m_supportIndex)
        index.clear();
    qsizetype macCount = 0;
    qsizetype addressCount = 0;
    for (int item = 0; item < itemCount(); ++item) {
        macCount += keysOf(item).macAddresses.size();
        addressCount += keysOf(item).ipAddresses.size();
    }
    QHash<QString, int> firstByMac, firstByAddress, firstByName;
    firstByMac.reserve(macCount);
    if (withSupport) {
        firstByAddress.reserve(addressCount);
        firstByName.reserve(itemCount());
    }
    auto &byIdentifier = m_index[int(JoinKey::CustomIdentifier)];
    auto &byIdFile = m_index[int(JoinKey::IdFile)];
    auto &byInstance = m_index[int(JoinKey::InstanceId)];
    auto &byMac = m_index[int(JoinKey::MacAddress)];

    for (int item = 0; item < itemCount(); ++item) {
        if (isReport(item) && !reportActive(item))
            continue;
        const MachineKeys &keys = keysOf(item);
        if (!keys.customIdentifier.isEmpty())
            byIdentifier[keys.customIdentifier].append(item);
        for (const QString &key : keys.instanceKeys)
            byInstance[key].append(item);
        for (const QString &mac : keys.macAddresses)
            addShared(firstByMac, byMac, mac, item);
        if (withSupport) {
            for (const QString &address : keys.ipAddresses)
                addShared(firstByAddress, m_supportIndex[0], address, item);
            if (!keys.hostName.isEmpty())
                addShared(firstByName, m_supportIndex[1], keys.hostName.toLower(), item);
        }
        if (!isReport(item)) {
            byIdFile[m_hosts.at(item).host.id].append(item); // hosts come first, then the reports naming them
        } else if (const FleetReport &claim = report(item); claim.idFile.state == HostIdFile::State::Present) {
            const auto host = m_hostItemById.constFind(claim.idFile.hostId);
            if (host != m_hostItemById.constEnd() && idFileJoins(claim, m_hosts.at(*host).host))
                byIdFile[claim.idFile.hostId].append(item);
        }
    }
    // A host alone under its id is no join.
    for (auto it = byIdFile.begin(); it != byIdFile.end();)
        it = it.value().size() < 2 ? byIdFile.erase(it) : std::next(it);
    for (auto it = byMac.begin(); it != byMac.end();) {
        if (it.value().size() > MaxItemsPerAddress) {
            m_warnings << FleetJoinText::tr("The MAC address %1 is carried by %2 hosts and reports, so it names no single machine "
                                         "(a virtual or cloned address): it joined nothing.")
                              .arg(it.key())
                              .arg(it.value().size());
            it = byMac.erase(it);
        } else {
            ++it;
        }
    }
}

void FleetJoiner::unite(UnionFind &groups, bool warn)
{
    // What each group already holds, to refuse the joins a stronger fact contradicts.
    std::vector<char> hasReport(itemCount());
    std::vector<QString> identifier(itemCount());
    for (int item = 0; item < itemCount(); ++item) {
        hasReport[item] = isReport(item) && reportActive(item);
        identifier[item] = keysOf(item).customIdentifier;
    }
    auto join = [&](int a, int b) {
        const int rootA = groups.find(a);
        const int rootB = groups.find(b);
        if (rootA == rootB)
            return;
        groups.unite(rootA, rootB);
        const int root = groups.find(rootA);
        hasReport[root] = hasReport[rootA] || hasReport[rootB];
        identifier[root] = identifier[rootA].isEmpty() ? identifier[rootB] : identifier[rootA];
    };
    for (JoinKey key : {JoinKey::CustomIdentifier, JoinKey::IdFile}) {
        for (const QList<int> &items : std::as_const(m_index[int(key)])) {
            for (qsizetype i = 1; i < items.size(); ++i)
                join(items.constFirst(), items.at(i));
        }
    }
    // An instance id or a MAC address never joins two machines that each sent a report (each report
    // is a machine the operator listed: two inventory names of one machine share a customIdentifier
    // or an id file instead; machines on one test host share its MAC addresses), nor two that carry
    // different customIdentifiers.
    int refusals = 0;
    int refusalsNotListed = 0;
    for (JoinKey key : {JoinKey::InstanceId, JoinKey::MacAddress}) {
        for (auto it = m_index[int(key)].cbegin(); it != m_index[int(key)].cend(); ++it) {
            const QList<int> &items = it.value();
            for (qsizetype i = 1; i < items.size(); ++i) {
                const int first = groups.find(items.constFirst());
                const int other = groups.find(items.at(i));
                if (first == other)
                    continue;
                const bool twoReports = hasReport[first] && hasReport[other];
                const bool twoIdentities = !identifier[first].isEmpty() && !identifier[other].isEmpty()
                    && identifier[first] != identifier[other];
                if (!twoReports && !twoIdentities) {
                    join(first, other);
                } else if (warn && ++refusals > MaxRefusalWarnings) {
                    ++refusalsNotListed; // two machines with thousands of cloned addresses: a count, not thousands of lines
                } else if (warn) {
                    m_warnings << FleetJoinText::tr("%1 and %2 share the %3 %4 but are kept apart: %5.")
                                      .arg(memberName(items.constFirst()), memberName(items.at(i)),
                                           key == JoinKey::MacAddress ? FleetJoinText::tr("MAC address") : FleetJoinText::tr("instance"),
                                           it.key(),
                                           twoReports ? FleetJoinText::tr("each sent its own report (two inventory names of one host, "
                                                                       "machines on one host, or cloned MAC addresses?)")
                                                      : FleetJoinText::tr("they carry different customIdentifiers"));
                }
            }
        }
    }
    if (refusalsNotListed > 0)
        m_warnings << FleetJoinText::tr("%n more shared instance or MAC address(es) kept apart, not listed.", nullptr, refusalsNotListed);
}

// The items of each key that ended in one machine: refused joins leave a key's items in several.
QList<QList<int>> FleetJoiner::joinedItems(UnionFind &groups, const QList<int> &items)
{
    QList<QList<int>> joined;
    if (items.size() < 2)
        return joined;
    QHash<int, qsizetype> bucketOfGroup;
    for (int item : items) {
        const int group = groups.find(item);
        auto bucket = bucketOfGroup.constFind(group);
        if (bucket == bucketOfGroup.constEnd()) {
            bucket = bucketOfGroup.insert(group, joined.size());
            joined.append(QList<int>());
        }
        joined[*bucket].append(item);
    }
    joined.removeIf([](const QList<int> &bucket) { return bucket.size() < 2; });
    return joined;
}

// One report a machine: a second report that joins a machine already reported (the same machine
// under two inventory names, or a copied id file with nothing to tell the copies apart) is left out.
void FleetJoiner::dropSecondReports()
{
    indexKeys(false); // what supports a join plays no part in it
    UnionFind groups(itemCount());
    unite(groups, false);
    QHash<int, int> firstReportOfGroup;
    for (int item = int(m_hosts.size()); item < itemCount(); ++item) {
        const int group = groups.find(item);
        const auto first = firstReportOfGroup.constFind(group);
        if (first == firstReportOfGroup.constEnd()) {
            firstReportOfGroup.insert(group, item);
            continue;
        }
        const FleetReport &kept = report(*first);
        const FleetReport &left = report(item);
        QString why = FleetJoinText::tr("they are joined into one machine");
        if (!kept.customIdentifier.isEmpty() && kept.customIdentifier == left.customIdentifier)
            why = FleetJoinText::tr("both carry the customIdentifier %1: one machine under two inventory names?").arg(kept.customIdentifier);
        else if (kept.idFile.state == HostIdFile::State::Present && kept.idFile.hostId == left.idFile.hostId)
            why = FleetJoinText::tr("both id files name host %1: an id file copied with a disk image? The agents of both "
                                 "machines would report as that one host; delete the copy's id file")
                      .arg(kept.idFile.hostId);
        m_warnings << FleetJoinText::tr("%1 is left out: it describes the same machine as %2 (%3)").arg(left.file, kept.file, why);
        m_dropped.insert(item);
    }
}

std::optional<MackerelHost> FleetJoiner::hostById(const QString &id, MackerelApiResult *result) const
{
    result->operation = MackerelApiOperation::GetHost;
    if (const auto item = m_hostItemById.constFind(id); item != m_hostItemById.constEnd()) {
        result->host = m_hosts.at(*item).host;
        return result->host;
    }
    if (const auto looked = m_inputs.hostsById.constFind(id); looked != m_inputs.hostsById.constEnd()) {
        *result = *looked;
        result->probes.clear();
        return result->ok() ? result->host : std::nullopt;
    }
    result->error = MackerelApiError::Configuration;
    result->errorString = FleetJoinText::tr("host %1 is not in the listing and was not looked up").arg(id);
    return std::nullopt;
}

MatchFacts FleetJoiner::agentFacts(const FleetReport &report) const
{
    MatchFacts facts;
    facts.customIdentifier = report.customIdentifier;
    facts.idFile = report.idFile;
    if (facts.idFile.path.isEmpty())
        facts.idFile.path = HostIdFile::pathForRoot(HostIdFile::defaultRoot());
    if (report.idFile.state == HostIdFile::State::Present) {
        MackerelApiResult byId;
        hostById(report.idFile.hostId, &byId);
        facts.hostById = byId;
    }
    if (!report.customIdentifier.isEmpty()) {
        MackerelApiResult search;
        search.operation = MackerelApiOperation::FindHosts;
        for (int item : m_index[int(JoinKey::CustomIdentifier)].value(report.customIdentifier)) {
            if (!isReport(item))
                search.hosts.append(m_hosts.at(item).host);
        }
        const auto looked = m_inputs.hostsByIdentifier.constFind(report.customIdentifier);
        if (search.hosts.isEmpty() && looked != m_inputs.hostsByIdentifier.constEnd()) {
            search = *looked;
            search.probes.clear();
        }
        facts.hostsByIdentifier = search;
    }
    return facts;
}

MatchReport FleetJoiner::agentDecision(const FleetReport &report) const
{
    MatchReport decision = decideMatch(agentFacts(report));
    decision.probes.clear();
    return decision;
}

// The agent's inputs on the machine, and the hosts a remedy may lead it to: the machine's own, the id
// file's host, and those carrying the identifiers in play. Without a report, the agent is taken to send
// what its host carries and its id file to name that host (said in the remedy's uncertainty).
RemedyInputs FleetJoiner::remedyInputs(const FleetMachine &machine) const
{
    RemedyInputs inputs;
    QStringList identifiers;
    if (machine.report) {
        inputs.facts = agentFacts(*machine.report);
        inputs.localKeys = machine.report->keys;
        if (inputs.facts.hostById && inputs.facts.hostById->host)
            inputs.hosts << *inputs.facts.hostById->host;
    } else {
        for (const FleetHost &host : machine.hosts) {
            if (host.source != HostSource::Agent || inputs.facts.idFile.state == HostIdFile::State::Present)
                continue;
            inputs.facts.customIdentifier = host.host.customIdentifier;
            inputs.facts.idFile.path = HostIdFile::pathForRoot(HostIdFile::defaultRoot());
            inputs.facts.idFile.state = HostIdFile::State::Present;
            inputs.facts.idFile.hostId = host.host.id;
            MackerelApiResult byId;
            byId.host = host.host;
            inputs.facts.hostById = byId;
            inputs.localKeys = host.keys;
        }
    }
    inputs.localKeys.customIdentifier = inputs.facts.customIdentifier;
    identifiers << inputs.facts.customIdentifier;
    for (const FleetHost &host : machine.hosts) {
        inputs.hosts << host.host;
        identifiers << host.host.customIdentifier;
    }
    for (const QString &identifier : std::as_const(identifiers)) {
        if (identifier.isEmpty())
            continue;
        for (int item : m_index[int(JoinKey::CustomIdentifier)].value(identifier)) {
            if (!isReport(item) && std::none_of(inputs.hosts.cbegin(), inputs.hosts.cend(), [&](const MackerelHost &known) {
                    return known.id == m_hosts.at(item).host.id;
                }))
                inputs.hosts << m_hosts.at(item).host;
        }
    }
    return inputs;
}

// The remedy for the machine, checked by the agent's decision: to `keepHostId` when given (a duplicate:
// the agent must end on that host), else the first acceptable one.
std::optional<AgentRemedy> FleetJoiner::remedyFor(const FleetMachine &machine, const QString &keepHostId) const
{
    const RemedyInputs inputs = remedyInputs(machine);
    if (inputs.facts.idFile.path.isEmpty())
        return std::nullopt; // no report and no agent host: nothing to start from
    const MatchReport now = decideMatch(inputs.facts);
    QList<MackerelHost> thisMachine;
    for (const FleetHost &host : machine.hosts) {
        if (keepHostId.isEmpty() || host.host.id == keepHostId)
            thisMachine << host.host;
    }
    std::optional<AgentRemedy> remedy = findRemedy(inputs, now, thisMachine, keepHostId);
    if (remedy && !machine.report)
        remedy->uncertainty = (remedy->uncertainty + QLatin1Char(' ')
                               + FleetJoinText::tr("No report came from this machine: the agent is taken to send what its host "
                                                   "carries, with an id file naming that host; run the playbook on it to check."))
                                  .trimmed();
    return remedy;
}

void FleetJoiner::judge(FleetMachine &machine) const
{
    const std::optional<MatchReport> &decision = machine.agentDecision;
    const bool idFileNamesHost = machine.report && machine.report->idFile.state == HostIdFile::State::Present;
    bool hasAgentHost = false;
    bool hasIntegrationHost = false;
    bool agentHostLacksIdentifier = false;
    const bool reportOnCloud = machine.report && machine.report->platform != QLatin1String("none")
        && !machine.report->platform.isEmpty();
    for (const FleetHost &host : std::as_const(machine.hosts)) {
        if (host.source == HostSource::Agent) {
            hasAgentHost = true;
            if (host.host.customIdentifier.isEmpty() && (!host.host.cloudProvider().isEmpty() || reportOnCloud))
                agentHostLacksIdentifier = true;
        } else if (host.source == HostSource::Integration || host.source == HostSource::Sackerel) {
            hasIntegrationHost = true;
        }
    }

    // The agent's decision first, verdict for verdict as `match` gives it (decideMatch, one function).
    if (decision && decision->verdict == MatchVerdict::Mismatch)
        machine.verdict = FleetVerdict::Mismatch;
    else if (decision && idFileNamesHost && decision->verdict == MatchVerdict::MissingHost)
        machine.verdict = FleetVerdict::MissingHost;
    else if (decision && decision->verdict == MatchVerdict::RetiredHost)
        machine.verdict = FleetVerdict::RetiredHost;
    else if (decision && decision->verdict == MatchVerdict::IdFileDirectory)
        machine.verdict = FleetVerdict::IdFileDirectory;
    else if (machine.hosts.size() >= 2)
        machine.verdict = FleetVerdict::Duplicate;
    else if (agentHostLacksIdentifier)
        machine.verdict = FleetVerdict::IdentifierMissing;
    else if (decision && decision->verdict == MatchVerdict::Attach && hasIntegrationHost && !hasAgentHost)
        machine.verdict = FleetVerdict::WillAttach;
    else if (decision && (decision->verdict == MatchVerdict::Create
                          || (decision->verdict == MatchVerdict::Error && machine.hosts.isEmpty())))
        machine.verdict = FleetVerdict::WillCreate;
    else if (!machine.report && hasIntegrationHost && !hasAgentHost)
        machine.verdict = FleetVerdict::IntegrationOnly;
    else
        machine.verdict = FleetVerdict::Ok;
}

QString describeHost(const FleetHost &host)
{
    return QStringLiteral("%1 \"%2\" (%3)").arg(host.host.id, host.host.name, hostSourceName(host.source));
}

// The id file's path as advice shows it, ready to paste into a shell: the report's path only when it is
// absolute, normalized and free of control characters (a report is the machine's word, and a hostile one
// writes "id; curl …|sh" there), shell-quoted; else the agent's default.
QString adviceIdFilePath(const FleetMachine &machine, bool *untrusted)
{
    const QString reported = machine.report ? machine.report->idFile.path : QString();
    *untrusted = !reported.isEmpty() && !isTrustworthyPath(reported);
    return shellQuoted(reported.isEmpty() || *untrusted ? HostIdFile::pathForRoot(HostIdFile::defaultRoot()) : reported);
}

void FleetJoiner::advise(FleetMachine &machine) const
{
    bool untrusted = false;
    const QString idFilePath = adviceIdFilePath(machine, &untrusted);
    adviseVerdict(machine, idFilePath);
    if (untrusted && machine.advice.contains(idFilePath))
        machine.advice += QLatin1Char(' ')
            + FleetJoinText::tr("The id file path in the report is not trustworthy (not an absolute, normalized path free of "
                                "control characters), so it is not repeated here: %1 is the agent's default; check the "
                                "machine's conf for another.")
                  .arg(idFilePath);
}

void FleetJoiner::adviseVerdict(FleetMachine &machine, const QString &idFilePath) const
{
    const QString name = machine.displayName();
    const FleetHost *keep = nullptr;
    auto keepFirst = [&](auto predicate) {
        for (const FleetHost &host : std::as_const(machine.hosts)) {
            if (!keep && predicate(host))
                keep = &host;
        }
    };
    QStringList others;
    auto listOthers = [&] {
        for (const FleetHost &host : std::as_const(machine.hosts)) {
            if (&host != keep)
                others << describeHost(host);
        }
    };
    const std::optional<MatchReport> &decision = machine.agentDecision;
    // The remedy's sentence, or why there is none: every change advised was run through the agent's decision.
    auto remedyText = [&](const std::optional<AgentRemedy> &remedy) {
        machine.remedy = remedy;
        if (remedy) {
            machine.keepHostId = remedy->endHostId;
            return remedy->text(idFilePath);
        }
        return FleetJoinText::tr("No change to the id file or to the identifier the agent sends makes the agent on %1 attach to or "
                                 "keep a host without a duplicate (each was checked by the agent's own decision): decide by hand "
                                 "which host is this machine.")
            .arg(name);
    };

    switch (machine.verdict) {
    case FleetVerdict::Mismatch:
        machine.advice = FleetJoinText::tr("mackerel-agent on %1 refuses to start: its id file %2 names host %3, which carries "
                                        "the customIdentifier %4 while the agent sends %5 (the id file was copied with a disk "
                                        "image, or the agent's cloud detection failed there).")
                             .arg(name, idFilePath, machine.report->idFile.hostId,
                                  decision && decision->host ? decision->host->customIdentifier : QString(),
                                  machine.report->customIdentifier.isEmpty() ? FleetJoinText::tr("none")
                                                                             : machine.report->customIdentifier)
            + QLatin1Char(' ') + remedyText(remedyFor(machine, QString()));
        return;
    case FleetVerdict::MissingHost:
        machine.advice = FleetJoinText::tr("mackerel-agent on %1 exits at start: its id file %2 names host %3, which this "
                                        "organization does not have (deleted, or another organization's).")
                             .arg(name, idFilePath, machine.report->idFile.hostId)
            + QLatin1Char(' ') + remedyText(remedyFor(machine, QString()));
        return;
    case FleetVerdict::RetiredHost:
        machine.advice = FleetJoinText::tr("mackerel-agent on %1 is not monitoring it: its id file %2 names host %3, which is "
                                        "retired. The agent's code does not check for a retired host and reports to it; "
                                        "Mackerel's documentation says such an agent fails to start, in ways it does not "
                                        "describe. A retired host cannot be brought back.")
                             .arg(name, idFilePath, machine.report->idFile.hostId)
            + QLatin1Char(' ') + remedyText(remedyFor(machine, QString()));
        return;
    case FleetVerdict::IdFileDirectory:
        machine.advice = FleetJoinText::tr("mackerel-agent on %1 exits at every start: a directory stands at its id file's path "
                                        "%2, so the agent finds or registers a host and then cannot save its id; where it "
                                        "registers, every start adds a host.")
                             .arg(name, idFilePath)
            + QLatin1Char(' ') + remedyText(remedyFor(machine, QString()));
        return;
    case FleetVerdict::Duplicate: {
        // Keep the host every registering party finds again: the integration finds it by customIdentifier,
        // sackerel by MAC address (so the agent's host serves it), the agent by its id file.
        if (decision && decision->host && (decision->verdict == MatchVerdict::Update || decision->verdict == MatchVerdict::Attach))
            keepFirst([&](const FleetHost &host) { return host.host.id == decision->host->id; });
        if (!machine.customIdentifier.isEmpty()) {
            keepFirst([&](const FleetHost &host) {
                return host.source == HostSource::Agent && host.host.customIdentifier == machine.customIdentifier;
            });
            keepFirst([&](const FleetHost &host) { return host.host.customIdentifier == machine.customIdentifier; });
        }
        keepFirst([](const FleetHost &host) { return host.source == HostSource::Agent; });
        keepFirst([](const FleetHost &) { return true; });
        listOthers();
        QString how;
        const bool agentThere = decision && decision->host && decision->host->id == keep->host.id
            && (decision->verdict == MatchVerdict::Update || decision->verdict == MatchVerdict::Attach);
        std::optional<AgentRemedy> remedy;
        if (!agentThere)
            remedy = remedyFor(machine, keep->host.id);
        if (!agentThere && !remedy) {
            // No checked change brings the agent to that host: keep the host the agent uses, if it is one of these.
            const FleetHost *agentHost = nullptr;
            for (const FleetHost &host : std::as_const(machine.hosts)) {
                if (!agentHost && host.source == HostSource::Agent)
                    agentHost = &host;
            }
            if (agentHost && agentHost != keep) {
                keep = agentHost;
                others.clear();
                listOthers();
                remedy = remedyFor(machine, keep->host.id);
            }
        }
        const bool agentKeeps = (decision && decision->host && decision->host->id == keep->host.id
                                 && (decision->verdict == MatchVerdict::Update || decision->verdict == MatchVerdict::Attach))
            || (!machine.report && keep->source == HostSource::Agent && !remedy);
        machine.keepHostId = keep->host.id;
        machine.remedy = remedy;
        if (remedy)
            how = remedy->text(idFilePath);
        else if (agentKeeps)
            how = FleetJoinText::tr("Its agent keeps reporting there; sackerel and the integrations find it again by its "
                                 "customIdentifier or MAC address.");
        else
            how = FleetJoinText::tr("No change to the id file or to the identifier the agent sends was found that brings the agent "
                                 "to that host (each was checked by the agent's own decision): run the playbook on the machine "
                                 "and decide by hand.");
        machine.advice = FleetJoinText::tr("%1 live hosts are this one machine (billed %1 times, alerts split). Keep %2. %3 "
                                        "Retire %4 (mkr retire, or the host's page).")
                             .arg(machine.hosts.size())
                             .arg(describeHost(*keep), how, others.join(QStringLiteral(", ")));
        return;
    }
    case FleetVerdict::IdentifierMissing: {
        keepFirst([](const FleetHost &host) { return host.source == HostSource::Agent; });
        machine.keepHostId = keep->host.id;
        const QString expected = !machine.customIdentifier.isEmpty()
            ? machine.customIdentifier
            : (machine.instanceId.isEmpty() ? QString() : FleetJoinText::tr("the instance %1").arg(machine.instanceId));
        machine.advice = FleetJoinText::tr("Host %1 runs mackerel-agent on a cloud VM but carries no customIdentifier, so the "
                                        "cloud integration cannot find it and will register a second host for %2. %3")
                             .arg(describeHost(*keep), expected.isEmpty() ? FleetJoinText::tr("this instance") : expected,
                                  machine.report && !machine.report->customIdentifier.isEmpty()
                                      ? FleetJoinText::tr("The report shows that the agent now detects %1: restart (or upgrade) "
                                                       "mackerel-agent there so that its next update sets it.")
                                            .arg(machine.report->customIdentifier)
                                      : FleetJoinText::tr("Run 'mackerel-inspector detect' on the machine to see why the agent "
                                                       "does not confirm its cloud (IMDS blocked, a proxy, DNS), fix that, "
                                                       "and restart the agent."));
        return;
    }
    case FleetVerdict::WillAttach:
        keepFirst([](const FleetHost &host) { return host.source != HostSource::Agent; });
        machine.keepHostId = keep ? keep->host.id : QString();
        machine.advice = FleetJoinText::tr("Installing mackerel-agent on %1 is safe: it will adopt host %2, registered by the "
                                        "integration, by its customIdentifier %3. Nothing to do.")
                             .arg(name, keep ? describeHost(*keep) : QString(), machine.customIdentifier);
        return;
    case FleetVerdict::WillCreate:
        if (machine.hosts.isEmpty()) {
            machine.advice = FleetJoinText::tr("mackerel-agent on %1 will register a new host%2. Nothing else carries this "
                                            "machine's identity, so no duplicate follows.")
                                 .arg(name, machine.customIdentifier.isEmpty()
                                                ? QString()
                                                : FleetJoinText::tr(" under %1").arg(machine.customIdentifier));
        } else {
            listOthers();
            machine.advice = FleetJoinText::tr("mackerel-agent on %1 will register a new host next to %2, which is this same "
                                            "machine by its evidence: a duplicate. Before installing the agent:")
                                 .arg(name, others.join(QStringLiteral(", ")))
                + QLatin1Char(' ') + remedyText(remedyFor(machine, QString()));
        }
        return;
    case FleetVerdict::IntegrationOnly:
        keepFirst([](const FleetHost &) { return true; });
        machine.keepHostId = keep->host.id;
        machine.advice = FleetJoinText::tr("Host %1 was registered by an integration and has no agent, and no report came from "
                                        "its machine. Run the playbook on it to see what its agent would do; nothing to do "
                                        "if no agent is planned.")
                             .arg(describeHost(*keep));
        return;
    case FleetVerdict::Ok:
        keepFirst([](const FleetHost &host) { return host.source == HostSource::Agent; });
        keepFirst([](const FleetHost &) { return true; });
        machine.keepHostId = keep ? keep->host.id : QString();
        machine.advice = decision && decision->verdict == MatchVerdict::Update
            ? FleetJoinText::tr("Nothing to do: the agent on %1 keeps using host %2.").arg(name, machine.keepHostId)
            : FleetJoinText::tr("Nothing to do.");
        if (decision && (decision->verdict == MatchVerdict::Error || decision->verdict == MatchVerdict::LookupFailed))
            machine.advice = FleetJoinText::tr("Could not tell what the agent on %1 would do: %2").arg(name, decision->message);
        return;
    }
}

QString evidenceText(JoinKey key, const QString &value, const QStringList &memberNames)
{
    // The members as words of the sentence's language ("host X", "report Y" stay so in the JSON).
    QStringList members;
    for (const QString &name : memberNames) {
        if (name.startsWith(QLatin1String("host ")))
            members << FleetJoinText::tr("host %1").arg(name.mid(5));
        else if (name.startsWith(QLatin1String("report ")))
            members << FleetJoinText::tr("report %1").arg(name.mid(7));
        else
            members << name;
    }
    switch (key) {
    case JoinKey::CustomIdentifier:
        return FleetJoinText::tr("%1 carry the customIdentifier %2").arg(members.join(FleetJoinText::tr(" and ")), value);
    case JoinKey::IdFile:
        return FleetJoinText::tr("the id file of %1 names host %2").arg(members.mid(1).join(FleetJoinText::tr(" and ")), value);
    case JoinKey::InstanceId:
        return FleetJoinText::tr("%1 name the same cloud instance %2").arg(members.join(FleetJoinText::tr(" and ")), value);
    case JoinKey::MacAddress:
        return FleetJoinText::tr("%1 have the MAC address %2").arg(members.join(FleetJoinText::tr(" and ")), value);
    }
    return QString();
}

FleetAudit FleetJoiner::run()
{
    dropSecondReports();
    indexKeys(true);
    UnionFind groups(itemCount());
    unite(groups, true);

    // Machines, named by their lowest item.
    QHash<int, int> machineOfGroup;
    QList<FleetMachine> machines;
    QList<std::optional<JoinKey>> joinedBy(itemCount());
    for (int key = 0; key < int(m_index.size()); ++key) {
        for (auto it = m_index[key].cbegin(); it != m_index[key].cend(); ++it) {
            for (const QList<int> &items : joinedItems(groups, it.value())) {
                for (int item : items) {
                    if (!joinedBy[item])
                        joinedBy[item] = JoinKey(key);
                }
            }
        }
    }
    auto machineOf = [&](int item) -> FleetMachine & {
        const int group = groups.find(item);
        auto found = machineOfGroup.constFind(group);
        if (found == machineOfGroup.constEnd()) {
            found = machineOfGroup.insert(group, int(machines.size()));
            machines.append(FleetMachine());
        }
        return machines[*found];
    };
    for (int item = 0; item < itemCount(); ++item) {
        if (isReport(item)) {
            if (!reportActive(item))
                continue;
            FleetMachine &machine = machineOf(item);
            machine.report = report(item);
            machine.reportJoinedBy = joinedBy[item];
        } else {
            FleetHost host = m_hosts.at(item);
            host.joinedBy = joinedBy[item];
            machineOf(item).hosts.append(host);
        }
    }

    // Evidence: every key that joins two members, then what supports it. The indexes are hashes, whose
    // order changes from process to process: the evidence is put in the order of its keys and values,
    // so that every run writes the same JSON.
    QSet<int> machinesWithEvidence;
    for (int key = 0; key < int(m_index.size()); ++key) {
        for (auto it = m_index[key].cbegin(); it != m_index[key].cend(); ++it) {
            for (const QList<int> &items : joinedItems(groups, it.value())) {
                QStringList members;
                for (int item : items)
                    members << memberName(item);
                FleetEvidence evidence;
                evidence.key = joinKeyName(JoinKey(key));
                evidence.value = it.key();
                evidence.members = members;
                evidence.text = evidenceText(JoinKey(key), it.key(), members);
                machineOf(items.constFirst()).evidence.append(evidence);
                machinesWithEvidence.insert(machineOfGroup.value(groups.find(items.constFirst())));
            }
        }
    }
    QStringList keyOrder;
    for (int key = 0; key < int(m_index.size()); ++key)
        keyOrder << joinKeyName(JoinKey(key));
    for (int machineIndex : std::as_const(machinesWithEvidence)) {
        QList<FleetEvidence> &evidence = machines[machineIndex].evidence;
        std::sort(evidence.begin(), evidence.end(), [&keyOrder](const FleetEvidence &a, const FleetEvidence &b) {
            const qsizetype rankA = keyOrder.indexOf(a.key), rankB = keyOrder.indexOf(b.key);
            return rankA != rankB ? rankA < rankB : a.value < b.value;
        });
    }
    const QString supportKeys[] = {QStringLiteral("ipAddress"), QStringLiteral("hostName")};
    struct SharedValue
    {
        QString value;
        QStringList members;
    };
    // Keeps the MaxSupportEvidence smallest values, sorted.
    auto keepIfAmongFirst = [](QList<SharedValue> &shown, SharedValue shared) {
        const auto at = std::lower_bound(shown.begin(), shown.end(), shared.value,
                                         [](const SharedValue &a, const QString &value) { return a.value < value; });
        shown.insert(at, std::move(shared));
        if (shown.size() > MaxSupportEvidence)
            shown.removeLast();
    };
    for (int kind = 0; kind < 2; ++kind) {
        // A host and its report may share hundreds of thousands of addresses: the first few in sorted
        // order tell the story (the same few in every run, whatever the hashes' order), the rest are
        // counted, so the evidence (and every output and the window) stays small.
        QHash<int, QList<SharedValue>> shownOfMachine;
        QHash<int, int> sharedOfMachine;
        for (auto it = m_supportIndex[kind].cbegin(); it != m_supportIndex[kind].cend(); ++it) {
            if (it.value().size() < 2 || it.value().size() > MaxItemsPerAddress)
                continue;
            // The usual case, a host and its report: every carrier in one machine. A value that comes
            // after every one the machine already shows is only counted, without building a word of it.
            const int firstGroup = groups.find(it.value().constFirst());
            const bool oneGroup = std::all_of(it.value().cbegin(), it.value().cend(),
                                              [&](int item) { return groups.find(item) == firstGroup; });
            if (oneGroup) {
                const int machineIndex = machineOfGroup.value(firstGroup);
                ++sharedOfMachine[machineIndex];
                QList<SharedValue> &shown = shownOfMachine[machineIndex];
                if (shown.size() >= MaxSupportEvidence && !(it.key() < shown.constLast().value))
                    continue;
                QStringList members;
                for (int item : it.value())
                    members << memberName(item);
                keepIfAmongFirst(shown, {it.key(), members});
                continue;
            }
            QHash<int, QStringList> membersOfGroup;
            for (int item : it.value())
                membersOfGroup[groups.find(item)] << memberName(item);
            for (auto group = membersOfGroup.cbegin(); group != membersOfGroup.cend(); ++group) {
                if (group.value().size() < 2)
                    continue;
                const int machineIndex = machineOfGroup.value(group.key());
                ++sharedOfMachine[machineIndex];
                keepIfAmongFirst(shownOfMachine[machineIndex], {it.key(), group.value()});
            }
        }
        for (auto machine = shownOfMachine.cbegin(); machine != shownOfMachine.cend(); ++machine) {
            for (const SharedValue &shared : machine.value()) {
                FleetEvidence evidence;
                evidence.key = supportKeys[kind];
                evidence.value = shared.value;
                evidence.members = shared.members;
                evidence.joins = false;
                evidence.text = FleetJoinText::tr("%1 also share the %2 %3 (this supports the join; alone it would not make one)")
                                    .arg(shared.members.join(FleetJoinText::tr(" and ")),
                                         kind == 0 ? FleetJoinText::tr("address") : FleetJoinText::tr("host name"), shared.value);
                machines[machine.key()].evidence.append(evidence);
            }
            if (const int left = sharedOfMachine.value(machine.key()) - int(machine.value().size()); left > 0) {
                FleetEvidence evidence;
                evidence.key = supportKeys[kind];
                evidence.joins = false;
                evidence.text = kind == 0 ? FleetJoinText::tr("and %n more shared address(es), not listed", nullptr, left)
                                          : FleetJoinText::tr("and %n more shared host name(s), not listed", nullptr, left);
                machines[machine.key()].evidence.append(evidence);
            }
        }
    }

    // Who claims which id-file host: copies show up as several claims.
    QHash<QString, QStringList> claims;
    for (const FleetMachine &machine : std::as_const(machines)) {
        if (machine.report && machine.report->idFile.state == HostIdFile::State::Present)
            claims[machine.report->idFile.hostId] << machine.report->file;
    }
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            m_warnings << FleetJoinText::tr("The id files of %1 all name host %2: copied between machines (with a disk image?). "
                                         "Only the machine whose customIdentifier that host carries may keep it.")
                              .arg(it.value().join(QStringLiteral(", ")), it.key());
    }

    for (FleetMachine &machine : machines) {
        std::sort(machine.hosts.begin(), machine.hosts.end(), [](const FleetHost &a, const FleetHost &b) {
            return a.host.createdAt != b.host.createdAt ? a.host.createdAt < b.host.createdAt : a.host.id < b.host.id;
        });
        if (machine.report) {
            machine.customIdentifier = machine.report->customIdentifier;
            machine.agentDecision = agentDecision(*machine.report);
            if (machine.agentDecision->verdict == MatchVerdict::Error || machine.agentDecision->verdict == MatchVerdict::LookupFailed)
                m_warnings << FleetJoinText::tr("%1: what the agent would do is unknown: %2")
                                  .arg(machine.report->file, machine.agentDecision->message);
            if (machine.agentDecision->host
                && (machine.agentDecision->verdict == MatchVerdict::Mismatch
                    || machine.agentDecision->verdict == MatchVerdict::MissingHost || machine.agentDecision->host->isRetired)) {
                FleetEvidence evidence;
                evidence.key = joinKeyName(JoinKey::IdFile);
                evidence.value = machine.report->idFile.hostId;
                evidence.members = {QStringLiteral("report ") + machine.report->inventoryName};
                evidence.joins = false;
                evidence.text = machine.agentDecision->host->isRetired
                    ? FleetJoinText::tr("the id file names host %1, which is retired").arg(evidence.value)
                    : FleetJoinText::tr("the id file names host %1 \"%2\", which carries the customIdentifier %3 of another machine")
                          .arg(evidence.value, machine.agentDecision->host->name, machine.agentDecision->host->customIdentifier);
                machine.evidence.append(evidence);
            } else if (machine.agentDecision->verdict == MatchVerdict::MissingHost) {
                FleetEvidence evidence;
                evidence.key = joinKeyName(JoinKey::IdFile);
                evidence.value = machine.report->idFile.hostId;
                evidence.members = {QStringLiteral("report ") + machine.report->inventoryName};
                evidence.joins = false;
                evidence.text = FleetJoinText::tr("the id file names host %1, which the organization does not have").arg(evidence.value);
                machine.evidence.append(evidence);
            }
        }
        for (const FleetHost &host : std::as_const(machine.hosts)) {
            if (machine.customIdentifier.isEmpty())
                machine.customIdentifier = host.host.customIdentifier;
        }
        QStringList instanceKeys = machine.report ? machine.report->keys.instanceKeys : QStringList();
        for (const FleetHost &host : std::as_const(machine.hosts))
            instanceKeys << host.keys.instanceKeys;
        if (!instanceKeys.isEmpty())
            machine.instanceId = instanceIdOfKey(instanceKeys.constFirst());
        judge(machine);
        advise(machine);
    }

    std::sort(machines.begin(), machines.end(), [](const FleetMachine &a, const FleetMachine &b) {
        if (a.verdict != b.verdict)
            return a.verdict < b.verdict;
        return a.displayName() < b.displayName();
    });

    if (m_inputs.listingNarrowed)
        m_warnings << FleetJoinText::tr("The host listing is narrowed by --service/--role: hosts outside it are not listed, so a "
                                     "duplicate outside it is not seen. The reports' identifiers and id files were looked up "
                                     "one by one.");
    FleetAudit audit;
    audit.machines = machines;
    audit.warnings = m_warnings;
    audit.hostsListed = int(m_hosts.size());
    audit.reportsRead = int(m_reports.size() - m_dropped.size());
    return audit;
}

} // namespace

FleetAudit joinFleet(const FleetInputs &inputs)
{
    return FleetJoiner(inputs).run();
}

FleetLookups fleetLookupsNeeded(const QList<MackerelHost> &hosts, const QList<FleetReport> &reports, bool listingNarrowed)
{
    QSet<QString> listedIds;
    QSet<QString> listedIdentifiers;
    for (const MackerelHost &host : hosts) {
        listedIds.insert(host.id);
        if (!host.customIdentifier.isEmpty())
            listedIdentifiers.insert(host.customIdentifier);
    }
    FleetLookups lookups;
    for (const FleetReport &report : reports) {
        if (report.idFile.state == HostIdFile::State::Present && !listedIds.contains(report.idFile.hostId)) {
            lookups.hostIds << report.idFile.hostId;
            listedIds.insert(report.idFile.hostId); // once
        }
        if (listingNarrowed && !report.customIdentifier.isEmpty() && !listedIdentifiers.contains(report.customIdentifier)) {
            lookups.customIdentifiers << report.customIdentifier;
            listedIdentifiers.insert(report.customIdentifier);
        }
    }
    return lookups;
}

} // namespace mi
