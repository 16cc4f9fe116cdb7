#pragma once

#include "fleetaudit.h"
#include "fleetjoin.h"
#include "mackerelapiclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace mi {

// What a fleet audit delivers: the audit, or why the organization could not be read.
struct FleetAuditResult
{
    FleetAudit audit;
    MackerelApiError error = MackerelApiError::NoError;
    QString errorString;       // a sentence for people, free of the API key; empty on success
    QList<ProbeRecord> probes; // every API request made, in the order they ended

    bool ok() const { return error == MackerelApiError::NoError; }
};

// Reads the organization (one listing of its live hosts, read-only), looks up what the listing lacks
// (id-file hosts: retired or another organization's; with a narrowed listing, the reports'
// customIdentifiers), and joins it with the reports (joinFleet). Nothing is changed on Mackerel.
//
// Asynchronous: start() and updateReports() return at once; finished() follows from the event loop,
// once a run; starting again abandons the run in progress. The client is not owned and must outlive
// the auditor.
class FleetAuditor : public QObject
{
    Q_OBJECT
public:
    // Lookups beyond the listing, at most; the rest are named in the warnings.
    static constexpr int MaxLookups = 200;
    static constexpr int ParallelLookups = 4;

    explicit FleetAuditor(MackerelApiClient *client, QObject *parent = nullptr);
    ~FleetAuditor() override;

    // Lists the hosts (the agent's statuses; `filter`'s service and roles narrow it on the server),
    // then joins them with `reports`.
    void start(const HostListFilter &filter, const FleetReportSet &reports);
    // Joins again with another set of reports on the hosts already listed, looking up only what is
    // new (a folder that fills while the playbook runs). Without a listing yet, this is start().
    void updateReports(const FleetReportSet &reports);
    void cancel();

    bool hasListing() const { return m_listed; }

Q_SIGNALS:
    void finished(const mi::FleetAuditResult &result);

private:
    void onListed(const MackerelApiResult &result);
    void lookUpMissing();
    void sendLookups();
    void onLookedUp(const QString &key, bool byIdentifier, const MackerelApiResult &result);
    void join();
    void abandonCalls();

    QPointer<MackerelApiClient> m_client;
    HostListFilter m_filter;
    FleetReportSet m_reports;
    QList<MackerelHost> m_hosts;
    bool m_listed = false;
    QHash<QString, MackerelApiResult> m_hostsById;
    QHash<QString, MackerelApiResult> m_hostsByIdentifier;
    QList<QPair<QString, bool>> m_queue; // (host id or customIdentifier, by identifier)
    QStringList m_notLookedUp;
    QList<QPointer<MackerelApiCall>> m_calls; // in flight, to abort
    int m_outstanding = 0;
    QList<ProbeRecord> m_probes;
    quint64 m_run = 0;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::FleetAuditResult)
