#include "hostmatcher.h"

#include <QTimer>

namespace mi {

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
    for (MackerelApiCall *call : {m_byId.data(), m_byIdentifier.data()}) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
    m_byId.clear();
    m_byIdentifier.clear();
    m_pending = 0;
}

void HostMatcher::start(const QString &customIdentifier, const QString &idFilePath)
{
    cancel();
    const quint64 run = m_run;
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
    Q_EMIT finished(decideMatch(m_facts));
}

} // namespace mi
