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
    m_error.clear();
    m_hasReport = false;
    m_plan = RegistrationResult();
    m_result = RegistrationResult();
    m_firmwareCheck.reset();
    ++m_check;
    client();
    setState(State::Checking);
    m_matcher->start(customIdentifier, m_settings.idFilePath, localKeys);
}

void MackerelSession::onReport(const MatchReport &report)
{
    m_report = report;
    if (report.verdict == MatchVerdict::Error) {
        m_hasReport = true;
        m_error = report.message;
        setState(State::Failed);
        return;
    }
    const std::optional<FirmwareFinding> finding = m_firmwareFinding ? m_firmwareFinding() : std::nullopt;
    if (!finding || finding->kind != FirmwareFinding::Kind::AgentMissesCloud || finding->expectedIdentifier.isEmpty()) {
        m_hasReport = true;
        setState(State::Checked);
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
        m_hasReport = true;
        setState(State::Checked);
    });
}

bool MackerelSession::canRegister() const
{
    if (!m_hasReport)
        return false;
    switch (m_report.verdict) {
    case MatchVerdict::Create:
    case MatchVerdict::Attach:
    case MatchVerdict::Update: return true;
    default: return false;
    }
}

bool MackerelSession::registrationCreates() const
{
    return m_hasReport && m_report.verdict == MatchVerdict::Create;
}

void MackerelSession::planRegistration(const QJsonObject &payload)
{
    if (isBusy() || !canRegister())
        return;
    m_payload = payload;
    m_error.clear();
    client();
    setState(State::Planning);
    if (registrationCreates())
        m_registrar->create(payload, true);
    else
        m_registrar->update(m_report.host->id, payload, true);
}

void MackerelSession::confirmRegistration(bool writeIdFile)
{
    if (m_state != State::Planned)
        return;
    m_writeIdFile = writeIdFile;
    setState(State::Registering);
    if (registrationCreates())
        m_registrar->create(m_payload, false);
    else
        m_registrar->update(m_report.host->id, m_payload, false);
}

void MackerelSession::discardPlan()
{
    if (m_state != State::Planned)
        return;
    m_plan = RegistrationResult();
    setState(State::Checked);
}

void MackerelSession::onRegistration(const RegistrationResult &result)
{
    if (m_state == State::Planning) {
        m_plan = result;
        if (!result.ok()) {
            m_error = result.errorString;
            setState(State::Failed);
            return;
        }
        setState(State::Planned);
        return;
    }
    m_result = result;
    if (!result.ok()) {
        m_error = result.errorString;
        setState(State::Failed);
        return;
    }
    m_idFileMessage.clear();
    if (m_writeIdFile && !result.hostId.isEmpty()) {
        QString error;
        m_idFileMessage = HostIdFile::write(m_settings.idFilePath, result.hostId, &error)
            ? tr("Wrote host id %1 to %2, as the agent would.").arg(result.hostId, m_settings.idFilePath)
            : tr("The host id file was not written: %1").arg(error);
    }
    setState(State::Registered);
}

} // namespace mi::ui
