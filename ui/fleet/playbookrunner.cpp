#include "playbookrunner.h"

#include "childenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <algorithm>
#include <utility>

namespace mi::ui {

QStringList PlaybookRequest::arguments() const
{
    // One JSON object for the extra vars: paths with spaces and argument lists need no shell quoting.
    QJsonObject extraVars{{QStringLiteral("reports_dir"), reportsDir}};
    if (!inspector.isEmpty())
        extraVars.insert(QStringLiteral("mackerel_inspector"), inspector);
    if (!inspectorArgs.isEmpty())
        extraVars.insert(QStringLiteral("mackerel_inspector_args"), QJsonArray::fromStringList(inspectorArgs));
    if (become)
        extraVars.insert(QStringLiteral("mackerel_inspector_become"), *become);
    return {QStringLiteral("-i"), inventory, playbook, QStringLiteral("-e"),
            QString::fromUtf8(QJsonDocument(extraVars).toJson(QJsonDocument::Compact))};
}

PlaybookRunner::PlaybookRunner(QObject *parent)
    : QObject(parent)
{
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(KillAfterMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->kill();
    });
}

PlaybookRunner::~PlaybookRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The window is closing: do not leave ansible-playbook running unseen, and do not wait for it.
        m_process->disconnect(this);
        m_process->kill();
    }
}

QString PlaybookRunner::defaultPlaybookPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/../share/mackerel-inspector/ansible/inspect.yml"),
        QStringLiteral(MI_SOURCE_DIR "/contrib/ansible/inspect.yml"),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QString();
}

PlaybookResult::Error PlaybookRunner::errorForExitCode(int exitCode, const PlaybookProgress &progress)
{
    switch (exitCode) {
    case 0: return PlaybookResult::Error::NoError;
    case 1: return PlaybookResult::Error::PlaybookError;
    case 2:
    case 8: return PlaybookResult::Error::HostsFailed;
    case 3: return PlaybookResult::Error::HostsUnreachable;
    case 4: {
        // The task queue's "unreachable hosts" and the CLI's parser error share 4: hosts tell them apart.
        const bool unreachable = std::any_of(progress.hosts().cbegin(), progress.hosts().cend(), [](const PlaybookHostState &host) {
            return host.state == PlaybookHostState::State::Unreachable;
        });
        return unreachable || progress.recapSeen() ? PlaybookResult::Error::HostsUnreachable : PlaybookResult::Error::ParserError;
    }
    case 5: return PlaybookResult::Error::BadOptions;
    case 99: return PlaybookResult::Error::Interrupted;
    default: return PlaybookResult::Error::Crashed;
    }
}

QString PlaybookRunner::errorSentence(PlaybookResult::Error error, int exitCode, const QStringList &errorLines)
{
    QString detail;
    for (auto it = errorLines.crbegin(); it != errorLines.crend(); ++it) {
        if (it->startsWith(QLatin1String("ERROR!")) || it->startsWith(QLatin1String("[ERROR]"))) {
            detail = *it;
            break;
        }
    }
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (error) {
    case PlaybookResult::Error::NoError: return QString();
    case PlaybookResult::Error::NotInstalled:
        return tr("ansible-playbook is not installed or not in PATH: install Ansible (Debian: apt-get install ansible-core).");
    case PlaybookResult::Error::NotStarted:
        return tr("ansible-playbook could not be started: check that it is executable.");
    case PlaybookResult::Error::PlaybookError:
        return tr("ansible-playbook stopped with an error (exit 1): check the inventory and the playbook path%1.").arg(suffix);
    case PlaybookResult::Error::HostsFailed:
        return tr("A task failed on one or more hosts (exit %1): see each host's message; the other hosts' reports are read.").arg(exitCode);
    case PlaybookResult::Error::HostsUnreachable:
        return tr("One or more hosts could not be reached (exit %1): check SSH access to them; the other hosts' reports are read.").arg(exitCode);
    case PlaybookResult::Error::ParserError:
        return tr("ansible-playbook could not parse the playbook, the inventory or the extra arguments (exit 4)%1.").arg(suffix);
    case PlaybookResult::Error::BadOptions:
        return tr("ansible-playbook rejected its options (exit 5)%1.").arg(suffix);
    case PlaybookResult::Error::Interrupted: return tr("ansible-playbook was interrupted (exit 99).");
    case PlaybookResult::Error::Crashed:
        return tr("ansible-playbook ended abnormally (exit %1)%2.").arg(exitCode).arg(suffix);
    case PlaybookResult::Error::Cancelled: return tr("Cancelled: the playbook was stopped.");
    }
    return QString();
}

void PlaybookRunner::start(const PlaybookRequest &request)
{
    if (m_running)
        return;
    m_progress = PlaybookProgress();
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_errorLines.clear();
    m_cancelled = false;
    m_running = true;

    const QString program = request.program.contains(QLatin1Char('/'))
        ? request.program
        : QStandardPaths::findExecutable(request.program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        // Delivered from the event loop like every other ending.
        QTimer::singleShot(0, this, [this] {
            PlaybookResult result;
            result.error = PlaybookResult::Error::NotInstalled;
            result.errorString = errorSentence(result.error, 0, {});
            finish(result);
        });
        return;
    }

    if (m_process) {
        // The last run's process may be the sender of the signal that led here.
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    // No API key for Ansible or the targets: the playbook needs none (childEnvironment).
    QProcessEnvironment environment = childEnvironment(QProcessEnvironment::systemEnvironment(), request.withheld);
    // The parser reads the default callback without colour codes; Python must not hold lines back
    // in its pipe buffer, or progress comes all at once at the end.
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_FORCE_COLOR"), QStringLiteral("0"));
    environment.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("default"));
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(program);
    m_process->setArguments(request.arguments());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &PlaybookRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PlaybookRunner::onErrorOccurred);
    m_process->start(QIODevice::ReadOnly);
}

void PlaybookRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_killTimer.start();
    }
}

void PlaybookRunner::readOutput(QProcess::ProcessChannel channel)
{
    QByteArray &buffer = channel == QProcess::StandardOutput ? m_stdoutBuffer : m_stderrBuffer;
    m_process->setReadChannel(channel);
    buffer += m_process->readAll();
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(buffer.left(newline)).trimmed();
        buffer.remove(0, newline + 1);
        if (channel == QProcess::StandardError && !line.isEmpty()) {
            m_errorLines << line;
            if (m_errorLines.size() > 50)
                m_errorLines.removeFirst();
        }
        handleLine(line);
    }
}

void PlaybookRunner::handleLine(const QString &line)
{
    if (line.isEmpty())
        return;
    Q_EMIT outputLine(line);
    const QString taskBefore = m_progress.currentTask();
    const QStringList changed = m_progress.apply(line);
    if (m_progress.currentTask() != taskBefore)
        Q_EMIT taskStarted(m_progress.currentTask());
    for (const QString &host : changed)
        Q_EMIT hostChanged(*m_progress.host(host));
}

void PlaybookRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the like end in finished()
    PlaybookResult result;
    result.error = PlaybookResult::Error::NotStarted;
    result.errorString = errorSentence(result.error, 0, {}) + QStringLiteral(" ") + m_process->errorString();
    finish(result);
}

void PlaybookRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    // A last line without its newline.
    for (QByteArray *buffer : {&m_stdoutBuffer, &m_stderrBuffer}) {
        if (!buffer->isEmpty())
            handleLine(QString::fromUtf8(std::exchange(*buffer, QByteArray())).trimmed());
    }
    PlaybookResult result;
    result.exitCode = exitCode;
    if (m_cancelled)
        result.error = PlaybookResult::Error::Cancelled;
    else if (status == QProcess::CrashExit)
        result.error = PlaybookResult::Error::Crashed;
    else
        result.error = errorForExitCode(exitCode, m_progress);
    result.errorString = errorSentence(result.error, exitCode, m_errorLines);
    finish(result);
}

void PlaybookRunner::finish(PlaybookResult result)
{
    if (!m_running)
        return;
    m_running = false;
    result.hosts = m_progress.hosts();
    Q_EMIT finished(result);
}

} // namespace mi::ui
