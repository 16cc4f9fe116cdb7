#pragma once

#include "mackerelapicall.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace mi {

inline constexpr qint64 MackerelMaxBodyBytes = 16 * 1024 * 1024; // one host, a search by customIdentifier
// The whole organization's host list (fleet, lookalikes): about 3.5 KiB a host with realistic meta, so
// this admits some 75,000 hosts. A fleet audit peaks at about ten times the listing's size.
inline constexpr qint64 MackerelMaxHostListBytes = 256 * 1024 * 1024;

// What GET /api/v0/hosts lists. Empty statuses: the API's default (working and standby).
struct HostListFilter
{
    QStringList statuses;
    QString service;     // the API's ?service=
    QStringList roles;   // the API's ?role= (with service)
};

struct MackerelApiOptions
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.mackerelio.com/"));
    QString apiKey;           // a secret: sent in X-Api-Key only, never put in any string
    int timeoutMs = 30000;    // per request, as mackerel-client-go's client timeout
    qint64 maxBodyBytes = MackerelMaxBodyBytes;          // every answer but the host list
    qint64 maxHostListBytes = MackerelMaxHostListBytes;  // GET /api/v0/hosts without customIdentifier
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
    // Cancels the calls still in flight; they get no finished().
    ~MackerelApiClient() override;

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
    // POST /api/v0/hosts/<id>/retire with {} (answer {"success": true}); retried on 429 only.
    MackerelApiCall *retireHost(const QString &hostId);
    // PUT /api/v0/hosts/<id>/role-fullnames with {"roleFullnames": [...]}: the host's roles become
    // exactly these (the update's PUT only adds roles). Answer {"success": true}.
    MackerelApiCall *updateRoleFullnames(const QString &hostId, const QStringList &roleFullnames);
    // GET /api/v0/hosts/<id>/monitored-statuses: the monitors of the host, check monitors with
    // detail.type "check".
    MackerelApiCall *listMonitoredStatuses(const QString &hostId);
    // GET /api/v0/monitoring/checks/<monitorId>: a check monitor's name.
    MackerelApiCall *getCheckMonitor(const QString &monitorId);
    // GET /api/v0/hosts/<id>/metric-names: the names of the metrics posted for the host.
    MackerelApiCall *listMetricNames(const QString &hostId);
    // GET /api/v0/hosts, filtered by status (empty: the API's default, working and standby).
    // The hosts API answers in one page, so this one call may carry the whole organization: its
    // body is bounded by the maxHostListBytes option instead.
    MackerelApiCall *listHosts(const QStringList &statuses = {});
    MackerelApiCall *listHosts(const HostListFilter &filter);

    // The statuses mackerel-agent's FindHostByCustomIdentifier asks for.
    static QStringList agentSearchStatuses();
    // base with `path` and `query` as the client builds request URLs.
    static QUrl endpoint(const QUrl &base, const QString &path, const QUrlQuery &query = QUrlQuery());
    static QByteArray userAgent();

private:
    MackerelApiCall *send(MackerelApiOperation operation, const QByteArray &method, const QString &path,
                          const QUrlQuery &query, const QJsonObject *payload, MackerelRetryPolicy policy,
                          qint64 maxBodyBytes);

    MackerelApiOptions m_options;
    QNetworkAccessManager *m_network;
};

} // namespace mi
