#include "hostregistrar.h"

#include "hostidfile.h"

#include <QCoreApplication>
#include <QTimer>

namespace mi {

namespace {
struct HostRegistrarText
{
    Q_DECLARE_TR_FUNCTIONS(HostRegistrar)
};
} // namespace

QString RegistrationResult::actionName(Action action)
{
    switch (action) {
    case Action::Created: return QStringLiteral("created");
    case Action::Recovered: return QStringLiteral("recovered");
    case Action::Updated: return QStringLiteral("updated");
    case Action::Unchanged: return QStringLiteral("unchanged");
    case Action::Planned: return QStringLiteral("planned");
    case Action::Refused: return QStringLiteral("refused");
    case Action::Failed: return QStringLiteral("failed");
    }
    return QString();
}

HostRegistrar::HostRegistrar(MackerelApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void HostRegistrar::absorb(const MackerelApiResult &result)
{
    m_result.probes << result.probes;
}

void HostRegistrar::finish(RegistrationResult::Action action, const MackerelApiResult *last)
{
    m_result.action = action;
    if (last && !last->ok()) {
        m_result.error = last->error;
        if (m_result.errorString.isEmpty())
            m_result.errorString = last->errorString;
    }
    const RegistrationResult result = m_result;
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

void HostRegistrar::lookUpThen(std::function<void(const MackerelApiResult &)> next)
{
    MackerelApiCall *call = m_client->findHostsByCustomIdentifier(m_identifier);
    connect(call, &MackerelApiCall::finished, this, [this, next](const MackerelApiResult &result) {
        absorb(result);
        next(result);
    });
}

QString HostRegistrar::createRefusal(const CreateGuards &guards, const QString &customIdentifier, QString *hostId)
{
    if (guards.idFilePath.isEmpty())
        return QString();
    const HostIdFile idFile = HostIdFile::read(guards.idFilePath);
    switch (idFile.state) {
    case HostIdFile::State::Present:
        if (hostId)
            *hostId = idFile.hostId;
        return HostRegistrarText::tr("the id file %1 now holds host id %2: the agent would use that host, and a new one "
                                     "would be a duplicate. Check the match again")
            .arg(idFile.path, idFile.hostId);
    case HostIdFile::State::Unreadable:
        return HostRegistrarText::tr("the id file %1 cannot be read (%2): it may name a host the agent would use, so "
                                     "nothing is created")
            .arg(idFile.path, idFile.errorString);
    case HostIdFile::State::Absent:
    case HostIdFile::State::Empty: break;
    }
    if (customIdentifier.isEmpty() && !guards.writesIdFile)
        return HostRegistrarText::tr("without a customIdentifier the agent cannot find the host created now, and would "
                                     "register a second one at its start: write the host id file with it, so that it "
                                     "finds the id");
    return QString();
}

void HostRegistrar::create(const QJsonObject &payload, bool dryRun)
{
    m_result = RegistrationResult();
    m_payload = payload;
    m_dryRun = dryRun;
    m_identifier = payload.value(QStringLiteral("customIdentifier")).toString();
    m_result.changes = HostUpdatePlan::creation(payload);
    if (!m_client) {
        m_result.errorString = HostRegistrarText::tr("no Mackerel API client");
        finish(RegistrationResult::Action::Failed);
        return;
    }
    QString heldId;
    const QString refusal = createRefusal(m_guards, m_identifier, &heldId);
    if (!refusal.isEmpty()) {
        m_result.hostId = heldId;
        m_result.errorString = refusal;
        finish(RegistrationResult::Action::Refused);
        return;
    }
    if (m_identifier.isEmpty()) {
        if (dryRun)
            finish(RegistrationResult::Action::Planned);
        else
            post();
        return;
    }
    lookUpThen([this](const MackerelApiResult &found) {
        if (!found.ok()) {
            finish(RegistrationResult::Action::Failed, &found);
            return;
        }
        if (!found.hosts.isEmpty()) {
            m_result.hostId = found.hosts.constFirst().id;
            m_result.errorString = HostRegistrarText::tr("host %1 already carries the customIdentifier \"%2\": attach to it (update) "
                                                  "instead of creating a duplicate")
                                       .arg(m_result.hostId, m_identifier);
            finish(RegistrationResult::Action::Refused);
            return;
        }
        if (m_dryRun)
            finish(RegistrationResult::Action::Planned);
        else
            post();
    });
}

void HostRegistrar::post()
{
    ++m_result.posts;
    MackerelApiCall *call = m_client->createHost(m_payload);
    connect(call, &MackerelApiCall::finished, this, [this](const MackerelApiResult &created) {
        absorb(created);
        if (created.ok()) {
            m_result.hostId = created.hostId;
            finish(RegistrationResult::Action::Created);
            return;
        }
        if (!created.outcomeUnknown) {
            finish(RegistrationResult::Action::Failed, &created);
            return;
        }
        if (m_identifier.isEmpty()) {
            m_result.errorString = HostRegistrarText::tr("%1. The host may have been created all the same; without a customIdentifier "
                                                  "it cannot be told apart, so it is not retried: check the host list on Mackerel "
                                                  "before trying again")
                                       .arg(created.errorString);
            finish(RegistrationResult::Action::Failed, &created);
            return;
        }
        // The answer was lost: the host may exist. Only the API can tell.
        const MackerelApiResult lost = created;
        lookUpThen([this, lost](const MackerelApiResult &found) {
            if (found.ok() && !found.hosts.isEmpty()) {
                m_result.hostId = found.hosts.constFirst().id;
                finish(RegistrationResult::Action::Recovered);
                return;
            }
            if (found.ok() && m_result.posts < 2) {
                post();
                return;
            }
            m_result.errorString = found.ok()
                ? HostRegistrarText::tr("%1; no host carries the customIdentifier yet. Not posting a third time: try again later")
                      .arg(lost.errorString)
                : HostRegistrarText::tr("%1, and looking the customIdentifier up failed too (%2): the host may exist; run match "
                                 "before trying again")
                      .arg(lost.errorString, found.errorString);
            finish(RegistrationResult::Action::Failed, &lost);
        });
    });
}

void HostRegistrar::update(const QString &hostId, const QJsonObject &payload, bool dryRun)
{
    m_result = RegistrationResult();
    m_result.hostId = hostId;
    m_payload = payload;
    m_dryRun = dryRun;
    if (!m_client) {
        m_result.errorString = HostRegistrarText::tr("no Mackerel API client");
        finish(RegistrationResult::Action::Failed);
        return;
    }
    MackerelApiCall *call = m_client->getHost(hostId);
    connect(call, &MackerelApiCall::finished, this, [this, hostId](const MackerelApiResult &got) {
        absorb(got);
        if (!got.ok() || !got.host) {
            finish(RegistrationResult::Action::Failed, &got);
            return;
        }
        const HostUpdatePlan plan = HostUpdatePlan::make(*got.host, m_payload);
        m_result.changes = plan.changes;
        if (m_dryRun) {
            finish(RegistrationResult::Action::Planned);
            return;
        }
        if (plan.isNoop()) {
            finish(RegistrationResult::Action::Unchanged);
            return;
        }
        MackerelApiCall *put = m_client->updateHost(hostId, plan.payload);
        connect(put, &MackerelApiCall::finished, this, [this](const MackerelApiResult &updated) {
            absorb(updated);
            finish(updated.ok() ? RegistrationResult::Action::Updated : RegistrationResult::Action::Failed, &updated);
        });
    });
}

} // namespace mi
