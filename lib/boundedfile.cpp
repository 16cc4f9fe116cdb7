#include "boundedfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mi {

namespace {
struct BoundedFileText
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
};

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return BoundedFileText::tr("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return BoundedFileText::tr("a character device");
    if (S_ISBLK(mode))
        return BoundedFileText::tr("a block device");
    if (S_ISSOCK(mode))
        return BoundedFileText::tr("a socket");
    if (S_ISDIR(mode))
        return BoundedFileText::tr("a directory");
    if (S_ISREG(mode))
        return QString();
    return BoundedFileText::tr("a special file");
}

BoundedRead notRegular(const QString &kind)
{
    BoundedRead result;
    result.outcome = BoundedRead::Outcome::NotRegular;
    result.errorString = BoundedFileText::tr("%1, not a regular file; not read").arg(kind);
    return result;
}

BoundedRead failed(BoundedRead::Outcome outcome, int error)
{
    BoundedRead result;
    result.outcome = outcome;
    result.errorString = QString::fromLocal8Bit(std::strerror(error));
    return result;
}

BoundedRead tooLarge(qint64 maxBytes)
{
    BoundedRead result;
    result.outcome = BoundedRead::Outcome::TooLarge;
    result.errorString = BoundedFileText::tr("larger than %1 bytes; not read").arg(maxBytes);
    return result;
}

} // namespace

QString specialFileKind(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QString();
    return kindOf(status.st_mode);
}

BoundedRead readBoundedFile(const QString &path, qint64 maxBytes, bool truncate)
{
    const QByteArray name = QFile::encodeName(path);
    // Checked before open(): a socket cannot be opened at all, and a device is not opened (opening one can
    // have effects). The check on the descriptor below closes the race with a file swapped in between.
    struct stat status;
    if (::stat(name.constData(), &status) != 0)
        return failed(errno == ENOENT || errno == ENOTDIR ? BoundedRead::Outcome::Missing : BoundedRead::Outcome::Unreadable,
                      errno);
    if (!S_ISREG(status.st_mode))
        return notRegular(kindOf(status.st_mode));
    if (!truncate && status.st_size > maxBytes)
        return tooLarge(maxBytes);

    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failed(errno == ENOENT ? BoundedRead::Outcome::Missing : BoundedRead::Outcome::Unreadable, errno);
    BoundedRead result;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const int error = errno;
        ::close(fd);
        return S_ISREG(status.st_mode) ? failed(BoundedRead::Outcome::Unreadable, error) : notRegular(kindOf(status.st_mode));
    }
    // One byte past the cap tells a file that grew (or lied about its size) from one that fits.
    const qint64 limit = truncate ? maxBytes : maxBytes + 1;
    QByteArray data;
    char buffer[64 * 1024];
    while (data.size() < limit) {
        const ssize_t count = ::read(fd, buffer, size_t(std::min<qint64>(sizeof buffer, limit - data.size())));
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            const int error = errno;
            ::close(fd);
            return failed(BoundedRead::Outcome::Unreadable, error);
        }
        if (count == 0)
            break;
        data.append(buffer, count);
    }
    ::close(fd);
    if (data.size() > maxBytes)
        return tooLarge(maxBytes);
    result.outcome = BoundedRead::Outcome::Ok;
    result.data = std::move(data);
    return result;
}

} // namespace mi
