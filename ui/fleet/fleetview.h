#pragma once

#include "fleetsession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace mi::ui {

class FleetMachineDetails;

// The Fleet tab: machines of the organization joined with the reports in a folder, a verdict filter
// with counts, the selected machine's hosts and report side by side with evidence and advice, export
// to JSON and CSV, and the playbook that fetches the reports, with each host's progress and Cancel.
// It shows the session's state and forwards actions to it; it never blocks.
class FleetView : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned. A folder set with FleetSession::setFolderToOpen() is opened now.
    explicit FleetView(FleetSession *session, QWidget *parent = nullptr);

    // Shows only machines with this verdict; nullopt shows all.
    void setVerdictFilter(std::optional<FleetVerdict> verdict);
    // Writes the whole audit (not only the filtered rows), as `fleet --json`/`--csv` would print it.
    bool exportTo(const QString &path, FleetSession::ExportFormat format, QString *error);

    // For tests and accessibility.
    QTableView *machineView() const { return m_machineView; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QComboBox *verdictFilter() const { return m_verdictFilter; }
    FleetMachineDetails *details() const { return m_details; }
    QTableWidget *progressTable() const { return m_progress; }
    QLineEdit *inventoryField() const { return m_inventory; }
    QLineEdit *playbookField() const { return m_playbook; }
    QLineEdit *reportsDirField() const { return m_reportsDir; }
    QLineEdit *inspectorField() const { return m_inspector; }
    QLineEdit *inspectorArgsField() const { return m_inspectorArgs; }
    QLineEdit *serviceFilterField() const { return m_serviceFilter; }
    QLineEdit *roleFilterField() const { return m_roleFilter; }
    QComboBox *becomeChoice() const { return m_become; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *planButton() const { return m_planButton; }
    QString statusText() const;
    QString playbookStatusText() const;

public Q_SLOTS:
    void openFolderDialog();
    void runPlaybook();
    void exportJsonDialog();
    void exportCsvDialog();
    void openPlanDialog(); // issue 21

Q_SIGNALS:
    void message(const QString &text);

private:
    QWidget *createMachinesPane();
    QWidget *createPlaybookPane();
    void refreshState();
    void refreshCounts();
    void showSelected();
    void rememberSelection();
    void restoreSelection();
    void onHostChanged(const PlaybookHostState &state);
    void onPlaybookFinished(const PlaybookResult &result);
    void browseInto(QLineEdit *field, const QString &title, bool folder);
    void exportDialog(FleetSession::ExportFormat format);

    FleetSession *m_session;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_rereadButton = nullptr;
    QPushButton *m_exportJsonButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_planButton = nullptr; // issue 21
    QComboBox *m_verdictFilter = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_machineView = nullptr;
    QTabWidget *m_lowerTabs = nullptr;
    FleetMachineDetails *m_details = nullptr;
    QPlainTextEdit *m_warnings = nullptr;
    QLineEdit *m_inventory = nullptr;
    QLineEdit *m_playbook = nullptr;
    QLineEdit *m_reportsDir = nullptr;
    QLineEdit *m_inspector = nullptr;
    QLineEdit *m_inspectorArgs = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_playbookStatus = nullptr;
    QTableWidget *m_progress = nullptr;
    QString m_selectedKey;
    QLineEdit *m_serviceFilter = nullptr; // the listing's --service
    QLineEdit *m_roleFilter = nullptr;    // its --role, separated by commas
    QComboBox *m_become = nullptr;        // the playbook's mackerel_inspector_become
};

} // namespace mi::ui
