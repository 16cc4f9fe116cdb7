#include "specsection.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mi {

namespace {
struct SpecSectionText
{
    Q_DECLARE_TR_FUNCTIONS(SpecSection)
};
} // namespace

std::optional<QByteArray> readFileBelowRoot(const QString &root, const QString &path, QString *error)
{
    const QString file = pathBelowRoot(root, path);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file, QFileInfo::exists(file) ? input.errorString()
                                                                            : SpecSectionText::tr("no such file"));
        return std::nullopt;
    }
    // Files below /proc and /sys report size 0: read to the end, with a cap against runaway files.
    QByteArray content;
    // (QFile::atEnd() is true at once for them, so read until a read comes back empty.)
    while (content.size() < 16 * 1024 * 1024) {
        const QByteArray chunk = input.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        content += chunk;
    }
    if (input.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(file, input.errorString());
        return std::nullopt;
    }
    return content;
}

} // namespace mi
