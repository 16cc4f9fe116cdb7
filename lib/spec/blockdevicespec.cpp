#include "blockdevicespec.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace mi {

namespace {
struct BlockDeviceSpecText
{
    Q_DECLARE_TR_FUNCTIONS(BlockDeviceSpec)
};
} // namespace

SpecSection collectBlockDeviceSpec(const QString &root)
{
    SpecSection section;
    section.name = QStringLiteral("block_device");
    section.sources = {QStringLiteral("/sys/block/*/{size,removable}"),
                       QStringLiteral("/sys/block/*/device/{model,rev,state,timeout,vendor}")};
    const QString blockPath = pathBelowRoot(root, QStringLiteral("/sys/block"));
    const QFileInfo blockInfo(blockPath);
    if (!blockInfo.exists()) {
        section.warnings.append(BlockDeviceSpecText::tr("block_device left out: %1 does not exist (the agent skips it silently)").arg(blockPath));
        return section;
    }
    QDir block(blockPath);
    if (!blockInfo.isDir() || !blockInfo.isReadable()) {
        section.warnings.append(BlockDeviceSpecText::tr("block_device left out: cannot list %1").arg(blockPath));
        return section;
    }
    QStringList devices = block.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    std::sort(devices.begin(), devices.end());
    QJsonObject result;
    for (const QString &device : std::as_const(devices)) {
        QJsonObject attributes;
        const QList<std::pair<QString, QStringList>> groups = {
            {QString(), {QStringLiteral("size"), QStringLiteral("removable")}},
            {QStringLiteral("device/"),
             {QStringLiteral("model"), QStringLiteral("rev"), QStringLiteral("state"), QStringLiteral("timeout"),
              QStringLiteral("vendor")}},
        };
        for (const auto &[directory, keys] : groups) {
            for (const QString &key : keys) {
                const QString path = QStringLiteral("/sys/block/%1/%2%3").arg(device, directory, key);
                if (!QFileInfo::exists(pathBelowRoot(root, path)))
                    continue;
                QString error;
                const auto content = readFileBelowRoot(root, path, &error);
                if (!content) {
                    section.warnings.append(BlockDeviceSpecText::tr("block_device left out, as the agent leaves it out: %1").arg(error));
                    return section;
                }
                attributes.insert(key, QString::fromUtf8(content->trimmed()));
            }
        }
        result.insert(device, attributes);
    }
    section.value = result;
    return section;
}

} // namespace mi
