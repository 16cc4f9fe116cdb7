#include "memoryspec.h"

#include <QCoreApplication>
#include <QMap>

namespace mi {

namespace {
struct MemorySpecText
{
    Q_DECLARE_TR_FUNCTIONS(MemorySpec)
};
} // namespace

QJsonObject parseMemInfo(const QByteArray &meminfo)
{
    static const QMap<QByteArray, QString> keys = {
        {"MemTotal:", QStringLiteral("total")},
        {"MemFree:", QStringLiteral("free")},
        {"Buffers:", QStringLiteral("buffers")},
        {"Cached:", QStringLiteral("cached")},
        {"Active:", QStringLiteral("active")},
        {"Inactive:", QStringLiteral("inactive")},
        {"HighTotal:", QStringLiteral("high_total")},
        {"HighFree:", QStringLiteral("high_free")},
        {"LowTotal:", QStringLiteral("low_total")},
        {"LowFree:", QStringLiteral("low_free")},
        {"Dirty:", QStringLiteral("dirty")},
        {"Writeback:", QStringLiteral("writeback")},
        {"AnonPages:", QStringLiteral("anon_pages")},
        {"Mapped:", QStringLiteral("mapped")},
        {"Slab:", QStringLiteral("slab")},
        {"SReclaimable:", QStringLiteral("slab_reclaimable")},
        {"SUnreclaim:", QStringLiteral("slab_unreclaim")},
        {"PageTables:", QStringLiteral("page_tables")},
        {"NFS_Unstable:", QStringLiteral("nfs_unstable")},
        {"Bounce:", QStringLiteral("bounce")},
        {"CommitLimit:", QStringLiteral("commit_limit")},
        {"Committed_AS:", QStringLiteral("committed_as")},
        {"VmallocTotal:", QStringLiteral("vmalloc_total")},
        {"VmallocUsed:", QStringLiteral("vmalloc_used")},
        {"VmallocChunk:", QStringLiteral("vmalloc_chunk")},
        {"SwapCached:", QStringLiteral("swap_cached")},
        {"SwapTotal:", QStringLiteral("swap_total")},
        {"SwapFree:", QStringLiteral("swap_free")},
    };
    QJsonObject result;
    const QList<QByteArray> lines = meminfo.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || fields.constFirst().isEmpty())
            continue;
        const auto key = keys.constFind(fields.constFirst());
        if (key == keys.cend())
            continue;
        QByteArray value;
        for (qsizetype i = 1; i < fields.size(); ++i)
            value += fields.at(i);
        result.insert(key.value(), QString::fromUtf8(value));
    }
    return result;
}

SpecSection collectMemorySpec(const QString &root)
{
    SpecSection section;
    section.name = QStringLiteral("memory");
    section.sources = {QStringLiteral("/proc/meminfo")};
    QString error;
    const auto meminfo = readFileBelowRoot(root, QStringLiteral("/proc/meminfo"), &error);
    if (!meminfo) {
        section.warnings.append(MemorySpecText::tr("memory left out: %1").arg(error));
        return section;
    }
    section.value = parseMemInfo(*meminfo);
    return section;
}

} // namespace mi
