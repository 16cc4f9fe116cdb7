#include "fleetcommand.h"

#include "commandline.h"
#include "fleetapplycommand.h"
#include "mackereloptions.h"
#include "matchcommand.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace mi::app {

namespace {
struct FleetCommandText
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)
};
} // namespace

namespace {

constexpr int ExitProblems = 3;

int usage(const QString &message)
{
    return usageError(message, QStringLiteral("fleet"));
}

QString hostLine(const FleetHost &host)
{
    QString line = QStringLiteral("%1 \"%2\" %3, %4").arg(host.host.id, host.host.name, host.host.status, hostSourceName(host.source));
    if (!host.host.agentVersion().isEmpty())
        line += QStringLiteral(" %1").arg(host.host.agentVersion());
    if (!host.host.customIdentifier.isEmpty())
        line += QStringLiteral(", customIdentifier %1").arg(host.host.customIdentifier);
    if (host.joinedBy)
        line += FleetCommandText::tr(" (joined by %1)").arg(joinKeyName(*host.joinedBy));
    return line;
}

QString reportLine(const FleetMachine &machine)
{
    const FleetReport &report = *machine.report;
    QString idFile = report.idFileReported
        ? FleetCommandText::tr("id file %1").arg(HostIdFile::stateName(report.idFile.state))
            + (report.idFile.state == HostIdFile::State::Present ? QStringLiteral(" (%1)").arg(report.idFile.hostId) : QString())
        : FleetCommandText::tr("id file not reported");
    return QStringLiteral("%1: %2, %3, %4%5")
        .arg(report.file, report.hostName, report.platform,
             report.customIdentifier.isEmpty() ? FleetCommandText::tr("no customIdentifier") : report.customIdentifier,
             QStringLiteral(", ") + idFile);
}

// "joined" for what made the join, "support" for what only agrees with it, "note" for the rest.
QString evidenceLabel(const FleetEvidence &evidence)
{
    if (evidence.joins)
        return FleetCommandText::tr("joined");
    if (evidence.key == QLatin1String("ipAddress") || evidence.key == QLatin1String("hostName"))
        return FleetCommandText::tr("support");
    return FleetCommandText::tr("note");
}

// One indented "label value" line under a machine, the values aligned in every language.
QString machineRow(const QString &label, const QString &value)
{
    return QStringLiteral("    ") + padToWidth(label, 7) + QLatin1Char(' ') + escapeUntrusted(value) + QLatin1Char('\n');
}

} // namespace

QString fleetReportText(const FleetAudit &audit)
{
    QString out;
    out += reportRow(FleetCommandText::tr("Organization"), FleetCommandText::tr("%1 live hosts listed, %2 reports read, %3 machines")
                                                     .arg(audit.hostsListed)
                                                     .arg(audit.reportsRead)
                                                     .arg(audit.machines.size()));
    QStringList counts;
    const QJsonObject summary = audit.summaryJson();
    for (FleetVerdict verdict : allFleetVerdicts())
        counts << QStringLiteral("%1 %2").arg(fleetVerdictName(verdict)).arg(summary.value(fleetVerdictName(verdict)).toInt());
    out += reportRow(FleetCommandText::tr("Verdicts"), counts.join(QStringLiteral(", ")));

    bool headed = false;
    for (const FleetMachine &machine : audit.machines) {
        if (machine.verdict == FleetVerdict::Ok)
            continue;
        if (!headed) {
            out += QLatin1Char('\n') + FleetCommandText::tr("To look at, worst first") + QLatin1Char('\n');
            headed = true;
        }
        out += QStringLiteral("\n%1  %2%3\n")
                   .arg(fleetVerdictName(machine.verdict).toUpper(), escapeUntrusted(machine.displayName()),
                        machine.customIdentifier.isEmpty() ? QString() : QStringLiteral("  ") + escapeUntrusted(machine.customIdentifier));
        for (const FleetHost &host : machine.hosts)
            out += machineRow(FleetCommandText::tr("host"), hostLine(host));
        if (machine.report)
            out += machineRow(FleetCommandText::tr("report"), reportLine(machine));
        for (const FleetEvidence &evidence : machine.evidence)
            out += machineRow(evidenceLabel(evidence), evidence.text);
        out += machineRow(FleetCommandText::tr("advice"), machine.advice);
    }

    headed = false;
    for (const FleetMachine &machine : audit.machines) {
        if (machine.verdict != FleetVerdict::Ok)
            continue;
        if (!headed) {
            out += QLatin1Char('\n') + FleetCommandText::tr("Nothing to do") + QLatin1Char('\n');
            headed = true;
        }
        QStringList ids;
        for (const FleetHost &host : machine.hosts)
            ids << host.host.id;
        out += QStringLiteral("  %1  %2%3\n")
                   .arg(escapeUntrusted(machine.displayName()),
                        ids.isEmpty() ? FleetCommandText::tr("no host") : escapeUntrusted(ids.join(QStringLiteral(", "))),
                        machine.report ? FleetCommandText::tr("  (report %1)").arg(escapeUntrusted(machine.report->file)) : QString());
    }
    if (!audit.warnings.isEmpty()) {
        out += QLatin1Char('\n') + FleetCommandText::tr("Warnings") + QLatin1Char('\n');
        for (const QString &warning : audit.warnings)
            out += QStringLiteral("  - %1\n").arg(escapeUntrusted(warning));
    }
    if (audit.machines.isEmpty())
        out += QLatin1Char('\n') + FleetCommandText::tr("No hosts and no reports: nothing to join.") + QLatin1Char('\n');
    return out;
}

FleetCommand::FleetCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

void FleetCommand::start()
{
    if (m_options.demo) {
        QString error;
        m_demo = sim::FleetDemoEnvironment::start(&error);
        if (!m_demo) {
            print(QStringLiteral("mackerel-inspector: %1\n").arg(error), stderr);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
            return;
        }
        m_options.settings.apiBase = m_demo->apiBase();
        m_options.settings.apiBaseSource = QStringLiteral("--demo");
        m_options.settings.apiKey = m_demo->apiKey();
        m_options.settings.apiKeySource = QStringLiteral("--demo");
        m_options.reportPaths.prepend(m_demo->reportsDir());
        if (m_options.format == Format::Text)
            QTextStream(stderr) << FleetCommandText::tr("Demo: a simulated organization at %1, its machines' reports in %2")
                                       .arg(m_demo->apiBase().toString(), m_demo->reportsDir())
                                << "\n";
    }

    MackerelApiOptions api;
    api.apiBase = m_options.settings.apiBase;
    api.apiKey = m_options.settings.apiKey;
    m_client = new MackerelApiClient(api, nullptr, this);
    m_auditor = new FleetAuditor(m_client, this);
    connect(m_auditor, &FleetAuditor::finished, this, &FleetCommand::onAudited);
    FleetReportSet reports = loadFleetReports(m_options.reportPaths);
    if (m_options.reportPaths.isEmpty())
        reports.warnings << FleetCommandText::tr("No reports given (--reports): the verdicts come from the hosts alone. Run "
                                           "contrib/ansible/inspect.yml to fetch reports from the machines.");
    m_auditor->start(m_options.filter, reports);
}

void FleetCommand::onAudited(const FleetAuditResult &result)
{
    if (!result.ok()) {
        print(QStringLiteral("mackerel-inspector: ") + FleetCommandText::tr("cannot read the organization: %1").arg(result.errorString)
                  + QLatin1Char('\n'),
              stderr);
        QCoreApplication::exit(1);
        return;
    }
    if (!m_options.planPath.isEmpty()) {
        // The demo's reports are in a folder removed at exit: the plan names them all the same.
        QStringList reports;
        for (const QString &path : std::as_const(m_options.reportPaths))
            reports << QFileInfo(path).absoluteFilePath();
        const FleetPlan plan = makeFleetPlan(result.audit, reports, QDateTime::currentDateTimeUtc());
        QString error;
        if (!writeFleetPlanFile(plan, m_options.planPath, &error)) {
            print(QStringLiteral("mackerel-inspector: %1\n").arg(error), stderr);
            QCoreApplication::exit(1);
            return;
        }
        print(m_options.format == Format::Json ? QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented))
                                               : fleetPlanText(plan),
              stdout);
        QCoreApplication::exit(0);
        return;
    }
    switch (m_options.format) {
    case Format::Json:
        // A machine at a time: the whole document of a large organization is never held.
        result.audit.writeIndentedJson([this](const QByteArray &piece) { print(QString::fromUtf8(piece), stdout); });
        break;
    case Format::Csv:
        print(result.audit.toCsv(), stdout);
        break;
    case Format::Text:
        print(fleetReportText(result.audit), stdout);
        break;
    }
    QCoreApplication::exit(result.audit.hasProblems() ? ExitProblems : 0);
}

void FleetCommand::print(const QString &text, FILE *stream)
{
    printRedacted(text, m_options.settings, stream);
}

int runFleet(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("apply"))
        return runFleetApply(arguments);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("plan"),
                      FleetCommandText::tr("Write the repair plan to FILE (JSON, documented in README.md) and print it; "
                                           "carry it out with 'fleet apply FILE'."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reports"),
                      FleetCommandText::tr("A report of 'inspect --json', or a folder of them (the playbook's reports_dir). "
                                     "Repeat for more."),
                      QStringLiteral("DIR|FILE")});
    parser.addOption({QStringLiteral("service"), FleetCommandText::tr("List only the hosts of service S (on the server)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("role"), FleetCommandText::tr("With --service: only the hosts of role R. Repeat for more."),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("json"), FleetCommandText::tr("Print one JSON object (documented in README.md).")});
    parser.addOption({QStringLiteral("csv"), FleetCommandText::tr("Print CSV: a header, then one line a machine.")});
    CommonOptions::addConfTo(parser);
    MackerelOptions::addApiTo(parser);
    parser.addOption({QStringLiteral("demo"),
                      FleetCommandText::tr("Audit the built-in simulated organization with the reports the demo generates "
                                     "('--demo' alone, or '--demo org').")
                          ,
                      QStringLiteral("org")});

    // "--demo" takes no value here, but the option shares its name with the other commands' --demo CLOUD.
    QStringList adjusted = arguments;
    for (qsizetype i = 1; i < adjusted.size(); ++i) {
        if (adjusted.at(i) == QLatin1String("--demo")
            && (i + 1 == adjusted.size() || adjusted.at(i + 1).startsWith(QLatin1Char('-'))))
            adjusted.insert(i + 1, QStringLiteral("org"));
    }
    if (const int code = parseCommandLine(
            parser, adjusted, QStringLiteral("fleet"),
            FleetCommandText::tr("Join the organization's Mackerel hosts with reports from many machines (fetched with "
                           "contrib/ansible/inspect.yml): duplicates, refusals and hosts to come, one verdict a machine. "
                           "Changes nothing on Mackerel."));
        code >= 0)
        return code;

    FleetCommand::Options options;
    options.reportPaths = parser.values(QStringLiteral("reports"));
    options.planPath = parser.value(QStringLiteral("plan"));
    if (!options.planPath.isEmpty() && parser.isSet(QStringLiteral("csv")))
        return usage(FleetCommandText::tr("--plan prints the plan: as text, or with --json as JSON, not as CSV"));
    options.filter.service = parser.value(QStringLiteral("service"));
    options.filter.roles = parser.values(QStringLiteral("role"));
    if (!options.filter.roles.isEmpty() && options.filter.service.isEmpty())
        return usage(FleetCommandText::tr("--role goes with --service"));
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return usage(FleetCommandText::tr("--json and --csv exclude each other"));
    options.format = parser.isSet(QStringLiteral("json")) ? FleetCommand::Format::Json
        : parser.isSet(QStringLiteral("csv"))            ? FleetCommand::Format::Csv
                                                          : FleetCommand::Format::Text;
    if (parser.isSet(QStringLiteral("demo"))) {
        const QString value = parser.value(QStringLiteral("demo"));
        if (value != QLatin1String("org"))
            return usage(FleetCommandText::tr("fleet's --demo is the simulated organization: '--demo' or '--demo org', not '%1'").arg(value));
        options.demo = true;
    }

    // The agent's conf, for its apikey and apibase only.
    CommonOptions common;
    QString error;
    if (!common.readConf(parser, &error))
        return usage(error);
    MackerelSettingsSources sources;
    sources.fileRoot = common.root;
    MackerelOptions::addApiSources(parser, common.config, &sources);
    const auto settings = MackerelSettings::resolve(sources, &error);
    if (!settings)
        return usage(error);
    options.settings = *settings;

    FleetCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

} // namespace mi::app
