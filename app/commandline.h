#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace mi::app {

inline constexpr int ExitUsage = 2;

// Writes `text` (a report, JSON, CSV or a message) to stdout or stderr with every control and bidi
// character that outside data may have brought escaped (escapeForTerminal), its line ends kept.
void writeText(FILE *stream, const QString &text);

// Prints a usage error on stderr, with where to read more ('mackerel-inspector COMMAND --help',
// or 'mackerel-inspector help' without a command), and returns ExitUsage.
int usageError(const QString &message, const QString &command = QString());

// Parses a subcommand's arguments after its options were added: sets the description and --help,
// rejects unknown options and stray arguments. Returns -1 to go on, or the exit code to return
// (0 after printing --help, ExitUsage after a usage error).
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                     const QString &description);

// True when the command line asks for the window (no command, `gui`, or options only).
bool isGuiInvocation(int argc, char *argv[]);

// SIGINT and SIGTERM end the application's event loop (exit code 0), so that destructors run and
// temporary files are removed (a demo's folder in /dev/shm) as on a normal quit. The handler only
// writes a byte to a self-pipe (close-on-exec); a QSocketNotifier reads it in the event loop. Call
// once, after the application object exists.
void quitOnSignals();

} // namespace mi::app
