#include "mackerelapisimulator.h"

#include "fleetdemo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace mi::sim {

namespace {

const QLatin1String HostsPath("/api/v0/hosts");

// Roles as the API stores them, from the "service:role" names a create or update sends.
QJsonObject rolesFromFullnames(const QJsonArray &fullnames)
{
    QMap<QString, QStringList> roles;
    for (const QJsonValue &value : fullnames) {
        const QString name = value.toString();
        const qsizetype colon = name.indexOf(QLatin1Char(':'));
        if (colon > 0)
            roles[name.left(colon)].append(name.mid(colon + 1));
    }
    QJsonObject object;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

QJsonObject cloudMeta(const SimulatedInstance &instance, SimulatedCloud cloud)
{
    QString provider = QStringLiteral("ec2");
    if (cloud == SimulatedCloud::Gce)
        provider = QStringLiteral("gce");
    else if (cloud == SimulatedCloud::Azure)
        provider = QStringLiteral("AzureVM");
    return QJsonObject{{QStringLiteral("provider"), provider},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), instance.instanceId}}}};
}

} // namespace

std::optional<MackerelSeed> parseMackerelSeed(const QString &name)
{
    const QStringList names = mackerelSeedNames();
    const qsizetype index = names.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<MackerelSeed>(index);
}

QString mackerelSeedName(MackerelSeed seed)
{
    return mackerelSeedNames().value(static_cast<int>(seed));
}

QStringList mackerelSeedNames()
{
    // In the order of the enum.
    return {QStringLiteral("none"),      QStringLiteral("agentless"), QStringLiteral("registered"), QStringLiteral("mismatch"),
            QStringLiteral("retired"),   QStringLiteral("missing"),
            QStringLiteral("lookalike"), QStringLiteral("org")};
}

MackerelApiSimulator::MackerelApiSimulator(const QString &apiKey, QObject *parent)
    : LoopbackHttpServer(parent)
    , m_apiKey(apiKey)
{
}

QUrl MackerelApiSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

QString MackerelApiSimulator::nextId()
{
    // Mackerel host ids are 11 characters of [0-9A-Za-z].
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    quint64 value = 0x5EED0000ull + quint64(++m_serial) * 7919u;
    QString id;
    for (int i = 0; i < 8; ++i) {
        id.prepend(QLatin1Char(alphabet[value % 62]));
        value /= 62;
    }
    return QStringLiteral("3Sm") + id;
}

QString MackerelApiSimulator::addHost(QJsonObject host)
{
    if (host.value(QStringLiteral("id")).toString().isEmpty())
        host.insert(QStringLiteral("id"), nextId());
    const auto defaults = QJsonObject{
        {QStringLiteral("name"), QString()},         {QStringLiteral("status"), QStringLiteral("working")},
        {QStringLiteral("memo"), QString()},         {QStringLiteral("roles"), QJsonObject()},
        {QStringLiteral("isRetired"), false},        {QStringLiteral("meta"), QJsonObject()},
        {QStringLiteral("interfaces"), QJsonArray()}, {QStringLiteral("size"), QStringLiteral("standard")},
        {QStringLiteral("createdAt"), QDateTime::currentSecsSinceEpoch()},
    };
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!host.contains(it.key()))
            host.insert(it.key(), it.value());
    }
    m_hosts.append(host);
    m_listingCache.clear();
    return host.value(QStringLiteral("id")).toString();
}

std::optional<QJsonObject> MackerelApiSimulator::host(const QString &id) const
{
    for (const QJsonObject &host : m_hosts) {
        if (host.value(QStringLiteral("id")).toString() == id)
            return host;
    }
    return std::nullopt;
}

void MackerelApiSimulator::replaceHosts(const QList<QJsonObject> &hosts)
{
    m_hosts.clear();
    m_checkMonitors.clear();
    m_listingCache.clear();
    for (const QJsonObject &host : hosts)
        addHost(host);
}

void MackerelApiSimulator::seed(MackerelSeed seed, SimulatedCloud cloud)
{
    m_hosts.clear();
    m_checkMonitors.clear();
    m_listingCache.clear();
    m_localHostId.clear();
    if (seed == MackerelSeed::Org) {
        replaceHosts(fleetDemo().hosts);
        return;
    }
    const SimulatedInstance instance = simulatedInstance(cloud);
    const qint64 aWeekAgo = QDateTime::currentSecsSinceEpoch() - 7 * 86400;
    const QJsonObject agentMeta{{QStringLiteral("agent-name"), QStringLiteral("mackerel-agent/0.85.0 (Revision 0a1b2c3)")},
                                {QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                {QStringLiteral("agent-revision"), QStringLiteral("0a1b2c3")},
                                {QStringLiteral("cloud"), cloudMeta(instance, cloud)}};
    // A host of the organization that has nothing to do with this instance.
    addHost(QJsonObject{{QStringLiteral("name"), QStringLiteral("db-01.internal")},
                        {QStringLiteral("roles"), QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("db")}}}},
                        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")}}},
                        {QStringLiteral("createdAt"), aWeekAgo}});
    const QJsonObject integrationHost{
        {QStringLiteral("name"), instance.instanceId},
        {QStringLiteral("customIdentifier"), instance.customIdentifier},
        {QStringLiteral("roles"), QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("web")}}}},
        {QStringLiteral("memo"), QStringLiteral("registered by the cloud integration")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), cloudMeta(instance, cloud)}}},
        {QStringLiteral("createdAt"), aWeekAgo},
    };
    switch (seed) {
    case MackerelSeed::None:
        break;
    case MackerelSeed::Agentless:
        addHost(integrationHost);
        break;
    case MackerelSeed::Registered: {
        QJsonObject host = integrationHost;
        host.insert(QStringLiteral("name"), instance.hostname);
        host.insert(QStringLiteral("displayName"), QStringLiteral("web (demo)"));
        host.insert(QStringLiteral("meta"), agentMeta);
        m_localHostId = addHost(host);
        break;
    }
    case MackerelSeed::Mismatch: {
        QJsonObject other = integrationHost;
        other.insert(QStringLiteral("name"), QStringLiteral("i-0ffffffffffffffff"));
        other.insert(QStringLiteral("customIdentifier"), QStringLiteral("i-0ffffffffffffffff.ec2.amazonaws.com"));
        other.insert(QStringLiteral("meta"), agentMeta);
        m_localHostId = addHost(other); // an image baked with the id file of the host it was made from
        addHost(integrationHost);
        break;
    }
    case MackerelSeed::Retired: {
        QJsonObject retired = integrationHost;
        retired.insert(QStringLiteral("isRetired"), true);
        retired.insert(QStringLiteral("meta"), agentMeta);
        m_localHostId = addHost(retired);
        break;
    }
    case MackerelSeed::Missing:
        m_localHostId = QStringLiteral("3SmGoneHost0");
        break;
    case MackerelSeed::Lookalike: {
        QJsonObject agentHost = integrationHost;
        agentHost.remove(QStringLiteral("customIdentifier"));
        agentHost.insert(QStringLiteral("name"), instance.hostname);
        agentHost.insert(QStringLiteral("memo"), QString());
        agentHost.insert(QStringLiteral("meta"), agentMeta);
        addHost(agentHost);
        break;
    }
    case MackerelSeed::Org:
        break;
    }
}

MackerelApiSimulator::Answer MackerelApiSimulator::error(int status, const QString &message)
{
    Answer answer;
    answer.status = status;
    answer.body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}};
    return answer;
}

LoopbackHttpResponse MackerelApiSimulator::respond(const LoopbackHttpRequest &request)
{
    MackerelRequest recorded;
    static_cast<RecordedRequest &>(recorded) = RecordedRequest::from(request);
    recorded.body = request.body;

    const Answer reply = answer(recorded);
    recorded.status = reply.status;
    m_requests.append(recorded);

    LoopbackHttpResponse response;
    response.status = reply.status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    if (!reply.retryAfter.isEmpty())
        response.headers.append({QByteArrayLiteral("Retry-After"), reply.retryAfter});
    response.body = !reply.rawBody.isEmpty() ? reply.rawBody : QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    return response;
}

MackerelApiSimulator::Answer MackerelApiSimulator::answer(const MackerelRequest &request)
{
    const QString key = QString::fromUtf8(request.header("X-Api-Key"));
    const bool write = request.method != "GET" && request.method != "HEAD";
    const bool writeKey = key == m_apiKey || m_otherWriteKeys.contains(key);
    // The hosts API documents 403 (not 401) for a key without the permission; a wrong key gets it too.
    if (key.isEmpty() || (!writeKey && (m_readOnlyKey.isEmpty() || key != m_readOnlyKey)))
        return error(403, QStringLiteral("Authentication failed. Please check your API key."));
    if (write && !writeKey)
        return error(403, QStringLiteral("Permission denied. This API key does not have write permission."));

    // A fault answers in place of the API; applyFirst lets the API act and loses its answer.
    std::optional<Answer> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        MackerelFault &candidate = m_faults[i];
        if ((!candidate.method.isEmpty() && candidate.method != request.method) || !request.path.startsWith(candidate.pathPrefix))
            continue;
        Answer faulty = error(candidate.status, candidate.status == 429 ? QStringLiteral("Too many requests.")
                                                                       : QStringLiteral("Internal server error."));
        faulty.retryAfter = candidate.retryAfter;
        faulty.rawBody = candidate.body;
        const bool applyFirst = candidate.applyFirst;
        if (--candidate.count <= 0)
            m_faults.removeAt(i);
        if (!applyFirst)
            return faulty;
        fault = faulty;
        break;
    }

    Answer result;
    const QString prefix = HostsPath + QLatin1Char('/');
    if (request.path == HostsPath || request.path == prefix) {
        if (request.method == "GET")
            result = listHosts(request);
        else if (request.method == "POST")
            result = createHost(request);
        else
            result = error(405, QStringLiteral("Method not allowed."));
    } else if (request.path == QLatin1String("/api/v0/tsdb")) {
        result = request.method == "POST" ? postMetrics(request) : error(405, QStringLiteral("Method not allowed."));
    } else if (request.path.startsWith(QLatin1String("/api/v0/monitoring/checks/"))
               && request.path.count(QLatin1Char('/')) == 5) {
        const QString monitorId = QUrl::fromPercentEncoding(request.path.section(QLatin1Char('/'), 5).toUtf8());
        result = request.method == "GET" ? checkMonitor(monitorId) : error(405, QStringLiteral("Method not allowed."));
    } else if (request.path.startsWith(prefix) && request.path.count(QLatin1Char('/')) == 5
               && (request.path.endsWith(QLatin1String("/retire")) || request.path.endsWith(QLatin1String("/metric-names"))
                   || request.path.endsWith(QLatin1String("/role-fullnames"))
                   || request.path.endsWith(QLatin1String("/monitored-statuses")))) {
        const QString rest = request.path.mid(prefix.size());
        const QString id = QUrl::fromPercentEncoding(rest.left(rest.indexOf(QLatin1Char('/'))).toUtf8());
        if (request.path.endsWith(QLatin1String("/retire")))
            result = request.method == "POST" ? retireHost(id, request) : error(405, QStringLiteral("Method not allowed."));
        else if (request.path.endsWith(QLatin1String("/role-fullnames")))
            result = request.method == "PUT" ? updateRoles(id, request) : error(405, QStringLiteral("Method not allowed."));
        else if (request.path.endsWith(QLatin1String("/monitored-statuses")))
            result = request.method == "GET" ? monitoredStatuses(id) : error(405, QStringLiteral("Method not allowed."));
        else if (request.method != "GET")
            result = error(405, QStringLiteral("Method not allowed."));
        else if (indexOf(id) < 0)
            result = error(404, QStringLiteral("Host not found."));
        else
            result = Answer{200, QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(m_metricNames.value(id))}}, {}, {}};
    } else if (request.path.startsWith(prefix) && !request.path.mid(prefix.size()).contains(QLatin1Char('/'))) {
        const QString id = QUrl::fromPercentEncoding(request.path.mid(prefix.size()).toUtf8());
        if (request.method == "GET") {
            const auto found = host(id);
            result = found ? Answer{200, QJsonObject{{QStringLiteral("host"), *found}}, {}, {}}
                           : error(404, QStringLiteral("Host not found."));
        } else if (request.method == "PUT") {
            result = updateHost(id, request);
        } else {
            result = error(405, QStringLiteral("Method not allowed."));
        }
    } else {
        result = error(404, QStringLiteral("Not found."));
    }
    return fault ? *fault : result;
}

MackerelApiSimulator::Answer MackerelApiSimulator::listHosts(const MackerelRequest &request) const
{
    if (!m_listingCache.isEmpty() && m_listingCacheQuery == request.query)
        return Answer{200, QJsonObject(), {}, m_listingCache};
    const QUrlQuery query(request.query);
    QStringList statuses = query.allQueryItemValues(QStringLiteral("status"), QUrl::FullyDecoded);
    if (statuses.isEmpty())
        statuses = {QStringLiteral("working"), QStringLiteral("standby")};
    const bool byIdentifier = query.hasQueryItem(QStringLiteral("customIdentifier"));
    const QString identifier = query.queryItemValue(QStringLiteral("customIdentifier"), QUrl::FullyDecoded);
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    const QStringList roles = query.allQueryItemValues(QStringLiteral("role"), QUrl::FullyDecoded);
    QJsonArray hosts;
    for (const QJsonObject &host : m_hosts) {
        if (host.value(QStringLiteral("isRetired")).toBool())
            continue;
        if (!statuses.contains(host.value(QStringLiteral("status")).toString()))
            continue;
        if (byIdentifier && host.value(QStringLiteral("customIdentifier")).toString() != identifier)
            continue;
        if (!name.isEmpty() && host.value(QStringLiteral("name")).toString() != name)
            continue;
        const QJsonObject hostRoles = host.value(QStringLiteral("roles")).toObject();
        if (!service.isEmpty() && !hostRoles.contains(service))
            continue;
        bool roleMatch = roles.isEmpty();
        for (const QString &role : roles)
            roleMatch = roleMatch || hostRoles.value(service).toArray().contains(role);
        if (!roleMatch)
            continue;
        hosts.append(host);
    }
    m_listingCacheQuery = request.query;
    m_listingCache = QJsonDocument(QJsonObject{{QStringLiteral("hosts"), hosts}}).toJson(QJsonDocument::Compact);
    return Answer{200, QJsonObject(), {}, m_listingCache};
}

MackerelApiSimulator::Answer MackerelApiSimulator::createHost(const MackerelRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return error(400, QStringLiteral("Invalid JSON body."));
    const QJsonObject body = document.object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return error(400, QStringLiteral("name is required."));
    const QString identifier = body.value(QStringLiteral("customIdentifier")).toString();
    // The documentation lists 400 and 403 for this POST; a taken identifier is an input it cannot accept.
    if (identifierTaken(identifier, QString()))
        return error(400, QStringLiteral("customIdentifier %1 is already used by another host.").arg(identifier));
    QJsonObject host{
        {QStringLiteral("name"), name},
        {QStringLiteral("meta"), body.value(QStringLiteral("meta")).toObject()},
        {QStringLiteral("interfaces"), body.value(QStringLiteral("interfaces")).toArray()},
        {QStringLiteral("roles"), rolesFromFullnames(body.value(QStringLiteral("roleFullnames")).toArray())},
        {QStringLiteral("memo"), body.value(QStringLiteral("memo")).toString()},
    };
    if (!body.value(QStringLiteral("displayName")).toString().isEmpty())
        host.insert(QStringLiteral("displayName"), body.value(QStringLiteral("displayName")).toString());
    if (!identifier.isEmpty())
        host.insert(QStringLiteral("customIdentifier"), identifier);
    const QString id = addHost(host);
    syncCheckMonitors(id, body.value(QStringLiteral("checks")).toArray());
    return Answer{200, QJsonObject{{QStringLiteral("id"), id}}, {}, {}};
}

qsizetype MackerelApiSimulator::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

QStringList MackerelApiSimulator::metricNames(const QString &hostId) const
{
    return m_metricNames.value(hostId);
}

MackerelApiSimulator::Answer MackerelApiSimulator::retireHost(const QString &id, const MackerelRequest &request)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return error(404, QStringLiteral("Host not found."));
    if (!QJsonDocument::fromJson(request.body).isObject())
        return error(400, QStringLiteral("Invalid JSON body."));
    QJsonObject host = m_hosts.at(index);
    if (!host.value(QStringLiteral("isRetired")).toBool()) {
        host.insert(QStringLiteral("isRetired"), true);
        host.insert(QStringLiteral("retiredAt"), QDateTime::currentSecsSinceEpoch());
        m_hosts[index] = host;
        m_listingCache.clear();
    }
    return Answer{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

MackerelApiSimulator::Answer MackerelApiSimulator::postMetrics(const MackerelRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray())
        return error(400, QStringLiteral("Invalid JSON body."));
    static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z0-9._-]+$"));
    for (const QJsonValue &value : document.array()) {
        const QJsonObject metric = value.toObject();
        const QString hostId = metric.value(QStringLiteral("hostId")).toString();
        const QString name = metric.value(QStringLiteral("name")).toString();
        if (indexOf(hostId) < 0 || !metricName.match(name).hasMatch() || !metric.value(QStringLiteral("time")).isDouble()
            || !metric.value(QStringLiteral("value")).isDouble())
            return error(400, QStringLiteral("Invalid metric value."));
    }
    for (const QJsonValue &value : document.array()) {
        const QJsonObject metric = value.toObject();
        QStringList &names = m_metricNames[metric.value(QStringLiteral("hostId")).toString()];
        if (!names.contains(metric.value(QStringLiteral("name")).toString()))
            names.append(metric.value(QStringLiteral("name")).toString());
    }
    return Answer{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

MackerelApiSimulator::Answer MackerelApiSimulator::updateHost(const QString &id, const MackerelRequest &request)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).value(QStringLiteral("id")).toString() == id)
            index = i;
    }
    if (index < 0)
        return error(404, QStringLiteral("Host not found."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return error(400, QStringLiteral("Invalid JSON body."));
    const QJsonObject body = document.object();
    if (body.value(QStringLiteral("name")).toString().isEmpty())
        return error(400, QStringLiteral("name is required."));
    const QJsonValue identifierValue = body.value(QStringLiteral("customIdentifier"));
    const QString identifier = identifierValue.toString();
    if (identifierTaken(identifier, id))
        return error(400, QStringLiteral("customIdentifier %1 is already used by another host.").arg(identifier));
    // What the documentation says: roles are only added ("A host remains to belong to the roles which
    // you didn't specify"), and "" or null for customIdentifier overwrites it with null. What a PUT does
    // with a field it omits is undocumented: the stored value is kept (the conservative choice).
    QJsonObject host = m_hosts.at(index);
    host.insert(QStringLiteral("name"), body.value(QStringLiteral("name")).toString());
    if (body.value(QStringLiteral("meta")).isObject())
        host.insert(QStringLiteral("meta"), body.value(QStringLiteral("meta")).toObject());
    if (body.value(QStringLiteral("interfaces")).isArray())
        host.insert(QStringLiteral("interfaces"), body.value(QStringLiteral("interfaces")).toArray());
    if (body.value(QStringLiteral("roleFullnames")).isArray()) {
        QJsonObject roles = host.value(QStringLiteral("roles")).toObject();
        const QJsonObject added = rolesFromFullnames(body.value(QStringLiteral("roleFullnames")).toArray());
        for (auto it = added.begin(); it != added.end(); ++it) {
            QJsonArray list = roles.value(it.key()).toArray();
            for (const QJsonValue &role : it.value().toArray()) {
                if (!list.contains(role))
                    list.append(role);
            }
            roles.insert(it.key(), list);
        }
        host.insert(QStringLiteral("roles"), roles);
    }
    for (const QString &field : {QStringLiteral("memo"), QStringLiteral("displayName")}) {
        if (body.value(field).isString())
            host.insert(field, body.value(field).toString());
    }
    if (identifierValue.isNull() || (identifierValue.isString() && identifier.isEmpty()))
        host.remove(QStringLiteral("customIdentifier"));
    else if (identifierValue.isString())
        host.insert(QStringLiteral("customIdentifier"), identifier);
    if (body.value(QStringLiteral("checks")).isArray())
        syncCheckMonitors(id, body.value(QStringLiteral("checks")).toArray());
    m_hosts[index] = host;
    m_listingCache.clear();
    return Answer{200, QJsonObject{{QStringLiteral("id"), id}}, {}, {}};
}

bool MackerelApiSimulator::identifierTaken(const QString &identifier, const QString &exceptId) const
{
    if (identifier.isEmpty())
        return false;
    for (const QJsonObject &host : m_hosts) {
        if (!host.value(QStringLiteral("isRetired")).toBool() && host.value(QStringLiteral("id")).toString() != exceptId
            && host.value(QStringLiteral("customIdentifier")).toString() == identifier)
            return true;
    }
    return false;
}

MackerelApiSimulator::Answer MackerelApiSimulator::updateRoles(const QString &id, const MackerelRequest &request)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return error(404, QStringLiteral("Host not found."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !document.object().value(QStringLiteral("roleFullnames")).isArray())
        return error(400, QStringLiteral("Invalid JSON body."));
    static const QRegularExpression fullname(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]+:[A-Za-z0-9][A-Za-z0-9_-]+$"));
    const QJsonArray names = document.object().value(QStringLiteral("roleFullnames")).toArray();
    for (const QJsonValue &name : names) {
        if (!fullname.match(name.toString()).hasMatch())
            return error(400, QStringLiteral("Invalid roleFullnames."));
    }
    QJsonObject host = m_hosts.at(index);
    host.insert(QStringLiteral("roles"), rolesFromFullnames(names));
    m_hosts[index] = host;
    m_listingCache.clear();
    return Answer{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

void MackerelApiSimulator::syncCheckMonitors(const QString &hostId, const QJsonArray &checks)
{
    // The PUT's checks are what the host's check monitors are synced to (Mackerel, 2019-01-23): the
    // ones not listed go (the service keeps those with an open alert; the simulator has no alerts).
    QHash<QString, QString> wanted;
    for (const QJsonValue &value : checks) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            wanted.insert(name, value.toObject().value(QStringLiteral("memo")).toString());
    }
    for (qsizetype i = m_checkMonitors.size() - 1; i >= 0; --i) {
        CheckMonitor &monitor = m_checkMonitors[i];
        if (monitor.hostId != hostId)
            continue;
        if (!wanted.contains(monitor.name)) {
            m_checkMonitors.removeAt(i);
            continue;
        }
        monitor.memo = wanted.take(monitor.name);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        addCheckMonitor(hostId, it.key(), it.value());
}

QString MackerelApiSimulator::addCheckMonitor(const QString &hostId, const QString &name, const QString &memo)
{
    const QString id = QStringLiteral("2cM%1").arg(++m_serial, 8, 10, QLatin1Char('0'));
    m_checkMonitors.append(CheckMonitor{id, hostId, name, memo});
    return id;
}

QStringList MackerelApiSimulator::checkMonitorNames(const QString &hostId) const
{
    QStringList names;
    for (const CheckMonitor &monitor : m_checkMonitors) {
        if (monitor.hostId == hostId)
            names.append(monitor.name);
    }
    names.sort();
    return names;
}

MackerelApiSimulator::Answer MackerelApiSimulator::monitoredStatuses(const QString &id) const
{
    if (indexOf(id) < 0)
        return error(404, QStringLiteral("Host not found."));
    QJsonArray statuses;
    for (const CheckMonitor &monitor : m_checkMonitors) {
        if (monitor.hostId != id)
            continue;
        QJsonObject detail{{QStringLiteral("type"), QStringLiteral("check")}, {QStringLiteral("message"), QString()}};
        if (!monitor.memo.isEmpty())
            detail.insert(QStringLiteral("memo"), monitor.memo);
        statuses.append(QJsonObject{{QStringLiteral("monitorId"), monitor.id},
                                    {QStringLiteral("status"), QStringLiteral("OK")},
                                    {QStringLiteral("detail"), detail}});
    }
    return Answer{200, QJsonObject{{QStringLiteral("monitoredStatuses"), statuses}}, {}, {}};
}

MackerelApiSimulator::Answer MackerelApiSimulator::checkMonitor(const QString &monitorId) const
{
    for (const CheckMonitor &monitor : m_checkMonitors) {
        if (monitor.id == monitorId)
            return Answer{200,
                          QJsonObject{{QStringLiteral("check"),
                                       QJsonObject{{QStringLiteral("id"), monitor.id}, {QStringLiteral("name"), monitor.name}}}},
                          {},
                          {}};
    }
    return error(404, QStringLiteral("Monitor not found."));
}

} // namespace mi::sim
