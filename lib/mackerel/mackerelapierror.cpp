#include "mackerelapierror.h"

namespace mi {

QString mackerelApiErrorName(MackerelApiError error)
{
    switch (error) {
    case MackerelApiError::NoError: return QStringLiteral("none");
    case MackerelApiError::InvalidKey: return QStringLiteral("invalid-key");
    case MackerelApiError::Forbidden: return QStringLiteral("forbidden");
    case MackerelApiError::NotFound: return QStringLiteral("not-found");
    case MackerelApiError::ClientError: return QStringLiteral("client-error");
    case MackerelApiError::RateLimited: return QStringLiteral("rate-limited");
    case MackerelApiError::ServerError: return QStringLiteral("server-error");
    case MackerelApiError::Timeout: return QStringLiteral("timeout");
    case MackerelApiError::NetworkError: return QStringLiteral("network-error");
    case MackerelApiError::InvalidResponse: return QStringLiteral("invalid-response");
    case MackerelApiError::TooLarge: return QStringLiteral("too-large");
    case MackerelApiError::Configuration: return QStringLiteral("configuration");
    }
    return QString();
}

} // namespace mi
