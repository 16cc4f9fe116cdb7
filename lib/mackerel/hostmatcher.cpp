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
    // An unreadable id file stops the decision, unless it is a directory: the agent goes on as without one.
    const bool byIdentifier = !customIdentifier.isEmpty()
        && (m_facts.idFile.state != HostIdFile::State::Unreadable || m_facts.idFile.isDirectory);
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
    // The listing finds lookalikes (create) and the hosts every remedy is checked against.
    const bool knowsMachine = !m_localKeys.instanceKeys.isEmpty() || !m_localKeys.macAddresses.isEmpty();
    const bool wantListing = m_client && needsRemedy(m_report.verdict, knowsMachine);
    if (!wantListing) {
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
    RemedyInputs inputs{m_facts, m_localKeys, result.ok() ? result.hosts : QList<MackerelHost>()};
    auto know = [&inputs](const MackerelHost &host) {
        for (const MackerelHost &known : std::as_const(inputs.hosts)) {
            if (known.id == host.id)
                return;
        }
        inputs.hosts << host;
    };
    if (m_report.host)
        know(*m_report.host); // the id file's host: retired or outside the listing
    for (const MackerelHost &candidate : std::as_const(m_report.candidates))
        know(candidate);
    if (!result.ok()) {
        m_report.warnings << HostMatcherText::tr("The organization's hosts could not be listed to look for hosts that are this "
                                            "machine without its identifier: %1")
                                 .arg(result.errorString);
        Q_EMIT finished(m_report);
        return;
    }
    if (m_report.verdict == MatchVerdict::Create)
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
                                                        "evidence but does not carry its customIdentifier.")
                                  : HostMatcherText::tr("The agent would create a duplicate: %1 are already this machine by its "
                                                        "evidence but do not carry its customIdentifier."))
                                 .arg(names.join(QStringLiteral(", ")));
    }
    adviseRemedy(&m_report, inputs);
    Q_EMIT finished(m_report);
}

} // namespace mi
