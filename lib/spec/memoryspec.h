#pragma once

#include "specsection.h"

#include <QByteArray>
#include <QJsonObject>

namespace mi {

// The agent's `memory` spec: its subset of /proc/meminfo under its own key names ("MemTotal:" ->
// "total", "SReclaimable:" -> "slab_reclaimable", ...), each value the number and unit glued
// together ("3916792kB"). Lines the agent does not know are skipped.
QJsonObject parseMemInfo(const QByteArray &meminfo);

// /proc/meminfo below `root`.
SpecSection collectMemorySpec(const QString &root);

} // namespace mi
