#include "gcemetadataparser.h"

#include <QCoreApplication>

#include "rawjson.h"

namespace mi {

namespace {
struct GceMetadataParserText
{
    Q_DECLARE_TR_FUNCTIONS(GceMetadataParser)
};
} // namespace

namespace {

QString lastSegment(const QString &value)
{
    return value.section(QLatin1Char('/'), -1);
}

// Reads a string field as Go does: a string, or null (left empty); anything else is a type error.
bool readString(const RawJson &object, const QString &key, QString *out, QString *error)
{
    const RawJson *value = object.member(key);
    if (!value || value->type == RawJson::Type::Null)
        return true;
    if (value->type != RawJson::Type::String) {
        *error = GceMetadataParserText::tr("\"%1\" is not a string").arg(key);
        return false;
    }
    *out = value->string;
    return true;
}

bool readUint64(const RawJson &object, const QString &key, quint64 *out, QString *error)
{
    const RawJson *value = object.member(key);
    if (!value || value->type == RawJson::Type::Null)
        return true;
    if (value->type != RawJson::Type::Number) {
        *error = GceMetadataParserText::tr("\"%1\" is not a number (the agent reads it as an unsigned 64-bit integer)").arg(key);
        return false;
    }
    const auto parsed = parseJsonUint64(value->number);
    if (!parsed) {
        *error = GceMetadataParserText::tr("\"%1\" is %2, not an unsigned 64-bit integer").arg(key, QString::fromLatin1(value->number.left(40)));
        return false;
    }
    *out = *parsed;
    return true;
}

} // namespace

GceMetadata parseGceMetadata(const QByteArray &body)
{
    GceMetadata result;
    RawJsonError jsonError;
    const auto document = parseRawJson(body, &jsonError);
    if (!document) {
        result.error = GceMetadataParserText::tr("not valid JSON (%1 at byte %2)").arg(jsonError.message).arg(jsonError.offset);
        return result;
    }
    if (document->type == RawJson::Type::Null) {
        result.ok = true;
        return result;
    }
    if (document->type != RawJson::Type::Object) {
        result.error = GceMetadataParserText::tr("the JSON is not an object");
        return result;
    }

    QMap<QString, QString> meta;
    if (const RawJson *instance = document->member(QStringLiteral("instance"));
        instance && instance->type != RawJson::Type::Null) {
        if (instance->type != RawJson::Type::Object) {
            result.error = GceMetadataParserText::tr("\"instance\" is not an object");
            return result;
        }
        QString zone, machineType, hostname;
        quint64 id = 0;
        if (!readString(*instance, QStringLiteral("zone"), &zone, &result.error)
            || !readString(*instance, QStringLiteral("machineType"), &machineType, &result.error)
            || !readString(*instance, QStringLiteral("hostname"), &hostname, &result.error)
            || !readUint64(*instance, QStringLiteral("id"), &id, &result.error)) {
            result.error.prepend(QStringLiteral("instance: "));
            return result;
        }
        result.hasInstance = true;
        result.instanceId = id;
        meta.insert(QStringLiteral("hostname"), hostname);
        meta.insert(QStringLiteral("instance-id"), QString::number(id));
        meta.insert(QStringLiteral("instance-type"), lastSegment(machineType));
        meta.insert(QStringLiteral("zone"), lastSegment(zone));
    }
    if (const RawJson *project = document->member(QStringLiteral("project"));
        project && project->type != RawJson::Type::Null) {
        if (project->type != RawJson::Type::Object) {
            result.error = GceMetadataParserText::tr("\"project\" is not an object");
            return result;
        }
        QString projectId;
        quint64 numericProjectId = 0;
        if (!readString(*project, QStringLiteral("projectId"), &projectId, &result.error)
            || !readUint64(*project, QStringLiteral("numericProjectId"), &numericProjectId, &result.error)) {
            result.error.prepend(QStringLiteral("project: "));
            return result;
        }
        meta.insert(QStringLiteral("projectId"), projectId);
    }
    result.ok = true;
    result.meta = meta;
    return result;
}

} // namespace mi
