#pragma once

#include "fleetreport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfoList>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

class QFileSystemWatcher;

namespace mi::ui {

// Follows a folder of inspect reports (the playbook's reports_dir) while it fills: every *.json file
// directly inside it, hidden files (copies still being written) passed over. Only files that are new
// or changed (size or modification time) are read again; a file that does not parse (half written,
// another tool's) is left out with a warning and read again when it changes.
//
// The files are read and parsed on the thread pool, never on the thread of the window.
// Asynchronous: setFolder() returns at once; reportsChanged() follows from the event loop with the
// first reading, then whenever the set changes, at most once every MinIntervalMs.
class ReportFolderWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinIntervalMs = 500;

    explicit ReportFolderWatcher(QObject *parent = nullptr);
    ~ReportFolderWatcher() override;

    // Starts following `folder` (an empty path stops). The folder must exist.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    const FleetReportSet &reports() const { return m_set; }

Q_SIGNALS:
    void reportsChanged(const mi::FleetReportSet &reports);

private:
    struct Entry
    {
        qint64 size = -1;
        QDateTime modified;
        std::optional<FleetReport> report;
        QString warning;
    };

    void scheduleScan();
    void scan();
    void finishScan(const QFileInfoList &infos, const QHash<QString, Entry> &entries, const QStringList &warnings, bool changed);
    // Pure, so that the thread pool runs it.
    static Entry readEntry(const QString &path, qint64 size, const QDateTime &modified);

    QString m_folder;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_throttle;
    QElapsedTimer m_sinceEmit;
    QHash<QString, Entry> m_entries; // by path
    FleetReportSet m_set;
    bool m_emitted = false;
    bool m_reading = false;  // new or changed files are being read on the thread pool
    bool m_rescan = false;   // a change came meanwhile
    quint64 m_generation = 0; // the folder set last
};

} // namespace mi::ui

Q_DECLARE_METATYPE(mi::FleetReportSet)
