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
            m_result.errorString = created.errorString + identifierHint(created);
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

QString HostRegistrar::identifierHint(const MackerelApiResult &result) const
{
    // The API answers 400 to a POST or PUT whose customIdentifier another live host carries.
    if (result.status != 400 || m_identifier.isEmpty())
        return QString();
    return HostRegistrarText::tr(" If another host already carries the customIdentifier \"%1\" (it is unique in the "
                                 "organization), that is why: run match to see which")
        .arg(m_identifier);
}

void HostRegistrar::update(const QString &hostId, const QJsonObject &payload, bool dryRun, const HostUpdateOptions &options)
{
    m_result = RegistrationResult();
    m_result.hostId = hostId;
    m_payload = payload;
    m_dryRun = dryRun;
    m_updateOptions = options;
    m_identifier = payload.value(QStringLiteral("customIdentifier")).toString();
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
        const MackerelHost remote = *got.host;
        readChecksThen(hostId, [this, hostId, remote](const std::optional<QList<HostCheck>> &checks) {
            if (!checks)
                return; // finished with the failure
            const HostUpdatePlan plan = HostUpdatePlan::make(remote, m_payload, checks, m_updateOptions);
            m_result.checksBefore = checks;
            m_result.checksAfter = HostUpdatePlan::checksFromJson(plan.payload.value(QStringLiteral("checks")).toArray());
            m_result.changes = plan.changes;
            m_result.warnings = plan.warnings;
            m_result.rolesAfterReplace = plan.rolesAfterReplace;
            m_result.rolesRemoved = plan.rolesRemoved;
            if (!plan.refusal.isEmpty()) {
                m_result.errorString = plan.refusal;
                finish(RegistrationResult::Action::Refused);
                return;
            }
            if (m_dryRun) {
                finish(RegistrationResult::Action::Planned);
                return;
            }
            if (plan.isNoop()) {
                finish(RegistrationResult::Action::Unchanged);
                return;
            }
            for (const QString &role : plan.rolesRemoved) {
                if (!m_confirmedRoleRemoval.contains(role)) {
                    m_result.errorString = HostRegistrarText::tr("the host's roles changed since the plan (%1 would be removed, "
                                                                 "which was not confirmed): nothing was sent; plan again")
                                               .arg(role);
                    finish(RegistrationResult::Action::Refused);
                    return;
                }
            }
            if (plan.changes.isEmpty())
                replaceRoles(hostId, plan);
            else
                applyUpdate(hostId, plan);
        });
    });
}

void HostRegistrar::readChecksThen(const QString &hostId, std::function<void(const std::optional<QList<HostCheck>> &)> next)
{
    MackerelApiCall *call = m_client->listMonitoredStatuses(hostId);
    connect(call, &MackerelApiCall::finished, this, [this, next](const MackerelApiResult &listed) {
        absorb(listed);
        if (!listed.ok()) {
            m_result.errorString = HostRegistrarText::tr("%1; without the host's check monitors the update cannot show "
                                                         "which of them it keeps, so nothing was sent")
                                       .arg(listed.errorString);
            finish(RegistrationResult::Action::Failed, &listed);
            next(std::nullopt);
            return;
        }
        QStringList ids;
        QHash<QString, QString> memos;
        for (const MackerelMonitoredStatus &status : listed.monitoredStatuses) {
            if (status.detailType == QLatin1String("check") && !ids.contains(status.monitorId)) {
                ids.append(status.monitorId);
                memos.insert(status.monitorId, status.memo);
            }
        }
        readCheckNames(ids, {}, memos, next);
    });
}

void HostRegistrar::readCheckNames(QStringList monitorIds, QList<HostCheck> checks, QHash<QString, QString> memos,
                                   std::function<void(const std::optional<QList<HostCheck>> &)> next)
{
    if (monitorIds.isEmpty()) {
        next(checks);
        return;
    }
    const QString id = monitorIds.takeFirst();
    MackerelApiCall *call = m_client->getCheckMonitor(id);
    connect(call, &MackerelApiCall::finished, this, [this, id, monitorIds, checks, memos, next](const MackerelApiResult &got) mutable {
        absorb(got);
        if (!got.ok()) {
            m_result.errorString = HostRegistrarText::tr("%1; without the host's check monitors the update cannot show "
                                                         "which of them it keeps, so nothing was sent")
                                       .arg(got.errorString);
            finish(RegistrationResult::Action::Failed, &got);
            next(std::nullopt);
            return;
        }
        checks.append(HostCheck{got.monitorName, memos.value(id)});
        readCheckNames(monitorIds, checks, memos, next);
    });
}

void HostRegistrar::applyUpdate(const QString &hostId, const HostUpdatePlan &plan)
{
    MackerelApiCall *put = m_client->updateHost(hostId, plan.payload);
    connect(put, &MackerelApiCall::finished, this, [this, hostId, plan](const MackerelApiResult &updated) {
        absorb(updated);
        if (!updated.ok()) {
            m_result.errorString = updated.errorString + identifierHint(updated);
            finish(RegistrationResult::Action::Failed, &updated);
            return;
        }
        if (plan.replacesRoles())
            replaceRoles(hostId, plan);
        else
            finish(RegistrationResult::Action::Updated);
    });
}

void HostRegistrar::replaceRoles(const QString &hostId, const HostUpdatePlan &plan)
{
    MackerelApiCall *call = m_client->updateRoleFullnames(hostId, plan.rolesAfterReplace);
    connect(call, &MackerelApiCall::finished, this, [this](const MackerelApiResult &replaced) {
        absorb(replaced);
        if (!replaced.ok()) {
            m_result.errorString = HostRegistrarText::tr("%1; the roles were not replaced").arg(replaced.errorString);
            finish(RegistrationResult::Action::Failed, &replaced);
            return;
        }
        m_result.rolesReplaced = true;
        finish(RegistrationResult::Action::Updated);
    });
}

} // namespace mi
