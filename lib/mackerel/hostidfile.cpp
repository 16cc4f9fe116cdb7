#include "hostidfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mi {

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
    QFile device(path);
    if (info.isDir() || !device.open(QIODevice::ReadOnly)) {
        file.state = State::Unreadable;
        file.errorString = info.isDir() ? QStringLiteral("it is a directory") : device.errorString();
        return file;
    }
    QByteArray content = device.read(4096);
    // The agent trims trailing CR and LF only; other whitespace stays part of the id.
    while (content.endsWith('\n') || content.endsWith('\r'))
        content.chop(1);
    file.hostId = QString::fromUtf8(content);
    file.state = file.hostId.isEmpty() ? State::Empty : State::Present;
    return file;
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
    };
}

} // namespace mi
