#include "metadatacall.h"

#include <QCoreApplication>
#include <QLoggingCategory>

// Every metadata attempt, for diagnostics: QT_LOGGING_RULES="mi.metadata.debug=true".
Q_LOGGING_CATEGORY(lcMetadata, "mi.metadata", QtWarningMsg)

namespace mi {

namespace {
struct MetadataCallText
{
    Q_DECLARE_TR_FUNCTIONS(MetadataCall)
};
} // namespace

MetadataCall::MetadataCall(QNetworkAccessManager *network, QString platform, HttpRequestSpec spec,
                           RetryPolicy retry, Judge judge, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_platform(std::move(platform))
    , m_spec(std::move(spec))
    , m_retry(retry)
    , m_judge(std::move(judge))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &MetadataCall::startAttempt);
}

void MetadataCall::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_attempt = 0;
    // Never start synchronously: the caller connects first, and results always arrive from the event loop.
    m_wait.start(0);
}

void MetadataCall::cancel(const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    m_wait.stop();
    if (m_exchange) {
        HttpResult result;
        result.elapsedMs = m_attemptClock.elapsed();
        m_exchange->cancel();
        m_exchange->deleteLater();
        m_exchange = nullptr;
        Q_EMIT recorded(makeRecord(result, ProbeOutcome::Cancelled, reason));
    }
}

void MetadataCall::startAttempt()
{
    ++m_attempt;
    m_exchange = new HttpExchange(m_network, m_spec, this);
    connect(m_exchange, &HttpExchange::finished, this, &MetadataCall::onAttemptFinished);
    m_attemptClock.start();
    m_exchange->start();
}

void MetadataCall::onAttemptFinished(const HttpResult &result)
{
    m_exchange->deleteLater();
    m_exchange = nullptr;

    Judgement judgement;
    if (!result.hasResponse()) {
        judgement.outcome = result.transport;
        judgement.detail = describeTransportFailure(result);
    } else if (result.status >= 300 && result.status < 400) {
        judgement.outcome = ProbeOutcome::Redirect;
        judgement.detail = MetadataCallText::tr("redirect to %1, not followed: metadata services never redirect")
                               .arg(QString::fromUtf8(result.location.left(120)));
    } else {
        judgement = m_judge(result);
    }

    const bool succeeded = judgement.outcome == ProbeOutcome::Ok;
    const bool transportFailure = judgement.outcome == ProbeOutcome::Timeout
        || judgement.outcome == ProbeOutcome::NetworkError;
    const bool finalAnswer = judgement.outcome == ProbeOutcome::Refused || judgement.outcome == ProbeOutcome::Unreachable;
    const bool retryable = m_retry.on == RetryPolicy::On::AnyFailure ? !finalAnswer : transportFailure;
    const bool willRetry = !succeeded && retryable && m_attempt < m_retry.attempts;

    QString detail = judgement.detail;
    if (m_retry.attempts > 1)
        detail += MetadataCallText::tr(" (try %1 of %2").arg(m_attempt).arg(m_retry.attempts);
    if (willRetry)
        detail += MetadataCallText::tr(", retrying in %1 ms)").arg(m_retry.waitMs);
    else if (!succeeded && finalAnswer && m_attempt < m_retry.attempts)
        detail += MetadataCallText::tr("; not retried: the agent would retry after %1 ms, to the same answer)").arg(m_retry.waitMs);
    else if (m_retry.attempts > 1)
        detail += QLatin1Char(')');
    const ProbeRecord record = makeRecord(result, judgement.outcome, detail);
    qCDebug(lcMetadata, "%s %s %s -> %d %s in %lld ms: %s", qPrintable(record.platform), qPrintable(record.method),
            qPrintable(record.url), record.status, qPrintable(probeOutcomeName(record.outcome)), record.elapsedMs,
            qPrintable(record.detail));
    Q_EMIT recorded(record);

    if (willRetry) {
        m_wait.start(m_retry.waitMs);
        return;
    }
    m_running = false;
    Q_EMIT finished(result, succeeded);
}

ProbeRecord MetadataCall::makeRecord(const HttpResult &result, ProbeOutcome outcome, const QString &detail) const
{
    ProbeRecord record;
    record.platform = m_platform;
    record.method = QString::fromLatin1(m_spec.method);
    record.url = m_spec.url.toString();
    record.status = result.hasResponse() ? result.status : 0;
    record.elapsedMs = result.elapsedMs;
    record.outcome = outcome;
    record.detail = detail;
    return record;
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(maxChars * 4)).simplified();
    QString printable;
    for (const QChar c : std::as_const(text)) {
        if (printable.size() >= maxChars)
            break;
        printable += c.isPrint() ? c : QChar(u'?');
    }
    if (printable.size() < text.size())
        printable += QStringLiteral("…");
    return printable;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
        || head.contains("<body");
}

} // namespace mi
