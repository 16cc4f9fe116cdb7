#pragma once

#include "specsection.h"

#include <QByteArray>
#include <QJsonArray>
#include <functional>
#include <optional>

namespace mi {

// Reads a file below /sys ("devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq"); nothing if absent.
using SysFileReader = std::function<std::optional<QByteArray>(const QString &relativePath)>;

// The agent's `cpu` spec (gopsutil's cpu.Info on Linux): one object per logical processor with
// vendor_id, model, stepping, physical_id, core_id, cache_size ("%d KB"), model_name, family,
// cores ("1": one per logical processor) and mhz (cpufreq's cpuinfo_max_freq where present, else
// /proc/cpuinfo's "cpu MHz"), every value a string. Returns nothing and sets *error where gopsutil
// fails (a processor number, stepping or cache size that is not a number); the agent then leaves
// the whole section out.
std::optional<QJsonArray> parseCpuInfo(const QByteArray &cpuinfo, const SysFileReader &readSys, QString *error);

// /proc/cpuinfo and /sys/devices/system/cpu below `root`.
SpecSection collectCpuSpec(const QString &root);

} // namespace mi
