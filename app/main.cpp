#include "commandline.h"
#include "commonoptions.h"
#include "detectcommand.h"
#include "fleetcommand.h"
#include "guardcommand.h"
#ifndef MI_HEADLESS
#include "guicommand.h"
#endif
#include "inspectcommand.h"
#include "language.h"
#include "matchcommand.h"
#include "registercommand.h"
#include "simulatecommand.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdlib>
#include <functional>
#include <unistd.h>

namespace {

// MI_HEADLESS: the build without the window (package mackerel-inspector-cli), same commands.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

QString usage()
{
    // The command names and options stay as typed; one message a line, so that translators see each.
    const QList<QPair<const char *, QString>> commands = {
        {"detect", MainText::tr("Which cloud the agent detects here and the customIdentifier it sends")},
        {"inspect", MainText::tr("The host payload the agent would send (specs, interfaces, roles, checks, cloud)")},
        {"match", MainText::tr("What the agent would do with this host on Mackerel: attach, create, update, or refuse")},
        {"register", MainText::tr("Create or update this host on Mackerel as the agent would, never a duplicate (--dry-run)")},
        {"fleet", MainText::tr("Join the organization's hosts with many machines' reports: duplicates and refusals, ahead")},
        {"guard", MainText::tr("Run before mackerel-agent starts (systemd): stop a duplicate or a copied id file first")},
        {"simulate", MainText::tr("Serve a cloud's instance metadata service on 127.0.0.1 (for demos and tests)")},
        {"help", MainText::tr("This text; `mackerel-inspector <command> --help` lists a command's options")},
    };
#ifdef MI_HEADLESS
    QString text = MainText::tr("Usage: mackerel-inspector <command> [options]     (this build has no window)")
#else
    QString text = MainText::tr("Usage: mackerel-inspector [gui] [options]     the window\n"
                                "       mackerel-inspector <command> [options]")
#endif
        + QStringLiteral("\n\n") + MainText::tr("See, before installing mackerel-agent, what it would detect and send to Mackerel.")
        + QStringLiteral("\n\n") + MainText::tr("Commands:") + QLatin1Char('\n');
    for (const auto &[name, description] : commands)
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(name), -12).arg(description);
    text += QLatin1Char('\n') + MainText::tr("Global option, in every command and the window:") + QLatin1Char('\n')
        + QStringLiteral("  --lang LANG ")
        + MainText::tr("Speak LANG: en, ja or ko (default: the locale's; --json and --csv stay English)")
        + QStringLiteral("\n\n") + MainText::tr("Try it anywhere with the built-in simulator:")
        + QStringLiteral("\n  mackerel-inspector detect --demo ec2\n");
    return text;
}

int runDetect(const QStringList &arguments)
{
    QCommandLineParser parser;
    mi::app::CommonOptions::addTo(parser);
    if (const int code = mi::app::parseCommandLine(parser, arguments, QStringLiteral("detect"),
                               MainText::tr("Detect the cloud platform and customIdentifier as mackerel-agent does."));
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
                      MainText::tr("The cloud to simulate: %1.").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))),
                      QStringLiteral("CLOUD")});
    parser.addOption({QStringLiteral("port"), MainText::tr("Port on 127.0.0.1 (default: any free port)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("mackerel"), MainText::tr("Also serve a simulated Mackerel API (another port) holding --seed's hosts.")});
    parser.addOption({QStringLiteral("seed"),
                      MainText::tr("What the simulated Mackerel organization holds for this instance: %1 (default agentless).")
                          .arg(mi::sim::mackerelSeedNames().join(QStringLiteral(", "))),
                      QStringLiteral("SEED"), QStringLiteral("agentless")});
    parser.addOption({QStringLiteral("hosts"),
                      MainText::tr("With --mackerel: serve the hosts of FILE ({\"hosts\": [...]}, as the API lists them) "
                                     "instead of the seed's."),
                      QStringLiteral("FILE")});
    if (const int code = mi::app::parseCommandLine(parser, arguments, QStringLiteral("simulate"),
                               MainText::tr("Serve a cloud's instance metadata service on 127.0.0.1 until interrupted."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("cloud")))
        return mi::app::usageError(MainText::tr("simulate needs --cloud (%1)").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));
    const auto cloud = mi::sim::parseSimulatedCloud(parser.value(QStringLiteral("cloud")));
    if (!cloud)
        return mi::app::usageError(MainText::tr("--cloud must be one of %1").arg(mi::sim::simulatedCloudNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return mi::app::usageError(MainText::tr("--port must be a number from 0 to 65535"), QStringLiteral("simulate"));
    const auto seed = mi::sim::parseMackerelSeed(parser.value(QStringLiteral("seed")));
    if (!seed)
        return mi::app::usageError(MainText::tr("--seed must be one of %1").arg(mi::sim::mackerelSeedNames().join(QStringLiteral(", "))), QStringLiteral("simulate"));

    mi::app::SimulateCommand command;
    QString error;
    if (!command.start(*cloud, quint16(port), &error)
        || (parser.isSet(QStringLiteral("mackerel"))
            && !command.startMackerel(*cloud, *seed, &error, parser.value(QStringLiteral("hosts"))))) {
        mi::app::writeText(stderr, QStringLiteral("mackerel-inspector: ") + error + QLatin1Char('\n'));
        return 1;
    }
    mi::app::quitOnSignals();
    return QCoreApplication::exec();
}

// Qt's and our own diagnostics may quote outside data (a URL, a file name): they reach stderr escaped too.
void escapedMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    mi::app::writeText(stderr, qFormatLogMessage(type, context, message) + QLatin1Char('\n'));
    if (type == QtFatalMsg)
        std::abort();
}

#ifdef MI_HEADLESS
// Asked for the window (no command, `gui`, options only): say what this build is and what it can do.
int reportNoWindow(int argc, char *argv[], const QString &language)
{
    QCoreApplication app(argc, argv);
    mi::app::installTranslators(language);
    QTextStream(stderr) << "mackerel-inspector: "
                        << MainText::tr("this build (package mackerel-inspector-cli) has no window; "
                                        "it is in the package mackerel-inspector.")
                        << "\n"
                        << MainText::tr("Run one of the commands instead.") << "\n\n"
                        << usage();
    return mi::app::ExitUsage;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(escapedMessageHandler);
    qRegisterMetaType<mi::ProbeRecord>();
    qRegisterMetaType<mi::DetectionResult>();
    QString requestedLanguage;
    QString languageError;
    if (!mi::app::takeLanguageOption(&argc, argv, &requestedLanguage, &languageError))
        return mi::app::usageError(languageError);
    const QString language = mi::app::chooseLanguage(requestedLanguage);
    if (mi::app::isGuiInvocation(argc, argv)) {
#ifdef MI_HEADLESS
        return reportNoWindow(argc, argv, language);
#else
        return mi::app::runGui(argc, argv, language);
#endif
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mackerel-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MACKEREL_INSPECTOR_VERSION));
    // JSON and CSV are a contract: English on every machine, so no translator for them.
    if (!mi::app::wantsMachineOutput(argc, argv))
        mi::app::installTranslators(language);

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << usage();
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
        {QStringLiteral("guard"), mi::app::runGuard},
    };
    for (const auto &[name, run] : commands) {
        if (name == command)
            return run(arguments);
    }
    return mi::app::usageError(MainText::tr("unknown command '%1'").arg(command));
}
