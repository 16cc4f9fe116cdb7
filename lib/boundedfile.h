#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Reading a file whose name came from outside (a report, the agent's conf and its includes, an id file,
// a file below --root) without letting it hang or flood the program.
namespace mi {

struct BoundedRead
{
    enum class Outcome {
        Ok,          // `data` holds the whole file
        Missing,     // nothing at that path (or a dangling symlink)
        NotRegular,  // a FIFO, a device, a socket or a directory (after symlinks): never read
        TooLarge,    // more than the cap, by its size or by the bytes it gave
        Unreadable,  // open() or read() failed
    };
    Outcome outcome = Outcome::Unreadable;
    QByteArray data;
    QString errorString; // why, in words, without the path: "a FIFO (named pipe), not a regular file"
    bool ok() const { return outcome == Outcome::Ok; }
};

// Reads `path` if it is a regular file after symlinks are resolved, with at most `maxBytes` read:
// open() is non-blocking (O_NONBLOCK, so a FIFO cannot stall it) and the file's type is checked on the
// opened descriptor before any byte is read; a file that gives more than `maxBytes` is TooLarge, whatever
// stat said (/proc and /sys report size 0). Synchronous, safe on the GUI thread.
// With `truncate`, a file longer than the cap is not an error: its first `maxBytes` are returned as Ok.
BoundedRead readBoundedFile(const QString &path, qint64 maxBytes, bool truncate = false);

// "a FIFO (named pipe)", "a character device", "a socket", "a directory", … for warnings; empty for a
// regular file or a path that does not exist. Follows symlinks; does not open anything.
QString specialFileKind(const QString &path);

} // namespace mi
