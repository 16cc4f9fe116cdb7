#pragma once

#include "httpexchange.h"
#include "proberecord.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace mi {

// mackerel-agent's retry loops (Songmu/retry): `attempts` tries, `waitMs` apart.
struct RetryPolicy
{
    enum class On { TransportFailure, AnyFailure };
    int attempts = 1;
    int waitMs = 2000;
    On on = On::TransportFailure;
};

// How a complete HTTP answer is judged: Ok means the call succeeded.
struct Judgement
{
    ProbeOutcome outcome = ProbeOutcome::Ok;
    QString detail;
};
using Judge = std::function<Judgement(const HttpResult &)>;

// One metadata request as the agent makes it, with the agent's retries, recording each attempt.
// Refused connections and unknown hosts are final answers here and are not retried (the agent retries
// them; a closed port does not open two seconds later), which the evidence says.
// Asynchronous: recorded() per attempt, then finished() once. After cancel() nothing more is emitted.
class MetadataCall : public QObject
{
    Q_OBJECT
public:
    MetadataCall(QNetworkAccessManager *network, QString platform, HttpRequestSpec spec, RetryPolicy retry,
                 Judge judge, QObject *parent = nullptr);

    void start();
    // Stops the call. If an attempt was in flight, it is recorded as cancelled with `reason`.
    void cancel(const QString &reason);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void recorded(const mi::ProbeRecord &record);
    void finished(const mi::HttpResult &lastResult, bool succeeded);

private:
    void startAttempt();
    void onAttemptFinished(const HttpResult &result);
    ProbeRecord makeRecord(const HttpResult &result, ProbeOutcome outcome, const QString &detail) const;

    QPointer<QNetworkAccessManager> m_network;
    QString m_platform;
    HttpRequestSpec m_spec;
    RetryPolicy m_retry;
    Judge m_judge;
    HttpExchange *m_exchange = nullptr;
    QTimer m_wait;
    QElapsedTimer m_attemptClock;
    int m_attempt = 0;
    bool m_running = false;
};

// A short, printable excerpt of a body for evidence details (never more than `maxChars`).
QString bodyExcerpt(const QByteArray &body, int maxChars = 64);
// True when a body looks like an HTML page (a captive portal, a proxy's error page).
bool looksLikeHtml(const QByteArray &body);

} // namespace mi
