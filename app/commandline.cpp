#include "commandline.h"

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

} // namespace mi::app
