#include "fleetapplycommand.h"

#include "commandline.h"
#include "commonoptions.h"
#include "mackereloptions.h"
#include "matchcommand.h"
#include "textreport.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace mi::app {

namespace {
struct FleetApplyText
{
    Q_DECLARE_TR_FUNCTIONS(FleetApplyCommand)
};

QString planPathOf(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString fleetPlanText(const FleetPlan &plan)
{
    QString out;
    out += reportRow(FleetApplyText::tr("Plan"), FleetApplyText::tr("%1 machines, %2 with automatic steps, made %3")
                                                     .arg(plan.machines.size())
                                                     .arg(plan.automaticMachines())
                                                     .arg(plan.createdAt.toString(Qt::ISODate)));
    const QStringList retire = plan.hostsToRetire();
    out += reportRow(FleetApplyText::tr("Retires"), retire.isEmpty() ? FleetApplyText::tr("no host") : retire.join(QStringLiteral(", ")));
    for (const FleetPlanMachine &machine : plan.machines) {
        out += QStringLiteral("\n%1  %2%3\n")
                   .arg(escapeUntrusted(machine.verdict.toUpper()), escapeUntrusted(machine.machine),
                        machine.automatic() ? QString() : QStringLiteral("  ") + FleetApplyText::tr("(blocked)"));
        for (const FleetPlanHost &host : machine.hosts)
            out += QStringLiteral("    %1 %2 \"%3\" %4%5\n")
                       .arg(FleetApplyText::tr("read"), escapeUntrusted(host.id), escapeUntrusted(host.name),
                            host.retired ? QStringLiteral("retired") : escapeUntrusted(host.status),
                            host.customIdentifier.isEmpty() ? QString() : QStringLiteral(", ") + escapeUntrusted(host.customIdentifier));
        int number = 0;
        for (const FleetPlanStep &step : machine.steps)
            out += QStringLiteral("    %1. %2: %3\n").arg(++number).arg(fleetPlanStepKindName(step.kind), escapeUntrusted(fleetPlanStepText(step)));
    }
    if (plan.machines.isEmpty())
        out += QLatin1Char('\n') + FleetApplyText::tr("Nothing to repair.") + QLatin1Char('\n');
    return out;
}

QString fleetApplyText(const FleetPlan &plan, const FleetApplyResult &result, bool dryRun)
{
    QString out;
    if (!result.errorString.isEmpty())
        return result.errorString + QLatin1Char('\n');
    if (dryRun)
        out += FleetApplyText::tr("Dry run: nothing was changed. Run again with --yes to apply.") + QLatin1Char('\n');
    if (result.nothingToDo)
        out += FleetApplyText::tr("Nothing to do: every automatic step of this plan is done.") + QLatin1Char('\n');
    for (const FleetApplyMachineResult &machine : result.machines) {
        QString line = QStringLiteral("%1  %2  %3").arg(fleetApplyStateName(machine.state), escapeUntrusted(machine.machine),
                                                        escapeUntrusted(machine.beforeVerdict));
        if (!machine.afterVerdict.isEmpty())
            line += QStringLiteral(" -> %1").arg(escapeUntrusted(machine.afterVerdict));
        out += line + QLatin1Char('\n');
        if (!machine.doneNow.isEmpty())
            out += QStringLiteral("    %1 %2\n").arg(FleetApplyText::tr("done:"), machine.doneNow.join(QStringLiteral(", ")));
        if (!machine.toDo.isEmpty() && machine.state != FleetApplyMachineResult::State::Blocked)
            out += QStringLiteral("    %1 %2\n").arg(dryRun ? FleetApplyText::tr("would do:") : FleetApplyText::tr("left:"),
                                                  machine.toDo.join(QStringLiteral(", ")));
        if (!machine.text.isEmpty())
            out += QStringLiteral("    %1\n").arg(escapeUntrusted(machine.text));
    }
    if (!result.retired.isEmpty())
        out += FleetApplyText::tr("Retired: %1").arg(escapeUntrusted(result.retired.join(QStringLiteral(", ")))) + QLatin1Char('\n');
    Q_UNUSED(plan)
    return out;
}

int fleetApplyExitCode(const FleetApplyResult &result)
{
    if (!result.errorString.isEmpty())
        return 1;
    if (result.nothingToDo)
        return ExitApplyNothingToDo;
    for (const FleetApplyMachineResult &machine : result.machines) {
        if (machine.state == FleetApplyMachineResult::State::Stale || machine.state == FleetApplyMachineResult::State::Failed
            || machine.state == FleetApplyMachineResult::State::Unreachable)
            return ExitApplyStopped;
    }
    return ExitApplyDone;
}

namespace {

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[1], &byte, 1);
}

} // namespace

int runFleetApply(const QStringList &arguments)
{
    const QString command = QStringLiteral("fleet apply");
    QStringList rest = arguments;
    rest.removeAt(1); // "apply"
    QString planPath;
    if (rest.size() > 1 && !rest.at(1).startsWith(QLatin1Char('-')))
        planPath = rest.takeAt(1);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("inventory"), FleetApplyText::tr("The Ansible inventory of the machines (required)."),
                      QStringLiteral("INVENTORY")});
    parser.addOption({QStringLiteral("yes"), FleetApplyText::tr("Carry the plan out; without it, apply is a dry run.")});
    parser.addOption({QStringLiteral("playbook"), FleetApplyText::tr("The repair playbook (default: the installed repair.yml)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ansible-playbook"), FleetApplyText::tr("The ansible-playbook to run (default: found in PATH)."),
                      QStringLiteral("PROGRAM")});
    parser.addOption({QStringLiteral("verify-wait"),
                      FleetApplyText::tr("Seconds between a check's reads of the host, six reads at most (default: 10)."),
                      QStringLiteral("SECONDS")});
    CommonOptions::addConfTo(parser);
    MackerelOptions::addApiTo(parser);
    if (const int code = parseCommandLine(parser, rest, command,
                                          FleetApplyText::tr("Carry out a plan of 'fleet --plan': fleet apply PLAN --inventory "
                                                             "INVENTORY [--yes]. Re-reads every host the plan names, stops a "
                                                             "machine whose hosts changed, keeps a journal next to the plan, and "
                                                             "audits again. Exit 0: all done; 4: some machine stopped; 5: nothing to do."));
        code >= 0)
        return code;
    if (planPath.isEmpty())
        return usageError(FleetApplyText::tr("give the plan: fleet apply PLAN --inventory INVENTORY"), command);
    if (!parser.isSet(QStringLiteral("inventory")))
        return usageError(FleetApplyText::tr("--inventory is required"), command);

    FleetApplyOptions options;
    options.planPath = planPathOf(planPath);
    options.inventory = parser.value(QStringLiteral("inventory"));
    options.dryRun = !parser.isSet(QStringLiteral("yes"));
    if (parser.isSet(QStringLiteral("verify-wait"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("verify-wait")).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return usageError(FleetApplyText::tr("--verify-wait takes seconds from 0 to 3600"), command);
        options.verifyIntervalMs = seconds * 1000;
    }
    if (parser.isSet(QStringLiteral("ansible-playbook")))
        options.ansiblePlaybook = parser.value(QStringLiteral("ansible-playbook"));
    options.playbook = parser.value(QStringLiteral("playbook"));
    if (options.playbook.isEmpty()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        for (const QString &candidate : {appDir + QStringLiteral("/../share/mackerel-inspector/ansible/repair.yml"),
                                         QStringLiteral(MI_SOURCE_DIR "/contrib/ansible/repair.yml")}) {
            if (QFileInfo(candidate).isFile()) {
                options.playbook = QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
                break;
            }
        }
        if (options.playbook.isEmpty())
            return usageError(FleetApplyText::tr("repair.yml not found: give --playbook"), command);
    }

    QFile planFile(options.planPath);
    if (!planFile.open(QIODevice::ReadOnly))
        return usageError(FleetApplyText::tr("cannot read the plan %1: %2").arg(planPath, planFile.errorString()), command);
    options.planBytes = planFile.read(FleetPlanMaxBytes + 1);
    QString error;
    const auto plan = parseFleetPlan(options.planBytes, &error);
    if (!plan)
        return usageError(FleetApplyText::tr("%1 is not a plan: %2").arg(planPath, error), command);
    options.plan = *plan;

    CommonOptions common;
    if (!common.readConf(parser, &error))
        return usageError(error, command);
    MackerelSettingsSources sources;
    sources.fileRoot = common.root;
    MackerelOptions::addApiSources(parser, common.config, &sources);
    const auto settings = MackerelSettings::resolve(sources, &error);
    if (!settings)
        return usageError(error, command);
    options.apiKey = settings->apiKey;

    MackerelApiOptions api;
    api.apiBase = settings->apiBase;
    api.apiKey = settings->apiKey;
    MackerelApiClient client(api);
    FleetApplier applier(options, &client);
    const bool dryRun = options.dryRun;
    const FleetPlan planCopy = *plan;
    const MackerelSettings printSettings = *settings;
    QObject::connect(&applier, &FleetApplier::outputLine, &applier,
                     [&](const QString &line) { printRedacted(escapeUntrusted(line) + QLatin1Char('\n'), printSettings, stderr); });
    QObject::connect(&applier, &FleetApplier::progress, &applier, [&](const QString &machine, const QString &step, const QString &text) {
        printRedacted(QStringLiteral("%1%2: %3\n").arg(machine.isEmpty() ? QString() : escapeUntrusted(machine) + QStringLiteral(": "), step, escapeUntrusted(text)),
                      printSettings, stderr);
    });
    QObject::connect(&applier, &FleetApplier::finished, &applier, [&](const FleetApplyResult &result) {
        printRedacted(fleetApplyText(planCopy, result, dryRun), printSettings, result.errorString.isEmpty() ? stdout : stderr);
        QCoreApplication::exit(fleetApplyExitCode(result));
    });

    // Ctrl+C or SIGTERM: the playbook is stopped and the journal keeps what was done.
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(interruptPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &applier, [&] {
            interrupt->setEnabled(false);
            applier.cancel();
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    applier.start();
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}

} // namespace mi::app
