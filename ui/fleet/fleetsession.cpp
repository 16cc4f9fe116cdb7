#include "fleetsession.h"

#include "fleetmachinemodel.h"
#include "mackerelapiclient.h"
#include "reportfolderwatcher.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <utility>

namespace mi::ui {

FleetSession::FleetSession(std::function<MackerelSettings()> settings, QObject *parent)
    : QObject(parent)
    , m_settingsSource(std::move(settings))
    , m_watcher(new ReportFolderWatcher(this))
    , m_machines(new FleetMachineModel(this))
    , m_runner(new PlaybookRunner(this))
{
    connect(m_watcher, &ReportFolderWatcher::reportsChanged, this, &FleetSession::onReportsChanged);
}

FleetSession::~FleetSession()
{
    delete m_auditor; // before the client it uses
}

bool FleetSession::isBusy() const
{
    return m_state == State::Auditing || (!m_watcher->folder().isEmpty() && !m_folderRead && m_state != State::Failed);
}

const FleetAudit &FleetSession::audit() const
{
    return m_machines->audit();
}

const FleetReportSet &FleetSession::reports() const
{
    return m_watcher->reports();
}

QString FleetSession::folder() const
{
    return m_watcher->folder();
}

QString FleetSession::settingsSummary() const
{
    const MackerelSettings settings = m_settingsSource();
    return settings.apiKey.isEmpty()
        ? tr("%1, no API key").arg(settings.apiBase.toString())
        : tr("%1, key from %2").arg(settings.apiBase.toString(), settings.apiKeySource);
}

void FleetSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void FleetSession::openFolder(const QString &folder)
{
    m_needsListing = true;
    m_listing = false;
    m_folderRead = false;
    m_reportsWaiting = false;
    m_error.clear();
    if (m_auditor)
        m_auditor->cancel();
    m_state = State::Idle;
    m_watcher->setFolder(folder);
    // The watcher's first reading starts the audit; until then the tab shows it is busy.
    QTimer::singleShot(0, this, [this] { Q_EMIT stateChanged(m_state); });
}

void FleetSession::reread()
{
    if (m_watcher->folder().isEmpty())
        return;
    if (m_state == State::Auditing) {
        if (m_listing)
            return; // the hosts are being listed right now
        // After the join in progress, on a fresh listing.
        m_needsListing = true;
        m_waitingReports = m_watcher->reports();
        m_reportsWaiting = true;
        return;
    }
    m_needsListing = true;
    audit(m_watcher->reports());
}

void FleetSession::setHostFilter(const QString &service, const QStringList &roles)
{
    HostListFilter filter;
    filter.service = service.trimmed();
    if (!filter.service.isEmpty()) {
        for (const QString &role : roles) {
            if (!role.trimmed().isEmpty())
                filter.roles << role.trimmed();
        }
    }
    if (filter.service == m_filter.service && filter.roles == m_filter.roles)
        return;
    m_filter = filter;
    if (m_state == State::Auditing && m_listing) {
        // The listing in progress is of the old filter: list again once it is in.
        m_needsListing = true;
        m_waitingReports = m_watcher->reports();
        m_reportsWaiting = true;
        return;
    }
    reread();
}

bool FleetSession::runPlaybook(const PlaybookRequest &request, QString *error)
{
    if (m_runner->isRunning()) {
        *error = tr("The playbook is already running.");
        return false;
    }
    if (!QDir().mkpath(request.reportsDir)) {
        *error = tr("The reports folder %1 cannot be created.").arg(request.reportsDir);
        return false;
    }
    // One listing for the run; the reports are joined with it as they land.
    if (QDir(request.reportsDir).absolutePath() != QDir(m_watcher->folder()).absolutePath() || m_watcher->folder().isEmpty())
        openFolder(request.reportsDir);
    else
        reread();
    PlaybookRequest withoutKey = request;
    withoutKey.withheld << m_settingsSource().apiKey;
    m_runner->start(withoutKey);
    return true;
}

void FleetSession::cancelPlaybook()
{
    m_runner->cancel();
}

void FleetSession::onReportsChanged(const FleetReportSet &reports)
{
    m_folderRead = true;
    if (m_state == State::Auditing) {
        m_waitingReports = reports;
        m_reportsWaiting = true;
        return;
    }
    if (m_state == State::Failed) {
        // The listing failed (an unreachable API, a key typed since): new reports try it again, so that
        // a folder the playbook fills is joined without "Re-read hosts".
        m_needsListing = true;
    }
    audit(reports);
}

void FleetSession::audit(const FleetReportSet &reports)
{
    if (m_needsListing || !m_auditor || !m_auditor->hasListing()) {
        const MackerelSettings settings = m_settingsSource();
        if (settings.apiKey.isEmpty()) {
            m_error = tr("No Mackerel API key: type one in the Mackerel tab, or set MACKEREL_APIKEY or --apikey-file. "
                         "A read-only key is enough.");
            m_needsListing = false;
            QTimer::singleShot(0, this, [this] { setState(State::Failed); });
            m_state = State::Failed;
            return;
        }
        if (!m_client || settings.apiBase != m_settings.apiBase || settings.apiKey != m_settings.apiKey) {
            if (m_auditor) {
                // This may run in the old auditor's finished(): it goes later, its calls with its client now.
                m_auditor->disconnect(this);
                m_auditor->cancel();
                m_auditor->deleteLater();
            }
            m_auditor = nullptr;
            MackerelApiOptions options;
            options.apiBase = settings.apiBase;
            options.apiKey = settings.apiKey;
            m_client = std::make_unique<MackerelApiClient>(options);
            m_auditor = new FleetAuditor(m_client.get());
            connect(m_auditor, &FleetAuditor::finished, this, &FleetSession::onAudited);
        }
        m_settings = settings;
        m_needsListing = false;
        m_listing = true;
        m_error.clear();
        setState(State::Auditing);
        m_auditor->start(m_filter, reports);
        return;
    }
    m_listing = false;
    setState(State::Auditing);
    m_auditor->updateReports(reports);
}

void FleetSession::onAudited(const FleetAuditResult &result)
{
    m_listing = false;
    m_probes = result.probes;
    if (!result.ok()) {
        m_error = tr("Cannot read the organization: %1").arg(result.errorString);
        m_reportsWaiting = false;
        setState(State::Failed);
        return;
    }
    m_error.clear();
    m_hasAudit = true;
    m_machines->setAudit(result.audit);
    if (m_reportsWaiting) {
        m_reportsWaiting = false;
        audit(std::exchange(m_waitingReports, FleetReportSet())); // still auditing; the rows so far are shown
        return;
    }
    setState(State::Ready);
}

QByteArray FleetSession::exportBytes(const FleetAudit &audit, ExportFormat format)
{
    // The bytes `fleet --json` and `fleet --csv` print.
    return format == ExportFormat::Json ? QJsonDocument(audit.toJson()).toJson(QJsonDocument::Indented)
                                        : audit.toCsv().toUtf8();
}

bool FleetSession::exportAudit(const QString &path, ExportFormat format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(exportBytes(m_machines->audit(), format));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mi::ui
