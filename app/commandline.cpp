#include "commandline.h"

#include <QTextStream>

namespace mi::app {

int usageError(const QString &message, const QString &command)
{
    const QString help = command.isEmpty() ? QStringLiteral("help") : command + QStringLiteral(" --help");
    QTextStream(stderr) << "mackerel-inspector: " << message << "\nRun 'mackerel-inspector " << help << "' for usage.\n";
    return ExitUsage;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                     const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    // Qt lists --help-all beside --help; only process(), which these parsers do not call, acts on it.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the binary's path; people type the command.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: mackerel-inspector %1 [options]").arg(command));
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), command);
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

} // namespace mi::app
