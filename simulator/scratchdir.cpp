#include "scratchdir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mi::sim {

static bool isWritableDir(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isDir() && info.isWritable();
}

QString scratchDirTemplate()
{
    // Only an XDG_RUNTIME_DIR that is set: without it Qt's RuntimeLocation falls back to a folder in /tmp.
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!isWritableDir(base))
        base = QStringLiteral("/dev/shm");
    if (!isWritableDir(base))
        base = QDir::tempPath();
    return base + QStringLiteral("/mackerel-inspector-XXXXXX");
}

} // namespace mi::sim
