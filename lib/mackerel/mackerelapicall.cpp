#include "mackerelapicall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThreadPool>

#include "hostlisting.h"

Q_LOGGING_CATEGORY(lcMackerelApi, "mi.mackerel.api", QtWarningMsg)

namespace mi {

namespace {
struct MackerelApiCallText
{
    Q_DECLARE_TR_FUNCTIONS(MackerelApiCall)
};
} // namespace

namespace {

// The API's error body is {"error":{"message":"..."}}; anything else yields no message.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    QString message = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString()
                                       : error.toString();
    message = message.simplified();
    if (message.size() > 300)
        message = message.left(300) + QStringLiteral("…");
    return message;
}

QString operationWords(MackerelApiOperation operation)
{
    switch (operation) {
    case MackerelApiOperation::FindHosts: return MackerelApiCallText::tr("finding hosts by customIdentifier");
    case MackerelApiOperation::GetHost: return MackerelApiCallText::tr("getting the host");
    case MackerelApiOperation::CreateHost: return MackerelApiCallText::tr("creating the host");
    case MackerelApiOperation::UpdateHost: return MackerelApiCallText::tr("updating the host");
    case MackerelApiOperation::ListHosts: return MackerelApiCallText::tr("listing hosts");
    case MackerelApiOperation::RetireHost: return MackerelApiCallText::tr("retiring the host");
    case MackerelApiOperation::ListMetricNames: return MackerelApiCallText::tr("listing the host's metric names");
    case MackerelApiOperation::UpdateRoles: return MackerelApiCallText::tr("replacing the host's roles");
    case MackerelApiOperation::ListMonitoredStatuses: return MackerelApiCallText::tr("listing the host's monitors");
    case MackerelApiOperation::GetCheckMonitor: return MackerelApiCallText::tr("getting a check monitor");
    }
    return QString();
}

bool isWrite(MackerelApiOperation operation)
{
    return operation == MackerelApiOperation::CreateHost || operation == MackerelApiOperation::UpdateHost
        || operation == MackerelApiOperation::RetireHost || operation == MackerelApiOperation::UpdateRoles;
}

} // namespace

MackerelApiCall::MackerelApiCall(QNetworkAccessManager *network, Setup setup, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_setup(std::move(setup))
{
    m_result.operation = m_setup.operation;
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &MackerelApiCall::sendAttempt);
}

MackerelApiCall::~MackerelApiCall()
{
    abort();
}

void MackerelApiCall::abort()
{
    m_done = true;
    m_aborted = true;
    m_backoff.stop();
    if (m_exchange) {
        m_exchange->cancel();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
}

void MackerelApiCall::start()
{
    if (!m_setup.configError.isEmpty()) {
        m_result.error = MackerelApiError::Configuration;
        m_result.errorString = redact(m_setup.configError);
        finish();
        return;
    }
    sendAttempt();
}

void MackerelApiCall::sendAttempt()
{
    if (m_done)
        return;
    ++m_result.attempts;
    m_exchange = new HttpExchange(m_network, m_setup.request, this);
    connect(m_exchange, &HttpExchange::finished, this, &MackerelApiCall::onAttemptFinished);
    m_exchange->start();
}

bool MackerelApiCall::mayRetry(const HttpResult &http) const
{
    if (m_result.attempts >= m_setup.maxAttempts)
        return false;
    if (http.hasResponse() && http.status == 429)
        return true;
    if (m_setup.policy == MackerelRetryPolicy::OnlyRateLimit)
        return false;
    if (http.hasResponse())
        return http.status >= 500 && http.status <= 599;
    return http.transport == ProbeOutcome::Timeout || http.transport == ProbeOutcome::NetworkError;
}

int MackerelApiCall::backoffMs(const HttpResult &http) const
{
    bool ok = false;
    const int retryAfter = http.retryAfter.trimmed().toInt(&ok);
    qint64 wait = ok && retryAfter >= 0 ? qint64(retryAfter) * 1000
                                        : qint64(m_setup.retryBaseMs) << qMin(m_result.attempts - 1, 16);
    return int(qBound<qint64>(0, wait, qint64(m_setup.retryMaxMs)));
}

void MackerelApiCall::onAttemptFinished(const HttpResult &http)
{
    m_exchange->deleteLater();
    m_exchange = nullptr;
    if (m_done)
        return;
    if (m_setup.operation == MackerelApiOperation::ListHosts && http.hasResponse() && http.status >= 200 && http.status <= 299) {
        parseListingOffThread(http);
        return;
    }
    conclude(http);
}

void MackerelApiCall::parseListingOffThread(HttpResult http)
{
    // The organization's listing is tens of MiB: parsed on the thread pool, never on the thread of the
    // event loop (the window's), into compact hosts (hostlisting.h). The answer comes back queued, to
    // `delivery`, an object of this thread that outlives the work whatever happens to this call; the
    // call itself is reached only through a QPointer, read on this thread.
    auto *delivery = new QObject;
    QPointer<MackerelApiCall> call(this);
    QThreadPool::globalInstance()->start([delivery, call, http]() mutable {
        QList<MackerelHost> hosts;
        const bool valid = parseHostListing(http.body, &hosts);
        http.body.clear();
        QMetaObject::invokeMethod(
            delivery,
            [delivery, call, http, hosts, valid]() {
                delivery->deleteLater();
                if (call && !call->m_done) {
                    call->m_listing = hosts;
                    call->m_listingValid = valid;
                    call->conclude(http);
                }
            },
            Qt::QueuedConnection);
    });
}

void MackerelApiCall::conclude(const HttpResult &http)
{
    ProbeRecord record;
    record.platform = QStringLiteral("mackerel");
    record.method = QString::fromLatin1(m_setup.request.method);
    record.url = redact(m_setup.request.url.toString());
    record.status = http.hasResponse() ? http.status : 0;
    record.elapsedMs = http.elapsedMs;

    interpret(http);
    record.outcome = !http.hasResponse() ? http.transport
        : m_result.ok()                  ? ProbeOutcome::Ok
        : m_result.error == MackerelApiError::InvalidResponse ? ProbeOutcome::Invalid
                                                              : ProbeOutcome::HttpError;
    const bool retry = !m_result.ok() && mayRetry(http);
    const int wait = retry ? backoffMs(http) : 0;
    record.detail = m_result.ok() ? QStringLiteral("ok")
        : retry ? MackerelApiCallText::tr("%1; trying again in %2 ms").arg(m_result.errorString).arg(wait)
                : m_result.errorString;
    m_result.probes.append(record);
    qCDebug(lcMackerelApi, "%s %s -> %d: %s", qUtf8Printable(record.method), qUtf8Printable(record.url), record.status,
            qUtf8Printable(record.detail));

    if (retry) {
        m_backoff.start(wait);
        return;
    }
    if (!m_result.ok() && m_result.attempts > 1)
        m_result.errorString += MackerelApiCallText::tr(" (after %1 tries)").arg(m_result.attempts);
    finish();
}

void MackerelApiCall::interpret(const HttpResult &http)
{
    m_result.error = MackerelApiError::NoError;
    m_result.errorString.clear();
    m_result.serverMessage.clear();
    m_result.outcomeUnknown = false;
    m_result.status = http.hasResponse() ? http.status : 0;
    const QString doing = operationWords(m_setup.operation);

    if (!http.hasResponse()) {
        m_result.error = http.transport == ProbeOutcome::Timeout ? MackerelApiError::Timeout
            : http.transport == ProbeOutcome::TooLarge           ? MackerelApiError::TooLarge
                                                                 : MackerelApiError::NetworkError;
        m_result.errorString = redact(MackerelApiCallText::tr("%1: the Mackerel API at %2 could not be reached: %3")
                                          .arg(doing, m_setup.request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(),
                                               describeTransportFailure(http)));
        // A request that timed out or lost its connection may have been carried out by the server.
        m_result.outcomeUnknown = m_setup.operation == MackerelApiOperation::CreateHost
            && http.transport != ProbeOutcome::Refused && http.transport != ProbeOutcome::Unreachable;
        return;
    }

    const int status = http.status;
    const QString message = redact(serverMessage(http.body));
    m_result.serverMessage = message;
    const QString said = message.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(message);
    // A 2xx whose body is not what the API answers (a captive portal, a proxy, a wrong base URL):
    // nothing of it is kept. A create's outcome is then unknown: the server may have made the host.
    auto notTheApisJson = [&] {
        m_result.hosts.clear();
        m_result.host.reset();
        m_result.metricNames.clear();
        m_result.monitoredStatuses.clear();
        m_result.monitorName.clear();
        m_result.error = MackerelApiError::InvalidResponse;
        m_result.errorString = MackerelApiCallText::tr("%1: the answer (status %2, %3) is not the Mackerel API's JSON; "
                                                       "is the API base URL right?")
                                   .arg(doing)
                                   .arg(status)
                                   .arg(http.contentType.isEmpty() ? MackerelApiCallText::tr("no content type")
                                                                   : redact(QString::fromLatin1(http.contentType)));
        m_result.outcomeUnknown = m_setup.operation == MackerelApiOperation::CreateHost;
    };
    if (status >= 200 && status <= 299) {
        if (m_setup.operation == MackerelApiOperation::ListHosts) {
            // Parsed already, off the event loop's thread (parseListingOffThread).
            m_result.hosts = std::move(m_listing);
            m_listing.clear();
            if (m_listingValid)
                return;
            notTheApisJson();
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(http.body);
        const QJsonObject object = document.object();
        bool valid = document.isObject();
        switch (m_setup.operation) {
        case MackerelApiOperation::ListHosts: // parsed above
            break;
        case MackerelApiOperation::FindHosts: {
            valid = valid && object.value(QStringLiteral("hosts")).isArray();
            const QJsonArray hosts = object.value(QStringLiteral("hosts")).toArray();
            for (const QJsonValue &value : hosts) {
                const auto host = MackerelHost::fromJson(value.toObject());
                if (!host) {
                    valid = false;
                    break;
                }
                m_result.hosts.append(*host);
            }
            break;
        }
        case MackerelApiOperation::GetHost:
            m_result.host = MackerelHost::fromJson(object.value(QStringLiteral("host")).toObject());
            valid = valid && m_result.host.has_value();
            break;
        case MackerelApiOperation::CreateHost:
        case MackerelApiOperation::UpdateHost:
            m_result.hostId = object.value(QStringLiteral("id")).toString();
            valid = valid && !m_result.hostId.isEmpty();
            break;
        case MackerelApiOperation::RetireHost:
        case MackerelApiOperation::UpdateRoles:
            // {"success": true}
            valid = valid && object.value(QStringLiteral("success")).toBool();
            break;
        case MackerelApiOperation::ListMetricNames: {
            valid = valid && object.value(QStringLiteral("names")).isArray();
            const QJsonArray names = object.value(QStringLiteral("names")).toArray();
            for (const QJsonValue &value : names) {
                valid = valid && value.isString();
                m_result.metricNames.append(value.toString());
            }
            break;
        }
        case MackerelApiOperation::ListMonitoredStatuses: {
            valid = valid && object.value(QStringLiteral("monitoredStatuses")).isArray();
            const QJsonArray statuses = object.value(QStringLiteral("monitoredStatuses")).toArray();
            for (const QJsonValue &value : statuses) {
                const QJsonObject entry = value.toObject();
                const QJsonObject detail = entry.value(QStringLiteral("detail")).toObject();
                valid = valid && entry.value(QStringLiteral("monitorId")).isString();
                m_result.monitoredStatuses.append(MackerelMonitoredStatus{
                    entry.value(QStringLiteral("monitorId")).toString(), entry.value(QStringLiteral("status")).toString(),
                    detail.value(QStringLiteral("type")).toString(), detail.value(QStringLiteral("memo")).toString()});
            }
            break;
        }
        case MackerelApiOperation::GetCheckMonitor:
            m_result.monitorName = object.value(QStringLiteral("check")).toObject().value(QStringLiteral("name")).toString();
            valid = valid && !m_result.monitorName.isEmpty();
            break;
        }
        if (!valid)
            notTheApisJson();
        return;
    }
    if (status >= 300 && status <= 399) {
        m_result.error = MackerelApiError::InvalidResponse;
        m_result.errorString = redact(MackerelApiCallText::tr("%1: the API base redirects (%2 to %3); give the final URL with --apibase")
                                          .arg(doing)
                                          .arg(status)
                                          .arg(QString::fromLatin1(http.location)));
        return;
    }
    switch (status) {
    case 401:
        m_result.error = MackerelApiError::InvalidKey;
        m_result.errorString = MackerelApiCallText::tr("%1: the Mackerel API refused the API key (401%2): it is wrong, revoked, "
                                              "or of another organization")
                                   .arg(doing, said.isEmpty() ? QString() : QStringLiteral(",") + said.mid(1));
        return;
    case 403:
        // The hosts API documents 403 for a key without the permission; a wrong key gets it too.
        m_result.error = MackerelApiError::Forbidden;
        m_result.errorString = isWrite(m_setup.operation)
            ? MackerelApiCallText::tr("%1: the Mackerel API refused the API key (403%2): the key is wrong, of another "
                                      "organization, or has no write permission (Organization settings → API keys); or this "
                                      "address is outside the organization's permitted IP range")
                  .arg(doing, said.isEmpty() ? QString() : QStringLiteral(",") + said.mid(1))
            : MackerelApiCallText::tr("%1: the Mackerel API refused the API key (403%2): the key is wrong, of another "
                                      "organization, or not allowed to read; or this address is outside the organization's "
                                      "permitted IP range")
                  .arg(doing, said.isEmpty() ? QString() : QStringLiteral(",") + said.mid(1));
        return;
    case 404:
        m_result.error = MackerelApiError::NotFound;
        m_result.errorString = MackerelApiCallText::tr("%1: not found (404)%2").arg(doing, said);
        return;
    case 429:
        m_result.error = MackerelApiError::RateLimited;
        m_result.errorString = MackerelApiCallText::tr("%1: the Mackerel API is rate limiting this key (429)%2; wait and try again")
                                   .arg(doing, said);
        return;
    default:
        break;
    }
    if (status >= 500) {
        m_result.error = MackerelApiError::ServerError;
        m_result.errorString = MackerelApiCallText::tr("%1: the Mackerel API failed (%2)%3").arg(doing).arg(status).arg(said);
        m_result.outcomeUnknown = m_setup.operation == MackerelApiOperation::CreateHost;
        return;
    }
    m_result.error = MackerelApiError::ClientError;
    m_result.errorString = MackerelApiCallText::tr("%1: the Mackerel API refused the request (%2)%3").arg(doing).arg(status).arg(said);
}

void MackerelApiCall::finish()
{
    if (m_done)
        return;
    m_done = true;
    // Deliver from the event loop even when nothing was sent (a configuration error).
    QTimer::singleShot(0, this, [this] {
        if (m_aborted)
            return;
        Q_EMIT finished(m_result);
        deleteLater();
    });
}

QString MackerelApiCall::redact(QString text) const
{
    // The key travels in a header only; this guards against servers or proxies that echo it back.
    if (m_setup.apiKey.size() >= 4)
        text.replace(m_setup.apiKey, QStringLiteral("[redacted]"));
    return text;
}

} // namespace mi
