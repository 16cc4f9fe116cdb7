#include "hostidfile.h"

#include "boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mi {

namespace {
struct HostIdFileText
{
    Q_DECLARE_TR_FUNCTIONS(HostIdFile)
};
} // namespace

QString HostIdFile::pathForRoot(const QString &root)
{
    return QDir::cleanPath(root + QStringLiteral("/id"));
}

HostIdFile HostIdFile::read(const QString &path)
{
    HostIdFile file;
    file.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        file.state = State::Absent;
        return file;
    }
    // Only a regular file, opened without blocking (a FIFO or a device given as --id-file is not read).
    BoundedRead read = readBoundedFile(path, 4096, true);
    if (!read.ok()) {
        file.state = State::Unreadable;
        file.isDirectory = info.isDir();
        file.errorString = info.isDir() ? HostIdFileText::tr("it is a directory") : read.errorString;
        return file;
    }
    QByteArray content = std::move(read.data);
    // The agent trims trailing CR and LF only; other whitespace stays part of the id.
    while (content.endsWith('\n') || content.endsWith('\r'))
        content.chop(1);
    file.hostId = QString::fromUtf8(content);
    file.state = file.hostId.isEmpty() ? State::Empty : State::Present;
    return file;
}

bool HostIdFile::write(const QString &path, const QString &hostId, QString *error)
{
    if (hostId.isEmpty() || hostId.contains(QLatin1Char('\n')) || hostId.contains(QLatin1Char('\r'))) {
        *error = HostIdFileText::tr("'%1' is not a host id").arg(hostId);
        return false;
    }
    const HostIdFile existing = read(path);
    if (existing.state == State::Unreadable) {
        *error = HostIdFileText::tr("%1 exists but cannot be read (%2); not overwriting it").arg(path, existing.errorString);
        return false;
    }
    if (existing.state == State::Present) {
        if (existing.hostId == hostId)
            return true;
        *error = HostIdFileText::tr("%1 already holds host id %2; not overwriting it with %3 (delete it first if this machine "
                                "is no longer that host)")
                     .arg(path, existing.hostId, hostId);
        return false;
    }
    const QFileDevice::Permissions directoryMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const QString directory = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory)) {
            *error = HostIdFileText::tr("cannot create %1").arg(directory);
            return false;
        }
        QFile::setPermissions(directory, directoryMode);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = HostIdFileText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray content = hostId.toUtf8();
    if (file.write(content) != content.size() || !file.commit()) {
        *error = HostIdFileText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString HostIdFile::stateName(State state)
{
    switch (state) {
    case State::Absent: return QStringLiteral("absent");
    case State::Empty: return QStringLiteral("empty");
    case State::Present: return QStringLiteral("present");
    case State::Unreadable: return QStringLiteral("unreadable");
    }
    return QString();
}

QJsonObject HostIdFile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("hostId"), state == State::Present ? QJsonValue(hostId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("isDirectory"), isDirectory},
    };
}

} // namespace mi
