#include "guardcommand.h"

#include "commandline.h"
#include "detectcommand.h"
#include "ec2uuid.h"
#include "hostidfile.h"
#include "language.h"
#include "matchcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

namespace mi::app {

namespace {
struct GuardCommandText
{
    Q_DECLARE_TR_FUNCTIONS(GuardCommand)
};

const QString DropInName = QStringLiteral("mackerel-inspector-guard.conf");
const QString DefaultSystemdDir = QStringLiteral("/etc/systemd/system/mackerel-agent.service.d");

// The agent's flags that take a value (Go's flag package: a value flag takes the next word unless
// written -x=v); the others are booleans.
const QStringList AgentValueFlags = {QStringLiteral("conf"), QStringLiteral("apibase"), QStringLiteral("pidfile"),
                                     QStringLiteral("root"), QStringLiteral("apikey")};

// Where the organization's hosts were listed for lookalikes and no attempt was answered: the match
// then could not tell whether the agent would make a duplicate. (HostMatcher keeps only a warning.)
bool lookalikeListingFailed(const MatchReport &report)
{
    bool listed = false;
    bool answered = false;
    for (const ProbeRecord &probe : report.probes) {
        if (probe.platform != QLatin1String("mackerel") || probe.method != QLatin1String("GET"))
            continue;
        const QUrl url(probe.url);
        if (!url.path().endsWith(QLatin1String("/api/v0/hosts")) || QUrlQuery(url).hasQueryItem(QStringLiteral("customIdentifier")))
            continue;
        listed = true;
        answered = answered || probe.outcome == ProbeOutcome::Ok;
    }
    return listed && !answered;
}

} // namespace

AgentCommandLine AgentCommandLine::parse(const QStringList &words)
{
    AgentCommandLine parsed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-") || word == QLatin1String("--")) {
            parsed.skipped << word;
            continue;
        }
        word.remove(0, word.startsWith(QLatin1String("--")) ? 2 : 1);
        QString name = word;
        std::optional<QString> value;
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            name = word.left(equals);
            value = word.mid(equals + 1);
        }
        if (!AgentValueFlags.contains(name)) {
            parsed.skipped << words.at(i);
            continue;
        }
        if (!value) {
            if (i + 1 >= words.size())
                break;
            value = words.at(++i);
        }
        // As with Go's flag package, the last one given wins.
        if (name == QLatin1String("conf"))
            parsed.conf = value;
        else if (name == QLatin1String("apibase"))
            parsed.apibase = value;
        else if (name == QLatin1String("root"))
            parsed.root = value;
        else if (name == QLatin1String("apikey"))
            parsed.apikey = value;
        else
            parsed.skipped << QStringLiteral("-%1").arg(name);
    }
    return parsed;
}

QString guardDropInPath(const QString &systemdDir)
{
    return QDir(systemdDir).filePath(DropInName);
}

QString systemdQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString out = QStringLiteral("\"");
    for (const QChar c : word) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'$': out += QStringLiteral("$$"); break;
        case u'%': out += QStringLiteral("%%"); break;
        default: out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString guardDropIn(const QString &binary, const QStringList &guardOptions)
{
    QStringList words{systemdQuoted(binary), QStringLiteral("guard")};
    for (const QString &option : guardOptions)
        words << systemdQuoted(option);
    // ${ROOT} is one word, as the agent gets it; $OTHER_OPTS splits into words, as the agent gets them.
    words << QStringLiteral("--agent-root") << QStringLiteral("${ROOT}") << QStringLiteral("--") << QStringLiteral("$OTHER_OPTS");
    return QStringLiteral(
               "# mackerel-inspector guard, before mackerel-agent starts (mackerel-inspector(1), GUARD).\n"
               "# It keeps the agent from starting where it would register a duplicate host or refuse to start, with one\n"
               "# line in the journal and an exit status a finding; it lets the agent start when it cannot decide.\n"
               "# Written by `mackerel-inspector guard --install`; `mackerel-inspector guard --uninstall` removes it.\n"
               "[Service]\n"
               "ExecStartPre=%1\n")
        .arg(words.join(QLatin1Char(' ')));
}

GuardCommand::GuardCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_budget(new QTimer(this))
    , m_detector(new CloudDetector(this))
{
    m_budget->setSingleShot(true);
    connect(m_budget, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("the time budget of %1 ms ran out").arg(m_options.budgetMs));
    });
    connect(m_detector, &CloudDetector::finished, this, &GuardCommand::onDetected);
}

void GuardCommand::start()
{
    m_elapsed.start();
    m_budget->start(m_options.budgetMs);
    if (m_options.common.demoCloud) {
        QString error;
        m_demo = startDemo(m_options.common, &error);
        MackerelOptions demoOptions;
        demoOptions.settings = m_options.settings;
        demoOptions.demoSeed = m_options.demoSeed;
        demoOptions.idFileGiven = m_options.agentRootGiven;
        if (!m_demo || !demoOptions.applyDemo(*m_demo, &error)) {
            QTimer::singleShot(0, this, [this, error] { finish(error); });
            return;
        }
        m_options.settings = demoOptions.settings;
    }
    if (m_options.settings.apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(QStringLiteral("no Mackerel API key: give --apikey-file, set MACKEREL_APIKEY, or set apikey in mackerel-agent.conf"));
        });
        return;
    }
    MackerelApiOptions api;
    api.apiBase = m_options.settings.apiBase;
    api.apiKey = m_options.settings.apiKey;
    m_client = new MackerelApiClient(api, nullptr, this);
    m_matcher = new HostMatcher(m_client, this);
    connect(m_matcher, &HostMatcher::finished, this, &GuardCommand::onMatched);
    m_detector->start(m_options.common.detector);
}

void GuardCommand::onDetected(const DetectionResult &result)
{
    m_detection = result;
    m_evidence.hostedOn = result.hostedOn;
    m_evidence.localKeys = localMachineKeys(result);
    for (const FirmwareFinding &finding : result.firmwareFindings) {
        if (finding.kind == FirmwareFinding::Kind::AgentMissesCloud)
            m_evidence.firmwareCause = finding.message;
    }
    m_matcher->start(result.agentCustomIdentifier, m_options.settings.idFilePath, m_evidence.localKeys);
}

void GuardCommand::onMatched(const MatchReport &report)
{
    m_evidence.match = report;
    m_evidence.match.probes = m_detection.probes + report.probes;
    m_evidence.match.warnings = m_detection.warnings + report.warnings;
    if (report.verdict != MatchVerdict::Create) {
        finish();
        return;
    }
    if (lookalikeListingFailed(report)) {
        finish(QStringLiteral("the organization's hosts could not be listed to look for a host that is already this machine"));
        return;
    }
    // Where the agent misses the firmware's cloud, is the integration's host for it already there?
    for (const FirmwareFinding &finding : std::as_const(m_detection.firmwareFindings)) {
        if (finding.kind != FirmwareFinding::Kind::AgentMissesCloud || finding.expectedIdentifier.isEmpty())
            continue;
        MackerelApiCall *call = m_client->findHostsByCustomIdentifier(finding.expectedIdentifier);
        m_firmwareCall = call;
        connect(call, &MackerelApiCall::finished, this, [this, finding](const MackerelApiResult &result) {
            m_evidence.firmwareCheck = checkFirmwareIdentifier(finding, result);
            m_evidence.match.probes += result.probes;
            finish();
        });
        return;
    }
    finish();
}

void GuardCommand::finish(const QString &undecided)
{
    if (m_finished)
        return;
    m_finished = true;
    m_budget->stop();
    // Stop what is still under way (the budget ran out): a client destroyed with calls in flight
    // would leave their replies to its network manager's destruction first.
    m_detector->cancel();
    if (m_matcher)
        m_matcher->cancel();
    if (m_firmwareCall)
        m_firmwareCall->abort();
    m_evidence.undecided = undecided;
    GuardDecision decision = decideGuard(m_evidence, m_options.policy);

    QString movedTo;
    if (decision.action == GuardAction::MoveIdFile) {
        QString error;
        const auto moved = moveIdFileAside(m_evidence.match.idFile, QDateTime::currentDateTimeUtc(), &error);
        if (moved) {
            movedTo = *moved;
            decision.line += QStringLiteral(" Moved the id file aside to \"%1\" (kept, not deleted); mackerel-agent starts and "
                                            "attaches by its identifier or registers anew.")
                                 .arg(guardEscaped(movedTo));
        } else {
            decision.action = GuardAction::Block;
            decision.exitStatus = GuardExit::MoveFailed;
            decision.line = QStringLiteral("mackerel-inspector guard: %1 (exit %2): mackerel-agent is not started: %3 (%4)")
                                .arg(guardFindingName(decision.finding))
                                .arg(decision.exitStatus)
                                .arg(error, decision.line);
        }
    }

    if (m_options.common.json) {
        QJsonObject json = decision.toJson();
        json.insert(QStringLiteral("movedTo"), movedTo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(movedTo));
        json.insert(QStringLiteral("match"), m_evidence.match.toJson());
        json.insert(QStringLiteral("platform"), cloudPlatformName(m_detection.platform));
        json.insert(QStringLiteral("hostedOn"), m_evidence.hostedOn.toJson());
        json.insert(QStringLiteral("firmwareIdentifier"), m_evidence.firmwareCheck ? QJsonValue(m_evidence.firmwareCheck->toJson())
                                                                                   : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("policy"),
                    QJsonObject{{QStringLiteral("onDuplicate"), m_options.policy.warnOnDuplicate ? QStringLiteral("warn")
                                                                                                  : QStringLiteral("block")},
                                {QStringLiteral("fixCopiedId"), m_options.policy.fixCopiedId},
                                {QStringLiteral("fixMissingId"), m_options.policy.fixMissingId},
                                {QStringLiteral("strict"), m_options.policy.strict},
                                {QStringLiteral("budgetMs"), m_options.budgetMs}});
        json.insert(QStringLiteral("settings"), m_options.settings.toJson());
        json.insert(QStringLiteral("elapsedMs"), qint64(m_elapsed.elapsed()));
        printRedacted(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'),
                      m_options.settings, stdout);
    }
    printRedacted(decision.line + QLatin1Char('\n'), m_options.settings, stderr);
    const int code = decision.exitStatus;
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

namespace {

// Where the guard cannot even read its own options it still fails open, unless --strict.
int optionsFailed(const QString &message, bool strict)
{
    if (strict)
        return usageError(message, QStringLiteral("guard"));
    QTextStream(stderr) << "mackerel-inspector guard: undecided: warning: " << guardEscaped(message)
                        << "; failing open, mackerel-agent starts.\n";
    return 0;
}

QString valueOf(const QStringList &words, const QString &name)
{
    QString value;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == name && i + 1 < words.size())
            value = words.at(i + 1);
        else if (words.at(i).startsWith(name + QLatin1Char('=')))
            value = words.at(i).mid(name.size() + 1);
    }
    return value;
}

bool hasOption(const QStringList &words, const QString &name)
{
    for (const QString &word : words) {
        if (word == name || word.startsWith(name + QLatin1Char('=')))
            return true;
    }
    return false;
}

// The options given, without the ones that say what to do with the drop-in; the paths made absolute,
// since systemd runs the guard from /.
QStringList optionsForDropIn(const QStringList &words)
{
    static const QStringList pathOptions = {QStringLiteral("--root"), QStringLiteral("--conf"), QStringLiteral("--apikey-file")};
    QStringList kept;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("--install") || word == QLatin1String("--uninstall") || word == QLatin1String("--json")
            || word.startsWith(QLatin1String("--systemd-dir=")))
            continue;
        if (word == QLatin1String("--systemd-dir")) {
            ++i;
            continue;
        }
        if (pathOptions.contains(word) && i + 1 < words.size()) {
            kept << word << QFileInfo(words.at(++i)).absoluteFilePath();
            continue;
        }
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        if (equals > 0 && pathOptions.contains(word.left(equals))) {
            kept << word.left(equals + 1) + QFileInfo(word.mid(equals + 1)).absoluteFilePath();
            continue;
        }
        kept << word;
    }
    return kept;
}

int reloadSystemd()
{
    auto *process = new QProcess(qApp);
    QObject::connect(process, &QProcess::finished, qApp, [process](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0)
            QTextStream(stderr) << "mackerel-inspector guard: "
                                << GuardCommandText::tr("systemctl daemon-reload failed; run it yourself") << "\n";
        process->deleteLater();
        QCoreApplication::exit(status == QProcess::NormalExit && code == 0 ? 0 : 1);
    });
    QObject::connect(process, &QProcess::errorOccurred, qApp, [process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        QTextStream(stderr) << "mackerel-inspector guard: "
                            << GuardCommandText::tr("systemctl daemon-reload failed; run it yourself") << "\n";
        process->deleteLater();
        QCoreApplication::exit(1);
    });
    process->start(QStringLiteral("systemctl"), {QStringLiteral("daemon-reload")});
    return QCoreApplication::exec();
}

int installOrUninstall(const QCommandLineParser &parser, const QStringList &head, bool install)
{
    const bool dirGiven = parser.isSet(QStringLiteral("systemd-dir"));
    const QString dir = dirGiven ? parser.value(QStringLiteral("systemd-dir")) : DefaultSystemdDir;
    const QString path = guardDropInPath(dir);
    QTextStream out(stdout);
    if (install) {
        if (!QDir().mkpath(dir)) {
            QTextStream(stderr) << "mackerel-inspector guard: " << GuardCommandText::tr("cannot create %1").arg(dir) << "\n";
            return 1;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "mackerel-inspector guard: " << GuardCommandText::tr("cannot write %1: %2").arg(path, file.errorString()) << "\n";
            return 1;
        }
        file.write(guardDropIn(QCoreApplication::applicationFilePath(), optionsForDropIn(head)).toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!file.commit()) {
            QTextStream(stderr) << "mackerel-inspector guard: " << GuardCommandText::tr("cannot write %1: %2").arg(path, file.errorString()) << "\n";
            return 1;
        }
        out << GuardCommandText::tr("Installed %1: mackerel-agent's next start runs the guard first.").arg(path) << "\n";
    } else {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            QTextStream(stderr) << "mackerel-inspector guard: " << GuardCommandText::tr("cannot remove %1").arg(path) << "\n";
            return 1;
        }
        QDir().rmdir(dir); // only if nothing else is left there
        out << GuardCommandText::tr("Removed %1.").arg(path) << "\n";
    }
    out.flush();
    // Reload the running systemd only for its own directory (not for an image's or a test's).
    if (!dirGiven && !parser.isSet(QStringLiteral("root")) && QFileInfo(QStringLiteral("/run/systemd/system")).isDir())
        return reloadSystemd();
    return 0;
}

// A path the agent names (its -conf, its root) seen from the inspector: below --root, where it is there;
// else as given, where a path that already leads into the fixture or image was given; else below
// --root (the agent's file is absent).
QString belowRootOrAsGiven(const QString &root, const QString &path, bool directory)
{
    if (root.isEmpty() || root == QLatin1String("/"))
        return path;
    const QString below = pathBelowRoot(root, path);
    auto there = [directory](const QString &candidate) {
        const QFileInfo info(candidate);
        return directory ? info.isDir() : info.exists();
    };
    if (there(below) || !there(path))
        return below;
    return path;
}

// The options of `guard`, for its parser and for the check that fails open on a bad command line.
void addGuardOptions(QCommandLineParser &parser)
{
    CommonOptions::addTo(parser);
    MackerelOptions::addApiTo(parser);
    parser.addOption({QStringLiteral("agent-root"),
                      GuardCommandText::tr("mackerel-agent's root, as its unit passes it ($ROOT; default: root in the conf, else %1); "
                                           "the id file is DIR/id, below --root.")
                          .arg(HostIdFile::defaultRoot()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      GuardCommandText::tr("Where the agent would register a second host of this machine: block (default) or warn."),
                      QStringLiteral("WHAT"), QStringLiteral("block")});
    parser.addOption({QStringLiteral("fix-copied-id"),
                      GuardCommandText::tr("Move an id file copied from another machine aside (id.copied-<time>) and let the agent start.")});
    parser.addOption({QStringLiteral("fix-missing-id"),
                      GuardCommandText::tr("Move an id file naming a host the organization does not have aside and let the agent start.")});
    parser.addOption({QStringLiteral("strict"),
                      GuardCommandText::tr("Keep the agent from starting also when the guard cannot decide (exit 15).")});
    parser.addOption({QStringLiteral("budget"),
                      GuardCommandText::tr("Time budget in ms (default 20000); past it the guard lets the agent start."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("install"),
                      GuardCommandText::tr("Write the systemd drop-in that runs the guard, with the other options given, before mackerel-agent.")});
    parser.addOption({QStringLiteral("uninstall"), GuardCommandText::tr("Remove the drop-in.")});
    parser.addOption({QStringLiteral("systemd-dir"),
                      GuardCommandText::tr("Directory of the drop-in (default %1).").arg(DefaultSystemdDir), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("seed"),
                      GuardCommandText::tr("With --demo: what the simulated Mackerel organization holds: %1 (default agentless).")
                          .arg(sim::mackerelSeedNames().join(QStringLiteral(", "))),
                      QStringLiteral("SEED"), QStringLiteral("agentless")});
}

} // namespace

int runGuard(const QStringList &arguments)
{
    // The words after `--` are mackerel-agent's own ($OTHER_OPTS in its unit).
    QStringList head = arguments;
    QStringList agentWords;
    if (const qsizetype separator = arguments.indexOf(QStringLiteral("--")); separator >= 0) {
        head = arguments.mid(0, separator);
        agentWords = arguments.mid(separator + 1);
    }
    const AgentCommandLine agent = AgentCommandLine::parse(agentWords);
    const bool strict = hasOption(head, QStringLiteral("--strict"));
    // The agent's -conf and -apibase, below --root, unless the guard's own options name them.
    const QString fileRoot = valueOf(head, QStringLiteral("--root"));
    if (agent.conf && !hasOption(head, QStringLiteral("--conf")))
        head << QStringLiteral("--conf") << belowRootOrAsGiven(fileRoot, *agent.conf, false);
    if (agent.apibase && !hasOption(head, QStringLiteral("--apibase")))
        head << QStringLiteral("--apibase") << *agent.apibase;

    QCommandLineParser parser;
    addGuardOptions(parser);

    const QString description = GuardCommandText::tr(
        "Run before mackerel-agent starts (ExecStartPre of its unit): keep it from starting where it would register a "
        "duplicate host or refuse to start, and say why in one line. Words after -- are the agent's own options. "
        "Reads the API only.");
    // In the unit, a command line the guard cannot use fails open, in one line, unless --strict.
    if (!strict && !hasOption(head, QStringLiteral("--help")) && !hasOption(head, QStringLiteral("-h"))
        && !hasOption(head, QStringLiteral("--help-all"))) {
        QCommandLineParser probe;
        addGuardOptions(probe);
        probe.addHelpOption();
        addLanguageOption(probe);
        if (!probe.parse(head))
            return optionsFailed(probe.errorText(), false);
        if (!probe.positionalArguments().isEmpty())
            return optionsFailed(GuardCommandText::tr("unexpected argument '%1' (the agent's options go after --)")
                                     .arg(probe.positionalArguments().constFirst()),
                                 false);
    }
    if (const int code = parseCommandLine(parser, head, QStringLiteral("guard"), description); code >= 0)
        return code;

    const bool install = parser.isSet(QStringLiteral("install"));
    const bool uninstall = parser.isSet(QStringLiteral("uninstall"));
    if (install && uninstall)
        return usageError(GuardCommandText::tr("--install and --uninstall exclude each other"), QStringLiteral("guard"));

    // A bad value: a usage error where a person runs it (--install, --strict), else fail open.
    auto badValue = [&](const QString &message) {
        return install || uninstall || strict ? usageError(message, QStringLiteral("guard")) : optionsFailed(message, false);
    };
    GuardCommand::Options options;
    const QString onDuplicate = parser.value(QStringLiteral("on-duplicate"));
    if (onDuplicate != QLatin1String("block") && onDuplicate != QLatin1String("warn"))
        return badValue(GuardCommandText::tr("--on-duplicate must be block or warn"));
    options.policy.warnOnDuplicate = onDuplicate == QLatin1String("warn");
    options.policy.fixCopiedId = parser.isSet(QStringLiteral("fix-copied-id"));
    options.policy.fixMissingId = parser.isSet(QStringLiteral("fix-missing-id"));
    options.policy.strict = parser.isSet(QStringLiteral("strict"));
    if (parser.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        options.budgetMs = parser.value(QStringLiteral("budget")).toInt(&ok);
        if (!ok || options.budgetMs < 1 || options.budgetMs > 600000)
            return badValue(GuardCommandText::tr("--budget takes milliseconds from 1 to 600000"));
    }
    const auto seed = sim::parseMackerelSeed(parser.value(QStringLiteral("seed")));
    if (!seed || (parser.isSet(QStringLiteral("seed")) && !parser.isSet(QStringLiteral("demo"))))
        return badValue(GuardCommandText::tr("--seed goes with --demo and is one of %1")
                            .arg(sim::mackerelSeedNames().join(QStringLiteral(", "))));
    options.demoSeed = *seed;
    // The drop-in is written before the agent and its conf may be there (an image, cloud-init): the
    // options are checked by the guard when it runs.
    if (install || uninstall) {
        const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
        return installOrUninstall(parser, separator >= 0 ? arguments.mid(0, separator) : arguments, install);
    }
    QString error;
    if (!options.common.read(parser, &error))
        return optionsFailed(error, strict);

    // The key and the API base as every command resolves them; the agent's own -apikey beats the
    // environment and the conf, as on the agent's command line.
    MackerelSettingsSources sources;
    MackerelOptions::addApiSources(parser, options.common.config, &sources);
    if (agent.apikey && !sources.apiKeyFile)
        sources.envApiKey = *agent.apikey;
    const auto settings = MackerelSettings::resolve(sources, &error);
    if (!settings)
        return optionsFailed(error, strict);
    options.settings = *settings;
    if (agent.apikey && !sources.apiKeyFile)
        options.settings.apiKeySource = QStringLiteral("-apikey in the agent's options");

    // The id file: the agent's root (its -root, else --agent-root, else the conf's root, else the
    // default), below --root.
    options.agentRootGiven = agent.root || parser.isSet(QStringLiteral("agent-root"));
    QString agentRoot = HostIdFile::defaultRoot();
    QString idFileSource = QStringLiteral("default");
    if (agent.root) {
        agentRoot = *agent.root;
        idFileSource = QStringLiteral("-root in the agent's options");
    } else if (parser.isSet(QStringLiteral("agent-root"))) {
        agentRoot = parser.value(QStringLiteral("agent-root"));
        idFileSource = QStringLiteral("--agent-root");
    } else if (!options.common.config.root.isEmpty()) {
        agentRoot = options.common.config.root;
        idFileSource = QStringLiteral("root in %1").arg(options.common.config.path);
    }
    options.settings.idFilePath = HostIdFile::pathForRoot(belowRootOrAsGiven(options.common.root, agentRoot, true));
    options.settings.idFileSource = idFileSource;

    GuardCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

} // namespace mi::app
