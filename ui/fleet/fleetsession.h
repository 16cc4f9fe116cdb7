#pragma once

#include "fleetauditor.h"
#include "mackerelsettings.h"
#include "playbookrunner.h"

#include <QObject>
#include <functional>
#include <utility>
#include <memory>

namespace mi {
class MackerelApiClient;
}

namespace mi::ui {

class FleetMachineModel;
class ReportFolderWatcher;

// The Fleet tab as state: a reports folder followed as it fills (ReportFolderWatcher), the
// organization's hosts listed once a run and joined with the reports (FleetAuditor), the machines
// as a model, and the playbook that fills the folder (PlaybookRunner). The API key stays in the
// settings and the client; no signal carries it.
//
// Asynchronous throughout: every change ends with stateChanged() from the event loop. Audits never
// overlap: reports that land during one are joined right after it, on the same listing.
class FleetSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Auditing, Ready, Failed };
    Q_ENUM(State)
    enum class ExportFormat { Json, Csv };

    // `settings` gives the Mackerel settings at the start of each run (the Mackerel tab's, or a demo's).
    explicit FleetSession(std::function<MackerelSettings()> settings, QObject *parent = nullptr);
    ~FleetSession() override;

    FleetMachineModel *machines() const { return m_machines; }
    PlaybookRunner *playbook() const { return m_runner; }

    State state() const { return m_state; }
    // True while an audit runs or a folder's first audit is still to come.
    bool isBusy() const;
    QString errorString() const { return m_error; }
    bool hasAudit() const { return m_hasAudit; }
    const FleetAudit &audit() const; // the last one delivered; empty before
    QString folder() const;
    const FleetReportSet &reports() const; // the followed folder's, as last read
    QList<ProbeRecord> lastProbes() const { return m_probes; }
    // The Mackerel settings a run would use now (the repair plan's apply; issue 21).
    MackerelSettings currentSettings() const { return m_settingsSource ? m_settingsSource() : MackerelSettings(); }
    // "https://api.mackerelio.com/, key from MACKEREL_APIKEY": never the key.
    QString settingsSummary() const;

    // A folder to open when the Fleet tab is first shown (--reports, --demo).
    void setFolderToOpen(const QString &folder)
    {
        m_folderToOpen = [folder] { return folder; };
    }
    // The same, given by a function called when the tab is first shown: a demo's organization is
    // written and served only if someone opens the tab.
    void setFolderToOpen(std::function<QString()> folder) { m_folderToOpen = std::move(folder); }
    // What the Playbook sub-tab's Inspector and Arguments fields start with: under --demo, this binary
    // and "--demo CLOUD", so that a run never probes the real metadata addresses from the targets.
    void setPlaybookDefaults(const QString &inspector, const QString &arguments)
    {
        m_defaultInspector = inspector;
        m_defaultInspectorArgs = arguments;
    }
    QString defaultInspector() const { return m_defaultInspector; }
    QString defaultInspectorArgs() const { return m_defaultInspectorArgs; }
    // The folder to open, asked for once; empty when there is none.
    QString takeFolderToOpen() { return m_folderToOpen ? std::exchange(m_folderToOpen, nullptr)() : QString(); }

    // Follows `folder` and audits it on a fresh listing of the organization's hosts.
    void openFolder(const QString &folder);
    // Lists the hosts again and joins them with the folder's reports.
    void reread();
    // Narrows the listing as `fleet --service/--role` do (roles only with a service); a change lists
    // the hosts again. The hosts outside it are looked up where a report names them.
    void setHostFilter(const QString &service, const QStringList &roles);
    HostListFilter hostFilter() const { return m_filter; }
    // Runs the playbook into request.reportsDir (created if missing) and follows that folder: rows
    // come as the machines' reports land. Returns false with *error when the folder cannot be made.
    bool runPlaybook(const PlaybookRequest &request, QString *error);
    void cancelPlaybook();

    // Writes the audit as `fleet --json` or `fleet --csv` print it, atomically (QSaveFile).
    bool exportAudit(const QString &path, ExportFormat format, QString *error) const;
    static QByteArray exportBytes(const FleetAudit &audit, ExportFormat format);

Q_SIGNALS:
    void stateChanged(mi::ui::FleetSession::State state);

private:
    void onReportsChanged(const FleetReportSet &reports);
    void audit(const FleetReportSet &reports);
    void onAudited(const FleetAuditResult &result);
    void setState(State state);

    std::function<MackerelSettings()> m_settingsSource;
    MackerelSettings m_settings;
    std::unique_ptr<MackerelApiClient> m_client;
    FleetAuditor *m_auditor = nullptr;
    ReportFolderWatcher *m_watcher = nullptr;
    FleetMachineModel *m_machines = nullptr;
    PlaybookRunner *m_runner = nullptr;
    State m_state = State::Idle;
    QString m_error;
    std::function<QString()> m_folderToOpen;
    QString m_defaultInspector;
    QString m_defaultInspectorArgs;
    bool m_hasAudit = false;
    bool m_needsListing = true;
    bool m_listing = false;        // the audit in progress lists the hosts
    bool m_reportsWaiting = false; // reports came during an audit
    bool m_folderRead = false;     // the followed folder's first reading has come
    FleetReportSet m_waitingReports;
    QList<ProbeRecord> m_probes;
    HostListFilter m_filter;
};

} // namespace mi::ui
