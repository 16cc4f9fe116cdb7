#include "hostmatcher.h"

#include <QCoreApplication>
#include <QTimer>

namespace mi {

namespace {
struct HostMatcherText
{
    Q_DECLARE_TR_FUNCTIONS(HostMatcher)
};
} // namespace

HostMatcher::HostMatcher(MackerelApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

HostMatcher::~HostMatcher()
{
    cancel();
}

void HostMatcher::cancel()
{
    ++m_run;
    for (MackerelApiCall *call : {m_byId.data(), m_byIdentifier.data(), m_listing.data()}) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_byId.clear();
    m_byIdentifier.clear();
    m_listing.clear();
    m_pending = 0;
}

void HostMatcher::start(const QString &customIdentifier, const QString &idFilePath, const MachineKeys &localKeys)
{
    cancel();
    const quint64 run = m_run;
    m_localKeys = localKeys;
    m_localKeys.customIdentifier = customIdentifier;
    m_facts = MatchFacts();
    m_facts.customIdentifier = customIdentifier;
    m_facts.idFile = HostIdFile::read(idFilePath);

    const bool byId = m_facts.idFile.state == HostIdFile::State::Present;
    // The agent searches only without an id file; the search is made in every case here, to find duplicates.
    const bool byIdentifier = !customIdentifier.isEmpty() && m_facts.idFile.state != HostIdFile::State::Unreadable;
    if (!m_client || (!byId && !byIdentifier)) {
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                maybeFinish();
        });
        return;
    }
    if (byId) {
        ++m_pending;
        m_byId = m_client->getHost(m_facts.idFile.hostId);
        connect(m_byId, &MackerelApiCall::finished, this, [this, run](const MackerelApiResult &result) {
            if (run != m_run)
                return;
            m_facts.hostById = result;
            --m_pending;
            maybeFinish();
        });
    }
    if (byIdentifier) {
        ++m_pending;
        m_byIdentifier = m_client->findHostsByCustomIdentifier(customIdentifier);
        connect(m_byIdentifier, &MackerelApiCall::finished, this, [this, run](const MackerelApiResult &result) {
            if (run != m_run)
                return;
            m_facts.hostsByIdentifier = result;
            --m_pending;
            maybeFinish();
        });
    }
}

void HostMatcher::maybeFinish()
{
    if (m_pending > 0)
        return;
    m_byId.clear();
    m_byIdentifier.clear();
    m_report = decideMatch(m_facts);
    const bool wantLookalikes = m_report.verdict == MatchVerdict::Create && m_client
        && (!m_localKeys.instanceKeys.isEmpty() || !m_localKeys.macAddresses.isEmpty());
    if (!wantLookalikes) {
        Q_EMIT finished(m_report);
        return;
    }
    const quint64 run = m_run;
    m_listing = m_client->listHosts(MackerelApiClient::agentSearchStatuses());
    connect(m_listing, &MackerelApiCall::finished, this, [this, run](const MackerelApiResult &result) {
        if (run == m_run)
            onListed(result);
    });
}

void HostMatcher::onListed(const MackerelApiResult &result)
{
    m_listing.clear();
    m_report.probes << result.probes;
    if (!result.ok()) {
        m_report.warnings << HostMatcherText::tr("The organization's hosts could not be listed to look for hosts that are this "
                                            "machine without its identifier: %1")
                                 .arg(result.errorString);
        Q_EMIT finished(m_report);
        return;
    }
    m_report.lookalikes = findLookalikes(m_localKeys, result.hosts);
    if (!m_report.lookalikes.isEmpty()) {
        QStringList names;
        for (const Lookalike &lookalike : std::as_const(m_report.lookalikes))
            names << QStringLiteral("%1 \"%2\" (%3 %4)")
                         .arg(lookalike.host.id, lookalike.host.name,
                              lookalike.key == QLatin1String("instanceId") ? HostMatcherText::tr("the same instance")
                                                                          : HostMatcherText::tr("the MAC address"),
                              lookalike.key == QLatin1String("instanceId") ? instanceIdOfKey(lookalike.value) : lookalike.value);
        // One sentence a number, not "is"/"are" pieces: JSON carries the English one, translators see whole sentences.
        m_report.warnings << (m_report.lookalikes.size() == 1
                                  ? HostMatcherText::tr("The agent would create a duplicate: %1 is already this machine by its "
                                                        "evidence but does not carry its customIdentifier. Write the id of the "
                                                        "host to keep into %2 before starting the agent, so that it uses that host.")
                                  : HostMatcherText::tr("The agent would create a duplicate: %1 are already this machine by its "
                                                        "evidence but do not carry its customIdentifier. Write the id of the "
                                                        "host to keep into %2 before starting the agent, so that it uses that host."))
                                 .arg(names.join(QStringLiteral(", ")), m_report.idFile.path);
    }
    Q_EMIT finished(m_report);
}

} // namespace mi
