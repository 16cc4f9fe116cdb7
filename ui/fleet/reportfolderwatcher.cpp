#include "reportfolderwatcher.h"

#include <QPointer>
#include <QThreadPool>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace mi::ui {

ReportFolderWatcher::ReportFolderWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ReportFolderWatcher::scan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReportFolderWatcher::scheduleScan);
    // Files are watched only while they do not parse: a copy written in place ends with a change.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ReportFolderWatcher::scheduleScan);
}

ReportFolderWatcher::~ReportFolderWatcher() = default;

void ReportFolderWatcher::setFolder(const QString &folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_folder = folder;
    m_entries.clear();
    m_set = FleetReportSet();
    m_emitted = false;
    ++m_generation; // a reading in flight is of the folder before
    m_reading = false;
    m_rescan = false;
    m_throttle.stop();
    if (folder.isEmpty())
        return;
    m_watcher->addPath(folder);
    // The first reading comes from the event loop too, like every later one.
    m_throttle.start(0);
}

void ReportFolderWatcher::scheduleScan()
{
    if (m_throttle.isActive() || m_folder.isEmpty())
        return;
    const qint64 since = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : MinIntervalMs;
    m_throttle.start(int(qMax<qint64>(0, MinIntervalMs - since)));
}

ReportFolderWatcher::Entry ReportFolderWatcher::readEntry(const QString &path, qint64 size, const QDateTime &modified)
{
    Entry entry;
    entry.size = size;
    entry.modified = modified;
    if (size > FleetReportMaxBytes) {
        entry.warning = tr("%1 is left out: %2 bytes is more than a report holds (%3 at most)")
                            .arg(path)
                            .arg(size)
                            .arg(FleetReportMaxBytes);
        return entry;
    }
    // Bounded and never a blocking open() on this, the GUI, thread: a FIFO, a device or a socket is left out.
    const std::optional<QByteArray> data = readFleetReportFile(path, &entry.warning);
    if (!data)
        return entry;
    QString error;
    entry.report = parseFleetReport(*data, path, &error);
    if (!entry.report)
        entry.warning = tr("%1 is left out for now: %2 (read again when it changes)").arg(path, error);
    return entry;
}

void ReportFolderWatcher::scan()
{
    if (m_folder.isEmpty())
        return;
    if (m_reading) {
        m_rescan = true; // once the files in hand are read
        return;
    }
    const QDir dir(m_folder);
    QStringList warnings;
    if (!dir.exists())
        warnings << tr("%1 does not exist (any more)").arg(m_folder);
    // QDir::Files without QDir::Hidden: dot files, such as a copy in progress, are not listed.
    // QDir::System too: a FIFO or a symlink to a device among the reports is named in a warning, never opened.
    const QFileInfoList infos = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);

    QHash<QString, Entry> entries;
    QList<Entry> toRead; // new or changed: read on the thread pool, not on the window's thread
    QStringList toReadPaths;
    for (const QFileInfo &info : infos) {
        const QString path = info.filePath();
        const qint64 size = info.size();
        const QDateTime modified = info.lastModified();
        auto known = m_entries.constFind(path);
        if (known != m_entries.constEnd() && known->size == size && known->modified == modified) {
            entries.insert(path, *known);
        } else {
            Entry entry;
            entry.size = size;
            entry.modified = modified;
            toRead << entry;
            toReadPaths << path;
        }
    }
    if (toRead.isEmpty()) {
        finishScan(infos, entries, warnings, !m_emitted);
        return;
    }
    // Thousands of reports take a good part of a second to parse. The answer comes back queued, to
    // `delivery` (an object of this thread that outlives the work); the watcher is reached through a
    // QPointer read on this thread, and a folder set since makes the answer stale.
    m_reading = true;
    auto *delivery = new QObject;
    QPointer<ReportFolderWatcher> watcher(this);
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([delivery, watcher, generation, infos, entries, warnings, toRead, toReadPaths]() mutable {
        for (qsizetype i = 0; i < toRead.size(); ++i)
            entries.insert(toReadPaths.at(i), readEntry(toReadPaths.at(i), toRead.at(i).size, toRead.at(i).modified));
        QMetaObject::invokeMethod(
            delivery,
            [delivery, watcher, generation, infos, entries, warnings]() {
                delivery->deleteLater();
                if (!watcher || generation != watcher->m_generation)
                    return;
                watcher->m_reading = false;
                watcher->finishScan(infos, entries, warnings, true);
                if (std::exchange(watcher->m_rescan, false))
                    watcher->scheduleScan();
            },
            Qt::QueuedConnection);
    });
}

void ReportFolderWatcher::finishScan(const QFileInfoList &infos, const QHash<QString, Entry> &entries, const QStringList &warnings,
                                     bool changed)
{
    QStringList toWatch;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it->report)
            toWatch << it.key();
    }
    if (entries.size() != m_entries.size())
        changed = true; // a file went away
    m_entries = entries;

    const QStringList watched = m_watcher->files();
    for (const QString &path : watched) {
        if (!toWatch.contains(path))
            m_watcher->removePath(path);
    }
    for (const QString &path : std::as_const(toWatch)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
    if (!changed)
        return;

    FleetReportSet set;
    set.warnings = warnings;
    for (const QFileInfo &info : infos) {
        const Entry &entry = m_entries[info.filePath()];
        if (entry.report)
            addFleetReport(set, *entry.report);
        else
            set.warnings << entry.warning;
    }
    m_set = set;
    m_emitted = true;
    m_sinceEmit.start();
    Q_EMIT reportsChanged(m_set);
}

} // namespace mi::ui
