#pragma once

#include "firmwarefinding.h"
#include "firmwareidentifiercheck.h"
#include "hostregistrar.h"
#include "machinekeys.h"
#include "mackerelsettings.h"
#include "matchreport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace mi {
class HostMatcher;
class MackerelApiClient;
}

namespace mi::ui {

// The Mackerel side of the window, as state: the match verdict for the detected identifier, then a
// planned registration (a dry run that shows the field-by-field change), then, on confirmation, the
// registration itself, after which the match is checked again at once: every action acts on a
// verdict from a check made after the window's last change. A create goes through HostRegistrar's
// guards, as `register` does (the id file read again, the identifier looked up again). The API key is
// held here and in the client only; no signal carries it.
//
// Asynchronous throughout; each step ends with stateChanged() from the event loop.
class MackerelSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Checking, Checked, Planning, Planned, Registering, Failed };
    Q_ENUM(State)

    explicit MackerelSession(const MackerelSettings &settings, QObject *parent = nullptr);
    ~MackerelSession() override;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Checking || m_state == State::Planning || m_state == State::Registering; }
    const MackerelSettings &settings() const { return m_settings; }
    bool hasApiKey() const { return !m_settings.apiKey.isEmpty(); }
    // A key typed in the window replaces the configured one; an empty text keeps it. Either change
    // makes the verdict stale: no action until the next check.
    void setTypedApiKey(const QString &key);
    bool setApiBase(const QString &text);

    const MatchReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // When the shown verdict was made (local time); invalid before the first.
    QDateTime checkedAt() const { return m_checkedAt; }
    const RegistrationResult &plan() const { return m_plan; }
    // What an update sends as checks (HostUpdatePlan): an update from the conf's checks is refused
    // while no agent conf was read (the default: false). Takes effect at the next plan.
    void setConfRead(bool read) { m_updateOptions.confRead = read; }
    bool confRead() const { return m_updateOptions.confRead; }
    void setUpdateChecks(UpdateChecks checks) { m_updateOptions.checks = checks; }
    UpdateChecks updateChecks() const { return m_updateOptions.checks; }
    HostUpdateOptions updateOptions() const { return m_updateOptions; }
    // The check monitors of host `hostId` as last read for a plan or left by an update of this session
    // (they are not in the host object). nullopt: not known.
    std::optional<QList<HostCheck>> knownCheckMonitors(const QString &hostId) const;
    QString lastError() const { return m_error; }

    // The last confirmed registration, kept through the check that follows it until the next action.
    bool hasResult() const { return m_hasResult; }
    const RegistrationResult &result() const { return m_result; }
    QString idFileMessage() const { return m_idFileMessage; }

    // Where the firmware names a cloud instance the agent will miss (FirmwareFinding::AgentMissesCloud
    // with its identifier), each check also looks that identifier up, as `match` does: the host the
    // integration registered for this instance. `finding` is asked at each check.
    void setFirmwareFinding(std::function<std::optional<FirmwareFinding>()> finding) { m_firmwareFinding = std::move(finding); }
    // The answer of that lookup, with the report; nullopt when the firmware named nothing to look up.
    const std::optional<FirmwareIdentifierCheck> &firmwareCheck() const { return m_firmwareCheck; }

    // Which registration the verdict allows: create for `create`, update for `attach`/`update`; only
    // from a verdict checked after the last change (state Checked, settings unchanged since).
    bool canRegister() const;
    bool registrationCreates() const;
    // A create where lookalikes exist makes a duplicate of them: it needs the operator's explicit choice.
    bool createNeedsConsent() const;

public Q_SLOTS:
    // `localKeys` (this machine's instance and MAC addresses) lets a create verdict name lookalikes.
    void checkMatch(const QString &customIdentifier, const mi::MachineKeys &localKeys = mi::MachineKeys());
    // `createAnyway`: the operator chose a create that duplicates the lookalikes (see createNeedsConsent()).
    void planRegistration(const QJsonObject &payload, bool createAnyway = false);
    void confirmRegistration(bool writeIdFile);
    void discardPlan();

Q_SIGNALS:
    void stateChanged(mi::ui::MackerelSession::State state);

private:
    void setState(State state);
    MackerelApiClient *client();
    void startCheck();
    void onReport(const MatchReport &report);
    // The check is over: its verdict is fresh from now on.
    void finishCheck(State state);
    void onRegistration(const RegistrationResult &result);

    MackerelSettings m_settings;
    std::unique_ptr<MackerelApiClient> m_client;
    HostMatcher *m_matcher = nullptr;
    HostRegistrar *m_registrar = nullptr;
    State m_state = State::Idle;
    QString m_identifier;   // of the last check, checked again after a registration
    MachineKeys m_localKeys;
    MatchReport m_report;
    bool m_hasReport = false;
    bool m_stale = false;   // the settings changed since the verdict
    QDateTime m_checkedAt;
    QJsonObject m_payload;
    HostUpdateOptions m_updateOptions{UpdateChecks::Conf, false, false};
    HostUpdateOptions m_plannedOptions; // what the shown plan was made with
    QString m_checksHostId;             // the host m_checks belongs to
    QList<HostCheck> m_checks;
    RegistrationResult m_plan;
    RegistrationResult m_result;
    bool m_hasResult = false;
    bool m_writeIdFile = false;
    QString m_error;
    QString m_idFileMessage;
    std::function<std::optional<FirmwareFinding>()> m_firmwareFinding;
    std::optional<FirmwareIdentifierCheck> m_firmwareCheck;
    quint64 m_check = 0; // the check in progress, so that a late firmware lookup of an earlier one is dropped
};

} // namespace mi::ui
