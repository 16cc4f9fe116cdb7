#include "specsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace mi {

namespace {
struct SpecSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(SpecSummary)
};
} // namespace

QString humanBytes(double bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024.0)
        return QStringLiteral("%1 B").arg(qint64(bytes));
    double value = bytes / 1024.0;
    int unit = 0;
    // Round first, so that 1023.96 KiB reads "1.0 MiB", not "1024.0 KiB".
    while (unit < 4 && qRound64(value * 10.0) >= 1024 * 10) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

namespace {

const QString notCollected()
{
    return SpecSummaryText::tr("not collected");
}

// "3916792kB" (meminfo, kB meaning KiB) → bytes; -1 when it is not such a number.
double meminfoBytes(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*kB\\s*$"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    return match.hasMatch() ? match.captured(1).toDouble() * 1024.0 : -1.0;
}

QString osLine(const QJsonObject &kernel)
{
    if (kernel.isEmpty())
        return notCollected();
    const QString platform = QStringLiteral("%1 %2")
                                 .arg(kernel.value(QStringLiteral("platform_name")).toString(SpecSummaryText::tr("unknown")),
                                      kernel.value(QStringLiteral("platform_version")).toString())
                                 .trimmed();
    return QStringLiteral("%1 (%2 %3, %4)")
        .arg(platform, kernel.value(QStringLiteral("name")).toString(), kernel.value(QStringLiteral("release")).toString(),
             kernel.value(QStringLiteral("machine")).toString());
}

QString cpuLine(const QJsonArray &cpus)
{
    if (cpus.isEmpty())
        return notCollected();
    // Models can differ (big.LITTLE): count each one.
    QStringList models;
    QList<int> counts;
    for (const QJsonValue &value : cpus) {
        const QString model = value.toObject().value(QStringLiteral("model_name")).toString(SpecSummaryText::tr("unknown model"));
        const qsizetype at = models.indexOf(model);
        if (at < 0) {
            models.append(model);
            counts.append(1);
        } else {
            ++counts[at];
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < models.size(); ++i)
        parts.append(QStringLiteral("%1 × %2").arg(counts.at(i)).arg(models.at(i)));
    // Two sentences, not "CPU" + "s": a translation has its own word for one and for many.
    return (cpus.size() == 1 ? SpecSummaryText::tr("1 CPU: %1") : SpecSummaryText::tr("%1 CPUs: %2").arg(cpus.size()))
        .arg(parts.join(QStringLiteral(", ")));
}

QString memoryLine(const QJsonObject &memory)
{
    if (memory.isEmpty())
        return notCollected();
    const double total = meminfoBytes(memory.value(QStringLiteral("total")));
    const double swap = meminfoBytes(memory.value(QStringLiteral("swap_total")));
    QString line = total >= 0 ? humanBytes(total) : memory.value(QStringLiteral("total")).toString(SpecSummaryText::tr("unknown"));
    if (swap > 0)
        line += SpecSummaryText::tr(", swap %1").arg(humanBytes(swap));
    else if (swap == 0)
        line += SpecSummaryText::tr(", no swap");
    return line;
}

} // namespace

QList<SpecSummaryLine> specSummary(const QJsonObject &host)
{
    const QJsonObject meta = host.value(QStringLiteral("meta")).toObject();
    QList<SpecSummaryLine> lines;
    lines.append({SpecSummaryText::tr("OS"), osLine(meta.value(QStringLiteral("kernel")).toObject())});
    lines.append({SpecSummaryText::tr("CPU"), cpuLine(meta.value(QStringLiteral("cpu")).toArray())});
    lines.append({SpecSummaryText::tr("Memory"), memoryLine(meta.value(QStringLiteral("memory")).toObject())});

    // Block devices: sysfs sizes in 512-byte sectors; empty devices (unused loops) say nothing.
    const QJsonObject blocks = meta.value(QStringLiteral("block_device")).toObject();
    QString label = SpecSummaryText::tr("Disks");
    for (auto it = blocks.constBegin(); it != blocks.constEnd(); ++it) {
        const QJsonObject device = it.value().toObject();
        const double bytes = device.value(QStringLiteral("size")).toString().toDouble() * 512.0;
        if (bytes <= 0)
            continue;
        const QString model = device.value(QStringLiteral("model")).toString().trimmed();
        QString text = QStringLiteral("%1 %2").arg(it.key(), humanBytes(bytes));
        if (!model.isEmpty())
            text += QStringLiteral(", %1").arg(model);
        if (device.value(QStringLiteral("removable")).toString() == QLatin1String("1"))
            text += SpecSummaryText::tr(", removable");
        lines.append({std::exchange(label, QString()), text});
    }
    if (!label.isEmpty())
        lines.append({label, blocks.isEmpty() ? notCollected() : SpecSummaryText::tr("none with a size")});

    // Filesystems: kb_* are df's 1024-byte blocks.
    const QJsonObject filesystems = meta.value(QStringLiteral("filesystem")).toObject();
    label = SpecSummaryText::tr("Filesystems");
    for (auto it = filesystems.constBegin(); it != filesystems.constEnd(); ++it) {
        const QJsonObject fs = it.value().toObject();
        const double size = fs.value(QStringLiteral("kb_size")).toDouble() * 1024.0;
        const double used = fs.value(QStringLiteral("kb_used")).toDouble() * 1024.0;
        QString percent = fs.value(QStringLiteral("percent_used")).toString();
        if (percent.isEmpty() && size > 0)
            percent = QStringLiteral("%1%").arg(qRound(100.0 * used / size));
        lines.append({std::exchange(label, QString()),
                      SpecSummaryText::tr("%1 on %2: %3 of %4 used (%5)")
                          .arg(fs.value(QStringLiteral("mount")).toString(), it.key(), humanBytes(used), humanBytes(size),
                               percent)});
    }
    if (!label.isEmpty())
        lines.append({label, filesystems.isEmpty() && !meta.contains(QStringLiteral("filesystem")) ? notCollected()
                                                                                                   : SpecSummaryText::tr("none")});

    const QJsonArray interfaces = host.value(QStringLiteral("interfaces")).toArray();
    label = SpecSummaryText::tr("Interfaces");
    for (const QJsonValue &value : interfaces) {
        const QJsonObject interface = value.toObject();
        QStringList addresses;
        for (const QString &key : {QStringLiteral("ipv4Addresses"), QStringLiteral("ipv6Addresses")}) {
            for (const QJsonValue &address : interface.value(key).toArray())
                addresses.append(address.toString());
        }
        QString text = interface.value(QStringLiteral("name")).toString();
        if (!addresses.isEmpty())
            text += QStringLiteral(": ") + addresses.join(QStringLiteral(", "));
        const QString mac = interface.value(QStringLiteral("macAddress")).toString();
        if (!mac.isEmpty())
            text += QStringLiteral(" (MAC %1)").arg(mac);
        lines.append({std::exchange(label, QString()), text});
    }
    if (!label.isEmpty())
        lines.append({label, SpecSummaryText::tr("none")});
    return lines;
}

} // namespace mi
