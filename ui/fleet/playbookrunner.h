#pragma once

#include <optional>

#include "playbookprogress.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace mi::ui {

// What to run: contrib/ansible/inspect.yml on an inventory, its reports written to a folder.
struct PlaybookRequest
{
    QString program = QStringLiteral("ansible-playbook"); // a name looked up in PATH, or a path
    QString playbook;        // inspect.yml
    QString inventory;       // -i
    QString reportsDir;      // extra var reports_dir (required by the playbook)
    QString inspector;       // extra var mackerel_inspector; empty: the playbook's default
    QStringList inspectorArgs; // extra var mackerel_inspector_args
    std::optional<bool> become; // extra var mackerel_inspector_become; nullopt: the inventory's or the playbook's (true)
    // Secrets (the API key) that no variable of the child's environment may carry; MACKEREL_APIKEY is
    // never passed in any case.
    QStringList withheld;

    // The arguments after the program: -i INVENTORY PLAYBOOK -e {JSON extra vars}.
    QStringList arguments() const;
};

struct PlaybookResult
{
    enum class Error {
        NoError,
        NotInstalled,     // the program is not found
        NotStarted,       // found, but it could not be started
        PlaybookError,    // exit 1: ansible-playbook stopped (a missing playbook, a bad inventory…)
        HostsFailed,      // exit 2 (8: the play stopped): a task failed on one or more hosts
        HostsUnreachable, // exit 4 after the run reached hosts (3 in older Ansible): hosts could not be reached
        ParserError,      // exit 4 before any host: the playbook, inventory or extra vars do not parse
        BadOptions,       // exit 5
        Interrupted,      // exit 99
        Crashed,          // killed by a signal, 250 (an Ansible bug), or another exit code
        Cancelled,
    };

    Error error = Error::NoError;
    int exitCode = 0;
    QString errorString; // a sentence for people; empty on success
    QList<PlaybookHostState> hosts;

    bool ok() const { return error == Error::NoError; }
};

// Runs ansible-playbook as a child process (QProcess) and reports each host's progress as its
// output comes. ANSIBLE_NOCOLOR and the default stdout callback make the output the one
// PlaybookProgress reads.
//
// Asynchronous: start() returns at once; hostChanged() follows as lines come, finished() once a
// run, from the event loop (a missing program too). cancel() terminates the process and kills it
// after KillAfterMs if it is still there; it never waits.
class PlaybookRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int KillAfterMs = 5000;

    explicit PlaybookRunner(QObject *parent = nullptr);
    ~PlaybookRunner() override;

    void start(const PlaybookRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    const PlaybookProgress &progress() const { return m_progress; }
    // The last lines ansible-playbook wrote on stderr (ERROR!, warnings), for the error sentence.
    QStringList errorLines() const { return m_errorLines; }

    // The playbook next to an installed executable (<prefix>/share/mackerel-inspector/ansible/inspect.yml),
    // else the source tree's contrib/ansible/inspect.yml; empty when neither exists.
    static QString defaultPlaybookPath();
    // ansible-core's exit codes; 4 means unreachable hosts once hosts ran, else a parse error.
    static PlaybookResult::Error errorForExitCode(int exitCode, const PlaybookProgress &progress);
    // Words for people, with the last ERROR! line where there is one.
    static QString errorSentence(PlaybookResult::Error error, int exitCode, const QStringList &errorLines);

Q_SIGNALS:
    void hostChanged(const mi::ui::PlaybookHostState &state);
    void taskStarted(const QString &task);
    void outputLine(const QString &line);
    void finished(const mi::ui::PlaybookResult &result);

private:
    void readOutput(QProcess::ProcessChannel channel);
    void handleLine(const QString &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finish(PlaybookResult result);

    QProcess *m_process = nullptr;
    QTimer m_killTimer;
    PlaybookProgress m_progress;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_errorLines;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace mi::ui

Q_DECLARE_METATYPE(mi::ui::PlaybookResult)
