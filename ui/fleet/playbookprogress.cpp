#include "playbookprogress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <utility>

namespace mi::ui {

namespace {
struct PlaybookProgressText
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookProgress)
};
} // namespace

QString playbookHostStateName(PlaybookHostState::State state)
{
    switch (state) {
    case PlaybookHostState::State::Running: return QStringLiteral("running");
    case PlaybookHostState::State::Ok: return QStringLiteral("ok");
    case PlaybookHostState::State::Failed: return QStringLiteral("failed");
    case PlaybookHostState::State::Unreachable: return QStringLiteral("unreachable");
    }
    return QString();
}

namespace {

// The module's words from a result such as `=> {"changed": false, "msg": "…"}`; the raw text when it
// is not JSON (a non-default result format), stderr or rc when there is no msg.
QString resultMessage(const QString &afterArrow)
{
    const QJsonObject result = QJsonDocument::fromJson(afterArrow.trimmed().toUtf8()).object();
    if (result.isEmpty())
        return afterArrow.trimmed();
    QString message = result.value(QStringLiteral("msg")).toString();
    const QString stderrText = result.value(QStringLiteral("stderr")).toString().trimmed();
    if (!stderrText.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) + stderrText.section(QLatin1Char('\n'), -1);
    if (message.isEmpty() && result.contains(QStringLiteral("rc")))
        message = PlaybookProgressText::tr("exit code %1").arg(result.value(QStringLiteral("rc")).toInt());
    return message;
}

} // namespace

const PlaybookHostState *PlaybookProgress::host(const QString &name) const
{
    for (const PlaybookHostState &state : m_hosts) {
        if (state.host == name)
            return &state;
    }
    return nullptr;
}

PlaybookHostState &PlaybookProgress::stateOf(const QString &name)
{
    for (PlaybookHostState &state : m_hosts) {
        if (state.host == name)
            return state;
    }
    m_hosts.append(PlaybookHostState{name, PlaybookHostState::State::Running, m_task, QString()});
    return m_hosts.last();
}

QStringList PlaybookProgress::apply(const QString &rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty())
        return {};

    static const QRegularExpression taskLine(QStringLiteral("^(?:TASK|RUNNING HANDLER) \\[(.*)\\] \\**$"));
    static const QRegularExpression playLine(QStringLiteral("^PLAY \\[(.*)\\] \\**$"));
    static const QRegularExpression recapHeader(QStringLiteral("^PLAY RECAP \\**$"));
    // "ok: [web-1]", "changed: [web-1 -> localhost]", "ok: [web-1] => (item=…)", "fatal: [web-1]: FAILED! => {…}"
    static const QRegularExpression resultLine(
        QStringLiteral("^(ok|changed|skipping|fatal|failed|rescued|ignored): \\[([^\\]\\s]+)(?: -> [^\\]]+)?\\](?:: (FAILED|UNREACHABLE)!)?(?:.*?=> (.*))?$"));
    static const QRegularExpression recapLine(
        QStringLiteral("^(\\S+)\\s*: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)(.*)$"));

    if (const auto match = recapHeader.match(line); match.hasMatch()) {
        m_inRecap = true;
        return {};
    }
    if (const auto match = playLine.match(line); match.hasMatch()) {
        m_inRecap = false;
        return {};
    }
    if (const auto match = taskLine.match(line); match.hasMatch()) {
        m_task = match.captured(1);
        m_lastFatalHost.clear();
        return {};
    }
    if (m_inRecap) {
        const auto match = recapLine.match(line);
        if (!match.hasMatch())
            return {};
        PlaybookHostState &state = stateOf(match.captured(1));
        const PlaybookHostState before = state;
        const int unreachable = match.captured(4).toInt();
        const int failed = match.captured(5).toInt();
        state.state = unreachable > 0 ? PlaybookHostState::State::Unreachable
            : failed > 0             ? PlaybookHostState::State::Failed
                                     : PlaybookHostState::State::Ok;
        // Keep the failure's words; a host that went through says what it did.
        if (state.state == PlaybookHostState::State::Ok || state.message.isEmpty())
            state.message = QStringLiteral("ok=%1 changed=%2 unreachable=%3 failed=%4")
                                .arg(match.captured(2), match.captured(3), match.captured(4), match.captured(5));
        return state == before ? QStringList() : QStringList{state.host};
    }
    if (line == QLatin1String("...ignoring")) {
        if (m_lastFatalHost.isEmpty())
            return {};
        PlaybookHostState &state = stateOf(std::exchange(m_lastFatalHost, QString()));
        state.state = PlaybookHostState::State::Running;
        state.message = QStringLiteral("failed, ignored: %1").arg(state.message);
        return {state.host};
    }

    const auto match = resultLine.match(line);
    if (!match.hasMatch())
        return {};
    const QString status = match.captured(1);
    PlaybookHostState &state = stateOf(match.captured(2));
    const PlaybookHostState before = state;
    state.task = m_task;
    if (status == QLatin1String("fatal") || status == QLatin1String("failed")) {
        const bool unreachable = match.captured(3) == QLatin1String("UNREACHABLE");
        state.state = unreachable ? PlaybookHostState::State::Unreachable : PlaybookHostState::State::Failed;
        const QString words = resultMessage(match.captured(4));
        state.message = words.isEmpty() ? (unreachable ? QStringLiteral("unreachable") : QStringLiteral("failed")) : words;
        m_lastFatalHost = state.host;
    } else if (state.state == PlaybookHostState::State::Running) {
        // A later task's ok does not revive a host already settled by a failure.
        state.message = status;
    }
    return state == before ? QStringList() : QStringList{state.host};
}

} // namespace mi::ui
