#include "hostupdateplan.h"

#include <QJsonArray>

namespace mi {

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QJsonValue orNull(const QJsonValue &value)
{
    return isEmptyValue(value) ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

HostUpdatePlan HostUpdatePlan::make(const MackerelHost &remote, const QJsonObject &local)
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
        {QStringLiteral("roleFullnames"), QJsonArray::fromStringList(remote.roleFullnames())},
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
