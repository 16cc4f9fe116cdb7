#include "ec2uuid.h"

#include "boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace mi {

namespace {
struct Ec2UuidText
{
    Q_DECLARE_TR_FUNCTIONS(Ec2Uuid)
};
} // namespace

namespace {

bool startsWithEc2(const QByteArray &text)
{
    return text.startsWith("ec2") || text.startsWith("EC2");
}

// Go's hex.DecodeString: decodes pairs up to the first invalid character and keeps what came before.
QByteArray decodeHexPrefix(const QByteArray &text)
{
    QByteArray bytes;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i + 1 < text.size(); i += 2) {
        const int high = nibble(text.at(i));
        const int low = nibble(text.at(i + 1));
        if (high < 0 || low < 0)
            break;
        bytes += char((high << 4) | low);
    }
    return bytes;
}

} // namespace

bool isEc2Uuid(const QByteArray &uuid)
{
    if (startsWithEc2(uuid))
        return true;
    const QByteArray timeLow = decodeHexPrefix(uuid.left(uuid.indexOf('-') < 0 ? uuid.size() : uuid.indexOf('-')));
    if (timeLow.size() < 4)
        return false;
    const quint32 value = qFromLittleEndian<quint32>(timeLow.constData());
    return startsWithEc2(QByteArray::number(value, 16));
}

QStringList ec2UuidFiles()
{
    return {QStringLiteral("/sys/hypervisor/uuid"), QStringLiteral("/sys/devices/virtual/dmi/id/product_uuid")};
}

QString pathBelowRoot(const QString &root, const QString &path)
{
    if (root.isEmpty() || root == QLatin1String("/"))
        return path;
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

Ec2UuidCheck checkEc2UuidFiles(const QString &root)
{
    Ec2UuidCheck check;
    const QStringList files = ec2UuidFiles();
    for (const QString &file : files) {
        QElapsedTimer clock;
        clock.start();
        ProbeRecord record;
        record.platform = QStringLiteral("ec2");
        record.method = QStringLiteral("READ");
        record.url = pathBelowRoot(root, file);

        // A regular file only, opened without blocking, at most 4 KiB read (the path is below --root).
        const BoundedRead uuidFile = QFileInfo::exists(record.url) ? readBoundedFile(record.url, 4096, true) : BoundedRead();
        if (!QFileInfo::exists(record.url)) {
            record.outcome = ProbeOutcome::Missing;
            record.detail = Ec2UuidText::tr("not present; the agent skips it");
        } else if (!uuidFile.ok()) {
            record.outcome = ProbeOutcome::Unreadable;
            record.detail = Ec2UuidText::tr("cannot be read by this user (%1); mackerel-agent runs as root and reads it")
                                .arg(uuidFile.errorString);
            check.anyUnreadable = true;
        } else {
            const QByteArray &content = uuidFile.data;
            if (isEc2Uuid(content)) {
                record.outcome = ProbeOutcome::Ok;
                record.detail = Ec2UuidText::tr("%1 looks like an EC2 UUID; the agent goes on to ask IMDS")
                                    .arg(QString::fromLatin1(content.trimmed().left(36)));
                check.looksLikeEc2 = true;
            } else {
                record.outcome = ProbeOutcome::NoMatch;
                record.detail = Ec2UuidText::tr("%1 is not an EC2 UUID")
                                    .arg(QString::fromLatin1(content.trimmed().left(36)));
            }
        }
        record.elapsedMs = clock.elapsed();
        check.records.append(record);
        if (check.looksLikeEc2)
            break; // the agent stops at the first EC2 UUID
    }
    return check;
}

} // namespace mi
