#pragma once

#include "hostidfile.h"
#include "machinekeys.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// One machine's `mackerel-inspector inspect --json`, as the Ansible playbook fetched it.
struct FleetReport
{
    QString file;             // the path it was read from
    QString inventoryName;    // the file name without ".json": the playbook names it after inventory_hostname
    QString hostName;         // host.name, what the agent would register
    QString platform;         // "ec2", "gce", "azurevm", "none"
    QString customIdentifier; // what the agent would send; empty: none
    HostIdFile idFile;        // as the machine read it; Absent also for reports of inspectors before 0.1.0
    bool idFileReported = false;
    QString inspectorVersion;
    MachineKeys keys;

    // The machine's "report" in fleet's JSON: {"file","inventoryName","hostName","platform",
    // "customIdentifier","idFile":{"path","state","hostId"},"inspectorVersion"}
    QJsonObject toJson() const;
};

// Largest report read: an inspect report of a host with thousands of mounts is a few hundred KiB.
inline constexpr qint64 FleetReportMaxBytes = 8 * 1024 * 1024;

// Parses one report (pure). Another tool's JSON, a truncated file or a report without the keys the
// join needs give nullopt and *error, a sentence naming what is wrong.
std::optional<FleetReport> parseFleetReport(const QByteArray &data, const QString &file, QString *error);

struct FleetReportSet
{
    QList<FleetReport> reports; // in path order, at most one an inventory name
    QStringList warnings;       // every file left out, and why
    QHash<QString, QString> fileByInventoryName;
};

// Reads one report file as loadFleetReports() does: a regular file (after symlinks) of at most
// FleetReportMaxBytes, opened without blocking. Otherwise nullopt and *warning, a sentence naming the
// file and what it is (a FIFO, a device, a socket, too large, unreadable).
std::optional<QByteArray> readFleetReportFile(const QString &path, QString *warning);

// Reads the reports named by `paths`: files, and the *.json files directly inside folders (hidden
// files, such as a copy still being written, are passed over). Local files, read synchronously and
// bounded (readFleetReportFile): special files and files over the cap are left out with a warning.
FleetReportSet loadFleetReports(const QStringList &paths);

// Adds `report` to `set` unless its inventory name is taken; returns false with a warning then.
bool addFleetReport(FleetReportSet &set, const FleetReport &report);

} // namespace mi
