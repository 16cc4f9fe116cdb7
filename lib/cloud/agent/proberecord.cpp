#include "proberecord.h"

namespace mi {

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Ok: return QStringLiteral("ok");
    case ProbeOutcome::NoMatch: return QStringLiteral("no-match");
    case ProbeOutcome::HttpError: return QStringLiteral("http-error");
    case ProbeOutcome::Invalid: return QStringLiteral("invalid");
    case ProbeOutcome::TooLarge: return QStringLiteral("too-large");
    case ProbeOutcome::Redirect: return QStringLiteral("redirect");
    case ProbeOutcome::Refused: return QStringLiteral("refused");
    case ProbeOutcome::Unreachable: return QStringLiteral("unreachable");
    case ProbeOutcome::Timeout: return QStringLiteral("timeout");
    case ProbeOutcome::NetworkError: return QStringLiteral("network-error");
    case ProbeOutcome::Cancelled: return QStringLiteral("cancelled");
    case ProbeOutcome::Missing: return QStringLiteral("missing");
    case ProbeOutcome::Unreadable: return QStringLiteral("unreadable");
    }
    return QString();
}

QJsonObject ProbeRecord::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("platform"), platform);
    object.insert(QStringLiteral("method"), method);
    object.insert(QStringLiteral("url"), url);
    object.insert(QStringLiteral("status"), status > 0 ? QJsonValue(status) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("elapsedMs"), elapsedMs);
    object.insert(QStringLiteral("outcome"), probeOutcomeName(outcome));
    object.insert(QStringLiteral("detail"), detail);
    return object;
}

} // namespace mi
