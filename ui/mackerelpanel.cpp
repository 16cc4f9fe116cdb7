#include "mackerelpanel.h"

#include "hostcomparisonview.h"
#include "machinekeys.h"
#include "mackerelsession.h"
#include "plaintooltip.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mi::ui {

namespace {

// A label repaints on every setText, same words or not: over X forwarding, only when they change.
void setLabelText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace

QString verdictHeadline(const QString &verdictName)
{
    if (verdictName == QLatin1String("attach"))
        return QObject::tr("Attach: mackerel-agent will adopt the host already registered for this instance");
    if (verdictName == QLatin1String("create"))
        return QObject::tr("Create: mackerel-agent will register a new host");
    if (verdictName == QLatin1String("update"))
        return QObject::tr("Update: mackerel-agent will keep using the host in its id file");
    if (verdictName == QLatin1String("mismatch"))
        return QObject::tr("Mismatch: mackerel-agent will refuse to start (custom identifiers mismatch)");
    if (verdictName == QLatin1String("missing-host"))
        return QObject::tr("Missing host: mackerel-agent will refuse to start (its id file names a host Mackerel does not have)");
    return QObject::tr("Cannot tell: the Mackerel API could not be asked");
}

static QString jsonText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QObject::tr("(nothing)");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

MackerelPanel::MackerelPanel(MackerelSession *session, std::function<QString()> identifier,
                             std::function<QJsonObject()> payload, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(std::move(identifier))
    , m_payload(std::move(payload))
{
    const MackerelSettings &settings = session->settings();
    m_apiBase = new QLineEdit(settings.apiBase.toString(), this);
    m_apiBase->setToolTip(plainToolTip(tr("From %1").arg(settings.apiBaseSource)));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password); // typed keys are never shown; configured ones never filled in
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setPlaceholderText(session->hasApiKey()
                                     ? tr("configured (%1); type to use another key").arg(settings.apiKeySource)
                                     : tr("not set: type a key, or set MACKEREL_APIKEY or --apikey-file"));
    m_idFile = new QLabel(this);
    m_idFile->setTextFormat(Qt::PlainText);
    m_idFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idFile->setText(tr("%1 (%2)").arg(settings.idFilePath, settings.idFileSource));

    m_checkButton = new QPushButton(tr("&Check match"), this);
    connect(m_checkButton, &QPushButton::clicked, this, &MackerelPanel::checkMatch);

    m_verdict = new QLabel(this);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host = new QLabel(this);
    m_host->setTextFormat(Qt::PlainText);
    m_host->setWordWrap(true);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lookalikes = new QLabel(this);
    m_lookalikes->setWordWrap(true);
    m_lookalikes->setTextFormat(Qt::PlainText);
    m_lookalikes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookalikes->setFrameShape(QFrame::StyledPanel);
    m_lookalikes->setMargin(6);
    m_lookalikes->hide();
    m_comparison = new HostComparisonView(this);
    m_comparison->hide();

    m_registerButton = new QPushButton(tr("Register…"), this);
    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        applyTypedSettings();
        m_session->planRegistration(m_payload());
    });

    m_changes = new QTableWidget(0, 3, this);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("On Mackerel now"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 160);
    m_changes->setColumnWidth(1, 330);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(false);
    m_writeIdFile = new QCheckBox(tr("Write the host id file, as the agent would"), this);
    m_confirmButton = new QPushButton(tr("Confirm"), this);
    connect(m_confirmButton, &QPushButton::clicked, this,
            [this] { m_session->confirmRegistration(m_writeIdFile->isChecked()); });
    m_discardButton = new QPushButton(tr("Discard"), this);
    connect(m_discardButton, &QPushButton::clicked, m_session, &MackerelSession::discardPlan);
    m_outcome = new QLabel(this);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("API base"), m_apiBase);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("Host id file"), m_idFile);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addStretch(1);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_writeIdFile);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_discardButton);
    confirmRow->addWidget(m_confirmButton);
    auto *registerRow = new QHBoxLayout;
    registerRow->addWidget(m_registerButton);
    registerRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    layout->addWidget(m_host);
    layout->addWidget(m_lookalikes);
    layout->addWidget(m_comparison, 1);
    layout->addLayout(registerRow);
    layout->addWidget(m_changes, 1);
    layout->addLayout(confirmRow);
    layout->addWidget(m_outcome);
    layout->addStretch(0);

    connect(m_session, &MackerelSession::stateChanged, this, &MackerelPanel::refresh);
    refresh();
}

void MackerelPanel::setReady(bool ready)
{
    m_ready = ready;
    refresh();
}

void MackerelPanel::applyTypedSettings()
{
    m_session->setTypedApiKey(m_apiKey->text());
    m_apiKey->clear(); // the session holds it now; the field keeps nothing
    if (m_session->hasApiKey())
        m_apiKey->setPlaceholderText(tr("configured (%1); type to use another key").arg(m_session->settings().apiKeySource));
    if (!m_session->setApiBase(m_apiBase->text()))
        m_outcome->setText(tr("The API base must be an http(s) URL; keeping %1.").arg(m_session->settings().apiBase.toString()));
}

void MackerelPanel::checkMatch()
{
    if (!m_ready || m_session->isBusy())
        return;
    applyTypedSettings();
    const QString identifier = m_identifier();
    m_session->checkMatch(identifier, matchKeys(identifier, m_payload(), m_firmwareInstanceKey ? m_firmwareInstanceKey() : QString()));
}

MachineKeys MackerelPanel::matchKeys(const QString &identifier, const QJsonObject &payload, const QString &firmwareInstanceKey)
{
    // The host name is left out: only an integration's naming tells an instance by it.
    MachineKeys keys = MachineKeys::fromHost(QString(), identifier, payload.value(QStringLiteral("meta")).toObject(),
                                             payload.value(QStringLiteral("interfaces")).toArray());
    if (!firmwareInstanceKey.isEmpty() && !keys.instanceKeys.contains(firmwareInstanceKey))
        keys.instanceKeys.append(firmwareInstanceKey);
    return keys;
}

QString MackerelPanel::lookalikesText() const
{
    return m_lookalikes->isHidden() ? QString() : m_lookalikes->text();
}

QString MackerelPanel::verdictText() const
{
    return m_verdict->text();
}

void MackerelPanel::refresh()
{
    using State = MackerelSession::State;
    const State state = m_session->state();
    const bool busy = m_session->isBusy();
    m_checkButton->setEnabled(m_ready && !busy && state != State::Planned);
    m_apiBase->setEnabled(!busy);
    m_apiKey->setEnabled(!busy);

    m_checkButton->setText(state == State::Checking ? tr("Checking…") : tr("&Check match"));
    // During a re-check the previous verdict stays until the new one: clearing it would relay the tab
    // out and repaint all of it twice (a full window of pixels over X forwarding); the button says it checks.
    const bool keepShown = state == State::Checking && m_showsReport;
    if (!keepShown)
        m_showsReport = m_session->hasReport();
    if (keepShown) {
        // as it was
    } else if (state == State::Checking) {
        setLabelText(m_verdict, tr("Asking Mackerel what the agent would find…"));
        setLabelText(m_message, QString());
        setLabelText(m_host, QString());
    } else if (m_session->hasReport()) {
        const MatchReport &report = m_session->report();
        setLabelText(m_verdict, verdictHeadline(matchVerdictName(report.verdict)));
        QString message = report.message;
        if (!report.warnings.isEmpty())
            message += QStringLiteral("\n• ") + report.warnings.join(QStringLiteral("\n• "));
        setLabelText(m_message, message);
        if (report.host) {
            const MackerelHost &host = *report.host;
            setLabelText(m_host, tr("Host %1 — name %2%3, status %4, %5")
                                .arg(host.id, host.name,
                                     host.displayName.isEmpty() ? QString() : tr(", display name %1").arg(host.displayName),
                                     host.status, host.origin()));
        } else {
            setLabelText(m_host, report.candidates.isEmpty() ? QString() : tr("%n candidate host(s)", nullptr, int(report.candidates.size())));
        }
    } else {
        setLabelText(m_verdict, m_ready ? tr("Not checked yet.") : tr("Waiting for the detection and the host specs…"));
        setLabelText(m_message, QString());
        setLabelText(m_host, QString());
    }

    const bool showLookalikes = state != State::Checking && m_session->hasReport()
        && m_session->report().verdict == MatchVerdict::Create && !m_session->report().lookalikes.isEmpty();
    if (showLookalikes) {
        QStringList lines;
        for (const Lookalike &lookalike : m_session->report().lookalikes) {
            const QString shared = lookalike.key == QLatin1String("instanceId")
                ? tr("the instance %1").arg(instanceIdOfKey(lookalike.value))
                : tr("the MAC address %1").arg(lookalike.value);
            lines << tr("• host %1 \"%2\" (%3) shares %4: the agent would create a duplicate next to it.")
                         .arg(lookalike.host.id, lookalike.host.name, lookalike.host.origin(), shared);
        }
        lines << tr("If that host is this machine, write its id into the id file %1 before the agent starts: the "
                    "agent then keeps using it instead of registering a new one.")
                     .arg(m_session->settings().idFilePath);
        m_lookalikes->setText(tr("Lookalikes: hosts that are this machine without its customIdentifier\n") + lines.join(QLatin1Char('\n')));
    }
    m_lookalikes->setVisible(showLookalikes);
    if (!keepShown)
        showComparison();

    const bool canRegister = m_session->canRegister() && (state == State::Checked || state == State::Registered);
    m_registerButton->setEnabled(canRegister);
    if (m_session->hasReport() && m_session->canRegister()) {
        m_registerButton->setText(m_session->registrationCreates()
                                      ? tr("Register a new host…")
                                      : tr("Update host %1…").arg(m_session->report().host->id));
    } else {
        m_registerButton->setText(tr("Register…"));
        m_registerButton->setToolTip(m_session->hasReport() ? plainToolTip(tr("The verdict does not allow it: %1").arg(m_session->report().message))
                                                            : tr("Check the match first."));
    }

    const bool planned = state == State::Planned;
    const RegistrationResult &shown = state == State::Registered ? m_session->result() : m_session->plan();
    m_changes->setRowCount(0);
    if (planned || state == State::Registered) {
        for (const HostFieldChange &change : shown.changes) {
            const int row = m_changes->rowCount();
            m_changes->insertRow(row);
            m_changes->setItem(row, 0, new QTableWidgetItem(change.field));
            m_changes->setItem(row, 1, new QTableWidgetItem(jsonText(change.before)));
            m_changes->setItem(row, 2, new QTableWidgetItem(jsonText(change.after)));
        }
    }
    m_changes->setVisible(planned || state == State::Registered);
    m_writeIdFile->setVisible(planned);
    m_confirmButton->setVisible(planned);
    m_discardButton->setVisible(planned);
    m_confirmButton->setEnabled(planned && !shown.changes.isEmpty());

    switch (state) {
    case State::Planning: setLabelText(m_outcome, tr("Reading the host on Mackerel to show what would change…")); break;
    case State::Planned:
        setLabelText(m_outcome, shown.changes.isEmpty()
                               ? tr("Nothing would change on Mackerel.")
                               : tr("%n field(s) will change on Mackerel. Nothing the host has and this side does not "
                                    "state is taken away. Confirm to send it.", nullptr, int(shown.changes.size())));
        break;
    case State::Registering: setLabelText(m_outcome, tr("Sending…")); break;
    case State::Registered:
        setLabelText(m_outcome, tr("Done: %1 host %2. %3")
                               .arg(RegistrationResult::actionName(m_session->result().action), m_session->result().hostId,
                                    m_session->idFileMessage()));
        break;
    case State::Failed: setLabelText(m_outcome, tr("Failed: %1").arg(m_session->lastError())); break;
    default: setLabelText(m_outcome, QString()); break;
    }
}

void MackerelPanel::showComparison()
{
    // Side by side where the agent would use an existing host; hidden while a plan shows its own table.
    const MackerelSession::State state = m_session->state();
    const bool existing = m_session->hasReport() && m_session->report().host
        && (m_session->report().verdict == MatchVerdict::Attach || m_session->report().verdict == MatchVerdict::Update);
    const bool show = existing && (state == MackerelSession::State::Checked || state == MackerelSession::State::Planning);
    if (show)
        m_comparison->setHosts(m_payload(), *m_session->report().host);
    else
        m_comparison->clear();
    m_comparison->setVisible(show);
}

} // namespace mi::ui
