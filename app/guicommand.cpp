#include "guicommand.h"

#include "commandline.h"
#include "commonoptions.h"
#include "demoenvironment.h"
#include "detectcommand.h"
#include "fleetdemo.h"
#include "fleetsession.h"
#include "inspectionsession.h"
#include "language.h"
#include "mackereloptions.h"
#include "mackerelsession.h"
#include "drawnicon.h"
#include "mainwindow.h"
#include "windowstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPalette>
#include <QTabWidget>
#include <QTextStream>

namespace mi::app {

namespace {
struct GuiText
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommand)
};
} // namespace

static bool hasDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "-platform")
            return true;
    }
    return false;
}

int runGui(int argc, char *argv[], const QString &language)
{
    if (!hasDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslators(language);
        QTextStream(stderr) << "mackerel-inspector: " << GuiText::tr("no display for the window (DISPLAY is not set).") << "\n"
                            << GuiText::tr("For the report in this terminal run: %1").arg(QStringLiteral("mackerel-inspector detect"))
                            << "\n";
        return 1;
    }
    QApplication app(argc, argv);
    quitOnSignals(); // SIGTERM and Ctrl+C remove a demo's folder as Ctrl+Q does
    QApplication::setStyle(new ui::WindowStyle); // owned by the application
    installTranslators(language);
    QApplication::setApplicationName(QStringLiteral("mackerel-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mackerel Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(MACKEREL_INSPECTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.mackerel.inspector"));
    QApplication::setWindowIcon(ui::applicationIcon());
    // Over X forwarding every frame crosses the wire: no animated widgets.
    QApplication::setEffectEnabled(Qt::UI_AnimateMenu, false);
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
    QApplication::setEffectEnabled(Qt::UI_AnimateTooltip, false);
    // Nor a repaint of the whole window each time it gains or loses the focus: widgets repaint on
    // activation only where the active and inactive colours differ.
    QPalette palette = QApplication::palette();
    for (int role = 0; role < QPalette::NColorRoles; ++role) {
        const auto colorRole = QPalette::ColorRole(role);
        palette.setBrush(QPalette::Inactive, colorRole, palette.brush(QPalette::Active, colorRole));
    }
    QApplication::setPalette(palette);

    QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("gui"))
        arguments.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiText::tr("The Mackerel Inspector window."));
    parser.addHelpOption();
    addLanguageOption(parser);
    CommonOptions::addTo(parser, false);
    MackerelOptions::addTo(parser);
    parser.addOption({QStringLiteral("screenshot"),
                      GuiText::tr("Render the window to FILE (PNG) once detection has finished, then exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reports"),
                      QStringLiteral("Open the Fleet tab on DIR, a folder of 'inspect --json' reports (the playbook's "
                                     "reports_dir), followed as it fills."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("tab"),
                      GuiText::tr("Open on tab N (1: evidence, 2: cloud metadata, 3: host specs, 4: Mackerel, 5: fleet)."),
                      QStringLiteral("N")});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "mackerel-inspector: " << parser.errorText() << "\n";
        return 2;
    }
    // Qt lists --help-all beside --help; only process(), which these parsers do not call, acts on it.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    CommonOptions options;
    MackerelOptions mackerelOptions;
    QString error;
    if (!options.read(parser, &error) || !mackerelOptions.read(parser, options, &error)) {
        writeText(stderr, QStringLiteral("mackerel-inspector: ") + error + QLatin1Char('\n'));
        return 2;
    }

    std::unique_ptr<sim::DemoEnvironment> demo;
    if (options.demoCloud) {
        demo = startDemo(options, &error);
        if (!demo || !mackerelOptions.applyDemo(*demo, &error)) {
            writeText(stderr, QStringLiteral("mackerel-inspector: ") + error + QLatin1Char('\n'));
            return 1;
        }
    }

    const QString reportsDir = parser.value(QStringLiteral("reports"));
    if (!reportsDir.isEmpty() && !QFileInfo(reportsDir).isDir()) {
        writeText(stderr, QStringLiteral("mackerel-inspector: --reports: '%1' is not a folder\n").arg(reportsDir));
        return 2;
    }
    // The Fleet tab's demo is an organization with every fleet verdict, apart from the Mackerel tab's;
    // it is written and served when the tab is first opened.
    std::unique_ptr<sim::FleetDemoEnvironment> fleetDemo;

    HostSpecOptions specOptions;
    specOptions.root = options.root; // the host's own files; a demo replaces only the cloud
    ui::InspectionSession session(options.detector, options.config, specOptions);
    ui::MackerelSession mackerel(mackerelOptions.settings);
    mackerel.setConfRead(!options.config.path.isEmpty());
    ui::FleetSession fleet([&mackerel, &fleetDemo] {
        MackerelSettings settings = mackerel.settings(); // a key typed in the Mackerel tab counts here too
        if (fleetDemo) {
            settings.apiBase = fleetDemo->apiBase();
            settings.apiBaseSource = QStringLiteral("--demo");
            settings.apiKey = fleetDemo->apiKey();
            settings.apiKeySource = QStringLiteral("--demo");
        }
        return settings;
    });
    if (options.demoCloud) // this binary on the targets, against the simulator: never the real metadata addresses
        fleet.setPlaybookDefaults(QCoreApplication::applicationFilePath(), QStringLiteral("--demo %1").arg(*options.demoCloud));
    if (!reportsDir.isEmpty()) {
        fleet.setFolderToOpen(reportsDir);
    } else if (options.demoCloud) {
        fleet.setFolderToOpen([&fleetDemo] {
            QString error;
            fleetDemo = sim::FleetDemoEnvironment::start(&error);
            if (!fleetDemo) {
                writeText(stderr, QStringLiteral("mackerel-inspector: ") + error + QLatin1Char('\n'));
                return QString();
            }
            return fleetDemo->reportsDir();
        });
    }
    ui::MainWindow window(&session, &mackerel);
    window.addFleetTab(&fleet);
    if (demo)
        window.setWindowTitle(GuiText::tr("Demo: simulated %1").arg(*options.demoCloud)); // the system adds the application's name
    if (parser.isSet(QStringLiteral("screenshot"))) {
        QObject::connect(&window, &ui::MainWindow::screenshotSaved, &app, [](bool ok, const QString &path, const QString &error) {
            if (!ok)
                writeText(stderr, QStringLiteral("mackerel-inspector: ") + GuiText::tr("cannot write the screenshot %1").arg(path)
                                      + QStringLiteral(": ") + error + QLatin1Char('\n'));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        window.saveScreenshotWhenDone(parser.value(QStringLiteral("screenshot")));
    }
    if (parser.isSet(QStringLiteral("tab"))) {
        bool ok = false;
        const int tab = parser.value(QStringLiteral("tab")).toInt(&ok);
        if (!ok || tab < 1 || tab > window.tabs()->count()) {
            QTextStream(stderr) << "mackerel-inspector: " << GuiText::tr("--tab takes a number from 1 to %1").arg(window.tabs()->count()) << "\n";
            return 2;
        }
        window.tabs()->setCurrentIndex(tab - 1);
    } else if (!reportsDir.isEmpty()) {
        window.tabs()->setCurrentIndex(window.fleetTabIndex());
    }
    window.showWhenReady();
    session.refresh();
    return QApplication::exec();
}

} // namespace mi::app
