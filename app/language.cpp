#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace mi::app {

namespace {
struct LanguageText
{
    Q_DECLARE_TR_FUNCTIONS(Language)
};
// Qt's own lines in every --help, which Debian's qtbase_ja and qtbase_ko lack: the inspector's
// translations carry them under Qt's context, and the translator finds them there.
[[maybe_unused]] constexpr const char *QtHelpLines[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("ko")};
}

bool takeLanguageOption(int *argc, char *argv[], QString *language, QString *error)
{
    int kept = 1;
    for (int i = 1; i < *argc; ++i) {
        const char *argument = argv[i];
        QString code;
        if (std::strcmp(argument, "--lang") == 0) {
            if (i + 1 >= *argc) {
                *error = LanguageText::tr("--lang needs a language: %1").arg(supportedLanguages().join(QStringLiteral(", ")));
                return false;
            }
            code = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(argument, "--lang=", 7) == 0) {
            code = QString::fromLocal8Bit(argument + 7);
        } else {
            argv[kept++] = argv[i];
            continue;
        }
        if (!supportedLanguages().contains(code)) {
            *error = LanguageText::tr("--lang must be one of %1; not '%2'")
                         .arg(supportedLanguages().join(QStringLiteral(", ")), code);
            return false;
        }
        *language = code;
    }
    argv[kept] = nullptr;
    *argc = kept;
    return true;
}

QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    // uiLanguages() lists LANGUAGE's entries in order, then the locale's: "ja-JP", "ja", "ko-KR", "C"...
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool wantsMachineOutput(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--json") == 0 || std::strcmp(argv[i], "--csv") == 0)
            return true;
    }
    return false;
}

void installTranslators(const QString &language)
{
    auto *inspector = new QTranslator(QCoreApplication::instance());
    if (inspector->load(QStringLiteral(":/i18n/mackerel-inspector_%1.qm").arg(language)))
        QCoreApplication::installTranslator(inspector);
    else
        delete inspector;
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      LanguageText::tr("Speak LANG: %1 (default: the locale's, LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else en). "
                                       "--json and --csv stay English.")
                          .arg(supportedLanguages().join(QStringLiteral(", "))),
                      QStringLiteral("LANG")});
}

} // namespace mi::app
