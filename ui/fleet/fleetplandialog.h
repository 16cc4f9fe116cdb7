#pragma once

#include "fleetapplier.h"
#include "fleetplan.h"
#include "mackerelsettings.h"
#include "playbookprogress.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mi {
class MackerelApiClient;
}

namespace mi::ui {

// The Fleet tab's "Plan repair…": the plan made from the tab's last audit, as a table (machine,
// verdict, steps, what each will change, what blocks it); "Save plan…" writes it as `fleet --plan`
// does; "Apply…" asks for the inventory, confirms once naming the hosts to be retired, then runs
// FleetApplier (the same as `fleet apply --yes`) with live progress and shows the after-audit.
//
// The API key stays in the settings and the dialog's client; nothing shown carries it.
class FleetPlanDialog : public QDialog
{
    Q_OBJECT
public:
    FleetPlanDialog(const FleetAudit &audit, const QStringList &reports, MackerelSettings settings, QWidget *parent = nullptr);
    ~FleetPlanDialog() override;

    const FleetPlan &plan() const { return m_plan; }
    QTableWidget *planTable() const { return m_planTable; }
    QTableWidget *resultTable() const { return m_resultTable; }
    QTableWidget *hostTable() const { return m_hostTable; } // the playbook's hosts as they go
    QPushButton *applyButton() const { return m_applyButton; }
    QLineEdit *planPathField() const { return m_planPathField; }
    QLineEdit *inventoryField() const { return m_inventoryField; }
    // The confirmation Apply… opens (asynchronously); null before.
    QWidget *confirmation() const { return m_confirmation.data(); }

    // The confirmation's text: what apply will do, naming every host to be retired.
    static QString confirmationText(const FleetPlan &plan, const QString &inventory);
    // The repair playbook next to the installed (or source tree's) inspect.yml; empty when none.
    static QString defaultRepairPlaybook();

    // Runs apply with `planPath` (already written) and `inventory`, without asking (tests, and
    // the button after its confirmation).
    void startApply(const QString &planPath, const QString &inventory, const QString &playbook);

    // One line of the playbook's output: shown, and read into the hosts' progress.
    void showPlaybookLine(const QString &line);

Q_SIGNALS:
    void applyFinished(const mi::FleetApplyResult &result);

private:
    void fillPlanTable();
    bool savePlan();
    void browse(QLineEdit *field, const QString &title, bool save);
    void applyClicked();
    void onFinished(const FleetApplyResult &result);
    void log(const QString &line);

    FleetPlan m_plan;
    MackerelSettings m_settings;
    QString m_planPath;
    std::unique_ptr<MackerelApiClient> m_client;
    FleetApplier *m_applier = nullptr;
    QTableWidget *m_planTable = nullptr;
    QTableWidget *m_resultTable = nullptr;
    QTableWidget *m_hostTable = nullptr;
    PlaybookProgress m_playbook;
    QPlainTextEdit *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_planPathField = nullptr;
    QLineEdit *m_inventoryField = nullptr;
    QPointer<QWidget> m_confirmation;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace mi::ui
