#include "fleetapplier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace mi {

namespace {
struct FleetApplierText
{
    Q_DECLARE_TR_FUNCTIONS(FleetApplier)
};

constexpr int JournalVersion = 1;
// The metric mackerel-agent posts every minute from its first minute on.
const QString AgentMetric = QStringLiteral("loadavg5");

QString kindName(FleetPlanStepKind kind)
{
    return fleetPlanStepKindName(kind);
}

} // namespace

QString fleetApplyStateName(FleetApplyMachineResult::State state)
{
    switch (state) {
    case FleetApplyMachineResult::State::Done: return QStringLiteral("done");
    case FleetApplyMachineResult::State::Stale: return QStringLiteral("stale");
    case FleetApplyMachineResult::State::Failed: return QStringLiteral("failed");
    case FleetApplyMachineResult::State::Unreachable: return QStringLiteral("unreachable");
    case FleetApplyMachineResult::State::Blocked: return QStringLiteral("blocked");
    case FleetApplyMachineResult::State::Pending: return QStringLiteral("pending");
    }
    return QString();
}

QString fleetApplyMachineKey(int index, const FleetPlanMachine &machine)
{
    return QStringLiteral("%1 %2").arg(index).arg(machine.machine);
}

QString fleetPlanDigest(const QByteArray &planBytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(planBytes, QCryptographicHash::Sha256).toHex());
}

QString fleetApplyJournalPath(const QString &planPath)
{
    return planPath + QStringLiteral(".journal");
}

QByteArray FleetApplyJournal::toJson() const
{
    QJsonObject machineObject;
    for (auto it = machines.cbegin(); it != machines.cend(); ++it) {
        machineObject.insert(it.key(), QJsonObject{{QStringLiteral("done"), QJsonArray::fromStringList(it->done)},
                                                   {QStringLiteral("idFileHostId"), it->idFileHostId},
                                                   {QStringLiteral("retireStarted"), it->retireStarted}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), JournalVersion},
                                     {QStringLiteral("planDigest"), planDigest},
                                     {QStringLiteral("machines"), machineObject}})
        .toJson(QJsonDocument::Indented);
}

std::optional<FleetApplyJournal> FleetApplyJournal::parse(const QByteArray &data, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("version")).toInt() != JournalVersion
        || !root.value(QStringLiteral("planDigest")).isString() || !root.value(QStringLiteral("machines")).isObject()) {
        *error = FleetApplierText::tr("the journal is not one of this version's");
        return std::nullopt;
    }
    FleetApplyJournal journal;
    journal.planDigest = root.value(QStringLiteral("planDigest")).toString();
    const QJsonObject machines = root.value(QStringLiteral("machines")).toObject();
    for (auto it = machines.constBegin(); it != machines.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        FleetApplyJournalMachine machine;
        for (const QJsonValue &value : object.value(QStringLiteral("done")).toArray()) {
            if (!parseFleetPlanStepKind(value.toString())) {
                *error = FleetApplierText::tr("the journal names an unknown step");
                return std::nullopt;
            }
            machine.done << value.toString();
        }
        machine.idFileHostId = object.value(QStringLiteral("idFileHostId")).toString();
        machine.retireStarted = object.value(QStringLiteral("retireStarted")).toString();
        journal.machines.insert(it.key(), machine);
    }
    return journal;
}

QProcessEnvironment FleetApplier::childEnvironment(const QProcessEnvironment &base, const QString &apiKey)
{
    QProcessEnvironment environment = base;
    environment.remove(QStringLiteral("MACKEREL_APIKEY"));
    if (!apiKey.isEmpty()) {
        const QStringList names = environment.keys();
        for (const QString &name : names) {
            if (environment.value(name).contains(apiKey))
                environment.remove(name);
        }
    }
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_FORCE_COLOR"), QStringLiteral("0"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("False"));
    // The output PlaybookProgress and the recap reading expect.
    environment.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("default"));
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    return environment;
}

FleetApplier::FleetApplier(FleetApplyOptions options, MackerelApiClient *client, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(client)
{
    m_wait.setSingleShot(true);
}

FleetApplier::~FleetApplier()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

FleetApplyJournalMachine &FleetApplier::journalOf(int index)
{
    return m_journal.machines[fleetApplyMachineKey(index, m_options.plan.machines.at(index))];
}

bool FleetApplier::isDone(int index, FleetPlanStepKind kind) const
{
    const auto it = m_journal.machines.constFind(fleetApplyMachineKey(index, m_options.plan.machines.at(index)));
    return it != m_journal.machines.cend() && it->done.contains(kindName(kind));
}

void FleetApplier::markDone(int index, FleetPlanStepKind kind)
{
    FleetApplyJournalMachine &journal = journalOf(index);
    if (!journal.done.contains(kindName(kind)))
        journal.done << kindName(kind);
    m_results[index].doneNow << kindName(kind);
    m_results[index].toDo.removeAll(kindName(kind));
    saveJournal();
    Q_EMIT progress(m_results.at(index).machine, kindName(kind), FleetApplierText::tr("done"));
}

bool FleetApplier::saveJournal()
{
    if (m_options.dryRun)
        return true;
    QSaveFile file(fleetApplyJournalPath(m_options.planPath));
    return file.open(QIODevice::WriteOnly) && file.write(m_journal.toJson()) >= 0 && file.commit();
}

void FleetApplier::stop(int index, FleetApplyMachineResult::State state, const QString &text)
{
    m_results[index].state = state;
    m_results[index].text = text;
    Q_EMIT progress(m_results.at(index).machine, fleetApplyStateName(state), text);
}

// A machine's API step ends without success: the machine stops there, and the next machine's steps go on.
void FleetApplier::stopAndGoOn(int index, FleetApplyMachineResult::State state, const QString &text)
{
    stop(index, state, text);
    m_apiQueue.removeFirst();
    nextApiStep();
}

void FleetApplier::start()
{
    QTimer::singleShot(0, this, [this] {
        m_journal.planDigest = fleetPlanDigest(m_options.planBytes);
        QFile journalFile(fleetApplyJournalPath(m_options.planPath));
        if (journalFile.exists()) {
            QString error;
            std::optional<FleetApplyJournal> journal;
            if (journalFile.open(QIODevice::ReadOnly) && journalFile.size() <= FleetPlanMaxBytes)
                journal = FleetApplyJournal::parse(journalFile.readAll(), &error);
            else
                error = journalFile.errorString();
            if (!journal) {
                m_result.errorString = FleetApplierText::tr("cannot read the journal %1: %2").arg(journalFile.fileName(), error);
                finish();
                return;
            }
            if (journal->planDigest != m_journal.planDigest) {
                m_result.errorString = FleetApplierText::tr("the journal %1 belongs to another plan: apply that plan, or move "
                                                            "the journal aside to start this one")
                                           .arg(journalFile.fileName());
                finish();
                return;
            }
            m_journal = *journal;
        }
        bool pending = false;
        for (int i = 0; i < m_options.plan.machines.size(); ++i) {
            const FleetPlanMachine &machine = m_options.plan.machines.at(i);
            FleetApplyMachineResult result;
            result.index = i;
            result.machine = machine.machine;
            result.beforeVerdict = machine.verdict;
            if (!machine.automatic()) {
                result.state = FleetApplyMachineResult::State::Blocked;
                result.text = machine.blocked;
            } else {
                for (const FleetPlanStep &step : machine.steps) {
                    if (!isDone(i, step.kind))
                        result.toDo << kindName(step.kind);
                }
                if (result.toDo.isEmpty()) {
                    result.state = FleetApplyMachineResult::State::Done;
                    result.text = FleetApplierText::tr("done in an earlier apply");
                } else {
                    pending = true;
                }
            }
            m_results << result;
        }
        m_result.nothingToDo = !pending;
        if (!pending) {
            finish();
            return;
        }
        readHosts();
    });
}

void FleetApplier::cancel()
{
    m_cancelled = true;
    m_wait.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        QTimer::singleShot(5000, m_process, [process = QPointer<QProcess>(m_process)] {
            if (process && process->state() != QProcess::NotRunning)
                process->kill();
        });
        return;
    }
    if (m_auditor)
        m_auditor->cancel();
    finish();
}

// The plan's indices of the machines that still have steps to do, in the plan's order.
QList<int> FleetApplier::pendingMachines() const
{
    QList<int> indices;
    for (const FleetApplyMachineResult &result : m_results) {
        if (result.state == FleetApplyMachineResult::State::Pending)
            indices << result.index;
    }
    return indices;
}

// Every host of a machine with steps left is read again before anything is done.
void FleetApplier::readHosts()
{
    QStringList ids;
    for (int index : pendingMachines()) {
        for (const FleetPlanHost &host : m_options.plan.machines.at(index).hosts)
            ids << host.id;
    }
    if (ids.isEmpty() || !m_client) {
        decide();
        return;
    }
    m_outstanding = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        MackerelApiCall *call = m_client->getHost(id);
        connect(call, &MackerelApiCall::finished, this, [this, id](const MackerelApiResult &result) { onHostRead(id, result); });
    }
}

void FleetApplier::onHostRead(const QString &id, const MackerelApiResult &result)
{
    m_reads.insert(id, result);
    if (--m_outstanding == 0 && !m_cancelled)
        decide();
}

void FleetApplier::decide()
{
    for (FleetApplyMachineResult &result : m_results) {
        if (result.state != FleetApplyMachineResult::State::Pending)
            continue;
        const FleetPlanMachine &machine = m_options.plan.machines.at(result.index);
        const bool started = !journalOf(result.index).done.isEmpty() || !journalOf(result.index).retireStarted.isEmpty();
        for (const FleetPlanHost &host : machine.hosts) {
            const MackerelApiResult read = m_reads.value(host.id);
            if (!read.ok() || !read.host) {
                stop(result.index, FleetApplyMachineResult::State::Failed,
                     FleetApplierText::tr("cannot read host %1 again: %2").arg(host.id, read.errorString));
                break;
            }
            // Once a machine's steps began, its hosts change by them; only the host to retire is
            // compared again, just before the retire.
            if (!started && fleetPlanHostDigest(*read.host) != host.digest) {
                stop(result.index, FleetApplyMachineResult::State::Stale,
                     FleetApplierText::tr("host %1 changed since the plan (now \"%2\", %3%4%5): plan again")
                         .arg(host.id, read.host->name, read.host->isRetired ? QStringLiteral("retired") : read.host->status,
                              read.host->customIdentifier.isEmpty() ? QString() : QStringLiteral(", customIdentifier "),
                              read.host->customIdentifier));
                break;
            }
        }
    }
    if (m_options.dryRun) {
        finish();
        return;
    }
    runPlaybook();
}

void FleetApplier::runPlaybook()
{
    QJsonObject steps;
    for (int index : pendingMachines()) {
        QStringList onMachine;
        for (const FleetPlanStep &step : m_options.plan.machines.at(index).steps) {
            if (step.onMachine() && !isDone(index, step.kind))
                onMachine << kindName(step.kind);
        }
        if (!onMachine.isEmpty())
            steps.insert(m_options.plan.machines.at(index).inventoryHost, QJsonArray::fromStringList(onMachine));
    }
    if (steps.isEmpty()) {
        m_apiQueue << pendingMachines();
        nextApiStep();
        return;
    }

    m_resultsDir = m_options.planPath + QStringLiteral(".results");
    QDir(m_resultsDir).removeRecursively();
    if (!QDir().mkpath(m_resultsDir)) {
        m_result.errorString = FleetApplierText::tr("cannot create %1").arg(m_resultsDir);
        finish();
        return;
    }
    QJsonObject extraVars{{QStringLiteral("repair_steps"), steps},
                          {QStringLiteral("repair_stamp"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))},
                          {QStringLiteral("repair_results_dir"), QFileInfo(m_resultsDir).absoluteFilePath()}};
    for (const QString &path : std::as_const(m_options.plan.reports)) {
        if (QFileInfo(path).isDir()) {
            extraVars.insert(QStringLiteral("reports_dir"), QFileInfo(path).absoluteFilePath());
            break;
        }
    }
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(childEnvironment(QProcessEnvironment::systemEnvironment(), m_options.apiKey));
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process->readAll();
        m_output += chunk;
        if (m_log.size() < 8 * 1024 * 1024)
            m_log += chunk;
        qsizetype newline;
        while ((newline = m_output.indexOf('\n')) >= 0) {
            Q_EMIT outputLine(QString::fromUtf8(m_output.left(newline)));
            m_output.remove(0, newline + 1);
        }
    });
    connect(m_process, &QProcess::finished, this, &FleetApplier::onPlaybookFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onPlaybookFinished(-1, QProcess::CrashExit);
    });
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it)
        Q_EMIT progress(it.key(), QStringLiteral("playbook"), FleetApplierText::tr("starting ansible-playbook"));
    m_process->start(m_options.ansiblePlaybook,
                     {QStringLiteral("-i"), m_options.inventory, m_options.playbook, QStringLiteral("-e"),
                      QString::fromUtf8(QJsonDocument(extraVars).toJson(QJsonDocument::Compact))});
}

void FleetApplier::onPlaybookFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_output.isEmpty())
        Q_EMIT outputLine(QString::fromUtf8(m_output));
    const QString recap = QString::fromUtf8(m_log);
    m_output.clear();
    m_log.clear();
    const bool started = exitCode >= 0;
    const QString errorString = started ? QString() : m_process->errorString();
    Q_UNUSED(status)

    // One file a step done, written by the playbook on this machine.
    for (FleetApplyMachineResult &result : m_results) {
        if (result.state != FleetApplyMachineResult::State::Pending)
            continue;
        const FleetPlanMachine &machine = m_options.plan.machines.at(result.index);
        bool machineStepsDone = true;
        for (const FleetPlanStep &step : machine.steps) {
            if (!step.onMachine() || isDone(result.index, step.kind))
                continue;
            QFile file(m_resultsDir + QLatin1Char('/') + machine.inventoryHost + QLatin1Char('.') + kindName(step.kind)
                       + QStringLiteral(".json"));
            if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
                machineStepsDone = false;
                break;
            }
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            if (object.value(QStringLiteral("step")).toString() != kindName(step.kind)) {
                machineStepsDone = false;
                break;
            }
            if (step.kind == FleetPlanStepKind::RestartAgent)
                journalOf(result.index).idFileHostId = object.value(QStringLiteral("idFileHostId")).toString();
            markDone(result.index, step.kind);
        }
        if (!machineStepsDone) {
            if (m_cancelled)
                stop(result.index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("cancelled"));
            else if (!started)
                stop(result.index, FleetApplyMachineResult::State::Failed,
                     FleetApplierText::tr("ansible-playbook did not start: %1").arg(errorString));
            else if (recap.contains(QRegularExpression(QStringLiteral("(^|\\n)%1\\s+:.*unreachable=[1-9]")
                                                          .arg(QRegularExpression::escape(machine.inventoryHost)))))
                stop(result.index, FleetApplyMachineResult::State::Unreachable,
                     FleetApplierText::tr("ansible could not reach %1").arg(machine.inventoryHost));
            else
                stop(result.index, FleetApplyMachineResult::State::Failed,
                     FleetApplierText::tr("the steps on %1 failed (ansible-playbook exit %2; its output says why)")
                         .arg(machine.inventoryHost)
                         .arg(exitCode));
            continue;
        }
        m_apiQueue << result.index;
    }
    m_process->deleteLater();
    m_process = nullptr;
    QDir(m_resultsDir).removeRecursively();
    if (m_cancelled) {
        finish();
        return;
    }
    nextApiStep();
}

void FleetApplier::nextApiStep()
{
    if (m_cancelled)
        return;
    if (m_apiQueue.isEmpty()) {
        audit();
        return;
    }
    const int index = m_apiQueue.constFirst();
    if (!isDone(index, FleetPlanStepKind::Verify)) {
        verify(index, 1);
        return;
    }
    for (const FleetPlanStep &step : m_options.plan.machines.at(index).steps) {
        if (step.kind == FleetPlanStepKind::RetireHost && !isDone(index, FleetPlanStepKind::RetireHost)) {
            retire(index);
            return;
        }
    }
    m_results[index].state = FleetApplyMachineResult::State::Done;
    m_results[index].text = FleetApplierText::tr("every step done");
    m_apiQueue.removeFirst();
    nextApiStep();
}

namespace {
const FleetPlanStep *stepOf(const FleetPlanMachine &machine, FleetPlanStepKind kind)
{
    for (const FleetPlanStep &step : machine.steps) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}
} // namespace

void FleetApplier::verify(int index, int attempt)
{
    const FleetPlanMachine &machine = m_options.plan.machines.at(index);
    const FleetPlanStep &step = *stepOf(machine, FleetPlanStepKind::Verify);
    const bool restarted = stepOf(machine, FleetPlanStepKind::RestartAgent) != nullptr;
    const QString idFileHostId = journalOf(index).idFileHostId;
    QString hostId = step.hostId;
    if (step.expect == FleetPlanExpect::Create)
        hostId = idFileHostId;
    QString problem;
    if (restarted && idFileHostId.isEmpty())
        problem = FleetApplierText::tr("after the restart the agent wrote no id file");
    else if (restarted && idFileHostId != hostId)
        problem = FleetApplierText::tr("after the restart the id file names host %1, not %2").arg(idFileHostId, hostId);
    if (!problem.isEmpty()) {
        stopAndGoOn(index, FleetApplyMachineResult::State::Failed, problem);
        return;
    }
    Q_EMIT progress(machine.machine, kindName(FleetPlanStepKind::Verify), FleetApplierText::tr("reading host %1").arg(hostId));
    MackerelApiCall *call = m_client->getHost(hostId);
    connect(call, &MackerelApiCall::finished, this,
            [this, index, attempt, hostId](const MackerelApiResult &result) { onVerifyRead(index, attempt, hostId, result); });
}

void FleetApplier::onVerifyRead(int index, int attempt, const QString &hostId, const MackerelApiResult &result)
{
    if (m_cancelled)
        return;
    const FleetPlanMachine &machine = m_options.plan.machines.at(index);
    const FleetPlanStep &step = *stepOf(machine, FleetPlanStepKind::Verify);
    QString problem;
    if (!result.ok() || !result.host)
        problem = result.errorString;
    else if (result.host->isRetired)
        problem = FleetApplierText::tr("host %1 is retired").arg(hostId);
    else if (!step.customIdentifier.isEmpty() && result.host->customIdentifier != step.customIdentifier)
        problem = FleetApplierText::tr("host %1 does not carry the customIdentifier %2").arg(hostId, step.customIdentifier);
    else if (step.expect == FleetPlanExpect::AgentOnHost && result.host->agentVersion().isEmpty())
        problem = FleetApplierText::tr("host %1 does not show the agent yet (no meta agent-version)").arg(hostId);
    if (problem.isEmpty() && step.expect == FleetPlanExpect::AgentOnHost) {
        MackerelApiCall *call = m_client->listMetricNames(hostId);
        connect(call, &MackerelApiCall::finished, this,
                [this, index, attempt](const MackerelApiResult &names) { onMetricNames(index, attempt, names); });
        return;
    }
    if (problem.isEmpty()) {
        markDone(index, FleetPlanStepKind::Verify);
        nextApiStep();
        return;
    }
    if (attempt < m_options.verifyAttempts && (result.ok() || result.error == MackerelApiError::NotFound)) {
        Q_EMIT progress(machine.machine, kindName(FleetPlanStepKind::Verify), problem);
        m_wait.disconnect();
        connect(&m_wait, &QTimer::timeout, this, [this, index, attempt] { verify(index, attempt + 1); });
        m_wait.start(m_options.verifyIntervalMs);
        return;
    }
    stopAndGoOn(index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("the check after the steps does not hold: %1").arg(problem));
}

void FleetApplier::onMetricNames(int index, int attempt, const MackerelApiResult &result)
{
    if (m_cancelled)
        return;
    const FleetPlanMachine &machine = m_options.plan.machines.at(index);
    if (result.ok() && result.metricNames.contains(AgentMetric)) {
        markDone(index, FleetPlanStepKind::Verify);
        nextApiStep();
        return;
    }
    const QString problem = result.ok() ? FleetApplierText::tr("the host receives no %1 from the agent yet").arg(AgentMetric)
                                        : result.errorString;
    if (attempt < m_options.verifyAttempts) {
        Q_EMIT progress(machine.machine, kindName(FleetPlanStepKind::Verify), problem);
        m_wait.disconnect();
        connect(&m_wait, &QTimer::timeout, this, [this, index, attempt] { verify(index, attempt + 1); });
        m_wait.start(m_options.verifyIntervalMs);
        return;
    }
    stopAndGoOn(index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("the check after the steps does not hold: %1").arg(problem));
}

// The redundant host is read once more; it is retired only as the plan read it.
void FleetApplier::retire(int index)
{
    const FleetPlanMachine &machine = m_options.plan.machines.at(index);
    const QString hostId = stepOf(machine, FleetPlanStepKind::RetireHost)->hostId;
    Q_EMIT progress(machine.machine, kindName(FleetPlanStepKind::RetireHost), FleetApplierText::tr("reading host %1").arg(hostId));
    MackerelApiCall *call = m_client->getHost(hostId);
    connect(call, &MackerelApiCall::finished, this,
            [this, index, hostId](const MackerelApiResult &result) { onRetireRead(index, hostId, result); });
}

void FleetApplier::onRetireRead(int index, const QString &hostId, const MackerelApiResult &result)
{
    if (m_cancelled)
        return;
    const FleetPlanMachine &machine = m_options.plan.machines.at(index);
    const FleetPlanHost *planned = machine.host(hostId);
    if (!result.ok() || !result.host) {
        stopAndGoOn(index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("cannot read host %1: %2").arg(hostId, result.errorString));
        return;
    }
    // A retire whose answer was lost: the host says whether it happened.
    if (journalOf(index).retireStarted == hostId && result.host->isRetired) {
        markDone(index, FleetPlanStepKind::RetireHost);
        nextApiStep();
        return;
    }
    if (!planned || fleetPlanHostDigest(*result.host) != planned->digest) {
        stopAndGoOn(index, FleetApplyMachineResult::State::Stale,
                    FleetApplierText::tr("host %1 changed since the plan: not retired; plan again").arg(hostId));
        return;
    }
    journalOf(index).retireStarted = hostId;
    if (!saveJournal()) {
        stopAndGoOn(index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("cannot write the journal: not retired"));
        return;
    }
    Q_EMIT progress(machine.machine, kindName(FleetPlanStepKind::RetireHost), FleetApplierText::tr("retiring host %1").arg(hostId));
    MackerelApiCall *call = m_client->retireHost(hostId);
    connect(call, &MackerelApiCall::finished, this,
            [this, index, hostId](const MackerelApiResult &retired) { onRetired(index, hostId, retired); });
}

void FleetApplier::onRetired(int index, const QString &hostId, const MackerelApiResult &result)
{
    if (m_cancelled)
        return;
    if (!result.ok()) {
        stopAndGoOn(index, FleetApplyMachineResult::State::Failed, FleetApplierText::tr("retiring host %1 failed: %2").arg(hostId, result.errorString));
        return;
    }
    m_result.retired << hostId;
    markDone(index, FleetPlanStepKind::RetireHost);
    nextApiStep();
}

void FleetApplier::audit()
{
    if (!m_options.afterAudit || !m_client) {
        finish();
        return;
    }
    Q_EMIT progress(QString(), QStringLiteral("audit"), FleetApplierText::tr("auditing the organization again"));
    m_auditor = new FleetAuditor(m_client, this);
    connect(m_auditor, &FleetAuditor::finished, this, [this](const FleetAuditResult &result) {
        if (!result.ok()) {
            m_result.errorString = FleetApplierText::tr("the audit after apply failed: %1").arg(result.errorString);
            finish();
            return;
        }
        m_result.after = result.audit;
        // A machine is found again by its inventory name, else by the hosts it had.
        for (FleetApplyMachineResult &item : m_results) {
            const FleetPlanMachine &machine = m_options.plan.machines.at(item.index);
            for (const FleetMachine &after : result.audit.machines) {
                bool same = !machine.inventoryHost.isEmpty() && after.report && after.report->inventoryName == machine.inventoryHost;
                for (const FleetHost &host : after.hosts)
                    same = same || (machine.inventoryHost.isEmpty() && machine.host(host.host.id));
                if (same) {
                    item.afterVerdict = fleetVerdictName(after.verdict);
                    break;
                }
            }
        }
        finish();
    });
    m_auditor->start(HostListFilter(), loadFleetReports(m_options.plan.reports));
}

void FleetApplier::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_cancelled) {
        for (FleetApplyMachineResult &result : m_results) {
            if (result.state == FleetApplyMachineResult::State::Pending && !m_options.dryRun) {
                result.state = FleetApplyMachineResult::State::Failed;
                result.text = FleetApplierText::tr("cancelled");
            }
        }
    }
    m_result.machines = m_results;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
}

} // namespace mi
