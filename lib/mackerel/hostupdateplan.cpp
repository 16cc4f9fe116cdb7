#include "hostupdateplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace mi {

namespace {
struct HostUpdatePlanText
{
    Q_DECLARE_TR_FUNCTIONS(HostUpdatePlan)
};

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QJsonValue orNull(const QJsonValue &value)
{
    return isEmptyValue(value) ? QJsonValue(QJsonValue::Null) : value;
}

QStringList sortedUnique(QStringList names)
{
    names.removeAll(QString());
    names.sort();
    names.removeDuplicates();
    return names;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList names;
    for (const QJsonValue &item : value.toArray())
        names.append(item.toString());
    return names;
}

} // namespace

QString updateChecksName(UpdateChecks checks)
{
    switch (checks) {
    case UpdateChecks::Conf: return QStringLiteral("conf");
    case UpdateChecks::Host: return QStringLiteral("host");
    case UpdateChecks::None: return QStringLiteral("none");
    }
    return QString();
}

std::optional<UpdateChecks> parseUpdateChecks(const QString &name)
{
    for (const UpdateChecks checks : {UpdateChecks::Conf, UpdateChecks::Host, UpdateChecks::None}) {
        if (updateChecksName(checks) == name)
            return checks;
    }
    return std::nullopt;
}

QList<HostCheck> HostUpdatePlan::checksFromJson(const QJsonArray &checks)
{
    QList<HostCheck> list;
    for (const QJsonValue &value : checks) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            list.append(HostCheck{name, object.value(QStringLiteral("memo")).toString()});
    }
    std::sort(list.begin(), list.end(), [](const HostCheck &a, const HostCheck &b) { return a.name < b.name; });
    return list;
}

QJsonArray HostUpdatePlan::checksToJson(const QList<HostCheck> &checks)
{
    QJsonArray array;
    for (const HostCheck &check : checks) {
        QJsonObject object{{QStringLiteral("name"), check.name}};
        if (!check.memo.isEmpty())
            object.insert(QStringLiteral("memo"), check.memo);
        array.append(object);
    }
    return array;
}

HostUpdatePlan HostUpdatePlan::make(const MackerelHost &remote, const QJsonObject &local,
                                    const std::optional<QList<HostCheck>> &remoteChecks, const HostUpdateOptions &options)
{
    HostUpdatePlan plan;
    plan.payload = local;
    auto track = [&plan](const QString &field, const QJsonValue &before, const QJsonValue &after) {
        if (orNull(before) != orNull(after))
            plan.changes.append(HostFieldChange{field, orNull(before), orNull(after)});
    };

    track(QStringLiteral("name"), remote.name, local.value(QStringLiteral("name")));

    const QList<QPair<QString, QJsonValue>> preserved = {
        {QStringLiteral("displayName"), remote.displayName},
        {QStringLiteral("memo"), remote.memo},
        {QStringLiteral("customIdentifier"), remote.customIdentifier},
        {QStringLiteral("interfaces"), remote.interfaces},
    };
    for (const auto &[field, remoteValue] : preserved) {
        QJsonValue value = local.value(field);
        if (isEmptyValue(value)) {
            value = remoteValue;
            if (isEmptyValue(value))
                plan.payload.remove(field);
            else
                plan.payload.insert(field, value);
        }
        track(field, remoteValue, value);
    }

    // Roles: the PUT adds the ones it names and keeps the others, so afterwards the host has both.
    const QStringList remoteRoles = sortedUnique(remote.roleFullnames());
    const QStringList localRoles = sortedUnique(stringList(local.value(QStringLiteral("roleFullnames"))));
    const QStringList unionRoles = sortedUnique(remoteRoles + localRoles);
    plan.payload.insert(QStringLiteral("roleFullnames"), QJsonArray::fromStringList(unionRoles));
    track(QStringLiteral("roleFullnames"), QJsonArray::fromStringList(remoteRoles), QJsonArray::fromStringList(unionRoles));
    if (options.replaceRoles) {
        for (const QString &role : remoteRoles) {
            if (!localRoles.contains(role))
                plan.rolesRemoved.append(role);
        }
        if (!plan.rolesRemoved.isEmpty())
            plan.rolesAfterReplace = localRoles;
    }

    // Checks: the host's check monitors after the update are exactly the list sent.
    QList<HostCheck> sent;
    switch (options.checks) {
    case UpdateChecks::Conf:
        sent = checksFromJson(local.value(QStringLiteral("checks")).toArray());
        if (!options.confRead)
            plan.refusal = HostUpdatePlanText::tr(
                "no agent conf was read, so the checks to send are unknown: the update syncs the host's check monitors to "
                "the list it sends, and an empty list would remove them. Read the machine's mackerel-agent.conf, or choose "
                "what to send: the host's current check monitors (keeps them) or none (removes them)");
        break;
    case UpdateChecks::Host:
        if (remoteChecks)
            sent = *remoteChecks;
        else
            plan.refusal = HostUpdatePlanText::tr("the host's check monitors could not be read, so they cannot be kept");
        break;
    case UpdateChecks::None: break;
    }
    plan.payload.insert(QStringLiteral("checks"), checksToJson(sent));
    if (remoteChecks) {
        const QList<HostCheck> before = checksFromJson(checksToJson(*remoteChecks));
        if (before != sent)
            plan.changes.append(HostFieldChange{QStringLiteral("checks"), checksToJson(before), checksToJson(sent)});
        QSet<QString> kept;
        for (const HostCheck &check : std::as_const(sent))
            kept.insert(check.name);
        QStringList removed;
        for (const HostCheck &check : before) {
            if (!kept.contains(check.name))
                removed.append(check.name);
        }
        if (!removed.isEmpty())
            plan.warnings.append(HostUpdatePlanText::tr("the update removes %n check monitor(s) of the host: %1 (one with an "
                                                        "open alert stays until the alert is closed)",
                                                        nullptr, int(removed.size()))
                                     .arg(removed.join(QStringLiteral(", "))));
    }

    // meta: the local keys replace the remote's; the keys only the remote has stay.
    QJsonObject meta = remote.meta;
    const QJsonObject localMeta = local.value(QStringLiteral("meta")).toObject();
    for (auto it = localMeta.begin(); it != localMeta.end(); ++it) {
        track(QStringLiteral("meta.") + it.key(), remote.meta.value(it.key()), it.value());
        meta.insert(it.key(), it.value());
    }
    plan.payload.insert(QStringLiteral("meta"), meta);
    return plan;
}

QList<HostFieldChange> HostUpdatePlan::creation(const QJsonObject &local)
{
    QList<HostFieldChange> changes;
    for (auto it = local.begin(); it != local.end(); ++it) {
        if (it.key() == QLatin1String("meta")) {
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m)
                changes.append(HostFieldChange{QStringLiteral("meta.") + m.key(), QJsonValue(QJsonValue::Null), m.value()});
        } else if (!isEmptyValue(it.value())) {
            changes.append(HostFieldChange{it.key(), QJsonValue(QJsonValue::Null), it.value()});
        }
    }
    return changes;
}

} // namespace mi
