#include "mackerelsession.h"

#include "mackerelapicall.h"

#include "hostidfile.h"
#include "hostmatcher.h"
#include "mackerelapiclient.h"

namespace mi::ui {

MackerelSession::MackerelSession(const MackerelSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

MackerelSession::~MackerelSession() = default;

void MackerelSession::setTypedApiKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty() || trimmed == m_settings.apiKey)
        return;
    m_settings.apiKey = trimmed;
    m_settings.apiKeySource = tr("typed in the window");
    m_client.reset(); // the next request uses the new key
    m_stale = true;
}

bool MackerelSession::setApiBase(const QString &text)
{
    const auto base = MackerelSettings::parseApiBase(text);
    if (!base)
        return false;
    if (*base != m_settings.apiBase) {
        m_settings.apiBase = *base;
        m_settings.apiBaseSource = tr("typed in the window");
        m_client.reset();
        m_stale = true;
    }
    return true;
}

MackerelApiClient *MackerelSession::client()
{
    if (!m_client) {
        MackerelApiOptions options;
        options.apiBase = m_settings.apiBase;
        options.apiKey = m_settings.apiKey;
        m_client = std::make_unique<MackerelApiClient>(options);
        // Matcher and registrar work on one client; they go with it.
        m_matcher = new HostMatcher(m_client.get(), m_client.get());
        connect(m_matcher, &HostMatcher::finished, this, &MackerelSession::onReport);
        m_registrar = new HostRegistrar(m_client.get(), m_client.get());
        connect(m_registrar, &HostRegistrar::finished, this, &MackerelSession::onRegistration);
    }
    return m_client.get();
}

void MackerelSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MackerelSession::checkMatch(const QString &customIdentifier, const MachineKeys &localKeys)
{
    if (isBusy())
        return;
    m_identifier = customIdentifier;
    m_localKeys = localKeys;
    m_hasResult = false; // a check of the operator's own: the last registration's words go
    m_result = RegistrationResult();
    startCheck();
}

void MackerelSession::startCheck()
{
    m_error.clear();
    m_hasReport = false;
    m_plan = RegistrationResult();
    m_firmwareCheck.reset();
    ++m_check;
    client();
    setState(State::Checking);
    m_matcher->start(m_identifier, m_settings.idFilePath, m_localKeys);
}

void MackerelSession::onReport(const MatchReport &report)
{
    m_report = report;
    if (report.verdict == MatchVerdict::Error) {
        m_error = report.message;
        finishCheck(State::Failed);
        return;
    }
    const std::optional<FirmwareFinding> finding = m_firmwareFinding ? m_firmwareFinding() : std::nullopt;
    if (!finding || finding->kind != FirmwareFinding::Kind::AgentMissesCloud || finding->expectedIdentifier.isEmpty()) {
        finishCheck(State::Checked);
        return;
    }
    // As `match`: a read-only search for the identifier the firmware says the agent should send.
    MackerelApiCall *call = client()->findHostsByCustomIdentifier(finding->expectedIdentifier);
    const quint64 check = m_check;
    connect(call, &MackerelApiCall::finished, this, [this, check, finding = *finding](const MackerelApiResult &result) {
        if (check != m_check)
            return;
        m_firmwareCheck = checkFirmwareIdentifier(finding, result);
        m_report.probes += result.probes;
        m_report.warnings.append(m_firmwareCheck->message);
        finishCheck(State::Checked);
    });
}

void MackerelSession::finishCheck(State state)
{
    m_hasReport = true;
    m_stale = false;
    m_checkedAt = QDateTime::currentDateTime();
    setState(state);
}

bool MackerelSession::canRegister() const
{
    if (!m_hasReport || m_stale || m_state != State::Checked)
        return false;
    switch (m_report.verdict) {
    case MatchVerdict::Create: return true;
    case MatchVerdict::Attach:
    case MatchVerdict::Update: return m_report.host.has_value();
    default: return false;
    }
}

bool MackerelSession::registrationCreates() const
{
    return m_hasReport && m_report.verdict == MatchVerdict::Create;
}

bool MackerelSession::createNeedsConsent() const
{
    return registrationCreates() && !m_report.lookalikes.isEmpty();
}

void MackerelSession::planRegistration(const QJsonObject &payload, bool createAnyway)
{
    if (!canRegister() || (createNeedsConsent() && !createAnyway))
        return;
    m_payload = payload;
    m_error.clear();
    m_hasResult = false;
    m_result = RegistrationResult();
    client();
    setState(State::Planning);
    if (registrationCreates()) {
        // The plan shows what a create sends; whether the id file is written is chosen at the confirmation.
        m_registrar->setCreateGuards({m_settings.idFilePath, true});
        m_registrar->create(payload, true);
    } else {
        m_plannedOptions = m_updateOptions;
        m_registrar->update(m_report.host->id, payload, true, m_plannedOptions);
    }
}

void MackerelSession::confirmRegistration(bool writeIdFile)
{
    if (m_state != State::Planned)
        return;
    m_writeIdFile = writeIdFile;
    setState(State::Registering);
    if (registrationCreates()) {
        // The same guards as `register`, right before the create: the id file read again, then the
        // identifier looked up again.
        m_registrar->setCreateGuards({m_settings.idFilePath, writeIdFile});
        m_registrar->create(m_payload, false);
    } else {
        m_registrar->update(m_report.host->id, m_payload, false, m_plannedOptions);
    }
}

void MackerelSession::discardPlan()
{
    if (m_state != State::Planned)
        return;
    m_plan = RegistrationResult();
    setState(State::Checked);
}

std::optional<QList<HostCheck>> MackerelSession::knownCheckMonitors(const QString &hostId) const
{
    if (hostId.isEmpty() || hostId != m_checksHostId)
        return std::nullopt;
    return m_checks;
}

void MackerelSession::onRegistration(const RegistrationResult &result)
{
    // What the host's check monitors are, where this result tells: read for the plan, left by the
    // update, or registered with a new host (the POST's checks).
    if (registrationCreates()) {
        if (m_state == State::Registering && result.ok() && !result.hostId.isEmpty()) {
            m_checksHostId = result.hostId;
            m_checks = HostUpdatePlan::checksFromJson(m_payload.value(QStringLiteral("checks")).toArray());
        }
    } else if (m_report.host) {
        const bool updated = result.action == RegistrationResult::Action::Updated
            || result.action == RegistrationResult::Action::Unchanged;
        const std::optional<QList<HostCheck>> &known = m_state == State::Registering && updated ? result.checksAfter
                                                                                               : result.checksBefore;
        if (known) {
            m_checksHostId = m_report.host->id;
            m_checks = *known;
        }
    }
    if (m_state == State::Planning) {
        m_plan = result;
        if (result.action == RegistrationResult::Action::Refused && !registrationCreates()) {
            // The update plan itself refuses (no agent conf and no choice of checks): the verdict holds,
            // and another choice of checks may be planned at once.
            m_result = result;
            m_hasResult = true;
            m_plan = RegistrationResult();
            setState(State::Checked);
            return;
        }
        if (result.action == RegistrationResult::Action::Refused) {
            // The verdict no longer holds (an id file appeared, a host took the identifier): say why
            // and check again.
            m_result = result;
            m_hasResult = true;
            startCheck();
            return;
        }
        if (!result.ok()) {
            m_error = result.errorString;
            setState(State::Failed);
            return;
        }
        setState(State::Planned);
        return;
    }
    if (m_state != State::Registering)
        return;
    m_result = result;
    m_hasResult = true;
    m_idFileMessage.clear();
    if (result.ok() && m_writeIdFile && !result.hostId.isEmpty()) {
        QString error;
        m_idFileMessage = HostIdFile::write(m_settings.idFilePath, result.hostId, &error)
            ? tr("Wrote host id %1 to %2, as the agent would.").arg(result.hostId, m_settings.idFilePath)
            : tr("The host id file was not written: %1").arg(error);
    }
    // Whatever happened, Mackerel or the id file may have changed: nothing more is offered before the
    // match is checked again.
    startCheck();
}

} // namespace mi::ui
