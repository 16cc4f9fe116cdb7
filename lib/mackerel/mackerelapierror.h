#pragma once

#include <QString>

namespace mi {

// How a Mackerel API call ended. HTTP status and transport failure are folded into one axis here,
// because the caller decides on the meaning (a 404 on "get host" is an answer, not a failure).
enum class MackerelApiError {
    NoError,
    InvalidKey,      // 401: the key is wrong, revoked, or of another organization
    Forbidden,       // 403: the key lacks the permission (write, for create/update)
    NotFound,        // 404: no such host
    ClientError,     // any other 4xx: the request was refused as it is
    RateLimited,     // 429, after the retries that were safe
    ServerError,     // 5xx, after the retries that were safe
    Timeout,         // no complete answer within the per-request timeout
    NetworkError,    // refused, unreachable, TLS, ...
    InvalidResponse, // 2xx (or a redirect) that is not the API's JSON: is the API base right?
    TooLarge,        // the answer went over the body cap
    Configuration,   // no API key or no usable API base: nothing was sent
};

// "invalid-key", "forbidden", "not-found", ... (stable names for JSON)
QString mackerelApiErrorName(MackerelApiError error);

} // namespace mi
