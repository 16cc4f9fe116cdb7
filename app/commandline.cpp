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
    if (parser.isSet(QStringLiteral("help"))) {
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

} // namespace mi::app
