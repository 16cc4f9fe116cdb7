#include "specsection.h"

#include "boundedfile.h"
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
    // Files below /proc and /sys report size 0: read to the end, with a cap on the bytes read against
    // runaway files; a FIFO or a device put where a spec file belongs is never opened.
    BoundedRead input = readBoundedFile(file, 16 * 1024 * 1024, true);
    if (!input.ok()) {
        *error = QStringLiteral("%1: %2").arg(file, input.outcome == BoundedRead::Outcome::Missing
                                                        ? SpecSectionText::tr("no such file")
                                                        : input.errorString);
        return std::nullopt;
    }
    return std::move(input.data);
}

} // namespace mi
