#include "mackerelhost.h"

#include <QCoreApplication>

#include <algorithm>

namespace mi {

namespace {
struct MackerelHostText
{
    Q_DECLARE_TR_FUNCTIONS(MackerelHost)
};
} // namespace

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<MackerelHost> MackerelHost::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        return std::nullopt;
    MackerelHost host;
    host.id = id.toString();
    host.name = object.value(QStringLiteral("name")).toString();
    host.displayName = object.value(QStringLiteral("displayName")).toString();
    host.customIdentifier = object.value(QStringLiteral("customIdentifier")).toString();
    host.status = object.value(QStringLiteral("status")).toString();
    host.memo = object.value(QStringLiteral("memo")).toString();
    host.isRetired = object.value(QStringLiteral("isRetired")).toBool();
    host.createdAt = object.value(QStringLiteral("createdAt")).toInteger();
    host.roles = object.value(QStringLiteral("roles")).toObject();
    host.meta = object.value(QStringLiteral("meta")).toObject();
    host.interfaces = object.value(QStringLiteral("interfaces")).toArray();
    host.raw = object;
    return host;
}

QString MackerelHost::agentVersion() const
{
    return meta.value(QStringLiteral("agent-version")).toString();
}

QString MackerelHost::cloudProvider() const
{
    return meta.value(QStringLiteral("cloud")).toObject().value(QStringLiteral("provider")).toString();
}

QStringList MackerelHost::roleFullnames() const
{
    QStringList names;
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &role : list)
            names << it.key() + QLatin1Char(':') + role.toString();
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString MackerelHost::origin() const
{
    if (!agentVersion().isEmpty())
        return QStringLiteral("mackerel-agent %1").arg(agentVersion());
    // The cloud integrations register hosts under the identifier the agent derives on that instance.
    if (customIdentifier.endsWith(QLatin1String(".ec2.amazonaws.com")))
        return MackerelHostText::tr("the AWS integration (EC2), no agent yet");
    if (customIdentifier.endsWith(QLatin1String(".gce.cloud.google.com")))
        return MackerelHostText::tr("the Google Cloud integration (GCE), no agent yet");
    if (customIdentifier.endsWith(QLatin1String(".virtual_machine.azure.microsoft.com")))
        return MackerelHostText::tr("the Azure integration (virtual machine), no agent yet");
    return MackerelHostText::tr("the API or an integration, no agent yet");
}

QJsonObject MackerelHost::summaryJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("displayName"), stringOrNull(displayName)},
        {QStringLiteral("customIdentifier"), stringOrNull(customIdentifier)},
        {QStringLiteral("status"), status},
        {QStringLiteral("isRetired"), isRetired},
        {QStringLiteral("roleFullnames"), QJsonArray::fromStringList(roleFullnames())},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("agentVersion"), stringOrNull(agentVersion())},
        {QStringLiteral("cloudProvider"), stringOrNull(cloudProvider())},
        {QStringLiteral("origin"), origin()},
    };
}

} // namespace mi
