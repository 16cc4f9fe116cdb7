#pragma once

#include "metadatasimulator.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mi::sim {

// The key `--demo` and `simulate --mackerel` use. Not a secret: it opens only the simulator.
inline constexpr char DemoApiKey[] = "demo0000simulated0000mackerel0000apikey";

// What the simulated organization holds for the simulated instance, one state a verdict. Only states
// the real service allows: no two live hosts carry one customIdentifier (docs/api-fidelity.md).
enum class MackerelSeed {
    None,       // no host carries the instance's identifier                          -> create
    Agentless,  // the cloud integration registered it (named by instance id)         -> attach
    Registered, // the agent registered it; the id file names it                      -> update
    Mismatch,   // the id file names a host of another instance                       -> mismatch
    Retired,    // the id file names a retired host carrying the identifier           -> retired-host
    Missing,    // the id file names a host that does not exist                       -> missing-host
    Lookalike,  // an agent host of this instance without the identifier (IMDS was blocked when it
                // registered): the agent would create a duplicate of it              -> create + lookalike
    Org,        // a whole organization, whatever the instance (fleetdemo.h)          -> every fleet verdict
};
std::optional<MackerelSeed> parseMackerelSeed(const QString &name);
QString mackerelSeedName(MackerelSeed seed);
QStringList mackerelSeedNames();

// A fault for the next `count` requests matching method and path prefix (tests, failure demos).
struct MackerelFault
{
    QByteArray method;          // empty: any
    QString pathPrefix;         // "/api/v0/hosts"
    int status = 500;
    int count = 1;
    QByteArray retryAfter;      // Retry-After header, if any
    bool applyFirst = false;    // carry the request out, then answer with the fault (a lost answer)
    QByteArray body;            // empty: the API's error format with a generic message
};

struct MackerelRequest : RecordedRequest
{
    QByteArray body;
    int status = 0; // what the simulator answered
};

// The Mackerel host API on 127.0.0.1, in memory, answering as docs/api-fidelity.md records:
// GET/POST /api/v0/hosts, GET/PUT /api/v0/hosts/<id>, PUT /api/v0/hosts/<id>/role-fullnames,
// POST /api/v0/hosts/<id>/retire ({} in, {"success":true} out; the host stays readable by id with
// isRetired and retiredAt), GET /api/v0/hosts/<id>/metric-names (the names posted for it),
// GET /api/v0/hosts/<id>/monitored-statuses (its check monitors, all "OK"),
// GET /api/v0/monitoring/checks/<id> and POST /api/v0/tsdb (metric values [{hostId,name,time,value}];
// only their names are kept).
// Every request needs X-Api-Key; a missing or wrong key gets 403, as does a read-only key on writes.
// Errors come in the API's format, {"error":{"message":"…"}}. Listing filters by customIdentifier,
// name, service, role and status (default: working and standby) and never lists retired hosts.
// customIdentifier is unique among live hosts: a POST or PUT that would give a second live host one in
// use gets 400. A PUT adds roles (never removes them), syncs the host's check monitors to `checks`,
// keeps any other field it omits, and clears customIdentifier only for "" or null.
class MackerelApiSimulator : public LoopbackHttpServer
{
    Q_OBJECT
public:
    explicit MackerelApiSimulator(const QString &apiKey = QString::fromLatin1(DemoApiKey), QObject *parent = nullptr);

    // listenOnLoopback() and port(): see LoopbackHttpServer; requestServed() follows each answer.
    QUrl baseUrl() const; // http://127.0.0.1:PORT/

    // Replaces the hosts with the seed's, for the instance of `cloud`.
    void seed(MackerelSeed seed, SimulatedCloud cloud);
    // The id-file content that, with the seed, stages its verdict; empty: no id file.
    QString localHostId() const { return m_localHostId; }

    void setReadOnlyKey(const QString &key) { m_readOnlyKey = key; }
    // Another key with write permission (a machine's agent key beside the operator's).
    void addWriteKey(const QString &key) { m_otherWriteKeys.append(key); }
    // The metric names posted for a host (POST /api/v0/tsdb).
    QStringList metricNames(const QString &hostId) const;
    // A check monitor of a host, as a PUT's `checks` makes one; returns its monitor id.
    QString addCheckMonitor(const QString &hostId, const QString &name, const QString &memo = QString());
    // The names of the host's check monitors, sorted.
    QStringList checkMonitorNames(const QString &hostId) const;
    // Adds a host object as stored (an "id" is assigned if it has none); returns its id.
    QString addHost(QJsonObject host);
    // Replaces the hosts with these (an organization from a file, for benchmarks); the listing is then
    // served from a cache of its JSON, as large organizations need.
    void replaceHosts(const QList<QJsonObject> &hosts);
    QList<QJsonObject> hosts() const { return m_hosts; }
    std::optional<QJsonObject> host(const QString &id) const;
    void addFault(const MackerelFault &fault) { m_faults.append(fault); }
    QList<MackerelRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    LoopbackHttpResponse respond(const LoopbackHttpRequest &request) override;

private:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
        QByteArray retryAfter;
        QByteArray rawBody;
    };
    Answer answer(const MackerelRequest &request);
    Answer listHosts(const MackerelRequest &request) const;
    Answer createHost(const MackerelRequest &request);
    Answer updateHost(const QString &id, const MackerelRequest &request);
    Answer retireHost(const QString &id, const MackerelRequest &request);
    Answer updateRoles(const QString &id, const MackerelRequest &request);
    Answer monitoredStatuses(const QString &id) const;
    Answer checkMonitor(const QString &monitorId) const;
    void syncCheckMonitors(const QString &hostId, const QJsonArray &checks);
    // Whether a live host other than `exceptId` carries `identifier`.
    bool identifierTaken(const QString &identifier, const QString &exceptId) const;
    Answer postMetrics(const MackerelRequest &request);
    qsizetype indexOf(const QString &id) const;
    QString nextId();
    static Answer error(int status, const QString &message);

    QString m_apiKey;
    QString m_readOnlyKey;
    QStringList m_otherWriteKeys;
    QHash<QString, QStringList> m_metricNames;
    struct CheckMonitor
    {
        QString id;
        QString hostId;
        QString name;
        QString memo;
    };
    QList<CheckMonitor> m_checkMonitors;
    QList<QJsonObject> m_hosts;
    // The last listing's query and body, while the hosts are unchanged (a 10,000-host organization's
    // listing is tens of MB of JSON).
    mutable QString m_listingCacheQuery;
    mutable QByteArray m_listingCache;
    QList<MackerelFault> m_faults;
    QList<MackerelRequest> m_requests;
    QString m_localHostId;
    int m_serial = 0;
};

} // namespace mi::sim
