#pragma once

#include "mackerelhost.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace mi {

// The organization's host listing (GET /api/v0/hosts, {"hosts": [...]}) read into compact hosts.
//
// A listing is large (about 3.5 KiB a host with the agent's meta: 33 MiB at 10,000 hosts) and most of
// it is specs nothing here reads. Each host object is parsed on its own and only what matching and the
// fleet join read is kept (listedHost()); the whole document is never held as a QJsonDocument.
//
// Pure and reentrant: safe to call from any thread (MackerelApiCall runs it on QThreadPool).

// The host as a listing needs it: id, name, displayName, customIdentifier, status, isRetired,
// createdAt and roles as MackerelHost::fromJson reads them; meta reduced to "agent-version" and
// meta.cloud's provider and instance ids ("instance-id", "vmID", "vmId"); interfaces reduced to their
// MAC and IP addresses. No memo, no raw object. nullopt when the object has no string "id".
std::optional<MackerelHost> listedHost(const QJsonObject &object);

// Parses `body` ({"hosts": [host, ...]}, other members ignored) into `hosts`, one host object at a
// time. False, with `hosts` cleared, when the body is not such a JSON object, or an element of
// "hosts" is not a host (listedHost() gives nullopt).
bool parseHostListing(const QByteArray &body, QList<MackerelHost> *hosts);

} // namespace mi
