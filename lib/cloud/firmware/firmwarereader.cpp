#include "firmwarereader.h"

#include "boundedfile.h"
#include "ec2uuid.h"

#include <QFile>
#include <QFileInfo>

namespace mi {

namespace {

const QStringList DmiDirectories = {QStringLiteral("/sys/class/dmi/id"), QStringLiteral("/sys/devices/virtual/dmi/id")};

// A DMI string is at most a few dozen bytes; anything longer is no firmware value.
constexpr qint64 MaxValueBytes = 4096;

} // namespace

FirmwareReader::FirmwareReader(QString root)
    : m_root(std::move(root))
{
}

FirmwareReader::~FirmwareReader() = default;

bool FirmwareReader::hasDmi() const
{
    for (const QString &directory : DmiDirectories) {
        if (QFileInfo(pathBelowRoot(m_root, directory)).isDir())
            return true;
    }
    return false;
}

FirmwareFile FirmwareReader::read(const QString &name) const
{
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.cend())
        return *cached;

    QStringList candidates;
    if (name.startsWith(QLatin1Char('/'))) {
        candidates << pathBelowRoot(m_root, name);
    } else {
        for (const QString &directory : DmiDirectories)
            candidates << pathBelowRoot(m_root, directory + QLatin1Char('/') + name);
    }

    FirmwareFile file;
    file.name = name;
    file.path = candidates.constFirst();
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo::exists(path)) {
            file = readExisting(name, path);
            break;
        }
    }
    m_cache.insert(name, file);
    return file;
}

FirmwareFile FirmwareReader::readExisting(const QString &name, const QString &path) const
{
    FirmwareFile file;
    file.name = name;
    file.path = path;
    // Below --root: a regular file only, opened without blocking, at most MaxValueBytes read.
    const BoundedRead read = readBoundedFile(path, MaxValueBytes, true);
    if (!read.ok()) {
        file.state = FirmwareFile::State::Unreadable;
        file.error = read.errorString;
        return file;
    }
    const QByteArray &content = read.data;
    file.state = FirmwareFile::State::Present;
    file.value = QString::fromUtf8(content).trimmed();
    return file;
}

} // namespace mi
