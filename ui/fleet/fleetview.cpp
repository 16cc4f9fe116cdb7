#include "fleetview.h"

#include "drawnicon.h"
#include "fleetmachinedetails.h"
#include "fleetmachinemodel.h"
#include "fleetplandialog.h"
#include "plaintooltip.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace mi::ui {

FleetView::FleetView(FleetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *openButton = new QPushButton(tr("Open reports folder…"), this);
    openButton->setAccessibleName(tr("Open reports folder"));
    openButton->setToolTip(tr("A folder of 'inspect --json' reports, such as the playbook's reports_dir (Ctrl+O)"));
    connect(openButton, &QPushButton::clicked, this, &FleetView::openFolderDialog);
    m_rereadButton = new QPushButton(tr("Re-read hosts"), this);
    m_rereadButton->setToolTip(tr("List the organization's hosts again and join them with the reports"));
    connect(m_rereadButton, &QPushButton::clicked, m_session, &FleetSession::reread);
    m_exportJsonButton = new QPushButton(tr("Export JSON…"), this);
    m_exportJsonButton->setToolTip(tr("The whole audit, as 'fleet --json' prints it (Ctrl+E)"));
    connect(m_exportJsonButton, &QPushButton::clicked, this, &FleetView::exportJsonDialog);
    m_exportCsvButton = new QPushButton(tr("Export CSV…"), this);
    m_exportCsvButton->setToolTip(tr("One line a machine, as 'fleet --csv' prints it (Ctrl+Shift+E)"));
    connect(m_exportCsvButton, &QPushButton::clicked, this, &FleetView::exportCsvDialog);
    // Issue 21: the repair plan and its apply, in a dialog of their own (fleetplandialog.*).
    m_planButton = new QPushButton(tr("Plan repair…"), this);
    m_planButton->setToolTip(tr("The steps that end each duplicate and refusal, as 'fleet --plan' writes them; apply them from there"));
    connect(m_planButton, &QPushButton::clicked, this, &FleetView::openPlanDialog);

    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), &FleetView::openFolderDialog);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &FleetView::exportJsonDialog);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &FleetView::exportCsvDialog);

    m_folderLabel = new QLabel(this);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(openButton);
    topRow->addWidget(m_folderLabel, 1);
    topRow->addWidget(m_rereadButton);
    topRow->addWidget(m_exportJsonButton);
    topRow->addWidget(m_exportCsvButton);
    topRow->addWidget(m_planButton);

    m_details = new FleetMachineDetails(this);
    // On a small window the details scroll instead of squeezing their rows into each other.
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setAccessibleName(tr("Machine"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_warnings = new QPlainTextEdit(this);
    m_warnings->setReadOnly(true);
    m_warnings->setTabChangesFocus(true);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->tabBar()->setAccessibleName(tr("Machine, playbook and warnings"));
    m_lowerTabs->addTab(detailsScroll, tr("Machine"));
    m_lowerTabs->addTab(createPlaybookPane(), tr("Playbook"));
    m_lowerTabs->addTab(m_warnings, tr("Warnings"));
    // Ctrl+1, 2, 3 open them while the Fleet tab is shown (Ctrl+PgUp/PgDown and Ctrl+Tab belong to the
    // window's tabs, the arrows to the machines table).
    for (int index = 0; index < m_lowerTabs->count(); ++index) {
        auto *action = new QAction(this);
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut); // only while this view is visible
        connect(action, &QAction::triggered, this, [this, index] {
            m_lowerTabs->setCurrentIndex(index);
            m_lowerTabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        m_lowerTabs->setTabToolTip(index, keys.toString(QKeySequence::NativeText));
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createMachinesPane());
    splitter->addWidget(m_lowerTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(splitter, 1);

    FleetMachineModel *model = m_session->machines();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &FleetView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        refreshCounts();
        restoreSelection();
    });
    connect(m_session, &FleetSession::stateChanged, this, &FleetView::refreshState);
    PlaybookRunner *runner = m_session->playbook();
    connect(runner, &PlaybookRunner::hostChanged, this, &FleetView::onHostChanged);
    connect(runner, &PlaybookRunner::taskStarted, this, [this](const QString &task) {
        m_playbookStatus->setText(tr("Running: %1").arg(task));
    });
    connect(runner, &PlaybookRunner::finished, this, &FleetView::onPlaybookFinished);

    refreshCounts();
    refreshState();
    const QString folderToOpen = m_session->takeFolderToOpen();
    if (!folderToOpen.isEmpty() && m_session->folder().isEmpty())
        m_session->openFolder(folderToOpen);
}

QWidget *FleetView::createMachinesPane()
{
    auto *pane = new QWidget(this);
    m_verdictFilter = new QComboBox(pane);
    m_verdictFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_verdictFilter->setAccessibleName(tr("Verdict filter"));
    m_verdictFilter->addItem(QString(), QString());
    for (FleetVerdict verdict : allFleetVerdicts())
        m_verdictFilter->addItem(QString(), fleetVerdictName(verdict));
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString name = m_verdictFilter->itemData(index).toString();
        m_filter->setFilterRegularExpression(
            name.isEmpty() ? QRegularExpression()
                           : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(name))));
        showSelected();
    });

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_session->machines());
    m_filter->setFilterRole(FleetMachineModel::VerdictNameRole);
    m_filter->setFilterKeyColumn(FleetMachineModel::Verdict);
    m_filter->setSortRole(FleetMachineModel::SortRole);

    m_machineView = new QTableView(pane);
    m_machineView->setAccessibleName(tr("Machines"));
    m_machineView->setModel(m_filter);
    m_machineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_machineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_machineView->setSortingEnabled(true);
    m_machineView->sortByColumn(-1, Qt::AscendingOrder); // the audit's order (problems first) until a header is clicked
    m_machineView->setWordWrap(false);
    m_machineView->verticalHeader()->hide();
    m_machineView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_machineView->verticalHeader()->setDefaultSectionSize(m_machineView->fontMetrics().height() + 8);
    m_machineView->setMinimumHeight(m_machineView->verticalHeader()->defaultSectionSize() * 5);
    m_machineView->horizontalHeader()->setStretchLastSection(true);
    m_machineView->setColumnWidth(FleetMachineModel::Verdict, 150);
    m_machineView->setColumnWidth(FleetMachineModel::Name, 140);
    m_machineView->setColumnWidth(FleetMachineModel::CustomIdentifier, 220);
    m_machineView->setColumnWidth(FleetMachineModel::Hosts, 150);
    m_machineView->setColumnWidth(FleetMachineModel::Report, 55);
    connect(m_machineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetView::showSelected);

    // The listing narrowed as `fleet --service/--role` narrow it; applied on Return or leaving the field.
    m_serviceFilter = new QLineEdit(pane);
    m_serviceFilter->setPlaceholderText(tr("all services"));
    m_serviceFilter->setAccessibleName(tr("Service filter"));
    m_serviceFilter->setToolTip(tr("List only the hosts of this service, as 'fleet --service' does"));
    m_roleFilter = new QLineEdit(pane);
    m_roleFilter->setPlaceholderText(tr("all roles"));
    m_roleFilter->setAccessibleName(tr("Role filter"));
    m_roleFilter->setToolTip(tr("Only these roles of the service, separated by commas, as 'fleet --role' does"));
    m_roleFilter->setEnabled(false);
    connect(m_serviceFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_roleFilter->setEnabled(!text.trimmed().isEmpty());
    });
    const auto applyHostFilter = [this] {
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        m_session->setHostFilter(m_serviceFilter->text(), m_roleFilter->text().split(separators, Qt::SkipEmptyParts));
    };
    connect(m_serviceFilter, &QLineEdit::editingFinished, this, applyHostFilter);
    connect(m_roleFilter, &QLineEdit::editingFinished, this, applyHostFilter);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Verdict"), pane);
    filterLabel->setBuddy(m_verdictFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_verdictFilter);
    auto *serviceLabel = new QLabel(tr("Service"), pane);
    serviceLabel->setBuddy(m_serviceFilter);
    filterRow->addWidget(serviceLabel);
    filterRow->addWidget(m_serviceFilter);
    auto *roleLabel = new QLabel(tr("Role"), pane);
    roleLabel->setBuddy(m_roleFilter);
    filterRow->addWidget(roleLabel);
    filterRow->addWidget(m_roleFilter);
    filterRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_machineView, 1);
    return pane;
}

QWidget *FleetView::createPlaybookPane()
{
    auto *pane = new QWidget(this);
    const auto fieldWithBrowse = [this, pane](QLineEdit *field, const QString &title, bool folder) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse…"), pane);
        browse->setAccessibleName(tr("Browse for %1").arg(title));
        connect(browse, &QPushButton::clicked, this, [this, field, title, folder] { browseInto(field, title, folder); });
        row->addWidget(field, 1);
        row->addWidget(browse);
        return row;
    };
    m_inventory = new QLineEdit(pane);
    m_inventory->setAccessibleName(tr("Inventory"));
    m_inventory->setPlaceholderText(tr("an Ansible inventory file (hosts.ini, inventory.yml)"));
    m_playbook = new QLineEdit(PlaybookRunner::defaultPlaybookPath(), pane);
    m_playbook->setAccessibleName(tr("Playbook"));
    m_playbook->setPlaceholderText(tr("contrib/ansible/inspect.yml"));
    m_reportsDir = new QLineEdit(pane);
    m_reportsDir->setAccessibleName(tr("Reports folder"));
    m_reportsDir->setPlaceholderText(tr("empty: the folder open above (the run adds to its audit), else a new folder under %1")
                                         .arg(QDir::toNativeSeparators(QDir::tempPath())));
    m_inspector = new QLineEdit(pane);
    m_inspector->setAccessibleName(tr("Inspector"));
    m_inspector->setPlaceholderText(tr("mackerel-inspector (the playbook's default: found in PATH on each machine)"));
    m_inspector->setText(m_session->defaultInspector());
    m_inspectorArgs = new QLineEdit(pane);
    m_inspectorArgs->setAccessibleName(tr("Arguments"));
    m_inspectorArgs->setPlaceholderText(tr("extra arguments for 'inspect' on each machine, e.g. --timeout 5000"));
    m_inspectorArgs->setText(m_session->defaultInspectorArgs());

    m_runButton = new QPushButton(tr("Run playbook"), pane);
    connect(m_runButton, &QPushButton::clicked, this, &FleetView::runPlaybook);
    m_cancelButton = new QPushButton(tr("Cancel"), pane);
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &FleetSession::cancelPlaybook);
    m_playbookStatus = new QLabel(tr("Not run."), pane);
    m_playbookStatus->setWordWrap(true);
    m_playbookStatus->setTextFormat(Qt::PlainText);
    m_playbookStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QTableWidget(0, 4, pane);
    m_progress->setAccessibleName(tr("Playbook progress"));
    m_progress->setHorizontalHeaderLabels({tr("Host"), tr("State"), tr("Task"), tr("Message")});
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setWordWrap(false);
    m_progress->setColumnWidth(0, 140);
    m_progress->setColumnWidth(1, 125);
    m_progress->setColumnWidth(2, 220);

    auto *form = new QFormLayout;
    form->addRow(tr("Inventory"), fieldWithBrowse(m_inventory, tr("Ansible inventory"), false));
    form->addRow(tr("Playbook"), fieldWithBrowse(m_playbook, tr("inspect.yml"), false));
    form->addRow(tr("Reports folder"), fieldWithBrowse(m_reportsDir, tr("Reports folder"), true));
    form->addRow(tr("Inspector"), m_inspector);
    form->addRow(tr("Arguments"), m_inspectorArgs);
    m_become = new QComboBox(pane);
    m_become->setAccessibleName(tr("Run inspect as root (become)"));
    m_become->addItem(tr("the inventory's (the playbook's default: as root)"), QString());
    m_become->addItem(tr("as root (become), as the agent runs"), QStringLiteral("true"));
    m_become->addItem(tr("as the connecting user (no become)"), QStringLiteral("false"));
    form->addRow(tr("Become"), m_become);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_playbookStatus, 1);

    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress, 1);
    return pane;
}

void FleetView::browseInto(QLineEdit *field, const QString &title, bool folder)
{
    // Not modal and not exec(): the window keeps updating while the dialog is open.
    auto *dialog = new QFileDialog(this, title, field->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (folder)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, field, &QLineEdit::setText);
    dialog->open();
}

void FleetView::openFolderDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open a reports folder"), m_session->folder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, m_session, &FleetSession::openFolder);
    dialog->open();
}

void FleetView::runPlaybook()
{
    PlaybookRequest request;
    request.inventory = m_inventory->text().trimmed();
    request.playbook = m_playbook->text().trimmed();
    request.inspector = m_inspector->text().trimmed();
    request.inspectorArgs = QProcess::splitCommand(m_inspectorArgs->text());
    const QString become = m_become->currentData().toString();
    if (!become.isEmpty())
        request.become = become == QLatin1String("true");
    if (request.inventory.isEmpty() || request.playbook.isEmpty()) {
        m_playbookStatus->setText(tr("Choose an inventory and the playbook (contrib/ansible/inspect.yml) first."));
        return;
    }
    request.reportsDir = m_reportsDir->text().trimmed();
    // Into the folder open now: the run's machines join its audit rather than replace it unasked.
    if (request.reportsDir.isEmpty())
        request.reportsDir = m_session->folder();
    if (request.reportsDir.isEmpty()) {
        // Kept after the window closes: the reports are the run's result.
        QTemporaryDir fresh(QDir::tempPath() + QStringLiteral("/mackerel-inspector-reports-XXXXXX"));
        fresh.setAutoRemove(false);
        if (!fresh.isValid()) {
            m_playbookStatus->setText(tr("No temporary folder for the reports: %1").arg(fresh.errorString()));
            return;
        }
        request.reportsDir = fresh.path();
        m_reportsDir->setText(request.reportsDir);
    }
    m_progress->setRowCount(0);
    m_lowerTabs->setCurrentIndex(1); // the progress, host by host
    setVerdictFilter(std::nullopt); // every new row in sight, whatever its verdict
    QString error;
    if (!m_session->runPlaybook(request, &error)) {
        m_playbookStatus->setText(error);
        return;
    }
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_playbookStatus->setText(tr("Starting ansible-playbook; reports land in %1").arg(request.reportsDir));
}

void FleetView::onHostChanged(const PlaybookHostState &state)
{
    int row = 0;
    while (row < m_progress->rowCount() && m_progress->item(row, 0)->text() != state.host)
        ++row;
    if (row == m_progress->rowCount())
        m_progress->insertRow(row);
    const QStringList cells{state.host, playbookHostStateName(state.state), state.task, state.message};
    const bool bad = state.state == PlaybookHostState::State::Failed || state.state == PlaybookHostState::State::Unreachable;
    for (int column = 0; column < cells.size(); ++column) {
        auto *cell = new QTableWidgetItem(cells.at(column));
        cell->setToolTip(plainToolTip(cells.at(column))); // a target's output: outside data
        if (bad) {
            QFont font = m_progress->font();
            font.setBold(true);
            cell->setFont(font);
        }
        m_progress->setItem(row, column, cell);
    }
    if (bad)
        m_progress->item(row, 1)->setIcon(drawnIcon(DrawnIcon::Warning));
}

void FleetView::onPlaybookFinished(const PlaybookResult &result)
{
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    int ok = 0;
    for (const PlaybookHostState &host : result.hosts)
        ok += host.state == PlaybookHostState::State::Ok ? 1 : 0;
    const QString counts = tr("%1 of %2 hosts ok.").arg(ok).arg(result.hosts.size());
    m_playbookStatus->setText(result.ok() ? tr("Finished: %1").arg(counts) : result.errorString + QStringLiteral(" ") + counts);
    Q_EMIT message(result.ok() ? tr("Playbook finished") : result.errorString);
}

void FleetView::setVerdictFilter(std::optional<FleetVerdict> verdict)
{
    m_verdictFilter->setCurrentIndex(verdict ? m_verdictFilter->findData(fleetVerdictName(*verdict)) : 0);
}

void FleetView::refreshCounts()
{
    const FleetMachineModel *model = m_session->machines();
    m_verdictFilter->setItemText(0, tr("all (%1)").arg(model->rowCount()));
    const QList<FleetVerdict> verdicts = allFleetVerdicts();
    for (int i = 0; i < verdicts.size(); ++i)
        m_verdictFilter->setItemText(i + 1, QStringLiteral("%1 (%2)").arg(fleetVerdictName(verdicts.at(i))).arg(model->count(verdicts.at(i))));

    const FleetAudit &audit = model->audit();
    QStringList warnings = audit.warnings;
    m_warnings->setPlainText(warnings.isEmpty() ? tr("No warnings.") : QStringLiteral("• ") + warnings.join(QStringLiteral("\n• ")));
    m_lowerTabs->setTabText(2, warnings.isEmpty() ? tr("Warnings") : tr("Warnings (%1)").arg(warnings.size()));
}

void FleetView::openPlanDialog()
{
    auto *dialog = new FleetPlanDialog(m_session->audit(), {m_session->folder()}, m_session->currentSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FleetView::refreshState()
{
    const QString folder = m_session->folder();
    m_folderLabel->setText(folder.isEmpty() ? tr("No folder open") : QDir::toNativeSeparators(folder));
    const bool haveAudit = m_session->hasAudit();
    m_exportJsonButton->setEnabled(haveAudit);
    m_exportCsvButton->setEnabled(haveAudit);
    m_planButton->setEnabled(haveAudit);
    m_rereadButton->setEnabled(!folder.isEmpty() && m_session->state() != FleetSession::State::Auditing);

    const FleetAudit &audit = m_session->machines()->audit();
    QString text;
    switch (m_session->state()) {
    case FleetSession::State::Idle:
        text = folder.isEmpty()
            ? tr("Open a folder of reports (the playbook's reports_dir), or run the playbook on an inventory in the "
                 "Playbook tab below. Mackerel: %1.").arg(m_session->settingsSummary())
            : tr("Reading the reports in %1…").arg(folder);
        break;
    case FleetSession::State::Auditing:
        text = haveAudit ? tr("Joining the new reports with the hosts listed…")
                         : tr("Listing the organization's hosts (%1)…").arg(m_session->settingsSummary());
        break;
    case FleetSession::State::Ready: {
        int problems = 0;
        for (const FleetMachine &machine : audit.machines)
            problems += isFleetProblem(machine.verdict) ? 1 : 0;
        text = tr("%1 from %2 and %3; %4 to fix (mismatch, missing host, duplicate). Read-only: nothing is changed on "
                  "Mackerel.")
                   .arg(tr("%n machine(s)", nullptr, int(audit.machines.size())),
                        tr("%n live host(s)", nullptr, int(audit.hostsListed)), tr("%n report(s)", nullptr, int(audit.reportsRead)))
                   .arg(problems);
        break;
    }
    case FleetSession::State::Failed: text = m_session->errorString(); break;
    }
    m_status->setText(text);
}

void FleetView::rememberSelection()
{
    const QModelIndex current = m_machineView->currentIndex();
    m_selectedKey = current.isValid() ? current.data(FleetMachineModel::MachineKeyRole).toString() : QString();
}

void FleetView::restoreSelection()
{
    const FleetMachineModel *model = m_session->machines();
    int sourceRow = m_selectedKey.isEmpty() ? -1 : model->rowOfKey(m_selectedKey);
    QModelIndex index = sourceRow >= 0 ? m_filter->mapFromSource(model->index(sourceRow, 0)) : QModelIndex();
    if (!index.isValid())
        index = m_filter->index(0, 0); // the worst machine first: something to read at once
    if (index.isValid())
        m_machineView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

void FleetView::showSelected()
{
    const QModelIndex current = m_machineView->currentIndex();
    if (!current.isValid()) {
        m_details->clear(m_session->machines()->rowCount() == 0 ? tr("No machines yet.")
                                                                 : tr("Select a machine to see its hosts, report, evidence and advice."));
        return;
    }
    m_details->setMachine(m_session->machines()->machine(m_filter->mapToSource(current).row()));
}

bool FleetView::exportTo(const QString &path, FleetSession::ExportFormat format, QString *error)
{
    if (!m_session->exportAudit(path, format, error))
        return false;
    Q_EMIT message(tr("Exported %1 machines to %2").arg(m_session->machines()->rowCount()).arg(path));
    return true;
}

void FleetView::exportDialog(FleetSession::ExportFormat format)
{
    if (!m_session->hasAudit())
        return;
    const bool json = format == FleetSession::ExportFormat::Json;
    auto *dialog = new QFileDialog(this, json ? tr("Export the audit as JSON") : tr("Export the audit as CSV"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       + (json ? QStringLiteral("/fleet.json") : QStringLiteral("/fleet.csv")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (!exportTo(path, format, &error))
            m_status->setText(error);
    });
    dialog->open();
}

void FleetView::exportJsonDialog()
{
    exportDialog(FleetSession::ExportFormat::Json);
}

void FleetView::exportCsvDialog()
{
    exportDialog(FleetSession::ExportFormat::Csv);
}

QString FleetView::statusText() const
{
    return m_status->text();
}

QString FleetView::playbookStatusText() const
{
    return m_playbookStatus->text();
}

} // namespace mi::ui
