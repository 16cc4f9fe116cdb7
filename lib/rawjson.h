#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>

namespace mi {

// A parsed JSON value that keeps numbers as their literal text, so that 64-bit integers such as
// GCE instance ids survive exactly (QJsonDocument turns large integers into doubles).
struct RawJson
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    QByteArray number;                          // literal text of a number
    QString string;
    QList<RawJson> array;
    QList<QPair<QString, RawJson>> object;      // in document order, duplicates kept

    // Go's encoding/json field lookup: keys match case-insensitively and the last one in the document wins.
    const RawJson *member(const QString &key) const;
};

struct RawJsonError
{
    QString message;
    qsizetype offset = 0;
};

// Strict RFC 8259 parser (no trailing commas, no comments), nesting limited to `maxDepth`.
std::optional<RawJson> parseRawJson(const QByteArray &text, RawJsonError *error, int maxDepth = 128);

// Parses a JSON number literal as Go's strconv.ParseUint does for a uint64 field:
// digits only, no sign, fraction or exponent, at most 18446744073709551615.
std::optional<quint64> parseJsonUint64(const QByteArray &literal);

} // namespace mi
