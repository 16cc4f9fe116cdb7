#pragma once

#include "mackerelhost.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// One field of a host as an update would change it.
struct HostFieldChange
{
    QString field;     // "name", "displayName", "roleFullnames", "checks", "meta.cpu", ...
    QJsonValue before; // what Mackerel holds (null: nothing)
    QJsonValue after;  // what it will hold
};

// A check monitor of a host: a `checks` entry of the PUT, or one the host has on Mackerel.
struct HostCheck
{
    QString name;
    QString memo;
    bool operator==(const HostCheck &other) const { return name == other.name && memo == other.memo; }
};

// What an update sends as `checks`. The PUT's list is what Mackerel syncs the host's check monitors
// to (monitors not listed are removed), so there is no "leave them alone" value: the caller says.
enum class UpdateChecks {
    Conf, // the agent conf's checks (what the agent itself sends every hour); refused without a conf
    Host, // the host's current check monitors, as they are
    None, // [] : every check monitor of the host goes
};
// "conf", "host", "none"
QString updateChecksName(UpdateChecks checks);
std::optional<UpdateChecks> parseUpdateChecks(const QString &name);

struct HostUpdateOptions
{
    UpdateChecks checks = UpdateChecks::Conf;
    bool confRead = true;       // an agent conf was read (the local payload's checks come from it)
    bool replaceRoles = false;  // also set the roles to exactly the local ones (role-fullnames API)
};

// The PUT /api/v0/hosts/<id> body for an existing host, made from the local payload (the agent's
// CreateHostParam: name, displayName, memo, meta, interfaces, roleFullnames, checks,
// customIdentifier) as the documented PUT acts on it:
// - what the local side leaves empty (displayName, memo, customIdentifier, interfaces) or does not
//   state (a meta key such as cloud) keeps the remote host's value (an empty customIdentifier would
//   erase it; an omitted field's fate is undocumented);
// - roles: a PUT only adds them, so the roles after it are the union of the remote and local ones
//   (compared as sets); removing roles takes PUT /api/v0/hosts/<id>/role-fullnames, a separate step
//   (replaceRoles) with its own confirmation;
// - checks: the check monitors after the update are exactly the list sent (HostUpdateOptions::checks).
struct HostUpdatePlan
{
    QJsonObject payload;
    QList<HostFieldChange> changes; // only fields whose value changes
    QStringList warnings;           // check monitors the update removes, ...
    // Set: the update must not be sent (no agent conf, and nothing said what checks to send).
    QString refusal;
    // The role-fullnames step (replaceRoles): the roles to set, and the ones it takes away. Empty
    // rolesRemoved: no step.
    QStringList rolesAfterReplace;
    QStringList rolesRemoved;

    bool replacesRoles() const { return !rolesRemoved.isEmpty(); }
    bool isNoop() const { return changes.isEmpty() && !replacesRoles(); }

    // remoteChecks: the host's check monitors (nullopt: not read; then checks are not compared).
    static HostUpdatePlan make(const MackerelHost &remote, const QJsonObject &local,
                               const std::optional<QList<HostCheck>> &remoteChecks = std::nullopt,
                               const HostUpdateOptions &options = HostUpdateOptions());
    // What creating the host sends, field by field (every "before" is null).
    static QList<HostFieldChange> creation(const QJsonObject &local);
    // A checks array ([{"name","memo"}]) as HostCheck values, sorted by name.
    static QList<HostCheck> checksFromJson(const QJsonArray &checks);
    static QJsonArray checksToJson(const QList<HostCheck> &checks);
};

} // namespace mi
