#include "guarddecision.h"
#include "untrustedtext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace mi {

// The journal line stays English on every machine, like --json: alerts and searches match it.

QString guardFindingName(GuardFinding finding)
{
    switch (finding) {
    case GuardFinding::Clear: return QStringLiteral("clear");
    case GuardFinding::Duplicate: return QStringLiteral("duplicate");
    case GuardFinding::CopiedIdFile: return QStringLiteral("copied-id-file");
    case GuardFinding::OtherMachinesHost: return QStringLiteral("other-machines-host");
    case GuardFinding::MissingHost: return QStringLiteral("missing-host");
    case GuardFinding::DetectionFailed: return QStringLiteral("detection-failed");
    case GuardFinding::Undecided: return QStringLiteral("undecided");
    case GuardFinding::IdFileDirectory: return QStringLiteral("id-file-directory");
    }
    return QString();
}

QString guardActionName(GuardAction action)
{
    switch (action) {
    case GuardAction::Start: return QStringLiteral("start");
    case GuardAction::Block: return QStringLiteral("block");
    case GuardAction::MoveIdFile: return QStringLiteral("move-id-file");
    }
    return QString();
}

QString guardEscaped(const QString &text)
{
    // The shared rule for outside text (escapeUntrusted), and the quote and backslash escaped first so
    // that a quoted value ends only where the line says.
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return escapeUntrusted(quoted);
}

namespace {

// An outside value in the line: quoted and escaped.
QString q(const QString &text)
{
    return QLatin1Char('"') + guardEscaped(text) + QLatin1Char('"');
}

// A sentence built elsewhere from outside values (an API error, a match message): escaped whole so
// that it stays on one line.
QString sentence(const QString &text)
{
    QString escaped = guardEscaped(text);
    escaped.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return escaped;
}

QString hostText(const MackerelHost &host)
{
    return QStringLiteral("%1 %2 (%3)").arg(q(host.id), q(host.name), sentence(host.origin()));
}

// The checked remedy (match's, run through the agent's decision) in the journal's English.
QString remedyText(const AgentRemedy &remedy, const QString &idPath)
{
    QStringList steps;
    if (!remedy.sendIdentifier.isEmpty())
        steps << QStringLiteral("let the agent reach its metadata service (it then sends %1)").arg(q(remedy.sendIdentifier));
    if (!remedy.writeHostId.isEmpty())
        steps << QStringLiteral("write %1 into %2").arg(q(remedy.writeHostId), idPath);
    else if (remedy.moveIdFileAside)
        steps << QStringLiteral("move %1 aside").arg(idPath);
    return QStringLiteral("%1: the agent then %2")
        .arg(steps.join(QStringLiteral(" and ")),
             remedy.endHostId.isEmpty() ? QStringLiteral("registers this machine anew")
                                        : QStringLiteral("%1 host %2").arg(remedy.endVerdict == MatchVerdict::Attach
                                                                               ? QStringLiteral("attaches to")
                                                                               : QStringLiteral("keeps using"),
                                                                           q(remedy.endHostId)));
}

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &value : a) {
        if (b.contains(value))
            return true;
    }
    return false;
}

QString prefix(GuardFinding finding, int exitStatus, bool blocks)
{
    if (blocks)
        return QStringLiteral("mackerel-inspector guard: %1 (exit %2): mackerel-agent is not started: ")
            .arg(guardFindingName(finding))
            .arg(exitStatus);
    return QStringLiteral("mackerel-inspector guard: %1: ").arg(guardFindingName(finding));
}

} // namespace

QJsonObject GuardDecision::toJson() const
{
    QJsonArray duplicateArray;
    for (const MackerelHost &host : duplicates)
        duplicateArray.append(host.summaryJson());
    return QJsonObject{
        {QStringLiteral("finding"), guardFindingName(finding)},
        {QStringLiteral("action"), guardActionName(action)},
        {QStringLiteral("exitStatus"), exitStatus},
        {QStringLiteral("evidence"), evidence.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(evidence)},
        {QStringLiteral("duplicates"), duplicateArray},
        {QStringLiteral("line"), line},
    };
}

GuardDecision decideGuard(const GuardEvidence &evidence, const GuardPolicy &policy)
{
    const MatchReport &match = evidence.match;
    const QString idPath = q(match.idFile.path);
    GuardDecision decision;

    auto block = [&](GuardFinding finding, int status, const QString &why) {
        decision.finding = finding;
        decision.action = GuardAction::Block;
        decision.exitStatus = status;
        decision.line = prefix(finding, status, true) + why;
        return decision;
    };
    auto start = [&](GuardFinding finding, const QString &why) {
        decision.finding = finding;
        decision.action = GuardAction::Start;
        decision.exitStatus = GuardExit::Start;
        decision.line = prefix(finding, 0, false) + why;
        return decision;
    };
    auto move = [&](GuardFinding finding, const QString &why) {
        decision.finding = finding;
        decision.action = GuardAction::MoveIdFile;
        decision.exitStatus = GuardExit::Start;
        decision.line = prefix(finding, 0, false) + why;
        return decision;
    };
    auto undecided = [&](const QString &why) {
        if (policy.strict)
            return block(GuardFinding::Undecided, GuardExit::Undecided,
                         QStringLiteral("the inspector could not decide (%1), and --strict is set. Fix the cause, or drop --strict "
                                        "to let the agent start when the guard cannot decide.")
                             .arg(why));
        return start(GuardFinding::Undecided,
                     QStringLiteral("warning: the inspector could not decide (%1); failing open, mackerel-agent starts.").arg(why));
    };

    if (!evidence.undecided.isEmpty())
        return undecided(sentence(evidence.undecided));

    const QString firmwareKey = instanceKeyFromFirmware(evidence.hostedOn.provider, evidence.hostedOn.instanceId);

    switch (match.verdict) {
    case MatchVerdict::Error:
        return undecided(sentence(match.message));

    case MatchVerdict::Attach:
        return start(GuardFinding::Clear, QStringLiteral("the agent will attach to host %1, which carries %2.")
                                              .arg(match.host ? hostText(*match.host) : QString(), q(match.customIdentifier)));

    case MatchVerdict::Create: {
        QList<MackerelHost> duplicates;
        auto add = [&duplicates](const MackerelHost &host) {
            for (const MackerelHost &known : std::as_const(duplicates)) {
                if (known.id == host.id)
                    return;
            }
            duplicates.append(host);
        };
        if (evidence.firmwareCheck) {
            for (const MackerelHost &host : evidence.firmwareCheck->hosts)
                add(host);
        }
        for (const Lookalike &lookalike : match.lookalikes)
            add(lookalike.host);
        if (duplicates.isEmpty() && evidence.firmwareCheck && !evidence.firmwareCheck->error.isEmpty())
            return undecided(QStringLiteral("whether a host carries the firmware's identifier %1: %2")
                                 .arg(q(evidence.firmwareCheck->customIdentifier), sentence(evidence.firmwareCheck->error)));
        if (duplicates.isEmpty())
            return start(GuardFinding::Clear,
                         QStringLiteral("the agent will register a new host (%1); no host of the organization is this machine.")
                             .arg(match.customIdentifier.isEmpty() ? QStringLiteral("no customIdentifier")
                                                                   : QStringLiteral("customIdentifier ") + q(match.customIdentifier)));
        decision.duplicates = duplicates;
        QStringList names;
        for (const MackerelHost &host : std::as_const(duplicates))
            names << hostText(host);
        QString why = QStringLiteral("the agent would register a second host for this machine, next to %1, which is this machine")
                          .arg(names.join(QStringLiteral(", ")));
        if (evidence.firmwareCheck && !evidence.firmwareCheck->hosts.isEmpty())
            why += QStringLiteral(" by the firmware's identifier %1").arg(q(evidence.firmwareCheck->customIdentifier));
        why += QStringLiteral(
                   " (the agent sends %1).")
                   .arg(match.customIdentifier.isEmpty() ? QStringLiteral("no customIdentifier")
                                                         : QStringLiteral("customIdentifier ") + q(match.customIdentifier));
        if (!evidence.firmwareCause.isEmpty())
            why += QStringLiteral(" Cross-check: %1").arg(sentence(evidence.firmwareCause));
        // Only a remedy the agent's own decision accepts (match checked it): writing a host's id is no fix
        // where that host carries an identifier this machine does not send (the agent would refuse).
        const QString fix = match.remedy ? QStringLiteral(" Fix: %1.").arg(remedyText(*match.remedy, idPath))
                                         : QStringLiteral(" Fix: let the agent reach its metadata service; no change to the id "
                                                          "file makes the agent use that host.");
        if (policy.warnOnDuplicate)
            return start(GuardFinding::Duplicate, QStringLiteral("warning (--on-duplicate=warn, mackerel-agent starts): ") + why + fix);
        return block(GuardFinding::Duplicate, GuardExit::Duplicate, why + fix + QStringLiteral(" Or pass --on-duplicate=warn."));
    }

    case MatchVerdict::Update: {
        if (!match.host)
            return undecided(QStringLiteral("the id file's host was not read"));
        const MackerelHost &host = *match.host;
        if (host.customIdentifier.isEmpty()) {
            // The id file's host carries no identifier, so the agent would not refuse: it would report as
            // that host. Is it this machine? Its instance (meta.cloud, name) or its MAC addresses tell.
            const MachineKeys hostKeys = MachineKeys::fromHost(host.name, QString(), host.meta, host.interfaces);
            QString otherBy;
            if (!hostKeys.instanceKeys.isEmpty() && !evidence.localKeys.instanceKeys.isEmpty()) {
                if (!intersects(hostKeys.instanceKeys, evidence.localKeys.instanceKeys))
                    otherBy = QStringLiteral("instance");
            } else if (!hostKeys.macAddresses.isEmpty() && !evidence.localKeys.macAddresses.isEmpty()
                       && !intersects(hostKeys.macAddresses, evidence.localKeys.macAddresses)) {
                otherBy = QStringLiteral("macAddress");
            }
            if (!otherBy.isEmpty()) {
                decision.evidence = otherBy;
                const QString theirs = otherBy == QLatin1String("instance")
                    ? QStringLiteral("instance %1, this machine is %2")
                          .arg(q(instanceIdOfKey(hostKeys.instanceKeys.constFirst())),
                               q(instanceIdOfKey(evidence.localKeys.instanceKeys.constFirst())))
                    : QStringLiteral("MAC addresses %1, none of this machine's").arg(q(hostKeys.macAddresses.join(QLatin1Char(','))));
                const QString why = QStringLiteral("the id file %1 names host %2, which carries no customIdentifier and is another "
                                                   "machine (%3): the agent would report as that machine (the id file was "
                                                   "copied, with a disk image).")
                                        .arg(idPath, hostText(host), theirs);
                if (policy.fixCopiedId)
                    return move(GuardFinding::OtherMachinesHost, why);
                return block(GuardFinding::OtherMachinesHost, GuardExit::OtherMachinesHost,
                             why + QStringLiteral(" Fix: move the id file aside (never delete the remote host), or pass "
                                                  "--fix-copied-id."));
            }
        }
        return start(GuardFinding::Clear, QStringLiteral("the agent will use host %1 named by the id file %2.").arg(hostText(host), idPath));
    }

    case MatchVerdict::Mismatch: {
        const MackerelHost host = match.host.value_or(MackerelHost());
        const QString agentReason = sentence(match.agentError);
        // Evidence that the host is another machine's: a detected identifier (it differs, or this would
        // be no mismatch), or the firmware's instance against the instance the host's identifier names.
        const QString hostInstance = instanceKeyFromIdentifier(host.customIdentifier);
        if (!match.customIdentifier.isEmpty())
            decision.evidence = QStringLiteral("identifier");
        else if (!firmwareKey.isEmpty() && !hostInstance.isEmpty() && firmwareKey != hostInstance)
            decision.evidence = QStringLiteral("firmware");
        if (decision.evidence.isEmpty()) {
            // This machine sends nothing: the agent's refusal is a failed detection on (as far as the
            // firmware tells) this machine's own host. Moving the id file would make a duplicate.
            QString why = QStringLiteral("the id file %1 names host %2, which carries %3, and this machine sends no "
                                         "customIdentifier: the agent's detection failed. ")
                              .arg(idPath, hostText(host), q(host.customIdentifier));
            why += firmwareKey.isEmpty()
                ? QStringLiteral("The firmware does not tell which instance this is, so the id file is kept. ")
                : QStringLiteral("The firmware names the same instance %1: the id file is this machine's and is kept (moving it "
                                 "would register a duplicate). ")
                      .arg(q(instanceIdOfKey(firmwareKey)));
            if (!evidence.firmwareCause.isEmpty())
                why += QStringLiteral("Cause: %1 ").arg(sentence(evidence.firmwareCause));
            why += QStringLiteral("The agent would exit with: %1").arg(agentReason);
            return block(GuardFinding::DetectionFailed, GuardExit::DetectionFailed, why);
        }
        const QString why = QStringLiteral("the id file %1 was copied from another machine: it names host %2, which carries %3, "
                                           "while this machine is %4. The agent would exit with: %5")
                                .arg(idPath, hostText(host), q(host.customIdentifier),
                                     decision.evidence == QLatin1String("identifier")
                                         ? q(match.customIdentifier)
                                         : QStringLiteral("instance %1 by its firmware").arg(q(instanceIdOfKey(firmwareKey))),
                                     agentReason);
        if (policy.fixCopiedId)
            return move(GuardFinding::CopiedIdFile, why);
        return block(GuardFinding::CopiedIdFile, GuardExit::CopiedIdFile,
                     why + QStringLiteral(" Fix: move the id file aside (never delete the remote host), or pass --fix-copied-id."));
    }

    case MatchVerdict::LookupFailed:
        // The agent meets the same failure and exits by itself; the guard has nothing to add to it.
        return undecided(QStringLiteral("the id file's host could not be looked up, and the agent would exit with: %1")
                             .arg(sentence(match.agentError)));

    case MatchVerdict::RetiredHost: {
        const QString why = QStringLiteral("the id file %1 names host %2, which is retired. The agent's code does not check for a "
                                           "retired host and would report to it; Mackerel's documentation says it fails to "
                                           "start. This machine would not be monitored.")
                                .arg(idPath, match.host ? hostText(*match.host) : q(match.idFile.hostId));
        if (policy.fixMissingId)
            return move(GuardFinding::MissingHost, why);
        return block(GuardFinding::MissingHost, GuardExit::MissingHost,
                     why + QStringLiteral(" Fix: move the id file aside (a retired host cannot be brought back), or pass "
                                          "--fix-missing-id."));
    }

    case MatchVerdict::IdFileDirectory:
        return block(GuardFinding::IdFileDirectory, GuardExit::IdFileDirectory,
                     QStringLiteral("a directory stands at the id file's path %1: the agent would %2, fail to save its id and exit "
                                    "(%3), at every start. Fix: move the directory aside; nothing in it is the agent's.")
                         .arg(idPath,
                              match.host ? QStringLiteral("use host %1 found by its customIdentifier").arg(hostText(*match.host))
                                         : QStringLiteral("register a new host"),
                              sentence(match.agentError)));

    case MatchVerdict::MissingHost: {
        const QString why = QStringLiteral("the id file %1 names host %2, which this organization does not have. The agent would "
                                           "exit with: %3")
                                .arg(idPath, q(match.idFile.hostId), sentence(match.agentError));
        if (policy.fixMissingId)
            return move(GuardFinding::MissingHost, why);
        return block(GuardFinding::MissingHost, GuardExit::MissingHost,
                     why + QStringLiteral(" Fix: check the API key's organization; if it is right, move the id file aside or "
                                          "pass --fix-missing-id."));
    }
    }
    return undecided(QStringLiteral("unknown verdict"));
}

std::optional<QString> moveIdFileAside(const HostIdFile &idFile, const QDateTime &now, QString *error)
{
    // Act on what was decided only: the id file must still name the same host.
    const HostIdFile current = HostIdFile::read(idFile.path);
    if (current.state != HostIdFile::State::Present || current.hostId != idFile.hostId) {
        *error = QStringLiteral("the id file %1 changed since it was read (now %2); nothing was moved")
                     .arg(q(idFile.path), current.state == HostIdFile::State::Present ? q(current.hostId)
                                                                                       : HostIdFile::stateName(current.state));
        return std::nullopt;
    }
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = QStringLiteral("%1.copied-%2").arg(idFile.path, stamp);
    // QFile::rename is rename(2) within the directory, refusing an existing target: atomic, nothing overwritten.
    QString lastError;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString target = attempt == 0 ? base : QStringLiteral("%1-%2").arg(base).arg(attempt);
        if (QFileInfo::exists(target))
            continue;
        QFile file(idFile.path);
        if (file.rename(target))
            return target;
        lastError = file.errorString();
        if (!QFileInfo::exists(idFile.path))
            break;
    }
    *error = QStringLiteral("the id file %1 could not be moved aside: %2").arg(q(idFile.path), sentence(lastError));
    return std::nullopt;
}

} // namespace mi
