#include "fleetaudit.h"

#include <QJsonDocument>
#include "untrustedtext.h"

#include <QJsonArray>

namespace mi {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString fleetVerdictName(FleetVerdict verdict)
{
    switch (verdict) {
    case FleetVerdict::Mismatch: return QStringLiteral("mismatch");
    case FleetVerdict::MissingHost: return QStringLiteral("missing-host");
    case FleetVerdict::RetiredHost: return QStringLiteral("retired-host");
    case FleetVerdict::IdFileDirectory: return QStringLiteral("id-file-directory");
    case FleetVerdict::Duplicate: return QStringLiteral("duplicate");
    case FleetVerdict::IdentifierMissing: return QStringLiteral("identifier-missing");
    case FleetVerdict::WillAttach: return QStringLiteral("will-attach");
    case FleetVerdict::WillCreate: return QStringLiteral("will-create");
    case FleetVerdict::IntegrationOnly: return QStringLiteral("integration-only");
    case FleetVerdict::Ok: return QStringLiteral("ok");
    }
    return QString();
}

QList<FleetVerdict> allFleetVerdicts()
{
    return {FleetVerdict::Mismatch,   FleetVerdict::MissingHost, FleetVerdict::RetiredHost,     FleetVerdict::IdFileDirectory,
            FleetVerdict::Duplicate,  FleetVerdict::IdentifierMissing, FleetVerdict::WillAttach, FleetVerdict::WillCreate,
            FleetVerdict::IntegrationOnly, FleetVerdict::Ok};
}

bool isFleetProblem(FleetVerdict verdict)
{
    return verdict == FleetVerdict::Mismatch || verdict == FleetVerdict::MissingHost || verdict == FleetVerdict::RetiredHost
        || verdict == FleetVerdict::IdFileDirectory || verdict == FleetVerdict::Duplicate;
}

QString joinKeyName(JoinKey key)
{
    switch (key) {
    case JoinKey::CustomIdentifier: return QStringLiteral("customIdentifier");
    case JoinKey::IdFile: return QStringLiteral("idFile");
    case JoinKey::InstanceId: return QStringLiteral("instanceId");
    case JoinKey::MacAddress: return QStringLiteral("macAddress");
    }
    return QString();
}

QString hostSourceName(HostSource source)
{
    switch (source) {
    case HostSource::Agent: return QStringLiteral("agent");
    case HostSource::Integration: return QStringLiteral("integration");
    case HostSource::Sackerel: return QStringLiteral("sackerel");
    case HostSource::Api: return QStringLiteral("api");
    }
    return QString();
}

HostSource hostSource(const MackerelHost &host)
{
    if (!host.agentVersion().isEmpty())
        return HostSource::Agent;
    // sackerel names its hosts "sakuracloud-<zone>-<server id>" and gives them SakuraCloud roles.
    if (host.name.startsWith(QLatin1String("sakuracloud-")) || host.roles.contains(QStringLiteral("SakuraCloud")))
        return HostSource::Sackerel;
    // The cloud integrations register under an identifier and describe the resource in meta.cloud.
    if (!host.customIdentifier.isEmpty() || !host.cloudProvider().isEmpty())
        return HostSource::Integration;
    return HostSource::Api;
}

QJsonObject FleetHost::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), host.id},
        {QStringLiteral("name"), host.name},
        {QStringLiteral("displayName"), stringOrNull(host.displayName)},
        {QStringLiteral("status"), host.status},
        {QStringLiteral("source"), hostSourceName(source)},
        {QStringLiteral("customIdentifier"), stringOrNull(host.customIdentifier)},
        {QStringLiteral("agentVersion"), stringOrNull(host.agentVersion())},
        {QStringLiteral("roleFullnames"), QJsonArray::fromStringList(host.roleFullnames())},
        {QStringLiteral("joinedBy"), joinedBy ? QJsonValue(joinKeyName(*joinedBy)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject FleetEvidence::toJson() const
{
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("value"), value},
        {QStringLiteral("members"), QJsonArray::fromStringList(members)},
        {QStringLiteral("joins"), joins},
        {QStringLiteral("text"), text},
    };
}

QString FleetMachine::displayName() const
{
    if (report)
        return report->inventoryName;
    if (!hosts.isEmpty())
        return hosts.constFirst().host.displayName.isEmpty() ? hosts.constFirst().host.name
                                                            : hosts.constFirst().host.displayName;
    return QString();
}

QJsonObject FleetMachine::toJson() const
{
    QJsonArray hostArray;
    for (const FleetHost &host : hosts)
        hostArray.append(host.toJson());
    QJsonArray evidenceArray;
    for (const FleetEvidence &item : evidence)
        evidenceArray.append(item.toJson());
    QJsonValue reportValue(QJsonValue::Null);
    if (report) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("joinedBy"),
                      reportJoinedBy ? QJsonValue(joinKeyName(*reportJoinedBy)) : QJsonValue(QJsonValue::Null));
        reportValue = object;
    }
    return QJsonObject{
        {QStringLiteral("verdict"), fleetVerdictName(verdict)},
        {QStringLiteral("customIdentifier"), stringOrNull(customIdentifier)},
        {QStringLiteral("instanceId"), stringOrNull(instanceId)},
        {QStringLiteral("hosts"), hostArray},
        {QStringLiteral("report"), reportValue},
        {QStringLiteral("agentVerdict"),
         agentDecision ? QJsonValue(matchVerdictName(agentDecision->verdict)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("evidence"), evidenceArray},
        {QStringLiteral("keepHostId"), stringOrNull(keepHostId)},
        {QStringLiteral("advice"), advice},
        {QStringLiteral("remedy"), remedy ? QJsonValue(remedy->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject FleetAudit::summaryJson() const
{
    QHash<FleetVerdict, int> counts;
    for (const FleetMachine &machine : machines)
        ++counts[machine.verdict];
    QJsonObject summary;
    for (FleetVerdict verdict : allFleetVerdicts())
        summary.insert(fleetVerdictName(verdict), counts.value(verdict));
    return summary;
}

QJsonObject FleetAudit::toJson() const
{
    QJsonArray machineArray;
    for (const FleetMachine &machine : machines)
        machineArray.append(machine.toJson());
    return QJsonObject{
        {QStringLiteral("summary"), summaryJson()},
        {QStringLiteral("machines"), machineArray},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("hostsListed"), hostsListed},
        {QStringLiteral("reportsRead"), reportsRead},
    };
}

void FleetAudit::writeIndentedJson(const std::function<void(const QByteArray &)> &write) const
{
    if (machines.isEmpty()) {
        write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        return;
    }
    // toJson() with a placeholder for the machines; its members are sorted, so "machines" comes on its
    // own line, at the first level of indentation (strings hold no raw line break).
    const QJsonObject top{
        {QStringLiteral("summary"), summaryJson()},
        {QStringLiteral("machines"), 0},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("hostsListed"), hostsListed},
        {QStringLiteral("reportsRead"), reportsRead},
    };
    const QByteArray skeleton = QJsonDocument(top).toJson(QJsonDocument::Indented);
    const QByteArray placeholder = "\n    \"machines\": 0";
    const qsizetype at = skeleton.indexOf(placeholder);
    Q_ASSERT(at >= 0);
    write(skeleton.left(at) + "\n    \"machines\": [\n");
    for (qsizetype i = 0; i < machines.size(); ++i) {
        // One machine as QJsonDocument writes an element of an array two levels in: each line indented
        // by eight more spaces.
        QByteArray element = QJsonDocument(machines.at(i).toJson()).toJson(QJsonDocument::Indented);
        element.chop(1); // the document's final line break
        QByteArray indented;
        indented.reserve(element.size() + element.count('\n') * 8 + 16);
        indented += "        ";
        for (const char c : std::as_const(element)) {
            indented += c;
            if (c == '\n')
                indented += "        ";
        }
        indented += i + 1 < machines.size() ? ",\n" : "\n";
        write(indented);
    }
    write("    ]" + skeleton.mid(at + placeholder.size()));
}

QString FleetAudit::toCsv() const
{
    QString out = QStringLiteral("verdict,name,customIdentifier,instanceId,hostIds,hostNames,hostSources,report,"
                                 "reportPlatform,idFileState,idFileHostId,agentVerdict,joinedBy,keepHostId,advice,"
                                 "remedyAction,remedyEndVerdict,remedyEndHostId\r\n");
    for (const FleetMachine &machine : machines) {
        QStringList ids, names, sources, keys;
        for (const FleetHost &host : machine.hosts) {
            ids << host.host.id;
            names << host.host.name;
            sources << hostSourceName(host.source);
        }
        for (const FleetEvidence &item : machine.evidence) {
            if (item.joins && !keys.contains(item.key))
                keys << item.key;
        }
        const bool idFileReported = machine.report && machine.report->idFileReported;
        const QStringList fields{
            fleetVerdictName(machine.verdict),
            machine.displayName(),
            machine.customIdentifier,
            machine.instanceId,
            ids.join(QLatin1Char(';')),
            names.join(QLatin1Char(';')),
            sources.join(QLatin1Char(';')),
            machine.report ? machine.report->file : QString(),
            machine.report ? machine.report->platform : QString(),
            idFileReported ? HostIdFile::stateName(machine.report->idFile.state) : QString(),
            idFileReported ? machine.report->idFile.hostId : QString(),
            machine.agentDecision ? matchVerdictName(machine.agentDecision->verdict) : QString(),
            keys.join(QLatin1Char(';')),
            machine.keepHostId,
            machine.advice,
            machine.remedy ? machine.remedy->action() : QString(),
            machine.remedy ? matchVerdictName(machine.remedy->endVerdict) : QString(),
            machine.remedy ? machine.remedy->endHostId : QString(),
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvCell(field);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool FleetAudit::hasProblems() const
{
    for (const FleetMachine &machine : machines) {
        if (isFleetProblem(machine.verdict))
            return true;
    }
    return false;
}

} // namespace mi
