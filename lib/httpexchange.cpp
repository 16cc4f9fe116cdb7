#include "httpexchange.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mi {

namespace {
struct HttpExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(HttpExchange)
};
} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, HttpRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(ProbeOutcome::Timeout,
                  HttpExchangeText::tr("no complete answer within %1 ms").arg(m_spec.timeoutMs));
    });
}

HttpExchange::~HttpExchange()
{
    cancel();
}

void HttpExchange::start()
{
    Q_ASSERT(!m_reply);
    QNetworkRequest request(m_spec.url);
    // A metadata service never redirects; a redirect is a captive portal or a proxy, so it is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_spec.timeoutMs);
    for (const auto &header : std::as_const(m_spec.headers))
        request.setRawHeader(header.first, header.second);

    m_elapsed.start();
    m_deadline.start(m_spec.timeoutMs);
    if (!m_network) {
        m_abortOutcome = ProbeOutcome::NetworkError;
        m_abortReason = HttpExchangeText::tr("no network access manager");
        QTimer::singleShot(0, this, &HttpExchange::onFinished);
        return;
    }
    if (m_spec.body.isEmpty() && m_spec.method != "POST" && m_spec.method != "PUT")
        m_reply.reset(m_network->sendCustomRequest(request, m_spec.method));
    else
        m_reply.reset(m_network->sendCustomRequest(request, m_spec.method, m_spec.body));
    connect(m_reply.get(), &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply.get(), &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply.get(), &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::cancel()
{
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        // Abort from the event loop: a reply aborted before Qt has started it warns and misbehaves.
        QNetworkReply *reply = m_reply.release();
        QTimer::singleShot(0, reply, [reply] {
            reply->abort();
            reply->deleteLater();
        });
    }
}

void HttpExchange::onMetaDataChanged()
{
    // Refuse an oversized body as soon as the headers announce it, before reading any of it.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_spec.maxBodyBytes)
        abortWith(ProbeOutcome::TooLarge,
                  HttpExchangeText::tr("the answer announces %1 bytes, over the %2-byte cap")
                      .arg(length.toLongLong())
                      .arg(m_spec.maxBodyBytes));
    else if (length.isValid() && length.toLongLong() > 0 && m_body.isEmpty())
        m_body.reserve(qsizetype(length.toLongLong())); // a large answer (a host listing) in one block, not regrown
}

void HttpExchange::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_spec.maxBodyBytes)
        abortWith(ProbeOutcome::TooLarge,
                  HttpExchangeText::tr("the answer is over the %1-byte cap").arg(m_spec.maxBodyBytes));
}

void HttpExchange::abortWith(ProbeOutcome outcome, const QString &reason)
{
    if (m_abortOutcome != ProbeOutcome::Ok)
        return;
    m_abortOutcome = outcome;
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort(); // emits finished(), handled by onFinished()
}

void HttpExchange::onFinished()
{
    m_deadline.stop();
    HttpResult result;
    result.elapsedMs = m_elapsed.elapsed();

    if (m_reply) {
        m_reply->disconnect(this);
        if (m_abortOutcome == ProbeOutcome::Ok)
            m_body += m_reply->readAll();
        result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = m_reply->rawHeader("Content-Type");
        result.location = m_reply->rawHeader("Location");
        result.retryAfter = m_reply->rawHeader("Retry-After");
        const QNetworkReply::NetworkError error = m_reply->error();
        // Qt reports 4xx/5xx as errors >= ContentAccessDenied; below that, a status means a truncated answer.
        const bool answered = error == QNetworkReply::NoError
            || (result.status > 0 && error >= QNetworkReply::ContentAccessDenied);
        if (m_abortOutcome != ProbeOutcome::Ok) {
            result.transport = m_abortOutcome;
            result.errorString = m_abortReason;
        } else if (answered) {
            result.transport = ProbeOutcome::Ok;
        } else {
            switch (error) {
            case QNetworkReply::ConnectionRefusedError:
                result.transport = ProbeOutcome::Refused;
                break;
            case QNetworkReply::HostNotFoundError:
                result.transport = ProbeOutcome::Unreachable;
                break;
            case QNetworkReply::TimeoutError:
            case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
                result.transport = ProbeOutcome::Timeout;
                break;
            default:
                result.transport = ProbeOutcome::NetworkError;
                break;
            }
            result.errorString = m_reply->errorString();
        }
        m_reply.reset();
    } else {
        result.transport = m_abortOutcome;
        result.errorString = m_abortReason;
    }
    if (result.transport == ProbeOutcome::Ok)
        result.body = std::move(m_body);
    m_body.clear();
    Q_EMIT finished(result);
}

QString describeTransportFailure(const HttpResult &result)
{
    switch (result.transport) {
    case ProbeOutcome::Ok: return QString();
    case ProbeOutcome::Refused: return HttpExchangeText::tr("connection refused: nothing listens there");
    case ProbeOutcome::Unreachable: return HttpExchangeText::tr("host not found or unreachable: %1").arg(result.errorString);
    case ProbeOutcome::Timeout: return HttpExchangeText::tr("timed out: %1").arg(result.errorString);
    case ProbeOutcome::TooLarge: return QStringLiteral("rejected: %1").arg(result.errorString);
    default: break;
    }
    return HttpExchangeText::tr("network error: %1").arg(result.errorString);
}

} // namespace mi
