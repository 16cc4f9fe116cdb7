#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace mi {

// How one request (or one local file read) of the detection ended.
enum class ProbeOutcome {
    Ok,           // answered and the answer was used
    NoMatch,      // answered, but not with what this platform answers (e.g. partition is not "aws")
    HttpError,    // answered with a status other than 200
    Invalid,      // status 200, but the body is not a valid answer (HTML, bad JSON, empty id, ...)
    TooLarge,     // the body went over the size cap
    Redirect,     // answered with a redirect, which metadata requests never follow
    Refused,      // connection refused
    Unreachable,  // host name not found, or no route
    Timeout,      // no complete answer within the timeout
    NetworkError, // any other transport failure
    Cancelled,    // another platform was confirmed first
    Missing,      // local file does not exist
    Unreadable,   // local file exists but cannot be read by this user
};

QString probeOutcomeName(ProbeOutcome outcome);

// One line of evidence: what was asked, how it was answered, and what that means.
struct ProbeRecord
{
    QString platform;  // "ec2", "gce", "azurevm"
    QString method;    // "GET", "PUT", or "READ" for a local file
    QString url;       // request URL, or file path for READ
    int status = 0;    // HTTP status; 0 when there was none (JSON null)
    qint64 elapsedMs = 0;
    ProbeOutcome outcome = ProbeOutcome::Ok;
    QString detail;    // one line for people

    QJsonObject toJson() const;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::ProbeRecord)
