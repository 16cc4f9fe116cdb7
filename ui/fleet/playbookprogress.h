#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mi::ui {

// One inventory host's progress through a playbook run.
struct PlaybookHostState
{
    enum class State { Running, Ok, Failed, Unreachable };

    QString host;
    State state = State::Running;
    QString task;    // the task the last line was about
    QString message; // the last line's words for people: "ok", the module's msg, the recap counts

    bool operator==(const PlaybookHostState &other) const
    {
        return host == other.host && state == other.state && task == other.task && message == other.message;
    }
};
QString playbookHostStateName(PlaybookHostState::State state); // "running", "ok", "failed", "unreachable"

// Reads ansible-playbook's default callback output (no colour) line by line into per-host states:
// "TASK [name]", "ok: [host]", "changed: [host]", "skipping: [host]", "fatal: [host]: FAILED! => {…}",
// "fatal: [host]: UNREACHABLE! => {…}", "...ignoring", and the "PLAY RECAP" lines that settle each
// host. Pure: the same lines give the same states; other lines are left alone.
class PlaybookProgress
{
public:
    // Returns the hosts whose state this line changed, in the order they changed.
    QStringList apply(const QString &line);

    const QList<PlaybookHostState> &hosts() const { return m_hosts; } // in the order they appeared
    const PlaybookHostState *host(const QString &name) const;
    QString currentTask() const { return m_task; }
    bool recapSeen() const { return m_inRecap; }

private:
    PlaybookHostState &stateOf(const QString &name);

    QList<PlaybookHostState> m_hosts;
    QString m_task;
    QString m_lastFatalHost; // "...ignoring" takes the failure back
    bool m_inRecap = false;
};

} // namespace mi::ui

Q_DECLARE_METATYPE(mi::ui::PlaybookHostState)
