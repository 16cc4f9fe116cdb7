#include "mackerelpanel.h"

#include "hostcomparisonview.h"
#include "hostupdateplan.h"
#include "machinekeys.h"
#include "mackerelsession.h"
#include "plaintooltip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QShortcut>
#include <QTime>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
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
    if (verdictName == QLatin1String("lookup-failed"))
        return QObject::tr("Lookup failed: mackerel-agent will exit (its id file's host could not be looked up)");
    if (verdictName == QLatin1String("retired-host"))
        return QObject::tr("Retired host: mackerel-agent's id file names a retired host; this machine is not monitored");
    if (verdictName == QLatin1String("id-file-directory"))
        return QObject::tr("Id file directory: mackerel-agent will exit at every start (a directory stands at the id file's path)");
    return QObject::tr("Cannot tell: the Mackerel API could not be asked");
}

static QString jsonText(const QJsonValue &value, QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    if (value.isNull() || value.isUndefined())
        return QObject::tr("(none)");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    return value.toVariant().toString();
}

// A table cell with the whole value in its tooltip, indented, escaped: a tooltip guesses rich text.
static QTableWidgetItem *valueItem(const QJsonValue &value)
{
    auto *item = new QTableWidgetItem(jsonText(value));
    item->setToolTip(QStringLiteral("<pre>%1</pre>").arg(jsonText(value, QJsonDocument::Indented).toHtmlEscaped()));
    return item;
}

// Rows a table shows at least, so that a squeezed window scrolls the page rather than the table to a sliver.
static void keepRowsInSight(QTableWidget *table, int rows)
{
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * table->frameWidth()
                            + table->horizontalScrollBar()->sizeHint().height());
}

MackerelPanel::MackerelPanel(MackerelSession *session, std::function<QString()> identifier,
                             std::function<QJsonObject()> payload, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(std::move(identifier))
    , m_payload(std::move(payload))
{
    // Everything on a page that scrolls: at 800×600 the page is shorter than its parts, and squeezing
    // them would cut the verdict mid-line and the tables to a scroll bar.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Mackerel"));
    auto *content = new QWidget(m_scroll);

    const MackerelSettings &settings = session->settings();
    m_apiBase = new QLineEdit(settings.apiBase.toString(), content);
    m_apiBase->setToolTip(plainToolTip(tr("From %1").arg(settings.apiBaseSource)));
    m_apiBase->setAccessibleName(tr("API base"));
    m_apiBase->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_apiKey = new QLineEdit(content);
    m_apiKey->setEchoMode(QLineEdit::Password); // typed keys are never shown; configured ones never filled in
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_apiKey->setPlaceholderText(session->hasApiKey()
                                     ? tr("configured (%1); type to use another key").arg(settings.apiKeySource)
                                     : tr("not set: type a key, or set MACKEREL_APIKEY or --apikey-file"));
    // A verdict made with other settings is not acted on: typing makes it wait for the next check.
    for (QLineEdit *field : {m_apiBase, m_apiKey}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_fieldsEdited = true;
            refresh();
        });
    }
    m_idFile = new QLabel(content);
    m_idFile->setWordWrap(true);
    m_idFile->setTextFormat(Qt::PlainText);
    m_idFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idFile->setText(tr("%1 (%2)").arg(settings.idFilePath, settings.idFileSource));

    m_checkButton = new QPushButton(tr("&Check match"), content);
    m_checkButton->setAccessibleName(tr("Check match"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        m_steerFocus = true;
        checkMatch();
    });
    m_checkedAt = new QLabel(content);
    m_checkedAt->setTextFormat(Qt::PlainText);

    m_verdict = new QLabel(content);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_message = new QLabel(content);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host = new QLabel(content);
    m_host->setTextFormat(Qt::PlainText);
    m_host->setWordWrap(true);
    m_host->setTextFormat(Qt::PlainText);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The firmware's identifier on Mackerel, as `match` prints it: the integration's host the agent misses.
    m_firmwareHost = new QLabel(content);
    m_firmwareHost->setWordWrap(true);
    m_firmwareHost->setTextFormat(Qt::PlainText);
    m_firmwareHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firmwareHost->setAccessibleName(tr("Firmware's identifier on Mackerel"));
    m_firmwareHost->hide();

    m_lookalikes = new QLabel(content);
    m_lookalikes->setWordWrap(true);
    m_lookalikes->setTextFormat(Qt::PlainText);
    m_lookalikes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookalikes->setFrameShape(QFrame::StyledPanel);
    m_lookalikes->setMargin(6);
    m_lookalikes->hide();
    m_comparison = new HostComparisonView(content);
    m_comparison->hide();

    m_createAnyway = new QCheckBox(content);
    m_createAnyway->hide();
    connect(m_createAnyway, &QCheckBox::toggled, this, &MackerelPanel::refresh);
    m_registerButton = new QPushButton(tr("Register…"), content);
    m_registerButton->setAccessibleName(tr("Register or update"));
    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        applyTypedSettings();
        m_steerFocus = true;
        m_session->planRegistration(m_payload(), m_createAnyway->isVisible() && m_createAnyway->isChecked());
    });
    // The PUT's checks become the host's check monitors: the operator says which list an update sends.
    m_checks = new QComboBox(content);
    m_checks->addItem(tr("Check monitors: as the agent conf lists"), int(UpdateChecks::Conf));
    m_checks->addItem(tr("Check monitors: keep the host's"), int(UpdateChecks::Host));
    m_checks->addItem(tr("Check monitors: none (remove them)"), int(UpdateChecks::None));
    m_checks->setAccessibleName(tr("Check monitors after the update"));
    m_checks->setToolTip(tr("An update sends a list of checks, and Mackerel keeps only those check monitors of the host. "
                            "Without an agent conf, the conf's list is unknown and the update is refused."));
    m_checks->setCurrentIndex(m_checks->findData(int(m_session->updateChecks())));
    connect(m_checks, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setUpdateChecks(UpdateChecks(m_checks->currentData().toInt()));
        refresh();
    });
    m_registerReason = new QLabel(content);
    m_registerReason->setWordWrap(true);
    m_registerReason->setTextFormat(Qt::PlainText);

    m_changes = new QTableWidget(0, 3, content);
    m_changes->setAccessibleName(tr("Changes on Mackerel"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("On Mackerel now"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 160);
    m_changes->setColumnWidth(1, 330);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(false);
    m_changes->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    keepRowsInSight(m_changes, 4);
    m_writeIdFile = new QCheckBox(tr("Write the host id file, as the agent would"), content);
    m_writeIdFile->setAccessibleName(tr("Write the host id file"));
    m_discardButton = new QPushButton(tr("Discard"), content);
    m_discardButton->setAccessibleName(tr("Discard"));
    m_discardButton->setToolTip(tr("Esc"));
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        m_steerFocus = true;
        m_session->discardPlan();
    });
    m_confirmButton = new QPushButton(tr("Confirm"), content);
    m_confirmButton->setAccessibleName(tr("Confirm"));
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        m_steerFocus = true;
        m_session->confirmRegistration(m_writeIdFile->isChecked());
    });
    // Esc discards a pending confirmation, from anywhere on the page.
    m_discardShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    m_discardShortcut->setEnabled(false);
    connect(m_discardShortcut, &QShortcut::activated, m_discardButton, &QPushButton::click);
    m_outcome = new QLabel(content);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("API base"), m_apiBase);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("Host id file"), m_idFile);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_checkedAt, 1);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_writeIdFile, 1);
    confirmRow->addWidget(m_discardButton);
    confirmRow->addWidget(m_confirmButton);
    auto *registerRow = new QHBoxLayout;
    registerRow->addWidget(m_registerButton, 0, Qt::AlignTop);
    registerRow->addWidget(m_checks, 0, Qt::AlignTop);
    registerRow->addWidget(m_registerReason, 1);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    layout->addWidget(m_host);
    layout->addWidget(m_firmwareHost);
    layout->addWidget(m_lookalikes);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(m_createAnyway);
    layout->addLayout(registerRow);
    layout->addWidget(m_changes, 1);
    layout->addLayout(confirmRow);
    layout->addWidget(m_outcome);
    layout->addStretch(0);

    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

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
    m_fieldsEdited = false;
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

QString MackerelPanel::firmwareHostText() const
{
    return m_firmwareHost->isHidden() ? QString() : m_firmwareHost->text();
}

QString MackerelPanel::verdictText() const
{
    return m_verdict->text();
}

QString MackerelPanel::registerReason() const
{
    return m_registerReason->text();
}

QString MackerelPanel::checkedAtText() const
{
    return m_checkedAt->text();
}

QString MackerelPanel::outcomeText() const
{
    return m_outcome->text();
}

bool MackerelPanel::updateChangesNothing() const
{
    if (!m_session->hasReport() || m_session->registrationCreates() || !m_session->report().host)
        return false;
    // The host's check monitors are not in the host object: a plan reads them. Until one has (or an
    // update has set them), only keeping the host's own is known to leave them as they are.
    const MackerelHost &host = *m_session->report().host;
    const HostUpdateOptions options = m_session->updateOptions();
    if (options.checks == UpdateChecks::Host)
        return HostUpdatePlan::make(host, m_payload()).isNoop();
    const std::optional<QList<HostCheck>> checks = m_session->knownCheckMonitors(host.id);
    if (!checks)
        return false;
    return HostUpdatePlan::make(host, m_payload(), checks, options).isNoop();
}

void MackerelPanel::moveFocus(QWidget *to)
{
    // The operator's next step, where the step they took left them: never the page's first field.
    if (to && to->isEnabled() && to->isVisibleTo(this))
        to->setFocus(Qt::OtherFocusReason);
    else if (m_checkButton->isEnabled())
        m_checkButton->setFocus(Qt::OtherFocusReason);
}

void MackerelPanel::refresh()
{
    using State = MackerelSession::State;
    const State state = m_session->state();
    const State previous = std::exchange(m_shownState, state);
    const bool busy = m_session->isBusy();
    m_checkButton->setEnabled(m_ready && !busy && state != State::Planned);
    m_apiBase->setEnabled(!busy && state != State::Planned);
    m_apiKey->setEnabled(!busy && state != State::Planned);

    m_checkButton->setText(state == State::Checking ? tr("Checking…") : tr("&Check match"));
    if (m_session->checkedAt().isValid())
        setLabelText(m_checkedAt, tr("Checked at %1").arg(m_session->checkedAt().time().toString(QStringLiteral("HH:mm:ss"))));
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

    if (!keepShown) {
        const std::optional<FirmwareIdentifierCheck> &firmware = m_session->firmwareCheck();
        if (firmware) {
            const QString held = !firmware->error.isEmpty() ? tr("not looked up: %1").arg(firmware->error)
                : firmware->hosts.isEmpty()
                ? tr("no host carries it")
                : tr("held by host %1 \"%2\" (%3, %4)")
                      .arg(firmware->hosts.constFirst().id, firmware->hosts.constFirst().name,
                           firmware->hosts.constFirst().status, firmware->hosts.constFirst().origin());
            setLabelText(m_firmwareHost, tr("Firmware's identifier %1: %2").arg(firmware->customIdentifier, held));
        }
        m_firmwareHost->setVisible(firmware.has_value());
    }

    const bool fresh = m_session->canRegister() && m_ready && !m_fieldsEdited;
    const bool showLookalikes = state != State::Checking && m_session->hasReport()
        && m_session->report().verdict == MatchVerdict::Create && !m_session->report().lookalikes.isEmpty();
    QStringList duplicated;
    if (showLookalikes) {
        QStringList lines;
        for (const Lookalike &lookalike : m_session->report().lookalikes) {
            const QString shared = lookalike.key == QLatin1String("instanceId")
                ? tr("the instance %1").arg(instanceIdOfKey(lookalike.value))
                : tr("the MAC address %1").arg(lookalike.value);
            lines << tr("• host %1 \"%2\" (%3) shares %4: the agent would create a duplicate next to it.")
                         .arg(lookalike.host.id, lookalike.host.name, lookalike.host.origin(), shared);
            if (!duplicated.contains(lookalike.host.id))
                duplicated << lookalike.host.id;
        }
        // The advice is the checked remedy of the report (the one match and fleet give), never a fixed sentence.
        if (const std::optional<AgentRemedy> &remedy = m_session->report().remedy)
            lines << remedy->text(m_session->settings().idFilePath);
        m_lookalikes->setText(tr("Lookalikes: hosts that are this machine without its customIdentifier\n") + lines.join(QLatin1Char('\n')));
    }
    m_lookalikes->setVisible(showLookalikes);
    if (!keepShown)
        showComparison();

    // The explicit choice a create next to a lookalike needs; it never carries over to another verdict.
    const bool consent = fresh && m_session->createNeedsConsent();
    if (consent) {
        const QString text = tr("Create anyway, knowing it duplicates host %1").arg(duplicated.join(QStringLiteral(", ")));
        if (m_createAnyway->text() != text) {
            m_createAnyway->setChecked(false);
            m_createAnyway->setText(text);
            m_createAnyway->setAccessibleName(text);
        }
    } else if (m_createAnyway->isChecked() && state != State::Planning && state != State::Planned && state != State::Registering) {
        const QSignalBlocker blocker(m_createAnyway);
        m_createAnyway->setChecked(false);
    }
    m_createAnyway->setVisible(consent);

    const bool nothingToUpdate = fresh && !m_session->registrationCreates() && updateChangesNothing();
    m_checks->setVisible(m_session->hasReport() && !m_session->registrationCreates() && m_session->canRegister()
                         && m_session->report().host);
    m_checks->setEnabled(!busy && state != State::Planned);
    const bool canRegister = fresh && !nothingToUpdate && (!consent || m_createAnyway->isChecked());
    m_registerButton->setEnabled(canRegister);
    if (m_session->hasReport() && (m_session->registrationCreates() || (m_session->canRegister() && m_session->report().host))) {
        m_registerButton->setText(m_session->registrationCreates()
                                      ? tr("Register a new host…")
                                      : tr("Update host %1…").arg(m_session->report().host->id));
    } else {
        m_registerButton->setText(tr("Register…"));
    }
    QString reason;
    if (busy || state == State::Planned) {
        reason = QString();
    } else if (!m_session->hasReport() || !m_ready) {
        reason = tr("Check the match first.");
    } else if (m_fieldsEdited) {
        reason = tr("The API settings changed: check the match again first.");
    } else if (!m_session->canRegister()) {
        reason = tr("The verdict does not allow it: %1").arg(m_session->report().message);
    } else if (consent) {
        reason = m_createAnyway->isChecked()
            ? tr("This creates a duplicate of host %1.").arg(duplicated.join(QStringLiteral(", ")))
            : tr("Not offered: host %1 is this machine by its evidence, and a new host would duplicate it. Write its "
                 "id into the id file instead, or tick the box above to create anyway.")
                  .arg(duplicated.join(QStringLiteral(", ")));
    } else if (nothingToUpdate) {
        reason = tr("Host %1 already holds all of it: nothing to update.").arg(m_session->report().host->id);
    } else if (m_session->registrationCreates() && m_session->report().customIdentifier.isEmpty()) {
        reason = tr("Without a customIdentifier the agent finds the new host only by the id file: it is written with it.");
    }
    setLabelText(m_registerReason, reason);
    m_registerButton->setToolTip(plainToolTip(reason));
    m_registerButton->setAccessibleDescription(reason);

    const bool planned = state == State::Planned;
    if (planned && previous != State::Planned) {
        // Without an identifier the id file is what keeps the agent from creating a second host.
        m_writeIdFile->setChecked(m_session->registrationCreates() && m_session->report().customIdentifier.isEmpty());
    }
    if (planned != (previous == State::Planned) || planned)
        fillChanges();
    m_changes->setVisible(planned);
    m_writeIdFile->setVisible(planned);
    m_confirmButton->setVisible(planned);
    m_discardButton->setVisible(planned);
    m_discardShortcut->setEnabled(planned);
    const RegistrationResult &plan = m_session->plan();
    m_confirmButton->setEnabled(planned && (!plan.changes.isEmpty() || m_session->registrationCreates()));

    QString outcome;
    if (m_session->hasResult()) {
        const RegistrationResult &result = m_session->result();
        if (result.ok()) {
            outcome = tr("Done: %1 host %2. %3")
                          .arg(RegistrationResult::actionName(result.action), result.hostId, m_session->idFileMessage())
                          .trimmed();
        } else if (result.action == RegistrationResult::Action::Refused) {
            outcome = tr("Refused, nothing was sent: %1").arg(result.errorString);
        } else {
            outcome = tr("Failed: %1").arg(result.errorString);
        }
        if (state == State::Checking)
            outcome += QLatin1Char('\n') + tr("Checking the match again…");
    }
    switch (state) {
    case State::Planning: outcome = tr("Reading the host on Mackerel to show what would change…"); break;
    case State::Planned:
        outcome = plan.changes.isEmpty()
            ? tr("Nothing would change on Mackerel.")
            : tr("%n field(s) will change on Mackerel. Roles are only added, and no field this side leaves "
                 "empty is cleared. Confirm to send it, or Esc to discard.", nullptr, int(plan.changes.size()));
        for (const QString &warning : plan.warnings)
            outcome += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
        break;
    case State::Registering: outcome = tr("Sending…"); break;
    case State::Failed:
        if (!m_session->lastError().isEmpty())
            outcome += (outcome.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Failed: %1").arg(m_session->lastError());
        break;
    default: break;
    }
    setLabelText(m_outcome, outcome);

    // Focus follows the operator's step: to Confirm when a plan is shown, back to the action (or to
    // Check) when it is done or discarded.
    if (m_steerFocus && !busy) {
        m_steerFocus = false;
        if (planned)
            moveFocus(m_confirmButton->isEnabled() ? m_confirmButton : m_discardButton);
        else
            moveFocus(m_registerButton->isEnabled() ? static_cast<QWidget *>(m_registerButton) : m_checkButton);
    }
}

void MackerelPanel::fillChanges()
{
    m_changes->setRowCount(0);
    if (m_session->state() != MackerelSession::State::Planned)
        return;
    for (const HostFieldChange &change : m_session->plan().changes) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0,
                           new QTableWidgetItem(change.field == QLatin1String("checks") ? tr("check monitors after the update")
                                                                                       : change.field));
        m_changes->setItem(row, 1, valueItem(change.before));
        m_changes->setItem(row, 2, valueItem(change.after));
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
