#include "detectionresult.h"

#include <QJsonArray>

namespace mi {

QString detectionSourceName(DetectionSource source)
{
    switch (source) {
    case DetectionSource::Metadata: return QStringLiteral("metadata");
    case DetectionSource::Override: return QStringLiteral("override");
    case DetectionSource::None: break;
    }
    return QStringLiteral("none");
}

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue DetectionResult::cloudJson() const
{
    if (!hasCloud)
        return QJsonValue(QJsonValue::Null);
    QJsonObject metadata;
    for (auto it = cloudMetadata.cbegin(); it != cloudMetadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("provider"), provider()}, {QStringLiteral("metadata"), metadata}};
}

QJsonObject DetectionResult::toJson() const
{
    QJsonArray probeArray;
    for (const ProbeRecord &record : probes)
        probeArray.append(record.toJson());
    return QJsonObject{
        {QStringLiteral("platform"), cloudPlatformName(platform)},
        {QStringLiteral("source"), detectionSourceName(source)},
        {QStringLiteral("customIdentifier"), stringOrNull(customIdentifier)},
        {QStringLiteral("agentCustomIdentifier"), stringOrNull(agentCustomIdentifier)},
        {QStringLiteral("cloud"), cloudJson()},
        {QStringLiteral("probes"), probeArray},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("hostedOn"), hostedOn.toJson()},
    };
}

} // namespace mi
