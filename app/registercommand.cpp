#include "registercommand.h"

#include "commandline.h"
#include "detectcommand.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace mi::app {

namespace {
struct RegisterCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommand)
};
} // namespace

namespace {

constexpr int ExitFailed = 1;
constexpr int ExitRefused = 3;
constexpr int ExitNotConfirmed = 4;

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return RegisterCommandText::tr("(none)");
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    QString text = value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
        : value.isArray()           ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                                    : value.toVariant().toString();
    if (text.size() > 100)
        text = text.left(97) + QStringLiteral("...");
    return text;
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("checks"))
        return RegisterCommandText::tr("checks (check monitors after the update)");
    if (field == QLatin1String("roleFullnames"))
        return RegisterCommandText::tr("roleFullnames (roles after the update; it only adds)");
    return field;
}

QString changesText(const QList<HostFieldChange> &changes)
{
    if (changes.isEmpty())
        return QStringLiteral("  ") + RegisterCommandText::tr("nothing changes") + QLatin1Char('\n');
    const QString now = RegisterCommandText::tr("now:");
    const QString next = RegisterCommandText::tr("new:");
    const int width = std::max(displayWidth(now), displayWidth(next)); // the values aligned in every language
    QString out;
    for (const HostFieldChange &change : changes)
        out += QStringLiteral("  %1\n      %2 %3\n      %4 %5\n")
                   .arg(fieldLabel(change.field), padToWidth(now, width), escapeUntrusted(valueText(change.before)), padToWidth(next, width),
                        escapeUntrusted(valueText(change.after)));
    return out;
}

QJsonArray changesJson(const QList<HostFieldChange> &changes)
{
    QJsonArray array;
    for (const HostFieldChange &change : changes)
        array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                 {QStringLiteral("before"), change.before},
                                 {QStringLiteral("after"), change.after}});
    return array;
}

QJsonValue roleReplacementJson(const RegistrationResult &result)
{
    if (result.rolesRemoved.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("removes"), QJsonArray::fromStringList(result.rolesRemoved)},
                       {QStringLiteral("roleFullnames"), QJsonArray::fromStringList(result.rolesAfterReplace)},
                       {QStringLiteral("done"), result.rolesReplaced}};
}

int usage(const QString &message)
{
    return usageError(message, QStringLiteral("register"));
}

} // namespace

RegisterCommand::RegisterCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_detector(new CloudDetector(this))
    , m_collector(new HostSpecCollector(this))
{
    connect(m_detector, &CloudDetector::finished, this, &RegisterCommand::onDetected);
    connect(m_collector, &HostSpecCollector::finished, this, &RegisterCommand::onCollected);
}

void RegisterCommand::start()
{
    MatchCommand::Options &match = m_options.match;
    if (match.common.demoCloud) {
        QString error;
        if (!startMackerelDemo(match, m_demo, &error)) {
            finish(ExitFailed, QStringLiteral("failed"), error);
            return;
        }
    }
    MackerelApiOptions api;
    api.apiBase = match.mackerel.settings.apiBase;
    api.apiKey = match.mackerel.settings.apiKey;
    m_client = new MackerelApiClient(api, nullptr, this);
    m_matcher = new HostMatcher(m_client, this);
    m_registrar = new HostRegistrar(m_client, this);
    m_registrar->setCreateGuards({match.mackerel.settings.idFilePath, m_options.writeIdFile});
    connect(m_matcher, &HostMatcher::finished, this, &RegisterCommand::onMatched);
    connect(m_registrar, &HostRegistrar::finished, this, [this](const RegistrationResult &result) {
        if (m_acting)
            onDone(result);
        else
            onPlanned(result);
    });
    m_detector->start(match.common.detector);
}

void RegisterCommand::onDetected(const DetectionResult &result)
{
    m_detection = result;
    HostSpecOptions options;
    options.root = m_options.match.common.root;
    m_collector->start(result, m_options.match.common.config, options);
}

void RegisterCommand::onCollected(const HostSpec &spec)
{
    m_spec = spec;
    m_matcher->start(m_detection.agentCustomIdentifier, m_options.match.mackerel.settings.idFilePath);
}

void RegisterCommand::onMatched(const MatchReport &report)
{
    m_report = report;
    m_report.probes = m_detection.probes + report.probes;
    m_report.warnings = m_detection.warnings + m_spec.warnings + report.warnings;
    switch (report.verdict) {
    case MatchVerdict::Error:
        finish(ExitFailed, QStringLiteral("failed"), report.message);
        return;
    case MatchVerdict::Mismatch:
    case MatchVerdict::MissingHost:
    case MatchVerdict::LookupFailed:
    case MatchVerdict::RetiredHost:
    case MatchVerdict::IdFileDirectory:
        finish(ExitRefused, QStringLiteral("refused"),
               RegisterCommandText::tr("Refused: the agent would not start here. %1").arg(report.message));
        return;
    case MatchVerdict::Create:
        // The registrar's guards (the window's too): the id file read again, the identifier looked up again.
        m_registrar->create(m_spec.host, true);
        return;
    case MatchVerdict::Attach:
    case MatchVerdict::Update:
        m_registrar->update(report.host->id, m_spec.host, true, updateOptions());
        return;
    }
}

void RegisterCommand::onPlanned(const RegistrationResult &plan)
{
    m_plan = plan;
    if (!plan.ok()) {
        const bool refused = plan.action == RegistrationResult::Action::Refused;
        QString message = refused ? RegisterCommandText::tr("Refused: %1.").arg(plan.errorString) : plan.errorString;
        const HostUpdateOptions options = updateOptions();
        if (refused && options.checks == UpdateChecks::Conf && !options.confRead)
            message += QLatin1Char(' ') + RegisterCommandText::tr("The options for these: --conf FILE, --checks host, --checks none.");
        finish(refused ? ExitRefused : ExitFailed, RegistrationResult::actionName(plan.action), message, &plan);
        return;
    }
    const bool creating = m_report.verdict == MatchVerdict::Create;
    const QString what = creating ? RegisterCommandText::tr("Create a host on Mackerel (verdict create):")
                                  : RegisterCommandText::tr("Update host %1 on Mackerel (verdict %2):")
                                        .arg(escapeUntrusted(m_report.host->id), matchVerdictName(m_report.verdict));
    if (!m_options.match.common.json) {
        QString text = QStringLiteral("%1\n%2").arg(what, changesText(plan.changes));
        for (const QString &warning : plan.warnings)
            text += RegisterCommandText::tr("Warning: %1").arg(escapeUntrusted(warning)) + QLatin1Char('\n');
        if (!plan.rolesRemoved.isEmpty())
            text += RegisterCommandText::tr("Then replace the roles (PUT /api/v0/hosts/%1/role-fullnames, asked separately):\n"
                                            "  removes: %2\n  roles after it: %3\n")
                        .arg(escapeUntrusted(m_report.host->id), escapeUntrusted(plan.rolesRemoved.join(QStringLiteral(", "))),
                             plan.rolesAfterReplace.isEmpty() ? RegisterCommandText::tr("(none)")
                                                              : escapeUntrusted(plan.rolesAfterReplace.join(QStringLiteral(", "))));
        else if (m_options.replaceRoles && !creating)
            text += RegisterCommandText::tr("--replace-roles: the host has no role the payload lacks; no role is removed.\n");
        printRedacted(text, m_options.match.mackerel.settings, stdout);
    }
    if (m_options.dryRun) {
        finish(0, QStringLiteral("dry-run"), RegisterCommandText::tr("Dry run: nothing was sent."), &plan);
        return;
    }
    m_questions.clear();
    if (!m_options.yes && (creating || !plan.changes.isEmpty()))
        m_questions.append(RegisterCommandText::tr("Proceed? [y/N] "));
    if (!plan.rolesRemoved.isEmpty() && !m_options.yesReplaceRoles)
        m_questions.append(RegisterCommandText::tr("Remove the roles %1 from host %2? [y/N] ")
                               .arg(escapeUntrusted(plan.rolesRemoved.join(QStringLiteral(", "))), escapeUntrusted(m_report.host->id)));
    if (m_questions.isEmpty()) {
        act();
        return;
    }
    ask();
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &RegisterCommand::onConfirmation);
}

void RegisterCommand::ask()
{
    printRedacted(m_questions.constFirst(), m_options.match.mackerel.settings, stderr);
}

void RegisterCommand::onConfirmation()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count > 0)
        m_answer.append(buffer, count);
    // One line a question; the end of input answers what is left with no.
    while (!m_questions.isEmpty() && (m_answer.contains('\n') || count <= 0)) {
        const qsizetype end = m_answer.indexOf('\n');
        const QByteArray answer = (end < 0 ? m_answer : m_answer.left(end)).trimmed().toLower();
        m_answer = end < 0 ? QByteArray() : m_answer.mid(end + 1);
        if (answer != "y" && answer != "yes") {
            m_stdin->setEnabled(false);
            finish(ExitNotConfirmed, QStringLiteral("declined"), RegisterCommandText::tr("Not confirmed: nothing was sent."), &m_plan);
            return;
        }
        m_questions.removeFirst();
        if (!m_questions.isEmpty())
            ask();
    }
    if (!m_questions.isEmpty())
        return;
    m_stdin->setEnabled(false);
    act();
}

HostUpdateOptions RegisterCommand::updateOptions() const
{
    HostUpdateOptions options;
    options.checks = m_options.checks;
    options.confRead = !m_options.match.common.config.path.isEmpty();
    options.replaceRoles = m_options.replaceRoles;
    return options;
}

void RegisterCommand::act()
{
    m_acting = true;
    if (m_report.verdict == MatchVerdict::Create)
        m_registrar->create(m_spec.host);
    else {
        m_registrar->setConfirmedRoleRemoval(m_plan.rolesRemoved);
        m_registrar->update(m_report.host->id, m_spec.host, false, updateOptions());
    }
}

void RegisterCommand::onDone(const RegistrationResult &result)
{
    if (!result.ok()) {
        finish(result.action == RegistrationResult::Action::Refused ? ExitRefused : ExitFailed,
               RegistrationResult::actionName(result.action), result.errorString, &result);
        return;
    }
    const QString path = m_options.match.mackerel.settings.idFilePath;
    QString message;
    switch (result.action) {
    case RegistrationResult::Action::Created: message = RegisterCommandText::tr("Created host %1.").arg(result.hostId); break;
    case RegistrationResult::Action::Recovered:
        message = RegisterCommandText::tr("Created host %1 (its answer was lost; found by its customIdentifier, not posted again).")
                      .arg(result.hostId);
        break;
    case RegistrationResult::Action::Updated:
        message = result.rolesReplaced ? RegisterCommandText::tr("Updated host %1, and replaced its roles (removed: %2).")
                                             .arg(result.hostId, result.rolesRemoved.join(QStringLiteral(", ")))
                                       : RegisterCommandText::tr("Updated host %1.").arg(result.hostId);
        break;
    default: message = RegisterCommandText::tr("Host %1 already holds all of it: nothing was sent.").arg(result.hostId); break;
    }
    if (m_options.writeIdFile) {
        QString error;
        if (!HostIdFile::write(path, result.hostId, &error)) {
            finish(ExitFailed, RegistrationResult::actionName(result.action),
                   RegisterCommandText::tr("%1 The id file was not written: %2").arg(message, error), &result);
            return;
        }
        m_idFileWritten = true;
        message += RegisterCommandText::tr(" Wrote its id to %1, as the agent would.").arg(path);
    } else if (m_report.idFile.state != HostIdFile::State::Present) {
        message += RegisterCommandText::tr(" The agent will find it by its customIdentifier and write %1 at its start (or pass "
                                  "--write-id-file).")
                       .arg(path);
    }
    finish(0, RegistrationResult::actionName(result.action), message, &result);
}

void RegisterCommand::finish(int code, const QString &action, const QString &message, const RegistrationResult *result)
{
    const MackerelSettings &settings = m_options.match.mackerel.settings;
    QList<ProbeRecord> probes = m_report.probes;
    if (result)
        probes << result->probes;
    if (m_options.match.common.json) {
        QJsonArray probeArray;
        for (const ProbeRecord &probe : std::as_const(probes))
            probeArray.append(probe.toJson());
        const QJsonObject json{
            {QStringLiteral("verdict"), matchVerdictName(m_report.verdict)},
            {QStringLiteral("action"), action},
            {QStringLiteral("hostId"), result && !result->hostId.isEmpty() ? QJsonValue(result->hostId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("customIdentifier"), m_report.customIdentifier.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                      : QJsonValue(m_report.customIdentifier)},
            {QStringLiteral("changes"), changesJson(result ? result->changes : m_plan.changes)},
            {QStringLiteral("idFile"), QJsonObject{{QStringLiteral("path"), settings.idFilePath},
                                                   {QStringLiteral("written"), m_idFileWritten}}},
            {QStringLiteral("message"), message},
            {QStringLiteral("probes"), probeArray},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(m_report.warnings + (result ? result->warnings : m_plan.warnings))},
            {QStringLiteral("checks"), m_report.verdict == MatchVerdict::Attach || m_report.verdict == MatchVerdict::Update
                                           ? QJsonValue(updateChecksName(m_options.checks))
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("roleReplacement"), roleReplacementJson(result ? *result : m_plan)},
        };
        printRedacted(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)), settings, stdout);
    } else {
        printRedacted(escapeUntrusted(message) + QLatin1Char('\n'), settings, code == 0 ? stdout : stderr);
    }
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

int runRegister(const QStringList &arguments)
{
    QCommandLineParser parser;
    addMackerelOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), RegisterCommandText::tr("Show what would change on Mackerel, and stop.")});
    parser.addOption({QStringLiteral("yes"), RegisterCommandText::tr("Do not ask for confirmation.")});
    parser.addOption({QStringLiteral("checks"),
                      RegisterCommandText::tr("What an update sends as checks, which the host's check monitors become: conf (the "
                                              "agent conf's; refused when no conf was read), host (keep the host's), none "
                                              "(remove them all)."),
                      QStringLiteral("conf|host|none"), QStringLiteral("conf")});
    parser.addOption({QStringLiteral("replace-roles"),
                      RegisterCommandText::tr("After the update, set the host's roles to exactly the payload's (PUT role-fullnames), "
                                              "removing the others; asked separately.")});
    parser.addOption({QStringLiteral("yes-replace-roles"),
                      RegisterCommandText::tr("Do not ask before removing roles with --replace-roles.")});
    parser.addOption({QStringLiteral("write-id-file"),
                      RegisterCommandText::tr("Write the host id to the id file as the agent does (never over another id).")});
    if (const int code = parseCommandLine(
            parser, arguments, QStringLiteral("register"),
            RegisterCommandText::tr("Register this host on Mackerel, or update the host the agent would use, with the payload the "
                           "agent would send; never a duplicate. Shows the changes first."));
        code >= 0)
        return code;
    RegisterCommand::Options options;
    QString error;
    if (!readMackerelOptions(parser, &options.match, &error))
        return usage(error);
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.yes = parser.isSet(QStringLiteral("yes"));
    options.writeIdFile = parser.isSet(QStringLiteral("write-id-file"));
    const std::optional<UpdateChecks> checks = parseUpdateChecks(parser.value(QStringLiteral("checks")));
    if (!checks)
        return usage(RegisterCommandText::tr("--checks must be conf, host or none, not '%1'").arg(parser.value(QStringLiteral("checks"))));
    options.checks = *checks;
    options.replaceRoles = parser.isSet(QStringLiteral("replace-roles"));
    options.yesReplaceRoles = parser.isSet(QStringLiteral("yes-replace-roles"));
    if (options.yesReplaceRoles && !options.replaceRoles)
        return usage(RegisterCommandText::tr("--yes-replace-roles needs --replace-roles"));
    RegisterCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

} // namespace mi::app
