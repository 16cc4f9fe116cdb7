#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace mi::app {

// The languages the inspector speaks: "en", "ja", "ko".
QStringList supportedLanguages();

// Takes `--lang CODE` and `--lang=CODE` out of argv wherever they appear (every mode accepts them, so
// main() handles them before any command parses its own options). Sets *language to the last code
// given, or leaves it empty when there is none. Returns false with *error on a missing or unknown code.
bool takeLanguageOption(int *argc, char *argv[], QString *language, QString *error);

// The language to speak: `requested` when set, else the first of the system's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) the inspector speaks, else English.
QString chooseLanguage(const QString &requested);

// Whether the arguments ask for machine-readable output (--json, --csv). It stays English in every
// locale, so that the JSON contract is the same on every machine: no translator is installed for it.
bool wantsMachineOutput(int argc, char *argv[]);

// Installs the inspector's translations for `language` on the running application, and Qt's own
// (qtbase: standard buttons, dialogs, --help's headings) where Qt ships them. For English only the
// plural forms are installed. The translators are owned by the application.
void installTranslators(const QString &language);

// Documents --lang in a command's --help. main() has already taken it out of the arguments.
void addLanguageOption(QCommandLineParser &parser);

} // namespace mi::app
