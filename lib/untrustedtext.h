#pragma once

#include <QString>
#include <QStringView>

// Text from outside the program (reports, the Mackerel API, metadata answers, files, conf, errors that
// quote any of these) as it may be shown on a terminal or in a spreadsheet. One rule, after git's
// quote_c_style(): every C0 control, DEL, C1 control and bidirectional control is written as a visible
// escape ("\033", "\r", "\u007f", "\u009b", "\u202e"); everything else, backslashes included, is kept.
// Beyond C0, the escapes are JSON's own, so serialized JSON passes through escapeForTerminal() unchanged
// in meaning (it holds no raw C0 but its line ends).
namespace mi {

// True for a code point these functions never let through raw: C0 (U+0000–U+001F), DEL, C1
// (U+0080–U+009F), the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// the marks U+200E, U+200F, U+061C and the line and paragraph separators U+2028, U+2029.
bool isUnsafeForDisplay(char32_t code);

// One value on one line: every unsafe code point escaped, line ends included.
QString escapeUntrusted(QStringView text);

// Text that already holds the program's layout (its own line ends) and outside values: every unsafe
// code point escaped except the line ends '\n' and "\r\n" (CSV's). The last step before a report
// (text, JSON or CSV) or a message reaches stdout or stderr.
QString escapeForTerminal(QStringView text);

// One CSV cell, quoted as RFC 4180 does when needed, after the escaping of escapeUntrusted() and
// OWASP's guard against formula injection: a cell that begins with '=', '+', '-', '@', tab, CR or NUL
// gets a leading "'", so a spreadsheet shows it as text and never evaluates it.
QString csvCell(const QString &value);

// A path as a POSIX shell reads it back as one word (bash's printf %q style): unchanged when it is made
// only of safe characters, otherwise in single quotes with every "'" written as '\''. Control
// characters are not the shell's business: callers show only paths free of them (isTrustworthyPath).
QString shellQuoted(const QString &path);

// True for a path that advice may show: absolute, already normalized (no "//", ".", ".." component or
// trailing "/") and free of unsafe code points.
bool isTrustworthyPath(const QString &path);

} // namespace mi
