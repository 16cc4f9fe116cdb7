#include "matchreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mi {

namespace {
struct MatchReportText
{
    Q_DECLARE_TR_FUNCTIONS(MatchReport)
};
} // namespace

QString matchVerdictName(MatchVerdict verdict)
{
    switch (verdict) {
    case MatchVerdict::Attach: return QStringLiteral("attach");
    case MatchVerdict::Create: return QStringLiteral("create");
    case MatchVerdict::Update: return QStringLiteral("update");
    case MatchVerdict::Mismatch: return QStringLiteral("mismatch");
    case MatchVerdict::MissingHost: return QStringLiteral("missing-host");
    case MatchVerdict::LookupFailed: return QStringLiteral("lookup-failed");
    case MatchVerdict::RetiredHost: return QStringLiteral("retired-host");
    case MatchVerdict::IdFileDirectory: return QStringLiteral("id-file-directory");
    case MatchVerdict::Error: return QStringLiteral("error");
    }
    return QString();
}

QList<MatchVerdict> allMatchVerdicts()
{
    return {MatchVerdict::Attach,       MatchVerdict::Create,      MatchVerdict::Update,
            MatchVerdict::Mismatch,     MatchVerdict::MissingHost, MatchVerdict::LookupFailed,
            MatchVerdict::RetiredHost,  MatchVerdict::IdFileDirectory, MatchVerdict::Error};
}

bool agentWouldNotStart(MatchVerdict verdict)
{
    switch (verdict) {
    case MatchVerdict::Mismatch:
    case MatchVerdict::MissingHost:
    case MatchVerdict::LookupFailed:
    case MatchVerdict::RetiredHost:
    case MatchVerdict::IdFileDirectory: return true;
    case MatchVerdict::Attach:
    case MatchVerdict::Create:
    case MatchVerdict::Update:
    case MatchVerdict::Error: return false;
    }
    return false;
}

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject Lookalike::toJson() const
{
    QJsonObject object = host.summaryJson();
    object.insert(QStringLiteral("sharedKey"), key);
    object.insert(QStringLiteral("sharedValue"), value);
    return object;
}

QList<Lookalike> findLookalikes(const MachineKeys &local, const QList<MackerelHost> &hosts)
{
    QList<Lookalike> found;
    for (const MackerelHost &host : hosts) {
        if (host.isRetired || (!local.customIdentifier.isEmpty() && host.customIdentifier == local.customIdentifier))
            continue; // a host carrying the identifier is a candidate, not a lookalike
        const MachineKeys keys = MachineKeys::fromHost(host.name, host.customIdentifier, host.meta, host.interfaces);
        Lookalike lookalike{host, QString(), QString()};
        for (const QString &instance : keys.instanceKeys) {
            if (lookalike.key.isEmpty() && local.instanceKeys.contains(instance))
                lookalike = {host, QStringLiteral("instanceId"), instance};
        }
        for (const QString &mac : keys.macAddresses) {
            if (lookalike.key.isEmpty() && local.macAddresses.contains(mac))
                lookalike = {host, QStringLiteral("macAddress"), mac};
        }
        if (!lookalike.key.isEmpty())
            found.append(lookalike);
    }
    return found;
}

QJsonObject MatchReport::toJson() const
{
    QJsonArray candidateArray;
    for (const MackerelHost &candidate : candidates)
        candidateArray.append(candidate.summaryJson());
    QJsonArray lookalikeArray;
    for (const Lookalike &lookalike : lookalikes)
        lookalikeArray.append(lookalike.toJson());
    QJsonArray probeArray;
    for (const ProbeRecord &probe : probes)
        probeArray.append(probe.toJson());
    return QJsonObject{
        {QStringLiteral("verdict"), matchVerdictName(verdict)},
        {QStringLiteral("customIdentifier"), stringOrNull(customIdentifier)},
        {QStringLiteral("idFile"), idFile.toJson()},
        {QStringLiteral("host"), host ? QJsonValue(host->summaryJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("lookalikes"), lookalikeArray},
        {QStringLiteral("message"), message},
        {QStringLiteral("agentError"), stringOrNull(agentError)},
        {QStringLiteral("error"), verdict == MatchVerdict::Error || verdict == MatchVerdict::LookupFailed
                                      ? QJsonValue(mackerelApiErrorName(apiError))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("remedy"), remedy ? QJsonValue(remedy->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("probes"), probeArray},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

namespace {

QString describe(const MackerelHost &host)
{
    const QString status = host.status.isEmpty() ? MatchReportText::tr("unknown") : host.status;
    if (host.displayName.isEmpty())
        return MatchReportText::tr("%1 (name \"%2\", status %3, registered by %4)").arg(host.id, host.name, status, host.origin());
    return MatchReportText::tr("%1 (name \"%2\", displayName \"%3\", status %4, registered by %5)")
        .arg(host.id, host.name, host.displayName, status, host.origin());
}

// The error text mackerel-agent gives for an API failure: mackerel-client-go's APIError ("API request
// failed: <the API's message, else the HTTP status line>") where an answer came; a transport error is
// Go's own text, which the inspector cannot repeat word for word, so its own sentence stands there.
QString agentApiFailure(const MackerelApiResult &result)
{
    if (result.status <= 0)
        return result.errorString;
    return MatchReportText::tr("API request failed: %1").arg(result.serverMessage.isEmpty() ? result.errorString : result.serverMessage);
}

// An answer the agent retries (5xx, the network): retry.Retry in prepareHost; 4xx are not retried.
bool agentRetries(const MackerelApiResult &result)
{
    return result.error == MackerelApiError::ServerError || result.error == MackerelApiError::Timeout
        || result.error == MackerelApiError::NetworkError;
}

// The lookup of the id file's host failed in a way the agent meets too: it exits (a 4xx at once, the
// rest after its retries). Answers the inspector cannot read (not the API's JSON, too large) and a
// missing key are the inspector's own trouble.
bool agentMeetsFailure(const MackerelApiResult &result)
{
    switch (result.error) {
    case MackerelApiError::InvalidKey:
    case MackerelApiError::Forbidden:
    case MackerelApiError::ClientError:
    case MackerelApiError::RateLimited:
    case MackerelApiError::ServerError:
    case MackerelApiError::Timeout:
    case MackerelApiError::NetworkError: return true;
    case MackerelApiError::NoError:
    case MackerelApiError::NotFound:
    case MackerelApiError::InvalidResponse:
    case MackerelApiError::TooLarge:
    case MackerelApiError::Configuration: return false;
    }
    return false;
}

void warnAboutCandidates(MatchReport &report, const QString &usedId)
{
    if (report.candidates.size() > 1) {
        QStringList ids;
        for (const MackerelHost &candidate : std::as_const(report.candidates))
            ids << candidate.id;
        report.warnings << MatchReportText::tr("%1 hosts carry the customIdentifier \"%2\" (%3); the agent takes the first the API "
                                          "lists and ignores the others. Retire the ones that are not this machine.")
                               .arg(report.candidates.size())
                               .arg(report.customIdentifier, ids.join(QStringLiteral(", ")));
    } else if (report.candidates.size() == 1 && !usedId.isEmpty() && report.candidates.constFirst().id != usedId) {
        report.warnings << MatchReportText::tr("host %1 also carries the customIdentifier \"%2\"; the id file names %3 instead")
                               .arg(report.candidates.constFirst().id, report.customIdentifier, usedId);
    }
    for (const MackerelHost &candidate : std::as_const(report.candidates)) {
        if (candidate.isRetired)
            report.warnings << MatchReportText::tr("host %1 carrying the customIdentifier is retired").arg(candidate.id);
    }
}

// The agent's create is retried on 5xx and network errors (20 times, 3 s apart), and its search by
// customIdentifier gives up after 3 tries 2 s apart and goes on to create: an answer lost on the way
// back registers a host the agent never hears of, and the next try registers another.
void warnAboutRetries(MatchReport &report, const MatchFacts &facts)
{
    for (const std::optional<MackerelApiResult> &result : {facts.hostById, facts.hostsByIdentifier}) {
        if (result && agentRetries(*result)) {
            report.warnings << MatchReportText::tr("The Mackerel API answered with a server error, or the network failed (%1). The "
                                              "agent meeting this at start gives up its search by customIdentifier after 3 tries, "
                                              "2 s apart, and registers a new host even where one carries the identifier; it "
                                              "retries a registration up to 20 times, 3 s apart, and a registration whose answer "
                                              "was lost is sent again. Either can register a duplicate host: start the agent once "
                                              "the API answers, and run match again first.")
                                   .arg(result->errorString);
            return;
        }
    }
}

} // namespace

MatchReport decideMatch(const MatchFacts &facts)
{
    MatchReport report;
    report.customIdentifier = facts.customIdentifier;
    report.idFile = facts.idFile;
    if (facts.hostById)
        report.probes << facts.hostById->probes;
    if (facts.hostsByIdentifier) {
        report.probes << facts.hostsByIdentifier->probes;
        if (facts.hostsByIdentifier->ok())
            report.candidates = facts.hostsByIdentifier->hosts;
    }
    warnAboutRetries(report, facts);
    const QString path = facts.idFile.path;

    auto apiFailed = [&](const MackerelApiResult &result) {
        report.verdict = MatchVerdict::Error;
        report.apiError = result.error;
        report.message = MatchReportText::tr("The Mackerel API could not tell: %1").arg(result.errorString);
        return report;
    };

    switch (facts.idFile.state) {
    case HostIdFile::State::Unreadable:
        if (facts.idFile.isDirectory)
            break; // the agent reads no id from it either: it goes on as without one (below)
        report.verdict = MatchVerdict::Error;
        report.apiError = MackerelApiError::Configuration;
        report.message = MatchReportText::tr("The id file %1 exists but cannot be read (%2); the agent reads it as root. "
                                        "Run as root, or copy it and pass --id-file.")
                             .arg(path, facts.idFile.errorString);
        return report;

    case HostIdFile::State::Present: {
        const QString hostId = facts.idFile.hostId;
        if (!facts.hostById) {
            report.verdict = MatchVerdict::Error;
            report.apiError = MackerelApiError::Configuration;
            report.message = MatchReportText::tr("The host named by the id file was not looked up.");
            return report;
        }
        const MackerelApiResult &byId = *facts.hostById;
        const QString lookupError = QStringLiteral("failed to find this host on mackerel (You may want to delete file \"%1\" to "
                                                   "register this host to an another organization): %2")
                                        .arg(path, agentApiFailure(byId));
        if (byId.error == MackerelApiError::NotFound) {
            report.verdict = MatchVerdict::MissingHost;
            report.agentError = lookupError;
            report.message = MatchReportText::tr("The id file %1 names host %2, which this organization does not have (retired "
                                            "and deleted, or of another organization, or another key's). The agent would refuse "
                                            "to start.")
                                 .arg(path, hostId);
            warnAboutCandidates(report, QString());
            return report;
        }
        if (agentMeetsFailure(byId)) {
            // prepareHost exits on any failure of this lookup (command.go): a 4xx at once, the rest when
            // it lasts through the retries. The agent's error names the id file, as if it were wrong.
            report.verdict = MatchVerdict::LookupFailed;
            report.apiError = byId.error;
            report.agentError = lookupError;
            report.message = (agentRetries(byId)
                                  ? MatchReportText::tr("The id file %1 names host %2, and looking it up failed: %3. The agent "
                                                        "retries this lookup 20 times, 3 s apart; if it fails that long, the agent "
                                                        "exits, naming the id file although the id file may be right.")
                                  : MatchReportText::tr("The id file %1 names host %2, and looking it up failed: %3. The agent does "
                                                        "not retry an answer like this: it exits at once, naming the id file although "
                                                        "the fault is the key or its organization. Check the API key (its "
                                                        "organization and permissions) before touching the id file."))
                                 .arg(path, hostId, byId.errorString);
            return report;
        }
        if (!byId.ok() || !byId.host)
            return apiFailed(byId);
        const MackerelHost host = *byId.host;
        report.host = host;
        if (!host.customIdentifier.isEmpty() && host.customIdentifier != facts.customIdentifier) {
            report.verdict = MatchVerdict::Mismatch;
            report.agentError = QStringLiteral("custom identifiers mismatch: this host = \"%1\", the host whose id is \"%2\" on "
                                               "mackerel.io = \"%3\" (File \"%4\" may be copied from another host. Try deleting "
                                               "it and restarting agent)")
                                    .arg(facts.customIdentifier, hostId, host.customIdentifier, path);
            report.message = MatchReportText::tr("The id file %1 names host %2, which belongs to \"%3\", not to what this machine "
                                            "sends (\"%4\"): the id file was copied with a disk image, or the agent's cloud "
                                            "detection failed here. The agent would refuse to start.")
                                 .arg(path, describe(host), host.customIdentifier,
                                      facts.customIdentifier.isEmpty() ? MatchReportText::tr("no identifier") : facts.customIdentifier);
            warnAboutCandidates(report, QString());
            return report;
        }
        if (host.isRetired) {
            // prepareHost checks isRetired nowhere: given the host, it goes on with it. The documentation
            // (howto/install-agent, "Files not deleted when uninstalling the agent") says the agent then
            // fails to start; by its code that can only be the service refusing its requests, in words
            // the documentation does not give.
            report.verdict = MatchVerdict::RetiredHost;
            report.message = MatchReportText::tr("The id file %1 names host %2, which is retired. mackerel-agent's code does not "
                                            "check for a retired host: given this host by the API, it reports its specs and metrics "
                                            "to it. Mackerel's documentation says an agent whose id file names a retired host "
                                            "fails to start; how the service refuses it is not documented. Either way this machine "
                                            "is not monitored, and a retired host cannot be brought back.")
                                 .arg(path, describe(host));
            warnAboutCandidates(report, host.id);
            return report;
        }
        report.verdict = MatchVerdict::Update;
        report.message = MatchReportText::tr("The id file %1 names host %2; the agent would keep using it and update its specs.")
                             .arg(path, describe(host));
        if (host.customIdentifier.isEmpty() && !facts.customIdentifier.isEmpty())
            report.message += MatchReportText::tr(" The host has no customIdentifier yet; the agent's update gives it \"%1\".")
                                  .arg(facts.customIdentifier);
        warnAboutCandidates(report, host.id);
        return report;
    }

    case HostIdFile::State::Empty:
        report.warnings << MatchReportText::tr("the id file %1 is empty: the agent treats it as absent and writes a new id into it")
                               .arg(path);
        [[fallthrough]];
    case HostIdFile::State::Absent:
        break;
    }

    if (facts.customIdentifier.isEmpty()) {
        report.verdict = MatchVerdict::Create;
        report.message = MatchReportText::tr("There is no id file at %1 and no customIdentifier to look up: the agent would register "
                                        "a new host and write its id there. A host registered for this machine by a cloud "
                                        "integration would not be found, and would stay a separate host.")
                             .arg(path);
    } else if (!facts.hostsByIdentifier) {
        report.verdict = MatchVerdict::Error;
        report.apiError = MackerelApiError::Configuration;
        report.message = MatchReportText::tr("The customIdentifier was not looked up.");
        return report;
    } else if (!facts.hostsByIdentifier->ok()) {
        apiFailed(*facts.hostsByIdentifier);
        report.message += MatchReportText::tr(" (The agent, meeting this, would go on to register a new host.)");
        return report;
    } else if (report.candidates.isEmpty()) {
        report.verdict = MatchVerdict::Create;
        report.message = MatchReportText::tr("There is no id file at %1 and no live host carries the customIdentifier \"%2\": the agent "
                                        "would register a new host and write its id there.")
                             .arg(path, facts.customIdentifier);
    } else {
        const MackerelHost host = report.candidates.constFirst();
        report.host = host;
        report.verdict = MatchVerdict::Attach;
        report.message = MatchReportText::tr("There is no id file at %1, and host %2 carries the customIdentifier \"%3\": the agent would "
                                        "adopt that host, write its id there and update its specs; no new host is created.")
                             .arg(path, describe(host), facts.customIdentifier);
        warnAboutCandidates(report, QString());
    }

    if (facts.idFile.state == HostIdFile::State::Unreadable) {
        // A directory at the id file's path: LoadHostID fails, so prepareHost searches and registers as
        // without an id file, then SaveHostID (os.Create) fails on the directory and the agent exits.
        const bool creates = report.verdict == MatchVerdict::Create;
        report.verdict = MatchVerdict::IdFileDirectory;
        report.agentError = QStringLiteral("failed to save host ID: open %1: is a directory").arg(path);
        report.message = creates
            ? MatchReportText::tr("A directory stands at the id file's path %1. The agent, reading no id there, would register a "
                                  "new host, then fail to save its id and exit; every start (a service manager restarts it) "
                                  "registers another host.")
                  .arg(path)
            : MatchReportText::tr("A directory stands at the id file's path %1. The agent, reading no id there, would find host %2 "
                                  "by its customIdentifier, then fail to save its id and exit, at every start.")
                  .arg(path, report.host ? describe(*report.host) : QString());
    }
    return report;
}

// --- Remedies ---------------------------------------------------------------------------------------

QString AgentRemedy::action() const
{
    QStringList parts;
    if (!sendIdentifier.isEmpty())
        parts << QStringLiteral("detect-cloud");
    if (!writeHostId.isEmpty())
        parts << QStringLiteral("write-id-file");
    else if (moveIdFileAside)
        parts << QStringLiteral("move-id-file-aside");
    return parts.join(QLatin1Char('+'));
}

QString AgentRemedy::text(const QString &idFilePath) const
{
    QString change;
    if (!writeHostId.isEmpty())
        change = MatchReportText::tr("move aside what stands at %1 (never delete the remote host) and write %2 into it")
                     .arg(idFilePath, writeHostId);
    else if (moveIdFileAside)
        change = MatchReportText::tr("move %1 aside (never delete the remote host)").arg(idFilePath);
    QString detect;
    if (!sendIdentifier.isEmpty())
        detect = MatchReportText::tr("make the agent detect its cloud, so that it sends the customIdentifier %1 (let root reach "
                                     "the instance metadata service: unblock it in the firewall or proxy settings, or raise the "
                                     "IMDSv2 hop limit)")
                     .arg(sendIdentifier);
    const QString what = detect.isEmpty() ? change : change.isEmpty() ? detect : MatchReportText::tr("%1, and %2").arg(detect, change);
    const QString end = endHostId.isEmpty()                  ? MatchReportText::tr("the agent registers this machine as a new host")
        : endVerdict == MatchVerdict::Attach ? MatchReportText::tr("the agent attaches to host %1").arg(endHostId)
                                             : MatchReportText::tr("the agent keeps using host %1").arg(endHostId);
    QString sentence = MatchReportText::tr("Remedy (checked by the agent's own decision): %1, then start the agent: %2.").arg(what, end);
    if (!uncertainty.isEmpty())
        sentence += QLatin1Char(' ') + uncertainty;
    return sentence;
}

QJsonObject AgentRemedy::toJson() const
{
    return QJsonObject{
        {QStringLiteral("action"), action()},
        {QStringLiteral("hostId"), stringOrNull(writeHostId)},
        {QStringLiteral("customIdentifier"), stringOrNull(sendIdentifier)},
        {QStringLiteral("endVerdict"), matchVerdictName(endVerdict)},
        {QStringLiteral("endHostId"), stringOrNull(endHostId)},
        {QStringLiteral("uncertainty"), stringOrNull(uncertainty)},
    };
}

MatchReport applyRemedy(const RemedyInputs &inputs, const AgentRemedy &remedy)
{
    MatchFacts facts = inputs.facts;
    MachineKeys local = inputs.localKeys;
    if (!remedy.sendIdentifier.isEmpty() && remedy.sendIdentifier != facts.customIdentifier) {
        facts.customIdentifier = remedy.sendIdentifier;
        facts.hostsByIdentifier.reset();
    }
    local.customIdentifier = facts.customIdentifier;
    if (remedy.moveIdFileAside || !remedy.writeHostId.isEmpty()) {
        facts.idFile.state = HostIdFile::State::Absent;
        facts.idFile.hostId.clear();
        facts.idFile.isDirectory = false;
        facts.idFile.errorString.clear();
        facts.hostById.reset();
    }
    if (!remedy.writeHostId.isEmpty()) {
        facts.idFile.state = HostIdFile::State::Present;
        facts.idFile.hostId = remedy.writeHostId;
        MackerelApiResult byId;
        byId.operation = MackerelApiOperation::GetHost;
        for (const MackerelHost &host : inputs.hosts) {
            if (host.id == remedy.writeHostId)
                byId.host = host;
        }
        if (!byId.host) {
            byId.error = MackerelApiError::NotFound;
            byId.status = 404;
        }
        facts.hostById = byId;
    }
    if (!facts.customIdentifier.isEmpty() && !facts.hostsByIdentifier) {
        // The agent's search: live hosts carrying the identifier (the documentation makes it unique).
        MackerelApiResult search;
        search.operation = MackerelApiOperation::FindHosts;
        for (const MackerelHost &host : inputs.hosts) {
            if (!host.isRetired && host.customIdentifier == facts.customIdentifier)
                search.hosts << host;
        }
        facts.hostsByIdentifier = search;
    }
    MatchReport end = decideMatch(facts);
    if (end.verdict == MatchVerdict::Create)
        end.lookalikes = findLookalikes(local, inputs.hosts);
    return end;
}

bool remedyEndAcceptable(const MatchReport &end)
{
    switch (end.verdict) {
    case MatchVerdict::Attach:
    case MatchVerdict::Update: return end.host.has_value() && !end.host->isRetired;
    case MatchVerdict::Create: return end.lookalikes.isEmpty();
    case MatchVerdict::Mismatch:
    case MatchVerdict::MissingHost:
    case MatchVerdict::LookupFailed:
    case MatchVerdict::RetiredHost:
    case MatchVerdict::IdFileDirectory:
    case MatchVerdict::Error: return false;
    }
    return false;
}

bool needsRemedy(MatchVerdict verdict, bool hostsOfThisMachine)
{
    switch (verdict) {
    case MatchVerdict::Mismatch:
    case MatchVerdict::MissingHost:
    case MatchVerdict::RetiredHost:
    case MatchVerdict::IdFileDirectory: return true;
    case MatchVerdict::Create: return hostsOfThisMachine;
    case MatchVerdict::Attach:
    case MatchVerdict::Update:
    case MatchVerdict::LookupFailed: // the key or the network is to fix, not the machine
    case MatchVerdict::Error: return false;
    }
    return false;
}

std::optional<AgentRemedy> findRemedy(const RemedyInputs &inputs, const MatchReport &now, const QList<MackerelHost> &thisMachine,
                                      const QString &wantHostId)
{
    if (!wantHostId.isEmpty()) {
        if ((now.verdict == MatchVerdict::Attach || now.verdict == MatchVerdict::Update) && now.host && now.host->id == wantHostId)
            return std::nullopt;
    } else if (!needsRemedy(now.verdict, !thisMachine.isEmpty())) {
        return std::nullopt;
    }
    const bool idFileInTheWay = now.verdict != MatchVerdict::Create && now.verdict != MatchVerdict::Attach;
    QList<AgentRemedy> tries;
    if (idFileInTheWay) {
        AgentRemedy move;
        move.moveIdFileAside = true;
        tries << move;
    }
    const QString detectionNote = MatchReportText::tr(
        "This rests on the agent reading its instance metadata as root (mackerel-agent spec/cloud.go) and then sending the "
        "identifier the host carries; that the integration's identifier and the agent's agree is the inspector's reading of "
        "both, not documented.");
    for (const MackerelHost &host : thisMachine) {
        if (host.isRetired)
            continue;
        AgentRemedy write;
        write.writeHostId = host.id;
        tries << write;
        // Only an identifier the agent itself makes (a cloud instance's) can be made its to send.
        if (!host.customIdentifier.isEmpty() && host.customIdentifier != inputs.facts.customIdentifier
            && !instanceKeyFromIdentifier(host.customIdentifier).isEmpty()) {
            AgentRemedy detect;
            detect.sendIdentifier = host.customIdentifier;
            detect.uncertainty = detectionNote;
            tries << detect;
            detect.writeHostId = host.id;
            tries << detect;
            detect.writeHostId.clear();
            detect.moveIdFileAside = true;
            tries << detect;
        }
    }
    for (AgentRemedy &remedy : tries) {
        const MatchReport end = applyRemedy(inputs, remedy);
        if (!remedyEndAcceptable(end))
            continue;
        if (!wantHostId.isEmpty() && (end.verdict == MatchVerdict::Create || !end.host || end.host->id != wantHostId))
            continue;
        remedy.endVerdict = end.verdict;
        remedy.endHostId = end.host && end.verdict != MatchVerdict::Create ? end.host->id : QString();
        return remedy;
    }
    return std::nullopt;
}

void adviseRemedy(MatchReport *report, const RemedyInputs &inputs)
{
    MachineKeys local = inputs.localKeys;
    local.customIdentifier = inputs.facts.customIdentifier;
    QList<MackerelHost> thisMachine;
    for (const Lookalike &lookalike : findLookalikes(local, inputs.hosts))
        thisMachine << lookalike.host;
    report->remedy = findRemedy(inputs, *report, thisMachine);
    if (report->remedy) {
        report->message += QLatin1Char(' ') + report->remedy->text(report->idFile.path);
    } else if (needsRemedy(report->verdict, !thisMachine.isEmpty())) {
        report->message += QLatin1Char(' ')
            + MatchReportText::tr("No change to the id file or to the identifier the agent sends makes the agent attach to or keep "
                                  "a host here without a duplicate (each was checked by the agent's own decision): decide by "
                                  "hand which host is this machine.");
    }
}

} // namespace mi
