#pragma once

#include "hostupdateplan.h"
#include "mackerelapiclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace mi {

struct RegistrationResult
{
    enum class Action {
        Created,   // POST answered with the new id
        Recovered, // the POST's answer was lost, and the host it created was found by its identifier
        Updated,   // PUT done
        Unchanged, // the update would change nothing, so nothing was sent
        Planned,   // dry run: nothing was sent but GETs
        Refused,   // creating was refused before sending: a host already carries the identifier
        Failed,
    };
    Action action = Action::Failed;
    QString hostId;
    QList<HostFieldChange> changes; // what changes (or would change) on Mackerel
    QStringList warnings;           // update: check monitors it removes
    // update: the host's check monitors as read for the plan, and as the update leaves them (the list
    // it sends). nullopt: not known (a create, or the read failed).
    std::optional<QList<HostCheck>> checksBefore;
    std::optional<QList<HostCheck>> checksAfter;
    // update: the role-fullnames step (--replace-roles): the roles it sets and the ones it removes
    // (empty: no such step), and whether it was done.
    QStringList rolesAfterReplace;
    QStringList rolesRemoved;
    bool rolesReplaced = false;
    MackerelApiError error = MackerelApiError::NoError;
    QString errorString;
    QList<ProbeRecord> probes;
    int posts = 0;                  // create requests sent

    bool ok() const { return action != Action::Failed && action != Action::Refused; }
    static QString actionName(Action action); // "created", "recovered", "updated", "unchanged", "planned", "refused", "failed"
};

// Creates or updates a host without ever leaving a duplicate: before a create it looks the
// customIdentifier up (and refuses if a host carries it); when a create's answer is lost (timeout,
// 5xx) it looks the identifier up again and adopts the host found, posting a second time only after
// the API said no host carries it, and never a third. Without an identifier a lost create is reported,
// not retried. An update reads the host first and sends HostUpdatePlan's payload, which keeps every
// remote field the local payload leaves out.
//
// With create guards set (an id file path), a create is also refused, before anything is sent, when
// the id file now holds a host id (the agent would use that host: a create would make a duplicate),
// and when there is no customIdentifier and the id file will not be written (the agent could not find
// the host created now, and would register a second one at its start). `register` and the window
// both create through these guards.
//
// Asynchronous: finished() is emitted once per create()/update(), from the event loop. The client is
// not owned and must outlive the registrar.
class HostRegistrar : public QObject
{
    Q_OBJECT
public:
    struct CreateGuards
    {
        QString idFilePath;        // empty: no guards (the id file is not read)
        bool writesIdFile = false; // the caller writes the id file with the new host's id
    };

    explicit HostRegistrar(MackerelApiClient *client, QObject *parent = nullptr);

    // For the next create() calls.
    void setCreateGuards(const CreateGuards &guards) { m_guards = guards; }
    // Why a create is refused now, before any request: the id file read again (synchronously, a few
    // bytes), and the missing identifier; empty when it may go on to the identifier lookup.
    static QString createRefusal(const CreateGuards &guards, const QString &customIdentifier, QString *hostId = nullptr);

    void create(const QJsonObject &payload, bool dryRun = false);
    void update(const QString &hostId, const QJsonObject &payload, bool dryRun = false,
                const HostUpdateOptions &options = HostUpdateOptions());
    // The roles the operator agreed to remove (from a dry run's rolesRemoved), for the next update().
    void setConfirmedRoleRemoval(const QStringList &roles) { m_confirmedRoleRemoval = roles; }

Q_SIGNALS:
    void finished(const mi::RegistrationResult &result);

private:
    void lookUpThen(std::function<void(const MackerelApiResult &)> next);
    void post();
    void finish(RegistrationResult::Action action, const MackerelApiResult *last = nullptr);
    void absorb(const MackerelApiResult &result);
    void readChecksThen(const QString &hostId, std::function<void(const std::optional<QList<HostCheck>> &)> next);
    void readCheckNames(QStringList monitorIds, QList<HostCheck> checks, QHash<QString, QString> memos,
                        std::function<void(const std::optional<QList<HostCheck>> &)> next);
    void applyUpdate(const QString &hostId, const HostUpdatePlan &plan);
    void replaceRoles(const QString &hostId, const HostUpdatePlan &plan);
    QString identifierHint(const MackerelApiResult &result) const;

    QPointer<MackerelApiClient> m_client;
    QJsonObject m_payload;
    QString m_identifier;
    RegistrationResult m_result;
    bool m_dryRun = false;
    CreateGuards m_guards;
    HostUpdateOptions m_updateOptions;
    QStringList m_confirmedRoleRemoval;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::RegistrationResult)
