#include "filesystemspec.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cerrno>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>

namespace mi {

namespace {
struct FilesystemSpecText
{
    Q_DECLARE_TR_FUNCTIONS(FilesystemSpec)
};
} // namespace

namespace {

// gnulib's unescape_tab: "\ooo" with a first digit 0-3 becomes that byte.
QByteArray unescapeMount(const QByteArray &text)
{
    QByteArray result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\' && i + 3 < text.size()
            && text.at(i + 1) >= '0' && text.at(i + 1) <= '3' && text.at(i + 2) >= '0' && text.at(i + 2) <= '7'
            && text.at(i + 3) >= '0' && text.at(i + 3) <= '7') {
            result += char((text.at(i + 1) - '0') * 64 + (text.at(i + 2) - '0') * 8 + (text.at(i + 3) - '0'));
            i += 3;
        } else {
            result += c;
        }
    }
    return result;
}

bool isDummyType(const QByteArray &type)
{
    static const QList<QByteArray> dummies = {"autofs", "proc", "subfs", "debugfs", "devpts", "fusectl",
                                              "fuse.portal", "mqueue", "rpc_pipefs", "sysfs", "devfs", "kernfs",
                                              "none"};
    return dummies.contains(type);
}

bool isRemote(const QByteArray &device, const QByteArray &type)
{
    static const QList<QByteArray> remoteTypes = {"acfs", "afs", "coda", "auristorfs", "fhgfs", "gpfs", "ibrix",
                                                  "ocfs2", "vxfs"};
    return device.contains(':')
        || (device.startsWith("//") && (type == "smbfs" || type == "smb3" || type == "cifs"))
        || remoteTypes.contains(type) || device == "-hosts";
}

void classify(MountEntry &entry)
{
    entry.dummy = isDummyType(entry.type);
    entry.remote = isRemote(entry.device, entry.type);
}

// coreutils' human_readable with no options: the value in 1024-byte units, rounded up.
quint64 toKibibytes(quint64 count, quint64 unit)
{
    if (unit == 0)
        return 0;
    if (unit % 1024 == 0) {
        quint64 result = 0;
        if (!qMulOverflow(count, unit / 1024, &result))
            return result;
    } else if (1024 % unit == 0) {
        const quint64 divisor = 1024 / unit;
        return count / divisor + (count % divisor != 0);
    }
    const long double exact = static_cast<long double>(count) * static_cast<long double>(unit) / 1024.0L;
    const quint64 whole = quint64(exact);
    return whole + (static_cast<long double>(whole) < exact);
}

// df replaces control characters with '?' when its output is not a terminal (the agent reads a pipe).
QByteArray replaceControlCharacters(QByteArray text)
{
    for (char &c : text) {
        if ((unsigned char)c < 32 || c == 127)
            c = '?';
    }
    return text;
}

bool hasUuidSuffix(const QByteArray &name)
{
    if (name.size() <= 36)
        return false;
    for (qsizetype i = name.size() - 36; i < name.size(); ++i) {
        const char c = name.at(i);
        if (!(c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace

QList<MountEntry> parseMountInfo(const QByteArray &mountinfo)
{
    QList<MountEntry> entries;
    const QList<QByteArray> lines = mountinfo.split('\n');
    for (const QByteArray &line : lines) {
        // "ID PARENT MAJOR:MINOR ROOT TARGET OPTIONS [OPTIONAL...] - TYPE SOURCE SUPEROPTIONS"
        const QList<QByteArray> head = line.split(' ');
        if (head.size() < 6)
            continue;
        bool ok = false;
        head.at(0).toUInt(&ok);
        if (!ok)
            continue;
        head.at(1).toUInt(&ok);
        if (!ok)
            continue;
        const QList<QByteArray> numbers = head.at(2).split(':');
        bool majorOk = false, minorOk = false;
        const uint major = numbers.size() == 2 ? numbers.at(0).toUInt(&majorOk) : 0;
        const uint minor = numbers.size() == 2 ? numbers.at(1).toUInt(&minorOk) : 0;
        if (!majorOk || !minorOk)
            continue;
        const qsizetype rootStart = head.at(0).size() + head.at(1).size() + head.at(2).size() + 3;
        const qsizetype dash = line.indexOf(" - ", rootStart + head.at(3).size() + head.at(4).size() + 1);
        if (dash < 0)
            continue;
        const QList<QByteArray> tail = line.mid(dash + 3).split(' ');
        if (tail.size() < 3) // type, source and the super options after them
            continue;
        MountEntry entry;
        entry.mountRoot = unescapeMount(head.at(3));
        entry.hasMountRoot = true;
        entry.mountDir = unescapeMount(head.at(4));
        entry.type = unescapeMount(tail.at(0));
        entry.device = unescapeMount(tail.at(1));
        entry.deviceId = makedev(major, minor);
        classify(entry);
        entries.append(entry);
    }
    return entries;
}

QList<MountEntry> parseProcMounts(const QByteArray &mounts)
{
    QList<MountEntry> entries;
    const QList<QByteArray> lines = mounts.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || fields.constFirst().startsWith('#'))
            continue;
        MountEntry entry;
        entry.device = unescapeMount(fields.at(0));
        entry.mountDir = unescapeMount(fields.at(1));
        entry.type = unescapeMount(fields.at(2));
        entry.deviceId = quint64(-1);
        classify(entry);
        // getmntent's "bind" option keeps a "none" bind mount from being dummy.
        if (entry.type == "none" && fields.at(3).split(',').contains("bind"))
            entry.dummy = false;
        entries.append(entry);
    }
    return entries;
}

std::optional<QByteArray> emulateDfPkl(const QList<MountEntry> &mounts, const DfProbe &probe, QString *error)
{
    // filter_mount_list: one entry per device (st_dev), preferring real device names, mounts nearer
    // the root of the device and entries over-mounted on the same mount point; order is kept.
    struct Kept
    {
        MountEntry entry;
    };
    QList<Kept> kept;
    QHash<quint64, qsizetype> lastForDevice;
    for (const MountEntry &entry : mounts) {
        std::optional<quint64> device;
        const bool skipStat = entry.remote || entry.dummy;
        if (!skipStat)
            device = probe.deviceOf(entry.mountDir);
        if (!device) {
            lastForDevice.insert(entry.deviceId, kept.size());
            kept.append({entry});
            continue;
        }
        const auto seen = lastForDevice.constFind(*device);
        if (seen == lastForDevice.cend()) {
            lastForDevice.insert(*device, kept.size());
            kept.append({entry});
            continue;
        }
        MountEntry &previous = kept[seen.value()].entry;
        const bool targetNearerRoot = previous.mountDir.size() > entry.mountDir.size();
        const bool sourceBelowRoot = previous.hasMountRoot && entry.hasMountRoot
            && previous.mountRoot.size() < entry.mountRoot.size();
        if ((entry.device.contains('/') && !previous.device.contains('/')) || (targetNearerRoot && !sourceBelowRoot)
            || (previous.device != entry.device && previous.mountDir == entry.mountDir))
            previous = entry; // the new entry takes the place of the one seen before
    }

    QByteArray output = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n";
    for (const Kept &item : std::as_const(kept)) {
        const MountEntry &entry = item.entry;
        if (entry.remote || entry.dummy || !entry.mountDir.startsWith('/'))
            continue;
        const FsUsage usage = probe.usageOf(entry.mountDir);
        if (usage.error == EACCES || usage.error == ENOENT)
            continue;
        if (usage.error != 0) {
            *error = QStringLiteral("df: %1: %2").arg(QString::fromUtf8(entry.mountDir), QString::fromLocal8Bit(strerror(usage.error)));
            return std::nullopt;
        }
        if (usage.blocks == 0)
            continue;
        QByteArray name = entry.device;
        if (hasUuidSuffix(name)) {
            const QByteArray resolved = probe.canonicalDevice(name);
            if (!resolved.isEmpty())
                name = resolved;
        }
        const quint64 unit = usage.blockSize;
        const bool usedNegative = usage.blocks < usage.blocksFree;
        const quint64 used = usage.blocks - usage.blocksFree; // two's complement when negative, as in df
        auto number = [unit](quint64 count, bool negative) {
            return negative ? QByteArray("-") + QByteArray::number(toKibibytes(quint64(0) - count, unit))
                            : QByteArray::number(toKibibytes(count, unit));
        };
        QByteArray percent = "-";
        const quint64 available = usage.blocksAvailable;
        if (!usedNegative && !usage.availableNegative && used + available != 0 && used <= ~quint64(0) / 100
            && used + available >= used) {
            const quint64 hundred = used * 100;
            const quint64 total = used + available;
            percent = QByteArray::number(hundred / total + (hundred % total != 0)) + '%';
        } else if (used + available != 0) {
            const double u = usedNegative ? -double(quint64(0) - used) : double(used);
            const double a = usage.availableNegative ? -double(quint64(0) - available) : double(available);
            if (u + a != 0) {
                double pct = u * 100 / (u + a);
                const long whole = long(pct);
                if (double(whole) - 1 < pct && pct <= double(whole) + 1)
                    pct = double(whole) + (double(whole) < pct);
                if (pct >= 0)
                    percent = QByteArray::number(pct, 'f', 0) + '%';
            }
        }
        output += replaceControlCharacters(name) + ' ' + number(usage.blocks, false) + ' ' + number(used, usedNegative) + ' '
            + number(available, usage.availableNegative) + ' ' + percent + ' ' + replaceControlCharacters(entry.mountDir) + '\n';
    }
    return output;
}

QList<DfRow> parseDfOutput(const QByteArray &output, QStringList *warnings)
{
    static const QRegularExpression header(QStringLiteral("^Filesystem\\s+(?:1024|1[Kk])-block"));
    static const QRegularExpression columns(QStringLiteral("^(.+?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)%\\s+(.+)$"));
    QList<DfRow> rows;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = QString::fromUtf8(lines.at(index));
        if (index == lines.size() - 1 && line.isEmpty())
            break;
        if (header.match(line).hasMatch())
            continue;
        const auto match = columns.match(line);
        if (!match.hasMatch()) {
            if (warnings)
                warnings->append(FilesystemSpecText::tr("filesystem: the agent cannot parse the df line [%1] and skips it").arg(line));
            continue;
        }
        DfRow row;
        row.name = match.captured(1);
        row.blocks = match.captured(2).toULongLong();
        row.used = match.captured(3).toULongLong();
        row.available = match.captured(4).toULongLong();
        row.capacity = quint8(match.captured(5).toUInt());
        row.mounted = match.captured(6);
        if (row.name.startsWith(QLatin1String("/dev/mapper/docker-")))
            continue;
        if (row.name.startsWith(QLatin1String("/dev/dm-")) && row.mounted.contains(QLatin1String("devicemapper/mnt")))
            continue;
        rows.append(row);
    }
    return rows;
}

QJsonObject filesystemJson(const QList<DfRow> &rows)
{
    QJsonObject result;
    for (const DfRow &row : rows) {
        result.insert(row.name, QJsonObject{
                                    {QStringLiteral("kb_size"), qint64(row.blocks)},
                                    {QStringLiteral("kb_used"), qint64(row.used)},
                                    {QStringLiteral("kb_available"), qint64(row.available)},
                                    {QStringLiteral("percent_used"), QStringLiteral("%1%").arg(row.capacity)},
                                    {QStringLiteral("mount"), row.mounted},
                                });
    }
    return result;
}

DfProbe liveDfProbe(const QString &root)
{
    auto below = [root](const QByteArray &path) {
        return QFile::encodeName(pathBelowRoot(root, QFile::decodeName(path)));
    };
    DfProbe probe;
    probe.deviceOf = [below](const QByteArray &mountDir) -> std::optional<quint64> {
        struct stat info;
        if (::stat(below(mountDir).constData(), &info) != 0)
            return std::nullopt;
        return quint64(info.st_dev);
    };
    probe.usageOf = [below](const QByteArray &mountDir) {
        FsUsage usage;
        struct statvfs info;
        if (::statvfs(below(mountDir).constData(), &info) != 0) {
            usage.error = errno;
            return usage;
        }
        usage.blockSize = info.f_frsize ? info.f_frsize : info.f_bsize;
        usage.blocks = info.f_blocks;
        usage.blocksFree = info.f_bfree;
        usage.blocksAvailable = info.f_bavail;
        usage.availableNegative = (quint64(info.f_bavail) >> 63) != 0;
        return usage;
    };
    probe.canonicalDevice = [root](const QByteArray &device) {
        const QString resolved = QFileInfo(pathBelowRoot(root, QFile::decodeName(device))).canonicalFilePath();
        if (resolved.isEmpty())
            return QByteArray();
        if (root.isEmpty() || root == QLatin1String("/"))
            return QFile::encodeName(resolved);
        const QString prefix = QFileInfo(root).canonicalFilePath();
        return resolved.startsWith(prefix + QLatin1Char('/')) ? QFile::encodeName(resolved.mid(prefix.size())) : QByteArray();
    };
    return probe;
}

SpecSection collectFilesystemSpec(const QString &root)
{
    SpecSection section;
    section.name = QStringLiteral("filesystem");
    QString error;
    QList<MountEntry> mounts;
    if (const auto mountinfo = readFileBelowRoot(root, QStringLiteral("/proc/self/mountinfo"), &error)) {
        mounts = parseMountInfo(*mountinfo);
        section.sources.append(QStringLiteral("/proc/self/mountinfo"));
    } else if (const auto procMounts = readFileBelowRoot(root, QStringLiteral("/proc/mounts"), &error)) {
        mounts = parseProcMounts(*procMounts);
        section.sources.append(QStringLiteral("/proc/mounts"));
    } else {
        section.warnings.append(FilesystemSpecText::tr("filesystem left out: %1 (nor /proc/mounts)").arg(error));
        return section;
    }
    section.sources.append(FilesystemSpecText::tr("stat(2) and statvfs(2) of each mount point, as `df -Pkl` does"));

    DfProbe probe = liveDfProbe(root);
    // The agent runs as root; a mount point this user may not measure is one the agent lists.
    QStringList unmeasurable;
    const auto usageOf = probe.usageOf;
    probe.usageOf = [usageOf, &unmeasurable](const QByteArray &mountDir) {
        const FsUsage usage = usageOf(mountDir);
        if (usage.error == EACCES)
            unmeasurable.append(QString::fromUtf8(mountDir));
        return usage;
    };
    const auto output = emulateDfPkl(mounts, probe, &error);
    if (!unmeasurable.isEmpty())
        section.warnings.append(FilesystemSpecText::tr("filesystem: this user may not measure %1; the agent, running as root, "
                                               "would list them").arg(unmeasurable.join(QStringLiteral(", "))));
    if (!output) {
        section.warnings.append(FilesystemSpecText::tr("filesystem left out, as the agent leaves it out when df fails: %1").arg(error));
        return section;
    }
    QStringList parseWarnings;
    const QList<DfRow> rows = parseDfOutput(*output, &parseWarnings);
    section.warnings += parseWarnings;
    section.value = filesystemJson(rows);
    return section;
}

} // namespace mi
