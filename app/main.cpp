#include "commandline.h"
#include "commonoptions.h"
#include "detectcommand.h"
#include "fleetcommand.h"
#ifndef MI_HEADLESS
#include "guicommand.h"
#endif
#include "inspectcommand.h"
#include "matchcommand.h"
#include "registercommand.h"
#include "simulatecommand.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <functional>
#include <unistd.h>

namespace {

// MI_HEADLESS: the build without the window (package mackerel-inspector-cli), same commands.
const char *const Usage =
#ifdef MI_HEADLESS
    "Usage: mackerel-inspector <command> [options]     (this build has no window)\n"
#else
    "Usage: mackerel-inspector [gui] [options]     the window\n"
    "       mackerel-inspector <command> [options]\n"
#endif
    "\n"
    "See, before installing mackerel-agent, what it would detect and send to Mackerel.\n"
    "\n"
    "Commands:\n"
    "  detect      Which cloud the agent detects here and the customIdentifier it sends\n"
    "  inspect     The host payload the agent would send (specs, interfaces, roles, checks, cloud)\n"
    "  match       What the agent would do with this host on Mackerel: attach, create, update, or refuse\n"
    "  register    Create or update this host on Mackerel as the agent would, never a duplicate (--dry-run)\n"
    "  fleet       Join the organization's hosts with many machines' reports: duplicates and refusals, ahead\n"
    "  simulate    Serve a cloud's instance metadata service on 127.0.0.1 (for demos and tests)\n"
    "  help        This text; `mackerel-inspector <command> --help` lists a command's options\n"
    "\n"
    "Try it anywhere with the built-in simulator:\n"
    "  mackerel-inspector detect --demo ec2\n";

int g_signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Ctrl+C and SIGTERM end the event loop, so that destructors run (temporary files are removed).
void quitOnSignals()
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::exit(0); });
    std::signal(SIGINT, onQuitSignal);
    std::signal(SIGTERM, onQuitSignal);
}

int runDetect(const QStringList &arguments)
{
    QCommandLineParser parser;
    mi::app::CommonOptions::addTo(parser);
    if (const int code = mi::app::parseCommandLine(parser, arguments, QStringLiteral("detect"),
                               QStringLiteral("Detect the cloud platform and customIdentifier as mackerel-agent does."));
        code >= 0)
        return code;
    mi::app::CommonOptions options;
    QString error;
    if (!options.read(parser, &error))
        return mi::app::usageError(error, QStringLiteral("detect"));
    mi::app::DetectCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cloud"),
                      QStringLiteral("The cloud to simulate: %1.").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))),
                      QStringLiteral("CLOUD")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free port)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("mackerel"), QStringLiteral("Also serve a simulated Mackerel API (another port) holding --seed's hosts.")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("What the simulated Mackerel organization holds for this instance: %1 (default agentless).")
                          .arg(mi::sim::mackerelSeedNames().join(QStringLiteral(", "))),
                      QStringLiteral("SEED"), QStringLiteral("agentless")});
    parser.addOption({QStringLiteral("hosts"),
                      QStringLiteral("With --mackerel: serve the hosts of FILE ({\"hosts\": [...]}, as the API lists them) "
                                     "instead of the seed's."),
                      QStringLiteral("FILE")});
    if (const int code = mi::app::parseCommandLine(parser, arguments, QStringLiteral("simulate"),
                               QStringLiteral("Serve a cloud's instance metadata service on 127.0.0.1 until interrupted."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("cloud")))
        return mi::app::usageError(QStringLiteral("simulate needs --cloud (%1)").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));
    const auto cloud = mi::sim::parseSimulatedCloud(parser.value(QStringLiteral("cloud")));
    if (!cloud)
        return mi::app::usageError(QStringLiteral("--cloud must be one of %1").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return mi::app::usageError(QStringLiteral("--port must be a number from 0 to 65535"), QStringLiteral("simulate"));
    const auto seed = mi::sim::parseMackerelSeed(parser.value(QStringLiteral("seed")));
    if (!seed)
        return mi::app::usageError(QStringLiteral("--seed must be one of %1").arg(mi::sim::mackerelSeedNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));

    mi::app::SimulateCommand command;
    QString error;
    if (!command.start(*cloud, quint16(port), &error)
        || (parser.isSet(QStringLiteral("mackerel"))
            && !command.startMackerel(*cloud, *seed, &error, parser.value(QStringLiteral("hosts"))))) {
        QTextStream(stderr) << "mackerel-inspector: " << error << "\n";
        return 1;
    }
    quitOnSignals();
    return QCoreApplication::exec();
}

#ifdef MI_HEADLESS
// Asked for the window (no command, `gui`, options only): say what this build is and what it can do.
int reportNoWindow()
{
    QTextStream(stderr) << "mackerel-inspector: this build (package mackerel-inspector-cli) has no window; "
                           "it is in the package mackerel-inspector.\nRun one of the commands instead.\n\n"
                        << Usage;
    return mi::app::ExitUsage;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    qRegisterMetaType<mi::ProbeRecord>();
    qRegisterMetaType<mi::DetectionResult>();
    if (mi::app::isGuiInvocation(argc, argv)) {
#ifdef MI_HEADLESS
        return reportNoWindow();
#else
        return mi::app::runGui(argc, argv);
#endif
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mackerel-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MACKEREL_INSPECTOR_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << Usage;
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        QTextStream(stdout) << "mackerel-inspector " << MACKEREL_INSPECTOR_VERSION << "\n";
        return 0;
    }
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("mackerel-inspector ") + command;
    // One entry a subcommand; each takes its arguments and returns the exit code.
    const QList<QPair<QString, std::function<int(const QStringList &)>>> commands = {
        {QStringLiteral("detect"), runDetect},
        {QStringLiteral("simulate"), runSimulate},
        {QStringLiteral("match"), mi::app::runMatch},
        {QStringLiteral("register"), mi::app::runRegister},
        {QStringLiteral("inspect"), mi::app::runInspect},
        {QStringLiteral("fleet"), mi::app::runFleet},
    };
    for (const auto &[name, run] : commands) {
        if (name == command)
            return run(arguments);
    }
    return mi::app::usageError(QStringLiteral("unknown command '%1'").arg(command));
}
