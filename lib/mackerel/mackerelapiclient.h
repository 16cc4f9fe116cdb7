#pragma once

#include "mackerelapicall.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace mi {

inline constexpr qint64 MackerelMaxBodyBytes = 16 * 1024 * 1024; // a large organization's host list

struct MackerelApiOptions
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.mackerelio.com/"));
    QString apiKey;           // a secret: sent in X-Api-Key only, never put in any string
    int timeoutMs = 30000;    // per request, as mackerel-client-go's client timeout
    qint64 maxBodyBytes = MackerelMaxBodyBytes;
    int maxAttempts = 3;
    int retryBaseMs = 1000;   // backoff: base, 2x base, 4x base ... unless Retry-After says otherwise
    int retryMaxMs = 10000;
};

// The Mackerel host API, asynchronously. Each method returns at once a MackerelApiCall (child of
// this client; it deletes itself after its finished()); connect to it before returning to the event
// loop. The API key goes into the X-Api-Key header and nowhere else.
//
// Paths are set on the API base the way mackerel-client-go does: the base's own path is replaced.
// The network manager is not owned; without one, an internal manager is used.
class MackerelApiClient : public QObject
{
    Q_OBJECT
public:
    explicit MackerelApiClient(MackerelApiOptions options, QNetworkAccessManager *network = nullptr,
                               QObject *parent = nullptr);

    const MackerelApiOptions &options() const { return m_options; }

    // GET /api/v0/hosts?customIdentifier=…&status=working&status=standby&status=maintenance&status=poweroff
    // (the query mackerel-agent makes before registering; retired hosts are never listed).
    MackerelApiCall *findHostsByCustomIdentifier(const QString &customIdentifier);
    // GET /api/v0/hosts/<id>
    MackerelApiCall *getHost(const QString &hostId);
    // POST /api/v0/hosts with the agent's payload; retried on 429 only (see outcomeUnknown).
    MackerelApiCall *createHost(const QJsonObject &payload);
    // PUT /api/v0/hosts/<id>; a PUT replaces the host's fields, so it may be sent again.
    MackerelApiCall *updateHost(const QString &hostId, const QJsonObject &payload);
    // GET /api/v0/hosts, filtered by status (empty: the API's default, working and standby).
    // The hosts API answers in one page.
    MackerelApiCall *listHosts(const QStringList &statuses = {});

    // The statuses mackerel-agent's FindHostByCustomIdentifier asks for.
    static QStringList agentSearchStatuses();
    // base with `path` and `query` as the client builds request URLs.
    static QUrl endpoint(const QUrl &base, const QString &path, const QUrlQuery &query = QUrlQuery());
    static QByteArray userAgent();

private:
    MackerelApiCall *send(MackerelApiOperation operation, const QByteArray &method, const QString &path,
                          const QUrlQuery &query, const QJsonObject *payload, MackerelRetryPolicy policy);

    MackerelApiOptions m_options;
    QNetworkAccessManager *m_network;
};

} // namespace mi
