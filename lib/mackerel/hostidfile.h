#pragma once

#include <QJsonObject>
#include <QString>

namespace mi {

// mackerel-agent's host id file, <root>/id (/var/lib/mackerel-agent/id on Linux), as the agent reads
// it: the content with trailing CR and LF removed; an empty file counts as no file.
struct HostIdFile
{
    enum class State {
        Absent,     // no file: the agent looks the identifier up, then creates
        Empty,      // a file without an id: the agent treats it as absent and overwrites it
        Present,    // holds `hostId`
        Unreadable, // exists but cannot be read by this user (the agent runs as root)
    };

    QString path;
    State state = State::Absent;
    QString hostId;
    QString errorString; // Unreadable: why
    bool isDirectory = false; // Unreadable because a directory stands at the path: the agent, reading it as root,
                              // fails the same way, goes on to register (or find) a host and fails to save its id

    // The agent's default root and the id file below it.
    static QString defaultRoot() { return QStringLiteral("/var/lib/mackerel-agent"); }
    static QString pathForRoot(const QString &root);
    // Reads a local file synchronously (a few bytes).
    static HostIdFile read(const QString &path);
    // Writes `hostId` as the agent does (the id alone, no newline; directories 0755, file 0644, the
    // agent's modes under the usual umask), atomically through QSaveFile. A file already holding the
    // same id is left alone; a file holding another id is never overwritten (returns false).
    static bool write(const QString &path, const QString &hostId, QString *error);

    static QString stateName(State state); // "absent", "empty", "present", "unreadable"
    // {"path","hostId","state","isDirectory"}; hostId is null unless present
    QJsonObject toJson() const;
};

} // namespace mi
