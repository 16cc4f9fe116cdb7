#include "fleetplandialog.h"

#include "mackerelapiclient.h"
#include "playbookrunner.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mi::ui {

namespace {

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    // Item views show plain text; the tooltip would guess rich text, so it is escaped.
    cell->setToolTip(text.toHtmlEscaped());
    return cell;
}

} // namespace

FleetPlanDialog::FleetPlanDialog(const FleetAudit &audit, const QStringList &reports, MackerelSettings settings, QWidget *parent)
    : QDialog(parent)
    , m_plan(makeFleetPlan(audit, reports, QDateTime::currentDateTimeUtc()))
    , m_settings(std::move(settings))
{
    setWindowTitle(tr("Repair plan"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_planTable = new QTableWidget(0, 5, this);
    m_planTable->setHorizontalHeaderLabels({tr("Machine"), tr("Verdict"), tr("Steps"), tr("What each will change"), tr("Blocked by")});
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->setWordWrap(true);
    m_resultTable = new QTableWidget(0, 4, this);
    m_resultTable->setHorizontalHeaderLabels({tr("Machine"), tr("State"), tr("Verdict before → after"), tr("What happened")});
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_resultTable->hide();
    m_hostTable = new QTableWidget(0, 4, this);
    m_hostTable->setHorizontalHeaderLabels({tr("Host"), tr("State"), tr("Task"), tr("Message")});
    m_hostTable->horizontalHeader()->setStretchLastSection(true);
    m_hostTable->hide();
    m_progress = new QPlainTextEdit(this);
    m_progress->setReadOnly(true);
    m_progress->setMaximumBlockCount(5000);
    m_progress->hide();

    m_saveButton = new QPushButton(tr("Save plan…"), this);
    m_applyButton = new QPushButton(tr("Apply…"), this);
    m_cancelButton = new QPushButton(tr("Cancel apply"), this);
    m_cancelButton->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    m_planPathField = new QLineEdit(this);
    m_planPathField->setPlaceholderText(tr("plan.json (its journal is kept next to it)"));
    m_inventoryField = new QLineEdit(this);
    m_inventoryField->setPlaceholderText(tr("the Ansible inventory of the machines"));
    auto *browsePlan = new QPushButton(tr("Browse…"), this);
    auto *browseInventory = new QPushButton(tr("Browse…"), this);
    connect(browsePlan, &QPushButton::clicked, this, [this] { browse(m_planPathField, tr("Save the repair plan"), true); });
    connect(browseInventory, &QPushButton::clicked, this,
            [this] { browse(m_inventoryField, tr("The Ansible inventory of the machines"), false); });
    connect(m_saveButton, &QPushButton::clicked, this, &FleetPlanDialog::savePlan);
    connect(m_applyButton, &QPushButton::clicked, this, &FleetPlanDialog::applyClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->cancel();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planPathField, 1);
    planRow->addWidget(browsePlan);
    auto *inventoryRow = new QHBoxLayout;
    inventoryRow->addWidget(m_inventoryField, 1);
    inventoryRow->addWidget(browseInventory);
    auto *form = new QFormLayout;
    form->addRow(tr("Plan file"), planRow);
    form->addRow(tr("Inventory"), inventoryRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_planTable, 2);
    layout->addWidget(m_hostTable, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_resultTable, 1);
    layout->addLayout(buttons);
    fillPlanTable();
    resize(900, 560);
}

FleetPlanDialog::~FleetPlanDialog() = default;

void FleetPlanDialog::fillPlanTable()
{
    m_planTable->setRowCount(int(m_plan.machines.size()));
    for (int row = 0; row < m_plan.machines.size(); ++row) {
        const FleetPlanMachine &machine = m_plan.machines.at(row);
        QStringList kinds, texts;
        for (const FleetPlanStep &step : machine.steps) {
            kinds << fleetPlanStepKindName(step.kind);
            if (step.kind != FleetPlanStepKind::Manual)
                texts << fleetPlanStepText(step);
        }
        m_planTable->setItem(row, 0, item(machine.machine));
        m_planTable->setItem(row, 1, item(machine.verdict));
        m_planTable->setItem(row, 2, item(kinds.join(QStringLiteral(", "))));
        m_planTable->setItem(row, 3, item(texts.join(QLatin1Char('\n'))));
        m_planTable->setItem(row, 4, item(machine.blocked));
    }
    m_planTable->resizeRowsToContents();
    const QStringList retire = m_plan.hostsToRetire();
    m_status->setText(tr("%1 machines to repair, %2 with automatic steps; hosts to be retired: %3")
                          .arg(m_plan.machines.size())
                          .arg(m_plan.automaticMachines())
                          .arg(retire.isEmpty() ? tr("none") : retire.join(QStringLiteral(", "))));
    m_applyButton->setEnabled(m_plan.automaticMachines() > 0);
}

QString FleetPlanDialog::defaultRepairPlaybook()
{
    const QString inspect = PlaybookRunner::defaultPlaybookPath();
    if (inspect.isEmpty())
        return QString();
    const QString repair = QFileInfo(inspect).dir().filePath(QStringLiteral("repair.yml"));
    return QFileInfo(repair).isFile() ? repair : QString();
}

QString FleetPlanDialog::confirmationText(const FleetPlan &plan, const QString &inventory)
{
    QStringList machines;
    for (const FleetPlanMachine &machine : plan.machines) {
        if (machine.automatic())
            machines << machine.machine;
    }
    const QStringList retire = plan.hostsToRetire();
    return tr("Apply the plan to %1 machines (%2) of the inventory %3: their id files are moved aside and their agents "
              "restarted, each is checked, and then these hosts are retired on Mackerel: %4.")
        .arg(machines.size())
        .arg(machines.join(QStringLiteral(", ")), inventory,
             retire.isEmpty() ? tr("none") : retire.join(QStringLiteral(", ")));
}

void FleetPlanDialog::browse(QLineEdit *field, const QString &title, bool save)
{
    auto *dialog = new QFileDialog(this, title, field->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, field, &QLineEdit::setText);
    dialog->open();
}

bool FleetPlanDialog::savePlan()
{
    const QString path = m_planPathField->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Give the plan file first."));
        return false;
    }
    QString error;
    if (!writeFleetPlanFile(m_plan, path, &error)) {
        m_status->setText(error);
        return false;
    }
    m_planPath = path;
    m_status->setText(tr("Plan written to %1").arg(path));
    return true;
}

void FleetPlanDialog::applyClicked()
{
    const QString inventory = m_inventoryField->text().trimmed();
    if (inventory.isEmpty()) {
        m_status->setText(tr("Give the inventory first."));
        return;
    }
    const QString playbook = defaultRepairPlaybook();
    if (playbook.isEmpty()) {
        m_status->setText(tr("repair.yml not found next to inspect.yml"));
        return;
    }
    // The journal lives next to the plan file: apply needs the plan saved, once.
    if (m_planPath.isEmpty() || m_planPath != m_planPathField->text().trimmed()) {
        if (!savePlan())
            return;
    }
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Apply the repair plan"), confirmationText(m_plan, inventory),
                                    QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setTextFormat(Qt::PlainText);
    QPushButton *yes = confirm->addButton(tr("Apply"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    const QString planPath = m_planPath;
    connect(confirm, &QMessageBox::buttonClicked, this, [this, yes, planPath, inventory, playbook](QAbstractButton *button) {
        if (button == yes)
            startApply(planPath, inventory, playbook);
    });
    m_confirmation = confirm;
    confirm->open();
}

void FleetPlanDialog::startApply(const QString &planPath, const QString &inventory, const QString &playbook)
{
    QFile file(planPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("cannot read the plan %1: %2").arg(planPath, file.errorString()));
        return;
    }
    FleetApplyOptions options;
    options.planPath = planPath;
    options.planBytes = file.read(FleetPlanMaxBytes + 1);
    QString error;
    const auto plan = parseFleetPlan(options.planBytes, &error);
    if (!plan) {
        m_status->setText(tr("%1 is not a plan: %2").arg(planPath, error));
        return;
    }
    options.plan = *plan;
    options.inventory = inventory;
    options.playbook = playbook;
    options.dryRun = false;
    options.apiKey = m_settings.apiKey;
    MackerelApiOptions api;
    api.apiBase = m_settings.apiBase;
    api.apiKey = m_settings.apiKey;
    m_client = std::make_unique<MackerelApiClient>(api);
    delete m_applier;
    m_applier = new FleetApplier(options, m_client.get(), this);
    connect(m_applier, &FleetApplier::progress, this, [this](const QString &machine, const QString &step, const QString &text) {
        log(QStringLiteral("%1%2: %3").arg(machine.isEmpty() ? QString() : machine + QStringLiteral(": "), step, text));
    });
    connect(m_applier, &FleetApplier::outputLine, this, &FleetPlanDialog::showPlaybookLine);
    connect(m_applier, &FleetApplier::finished, this, &FleetPlanDialog::onFinished);
    m_progress->clear();
    m_progress->show();
    m_playbook = PlaybookProgress();
    m_hostTable->setRowCount(0);
    m_resultTable->hide();
    m_applyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Applying the plan…"));
    m_applier->start();
}

void FleetPlanDialog::log(const QString &line)
{
    // The key never reaches the playbook; this keeps it out of the view whatever a line says.
    QString shown = line;
    if (!m_settings.apiKey.isEmpty())
        shown.replace(m_settings.apiKey, QStringLiteral("<redacted>"));
    m_progress->appendPlainText(shown);
}

void FleetPlanDialog::showPlaybookLine(const QString &line)
{
    log(line);
    const QStringList changed = m_playbook.apply(line);
    for (const QString &name : changed) {
        const PlaybookHostState *state = m_playbook.host(name);
        if (!state)
            continue;
        int row = 0;
        while (row < m_hostTable->rowCount() && m_hostTable->item(row, 0)->text() != name)
            ++row;
        if (row == m_hostTable->rowCount())
            m_hostTable->insertRow(row);
        m_hostTable->setItem(row, 0, item(name));
        m_hostTable->setItem(row, 1, item(playbookHostStateName(state->state)));
        m_hostTable->setItem(row, 2, item(state->task));
        m_hostTable->setItem(row, 3, item(state->message));
    }
    if (!changed.isEmpty())
        m_hostTable->show();
}

void FleetPlanDialog::onFinished(const FleetApplyResult &result)
{
    m_cancelButton->setEnabled(false);
    m_applyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    if (!result.errorString.isEmpty()) {
        m_status->setText(result.errorString);
        Q_EMIT applyFinished(result);
        return;
    }
    m_resultTable->setRowCount(int(result.machines.size()));
    for (int row = 0; row < result.machines.size(); ++row) {
        const FleetApplyMachineResult &machine = result.machines.at(row);
        m_resultTable->setItem(row, 0, item(machine.machine));
        m_resultTable->setItem(row, 1, item(fleetApplyStateName(machine.state)));
        m_resultTable->setItem(row, 2, item(machine.afterVerdict.isEmpty()
                                                ? machine.beforeVerdict
                                                : QStringLiteral("%1 → %2").arg(machine.beforeVerdict, machine.afterVerdict)));
        m_resultTable->setItem(row, 3, item(machine.text));
    }
    m_resultTable->show();
    m_status->setText(result.nothingToDo ? tr("Nothing to do: every automatic step of this plan is done.")
                                         : tr("Apply ended; retired: %1")
                                               .arg(result.retired.isEmpty() ? tr("none") : result.retired.join(QStringLiteral(", "))));
    Q_EMIT applyFinished(result);
}

} // namespace mi::ui
