#include "fleetauditor.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

namespace mi {

namespace {
struct FleetAuditorText
{
    Q_DECLARE_TR_FUNCTIONS(FleetAuditor)
};
} // namespace

FleetAuditor::FleetAuditor(MackerelApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

FleetAuditor::~FleetAuditor()
{
    abandonCalls();
}

void FleetAuditor::abandonCalls()
{
    for (const QPointer<MackerelApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_calls.clear();
    m_queue.clear();
    m_outstanding = 0;
}

void FleetAuditor::cancel()
{
    ++m_run;
    abandonCalls();
}

void FleetAuditor::start(const HostListFilter &filter, const FleetReportSet &reports)
{
    cancel();
    m_filter = filter;
    m_filter.statuses = MackerelApiClient::agentSearchStatuses();
    m_reports = reports;
    m_listed = false;
    m_hosts.clear();
    m_hostsById.clear();
    m_hostsByIdentifier.clear();
    m_probes.clear();
    if (!m_client) {
        const quint64 run = m_run;
        QTimer::singleShot(0, this, [this, run] {
            if (run != m_run)
                return;
            FleetAuditResult result;
            result.error = MackerelApiError::Configuration;
            result.errorString = FleetAuditorText::tr("no Mackerel API client");
            Q_EMIT finished(result);
        });
        return;
    }
    MackerelApiCall *call = m_client->listHosts(m_filter);
    m_calls.append(call);
    const quint64 run = m_run;
    connect(call, &MackerelApiCall::finished, this, [this, run](const MackerelApiResult &result) {
        if (run == m_run)
            onListed(result);
    });
}

void FleetAuditor::updateReports(const FleetReportSet &reports)
{
    if (!m_listed) {
        start(m_filter, reports);
        return;
    }
    cancel();
    m_reports = reports;
    // Deliver from the event loop even when nothing needs looking up.
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run)
            lookUpMissing();
    });
}

void FleetAuditor::onListed(const MackerelApiResult &result)
{
    m_probes << result.probes;
    if (!result.ok()) {
        FleetAuditResult failed;
        failed.error = result.error;
        failed.errorString = result.errorString;
        failed.probes = m_probes;
        Q_EMIT finished(failed);
        return;
    }
    m_hosts = result.hosts;
    m_listed = true;
    lookUpMissing();
}

void FleetAuditor::lookUpMissing()
{
    const bool narrowed = !m_filter.service.isEmpty();
    const FleetLookups needed = fleetLookupsNeeded(m_hosts, m_reports.reports, narrowed);
    m_queue.clear();
    m_notLookedUp.clear();
    int budget = MaxLookups - int(m_hostsById.size() + m_hostsByIdentifier.size());
    auto enqueue = [&](const QString &key, bool byIdentifier) {
        if ((byIdentifier ? m_hostsByIdentifier : m_hostsById).contains(key))
            return;
        if (budget-- > 0)
            m_queue.append({key, byIdentifier});
        else
            m_notLookedUp << key;
    };
    for (const QString &id : needed.hostIds)
        enqueue(id, false);
    for (const QString &identifier : needed.customIdentifiers)
        enqueue(identifier, true);
    if (m_queue.isEmpty()) {
        join();
        return;
    }
    sendLookups();
}

void FleetAuditor::sendLookups()
{
    while (!m_queue.isEmpty() && m_outstanding < ParallelLookups) {
        const auto [key, byIdentifier] = m_queue.takeFirst();
        MackerelApiCall *call = byIdentifier ? m_client->findHostsByCustomIdentifier(key) : m_client->getHost(key);
        m_calls.removeAll(QPointer<MackerelApiCall>());
        m_calls.append(call);
        ++m_outstanding;
        const quint64 run = m_run;
        connect(call, &MackerelApiCall::finished, this,
                [this, run, key = key, byIdentifier = byIdentifier](const MackerelApiResult &result) {
                    if (run == m_run)
                        onLookedUp(key, byIdentifier, result);
                });
    }
}

void FleetAuditor::onLookedUp(const QString &key, bool byIdentifier, const MackerelApiResult &result)
{
    --m_outstanding;
    m_probes << result.probes;
    (byIdentifier ? m_hostsByIdentifier : m_hostsById).insert(key, result);
    sendLookups();
    if (m_outstanding == 0)
        join();
}

void FleetAuditor::join()
{
    m_calls.clear();
    FleetInputs inputs;
    inputs.hosts = m_hosts;
    inputs.reports = m_reports.reports;
    inputs.hostsById = m_hostsById;
    inputs.hostsByIdentifier = m_hostsByIdentifier;
    inputs.listingNarrowed = !m_filter.service.isEmpty();
    inputs.warnings = m_reports.warnings;
    if (!m_notLookedUp.isEmpty())
        inputs.warnings << FleetAuditorText::tr("%1 id-file hosts or identifiers beyond the first %2 were not looked up (%3): "
                                          "the verdicts of their machines are unknown.")
                               .arg(m_notLookedUp.size())
                               .arg(MaxLookups)
                               .arg(m_notLookedUp.mid(0, 5).join(QStringLiteral(", ")));
    // The join of a large organization takes a good part of a second: on the thread pool, so that the
    // window's event loop goes on. The result comes back queued, to `delivery` (an object of this
    // thread that outlives the work); the auditor is reached through a QPointer read on this thread,
    // and a run started since makes the result stale.
    auto *delivery = new QObject;
    QPointer<FleetAuditor> auditor(this);
    const quint64 run = m_run;
    QThreadPool::globalInstance()->start([delivery, auditor, run, inputs, probes = m_probes] {
        FleetAuditResult result;
        result.audit = joinFleet(inputs);
        result.probes = probes;
        QMetaObject::invokeMethod(
            delivery,
            [delivery, auditor, run, result] {
                delivery->deleteLater();
                if (auditor && run == auditor->m_run)
                    Q_EMIT auditor->finished(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace mi
