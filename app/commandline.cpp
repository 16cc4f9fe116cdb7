#include "commandline.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include "language.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mi::app {

namespace {
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

void writeText(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << escapeForTerminal(text);
    out.flush();
}

int usageError(const QString &message, const QString &command)
{
    const QString help = command.isEmpty() ? QStringLiteral("help") : command + QStringLiteral(" --help");
    writeText(stderr, QStringLiteral("mackerel-inspector: ") + message + QLatin1Char('\n')
                          + CommandLineText::tr("Run '%1' for usage.").arg(QStringLiteral("mackerel-inspector ") + help)
                          + QLatin1Char('\n'));
    return ExitUsage;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                     const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addLanguageOption(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    // Qt lists --help-all beside --help; only process(), which these parsers do not call, acts on it.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the binary's path; people type the command.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     CommandLineText::tr("Usage: %1 [options]").arg(QStringLiteral("mackerel-inspector ") + command));
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(CommandLineText::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), command);
    return -1;
}

bool isGuiInvocation(int argc, char *argv[])
{
    if (argc < 2)
        return true;
    const QByteArray first(argv[1]);
    if (first == "gui")
        return true;
    static const QList<QByteArray> nonGui = {"--help", "-h", "--version", "-v", "help", "version"};
    return first.startsWith('-') && !nonGui.contains(first);
}

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

void quitOnSignals()
{
    if (g_signalPipe[0] >= 0 || ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char bytes[16];
        while (::read(g_signalPipe[0], bytes, sizeof bytes) > 0) {
        }
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace mi::app
