#include "mackerelapiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace mi {

namespace {
struct MackerelApiClientText
{
    Q_DECLARE_TR_FUNCTIONS(MackerelApiClient)
};
} // namespace

MackerelApiClient::MackerelApiClient(MackerelApiOptions options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

MackerelApiClient::~MackerelApiClient()
{
    // Children die in creation order, and an internal network manager is the first child: it would
    // delete the calls' replies before the calls could cancel them.
    qDeleteAll(findChildren<MackerelApiCall *>(Qt::FindDirectChildrenOnly));
}

QStringList MackerelApiClient::agentSearchStatuses()
{
    return {QStringLiteral("working"), QStringLiteral("standby"), QStringLiteral("maintenance"), QStringLiteral("poweroff")};
}

QUrl MackerelApiClient::endpoint(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    // Encoded by hand as Go's url.Values does: '+', '&', '=' and '/' in an identifier stay data.
    QStringList pairs;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    url.setQuery(pairs.isEmpty() ? QString() : pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

QByteArray MackerelApiClient::userAgent()
{
    return QByteArrayLiteral("mackerel-inspector/" MACKEREL_INSPECTOR_VERSION);
}

static QString escapedId(const QString &hostId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(hostId));
}

MackerelApiCall *MackerelApiClient::findHostsByCustomIdentifier(const QString &customIdentifier)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("customIdentifier"), customIdentifier);
    for (const QString &status : agentSearchStatuses())
        query.addQueryItem(QStringLiteral("status"), status);
    return send(MackerelApiOperation::FindHosts, "GET", QStringLiteral("/api/v0/hosts"), query, nullptr,
                MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::getHost(const QString &hostId)
{
    return send(MackerelApiOperation::GetHost, "GET", QStringLiteral("/api/v0/hosts/") + escapedId(hostId), QUrlQuery(),
                nullptr, MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::createHost(const QJsonObject &payload)
{
    return send(MackerelApiOperation::CreateHost, "POST", QStringLiteral("/api/v0/hosts"), QUrlQuery(), &payload,
                MackerelRetryPolicy::OnlyRateLimit, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::updateHost(const QString &hostId, const QJsonObject &payload)
{
    return send(MackerelApiOperation::UpdateHost, "PUT", QStringLiteral("/api/v0/hosts/") + escapedId(hostId), QUrlQuery(),
                &payload, MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::retireHost(const QString &hostId)
{
    const QJsonObject empty;
    return send(MackerelApiOperation::RetireHost, "POST", QStringLiteral("/api/v0/hosts/") + escapedId(hostId) + QStringLiteral("/retire"),
                QUrlQuery(), &empty, MackerelRetryPolicy::OnlyRateLimit, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::updateRoleFullnames(const QString &hostId, const QStringList &roleFullnames)
{
    const QJsonObject payload{{QStringLiteral("roleFullnames"), QJsonArray::fromStringList(roleFullnames)}};
    return send(MackerelApiOperation::UpdateRoles, "PUT",
                QStringLiteral("/api/v0/hosts/") + escapedId(hostId) + QStringLiteral("/role-fullnames"), QUrlQuery(), &payload,
                MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::listMonitoredStatuses(const QString &hostId)
{
    return send(MackerelApiOperation::ListMonitoredStatuses, "GET",
                QStringLiteral("/api/v0/hosts/") + escapedId(hostId) + QStringLiteral("/monitored-statuses"), QUrlQuery(),
                nullptr, MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::getCheckMonitor(const QString &monitorId)
{
    return send(MackerelApiOperation::GetCheckMonitor, "GET", QStringLiteral("/api/v0/monitoring/checks/") + escapedId(monitorId),
                QUrlQuery(), nullptr, MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::listMetricNames(const QString &hostId)
{
    return send(MackerelApiOperation::ListMetricNames, "GET",
                QStringLiteral("/api/v0/hosts/") + escapedId(hostId) + QStringLiteral("/metric-names"), QUrlQuery(), nullptr,
                MackerelRetryPolicy::Idempotent, m_options.maxBodyBytes);
}

MackerelApiCall *MackerelApiClient::listHosts(const QStringList &statuses)
{
    HostListFilter filter;
    filter.statuses = statuses;
    return listHosts(filter);
}

MackerelApiCall *MackerelApiClient::listHosts(const HostListFilter &filter)
{
    QUrlQuery query;
    if (!filter.service.isEmpty()) {
        query.addQueryItem(QStringLiteral("service"), filter.service);
        for (const QString &role : filter.roles)
            query.addQueryItem(QStringLiteral("role"), role);
    }
    for (const QString &status : filter.statuses)
        query.addQueryItem(QStringLiteral("status"), status);
    return send(MackerelApiOperation::ListHosts, "GET", QStringLiteral("/api/v0/hosts"), query, nullptr,
                MackerelRetryPolicy::Idempotent, m_options.maxHostListBytes);
}

MackerelApiCall *MackerelApiClient::send(MackerelApiOperation operation, const QByteArray &method, const QString &path,
                                         const QUrlQuery &query, const QJsonObject *payload, MackerelRetryPolicy policy,
                                         qint64 maxBodyBytes)
{
    MackerelApiCall::Setup setup;
    setup.operation = operation;
    setup.policy = policy;
    setup.maxAttempts = qMax(1, m_options.maxAttempts);
    setup.retryBaseMs = m_options.retryBaseMs;
    setup.retryMaxMs = m_options.retryMaxMs;
    setup.apiKey = m_options.apiKey;
    if (m_options.apiKey.isEmpty())
        setup.configError = MackerelApiClientText::tr("no Mackerel API key: give --apikey-file, set MACKEREL_APIKEY, or set apikey "
                                           "in mackerel-agent.conf");
    else if (!m_options.apiBase.isValid() || m_options.apiBase.host().isEmpty()
             || (m_options.apiBase.scheme() != QLatin1String("http") && m_options.apiBase.scheme() != QLatin1String("https")))
        setup.configError = MackerelApiClientText::tr("the Mackerel API base '%1' is not an http(s) URL")
                                .arg(m_options.apiBase.toString());

    HttpRequestSpec &request = setup.request;
    request.method = method;
    request.url = endpoint(m_options.apiBase, path, query);
    request.timeoutMs = m_options.timeoutMs;
    request.maxBodyBytes = maxBodyBytes;
    request.headers = {
        {QByteArrayLiteral("X-Api-Key"), m_options.apiKey.toUtf8()},
        {QByteArrayLiteral("User-Agent"), userAgent()},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
    };
    if (payload) {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QJsonDocument(*payload).toJson(QJsonDocument::Compact);
    }

    auto *call = new MackerelApiCall(m_network, std::move(setup), this);
    QTimer::singleShot(0, call, &MackerelApiCall::start);
    return call;
}

} // namespace mi
