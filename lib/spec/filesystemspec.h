#pragma once

#include "specsection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace mi {

// One line of /proc/self/mountinfo (or /proc/mounts), with GNU df's notion of dummy and remote.
struct MountEntry
{
    QByteArray device;    // the mount source ("/dev/nvme0n1p1", "tmpfs"), octal escapes decoded
    QByteArray mountDir;
    QByteArray mountRoot; // root of the mount within its file system (mountinfo only)
    QByteArray type;
    quint64 deviceId = 0; // major:minor as a dev_t (mountinfo only)
    bool hasMountRoot = false;
    bool dummy = false;   // proc, sysfs, devpts, autofs, ... (df shows them only with -a)
    bool remote = false;  // "host:/path", //server/share, afs, ... (df -l leaves them out)
};

// Parses /proc/self/mountinfo as GNU df (gnulib mountlist) does; lines it cannot read are skipped.
QList<MountEntry> parseMountInfo(const QByteArray &mountinfo);
// Parses /proc/mounts (the fallback when mountinfo is absent).
QList<MountEntry> parseProcMounts(const QByteArray &mounts);

// What statvfs(2) says of a mount point; error is an errno value (0: success).
struct FsUsage
{
    int error = 0;
    quint64 blockSize = 0; // f_frsize (f_bsize when 0)
    quint64 blocks = 0, blocksFree = 0, blocksAvailable = 0;
    bool availableNegative = false; // f_bavail's top bit set
};

// The system calls df makes, injectable so that the emulation is testable.
struct DfProbe
{
    std::function<std::optional<quint64>(const QByteArray &mountDir)> deviceOf; // stat(2) st_dev; nothing on failure
    std::function<FsUsage(const QByteArray &mountDir)> usageOf;                 // statvfs(2)
    std::function<QByteArray(const QByteArray &device)> canonicalDevice;        // realpath(3); empty on failure
};

// The output of `df -Pkl` (GNU coreutils) for the given mount table, header included. Returns
// nothing and sets *error when df would exit with a failure (a statvfs error other than EACCES or
// ENOENT), in which case the agent sends no filesystem at all.
std::optional<QByteArray> emulateDfPkl(const QList<MountEntry> &mounts, const DfProbe &probe, QString *error);

// One row of `df -P` as the agent's parser reads it.
struct DfRow
{
    QString name;
    quint64 blocks = 0, used = 0, available = 0;
    quint8 capacity = 0;
    QString mounted;
};

// The agent's parser of `df -P` output: the header and lines it cannot read are skipped (each with
// a warning), as are /dev/mapper/docker-* and /dev/dm-* mounted below devicemapper/mnt.
QList<DfRow> parseDfOutput(const QByteArray &output, QStringList *warnings);

// The agent's `filesystem` spec: keyed by the df name (a later row with the same name replaces an
// earlier one), each {"kb_size","kb_used","kb_available" (numbers),"percent_used" ("91%"),"mount"}.
QJsonObject filesystemJson(const QList<DfRow> &rows);

// The live system calls of df; paths are taken below `root` ("/": the live file system).
DfProbe liveDfProbe(const QString &root);

// /proc/self/mountinfo (else /proc/mounts) below `root`, measured with statvfs(2) below `root`.
SpecSection collectFilesystemSpec(const QString &root);

} // namespace mi
