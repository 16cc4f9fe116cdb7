#pragma once

// What the man page and the shell completions must cover, read from the built binary: the commands
// `mackerel-inspector help` lists (and `gui`, the window) and the long options each
// `mackerel-inspector <command> --help` lists. A command or option added to the code fails these
// tests until it is documented and completed.
#include "inspectorrun.h"

#include <QRegularExpression>
#include <QStringList>

namespace testing {

// `help` lists one command a line under "Commands:", two spaces in, until a blank line.
inline QStringList listedCommands()
{
    const InspectorRun run = runInspector({QStringLiteral("help")});
    QStringList commands{QStringLiteral("gui")};
    bool inCommands = false;
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s"));
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
        } else if (inCommands && line.trimmed().isEmpty()) {
            break;
        } else if (inCommands) {
            const auto match = commandLine.match(line);
            if (match.hasMatch())
                commands.append(match.captured(1));
        }
    }
    return commands;
}

// Qt's help text starts each option two spaces in: "  -h, --help", "  --root <DIR>".
inline QStringList listedOptions(const QString &command)
{
    const InspectorRun run = runInspector({command, QStringLiteral("--help")});
    QStringList options;
    const QRegularExpression optionLine(QStringLiteral("^  (?:-[a-zA-Z], )?(--[a-z0-9][a-z0-9-]*)"),
                                        QRegularExpression::MultilineOption);
    auto matches = optionLine.globalMatch(QString::fromUtf8(run.out));
    while (matches.hasNext())
        options.append(matches.next().captured(1));
    return options;
}

} // namespace testing
