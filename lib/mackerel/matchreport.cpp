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
    case MatchVerdict::Error: return QStringLiteral("error");
    }
    return QString();
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
        {QStringLiteral("error"), verdict == MatchVerdict::Error ? QJsonValue(mackerelApiErrorName(apiError))
                                                                 : QJsonValue(QJsonValue::Null)},
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

// The error text mackerel-agent gives for an API failure ("API request failed: <message>").
QString agentApiFailure(const MackerelApiResult &result)
{
    return MatchReportText::tr("API request failed: %1").arg(result.serverMessage.isEmpty() ? result.errorString : result.serverMessage);
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
    const QString path = facts.idFile.path;

    auto apiFailed = [&](const MackerelApiResult &result) {
        report.verdict = MatchVerdict::Error;
        report.apiError = result.error;
        report.message = MatchReportText::tr("The Mackerel API could not tell: %1").arg(result.errorString);
        return report;
    };

    switch (facts.idFile.state) {
    case HostIdFile::State::Unreadable:
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
        if (byId.error == MackerelApiError::NotFound) {
            report.verdict = MatchVerdict::MissingHost;
            report.agentError = QStringLiteral("failed to find this host on mackerel (You may want to delete file \"%1\" to "
                                               "register this host to an another organization): %2")
                                    .arg(path, agentApiFailure(byId));
            report.message = MatchReportText::tr("The id file %1 names host %2, which this organization does not have (retired "
                                            "and deleted, or of another organization, or another key's). The agent would refuse "
                                            "to start. If this machine belongs to this organization, delete the id file: the "
                                            "agent will then %3.")
                                 .arg(path, hostId,
                                      report.candidates.isEmpty() ? MatchReportText::tr("register it anew")
                                                                  : MatchReportText::tr("attach to host %1").arg(report.candidates.constFirst().id));
            warnAboutCandidates(report, QString());
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
            report.message = MatchReportText::tr("The id file %1 names host %2, which belongs to \"%3\", not to this machine (\"%4\"): "
                                            "the id file was probably copied with a disk image. The agent would refuse to start. "
                                            "Delete the id file (never the remote host): the agent will then %5.")
                                 .arg(path, describe(host), host.customIdentifier,
                                      facts.customIdentifier.isEmpty() ? MatchReportText::tr("no identifier") : facts.customIdentifier,
                                      report.candidates.isEmpty() ? MatchReportText::tr("register this machine as a new host")
                                                                  : MatchReportText::tr("attach to host %1").arg(report.candidates.constFirst().id));
            warnAboutCandidates(report, QString());
            return report;
        }
        report.verdict = MatchVerdict::Update;
        report.message = MatchReportText::tr("The id file %1 names host %2; the agent would keep using it and update its specs.")
                             .arg(path, describe(host));
        if (host.customIdentifier.isEmpty() && !facts.customIdentifier.isEmpty())
            report.message += MatchReportText::tr(" The host has no customIdentifier yet; the agent's update gives it \"%1\".")
                                  .arg(facts.customIdentifier);
        if (host.isRetired)
            report.warnings << MatchReportText::tr("host %1 is retired: Mackerel keeps no data for it and it cannot be brought back; "
                                              "delete the id file so that the agent registers this machine anew")
                                   .arg(host.id);
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
        return report;
    }
    if (!facts.hostsByIdentifier) {
        report.verdict = MatchVerdict::Error;
        report.apiError = MackerelApiError::Configuration;
        report.message = MatchReportText::tr("The customIdentifier was not looked up.");
        return report;
    }
    if (!facts.hostsByIdentifier->ok()) {
        apiFailed(*facts.hostsByIdentifier);
        report.message += MatchReportText::tr(" (The agent, meeting this, would go on to register a new host.)");
        return report;
    }
    if (report.candidates.isEmpty()) {
        report.verdict = MatchVerdict::Create;
        report.message = MatchReportText::tr("There is no id file at %1 and no live host carries the customIdentifier \"%2\": the agent "
                                        "would register a new host and write its id there.")
                             .arg(path, facts.customIdentifier);
        return report;
    }
    const MackerelHost host = report.candidates.constFirst();
    report.host = host;
    report.verdict = MatchVerdict::Attach;
    report.message = MatchReportText::tr("There is no id file at %1, and host %2 carries the customIdentifier \"%3\": the agent would "
                                    "adopt that host, write its id there and update its specs; no new host is created.")
                         .arg(path, describe(host), facts.customIdentifier);
    warnAboutCandidates(report, QString());
    return report;
}

} // namespace mi
