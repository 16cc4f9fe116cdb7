#pragma once

#include "mackerelhost.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mi {

// One field of a host as an update would change it.
struct HostFieldChange
{
    QString field;     // "name", "displayName", "roleFullnames", "meta.cpu", ...
    QJsonValue before; // what Mackerel holds (null: nothing)
    QJsonValue after;  // what it will hold
};

// The PUT body for an existing host, made from the local payload (the agent's CreateHostParam:
// name, displayName, memo, meta, interfaces, roleFullnames, checks, customIdentifier) without taking
// anything away: what the local side leaves empty (displayName, memo, customIdentifier, roles,
// interfaces) or does not state (a meta key such as cloud) keeps the remote host's value, since a PUT
// replaces every field it describes and an omitted customIdentifier erases it.
struct HostUpdatePlan
{
    QJsonObject payload;
    QList<HostFieldChange> changes; // only fields whose value changes
    bool isNoop() const { return changes.isEmpty(); }

    static HostUpdatePlan make(const MackerelHost &remote, const QJsonObject &local);
    // What creating the host sends, field by field (every "before" is null).
    static QList<HostFieldChange> creation(const QJsonObject &local);
};

} // namespace mi
