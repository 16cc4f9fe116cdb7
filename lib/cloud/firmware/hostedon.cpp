#include "hostedon.h"

#include "firmwareclouds.h"
#include "firmwarereader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mi {

namespace {
struct HostedOnText
{
    Q_DECLARE_TR_FUNCTIONS(HostedOn)
};
} // namespace

namespace {

FirmwareEvidence evidenceOf(const FirmwareFile &file)
{
    FirmwareEvidence evidence;
    evidence.file = file.name;
    evidence.path = file.path;
    evidence.value = file.value;
    evidence.unreadable = file.state == FirmwareFile::State::Unreadable;
    evidence.error = file.error;
    return evidence;
}

bool holds(const FirmwareReader &reader, const QList<FirmwareCondition> &conditions)
{
    for (const FirmwareCondition &condition : conditions) {
        const FirmwareFile file = reader.read(condition.file);
        if (!file.isPresent() || !condition.holds(file.value))
            return false;
    }
    return !conditions.isEmpty();
}

void addEvidence(HostedOn &hostedOn, const FirmwareFile &file)
{
    for (const FirmwareEvidence &known : std::as_const(hostedOn.evidence)) {
        if (known.file == file.name)
            return;
    }
    hostedOn.evidence.append(evidenceOf(file));
}

// Files that name no cloud here but tell a reader what the machine is, and the files rules need
// that this user could not read: with no cloud named, they are the evidence.
const QStringList DescriptiveFiles = {QStringLiteral("sys_vendor"), QStringLiteral("product_name")};

} // namespace

QJsonObject FirmwareEvidence::toJson() const
{
    QJsonObject json{{QStringLiteral("file"), file}, {QStringLiteral("path"), path},
                     {QStringLiteral("value"), unreadable ? QJsonValue(QJsonValue::Null) : QJsonValue(value)}};
    if (unreadable)
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject HostedOn::toJson() const
{
    QJsonArray evidenceArray;
    for (const FirmwareEvidence &item : evidence)
        evidenceArray.append(item.toJson());
    return QJsonObject{
        {QStringLiteral("provider"), provider.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(provider)},
        {QStringLiteral("evidence"), evidenceArray},
        {QStringLiteral("instanceId"), instanceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(instanceId)},
    };
}

QString HostedOn::evidenceText() const
{
    QStringList parts;
    for (const FirmwareEvidence &item : evidence) {
        parts << (item.unreadable ? HostedOnText::tr("%1 unreadable by this user").arg(item.file)
                                  : QStringLiteral("%1 %2").arg(item.file, item.value));
    }
    return parts.join(QLatin1String(", "));
}

QString HostedOn::summary() const
{
    const FirmwareCloud *cloud = findFirmwareCloud(provider);
    const QString name = cloud ? cloud->displayName : HostedOnText::tr("no known cloud");
    if (evidence.isEmpty())
        return cloud ? name : HostedOnText::tr("no known cloud (no DMI files to read)");
    return QStringLiteral("%1 (%2)").arg(name, evidenceText());
}

HostedOn identifyHostedOn(const FirmwareReader &reader)
{
    HostedOn hostedOn;
    QList<FirmwareFile> unreadable;
    for (const bool heuristicPass : {false, true}) {
        for (const FirmwareCloud &cloud : firmwareClouds()) {
            for (const FirmwareRule &rule : cloud.rules) {
                if (rule.heuristic != heuristicPass)
                    continue;
                for (const FirmwareCondition &condition : rule.conditions) {
                    const FirmwareFile file = reader.read(condition.file);
                    if (file.state == FirmwareFile::State::Unreadable)
                        unreadable << file;
                }
                if (!holds(reader, rule.conditions))
                    continue;
                hostedOn.provider = cloud.provider;
                for (const FirmwareCondition &condition : rule.conditions)
                    addEvidence(hostedOn, reader.read(condition.file));
                if (!cloud.instanceIdFile.isEmpty()) {
                    const FirmwareFile idFile = reader.read(cloud.instanceIdFile);
                    if (holds(reader, cloud.instanceIdConditions)) {
                        hostedOn.instanceId = idFile.value;
                        addEvidence(hostedOn, idFile);
                    } else if (idFile.state == FirmwareFile::State::Unreadable) {
                        addEvidence(hostedOn, idFile); // the id is there; this user may not read it
                    }
                }
                return hostedOn;
            }
        }
    }
    for (const QString &name : DescriptiveFiles) {
        const FirmwareFile file = reader.read(name);
        if (file.isPresent())
            addEvidence(hostedOn, file);
    }
    for (const FirmwareFile &file : std::as_const(unreadable))
        addEvidence(hostedOn, file);
    return hostedOn;
}

} // namespace mi
