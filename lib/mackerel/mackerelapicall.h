#pragma once

#include "httpexchange.h"
#include "mackerelapiresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace mi {

// When a failed attempt may be sent again.
enum class MackerelRetryPolicy {
    Idempotent,    // GET, PUT: retry 429, 5xx, timeouts and dropped connections
    OnlyRateLimit, // POST create: retry 429 only (the API refused it before doing anything)
};

// One Mackerel API operation in flight: one HTTP request, sent again with exponential backoff
// (or the server's Retry-After) where the policy says it is safe.
//
// Created by MackerelApiClient, which starts it from the event loop. finished() is emitted exactly
// once, never synchronously; the call then deletes itself (deleteLater). Destroying the client (its
// parent) or calling abort() ends it without finished().
class MackerelApiCall : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        MackerelApiOperation operation = MackerelApiOperation::GetHost;
        HttpRequestSpec request;
        MackerelRetryPolicy policy = MackerelRetryPolicy::Idempotent;
        int maxAttempts = 3;
        int retryBaseMs = 1000;
        int retryMaxMs = 10000;
        QString apiKey;          // only to keep it out of every string this call produces
        QString configError;     // set: nothing is sent, finished() reports Configuration
    };

    MackerelApiCall(QNetworkAccessManager *network, Setup setup, QObject *parent = nullptr);
    ~MackerelApiCall() override;

    MackerelApiOperation operation() const { return m_setup.operation; }
    void abort();

Q_SIGNALS:
    void finished(const mi::MackerelApiResult &result);

private:
    friend class MackerelApiClient;
    void start();
    void sendAttempt();
    void onAttemptFinished(const HttpResult &http);
    void parseListingOffThread(HttpResult http);
    void conclude(const HttpResult &http);
    void finish();
    bool mayRetry(const HttpResult &http) const;
    int backoffMs(const HttpResult &http) const;
    void interpret(const HttpResult &http);
    QString redact(QString text) const;

    QPointer<QNetworkAccessManager> m_network;
    Setup m_setup;
    HttpExchange *m_exchange = nullptr;
    QTimer m_backoff;
    MackerelApiResult m_result;
    bool m_done = false;
    bool m_aborted = false;
    QList<MackerelHost> m_listing; // ListHosts: the hosts parsed off the thread, for interpret()
    bool m_listingValid = false;
};

} // namespace mi
