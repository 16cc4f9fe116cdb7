// The window by keyboard and at small sizes (issue 23): every control reached once by Tab and named for
// a screen reader, the Fleet tab's sub-tabs by their shortcuts, and nothing squeezed below its minimum
// size at 800×600 and at the default size, in English, Japanese and Korean, with the firmware banner.
#include "demoenvironment.h"
#include "demowindow.h"
#include "fleetdemo.h"
#include "fleetsession.h"
#include "fleetview.h"
#include "inspectionsession.h"
#include "language.h"
#include "mackerelpanel.h"
#include "mackerelsession.h"
#include "mainwindow.h"
#include "probetablemodel.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace mi;
using namespace mi::sim;

namespace {

// The window as `gui --demo ec2-blocked` opens it: the firmware banner shown, a Mackerel verdict, the
// Fleet tab's demo organization.
struct Window
{
    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<FleetDemoEnvironment> fleetDemo;
    std::unique_ptr<ui::InspectionSession> session;
    std::unique_ptr<ui::MackerelSession> mackerel;
    std::unique_ptr<ui::FleetSession> fleet;
    std::unique_ptr<ui::MainWindow> window;

    bool start(QSize size, QString *error, int firstTab = 0)
    {
        demo = DemoEnvironment::start(SimulatedCloud::Ec2Blocked, error);
        if (!demo || !demo->startMackerel(MackerelSeed::Agentless, error))
            return false;
        fleetDemo = FleetDemoEnvironment::start(error);
        if (!fleetDemo)
            return false;
        session = std::make_unique<ui::InspectionSession>(testing::demoDetectorOptions(*demo), AgentConfig(),
                                                          HostSpecOptions());
        mackerel = std::make_unique<ui::MackerelSession>(testing::demoMackerelSettings(*demo, QStringLiteral("--demo")));
        FleetDemoEnvironment *fleetEnvironment = fleetDemo.get();
        fleet = std::make_unique<ui::FleetSession>([fleetEnvironment] {
            MackerelSettings fleetSettings;
            fleetSettings.apiBase = fleetEnvironment->apiBase();
            fleetSettings.apiKey = fleetEnvironment->apiKey();
            return fleetSettings;
        });
        fleet->setFolderToOpen(fleetDemo->reportsDir());
        window = std::make_unique<ui::MainWindow>(session.get(), mackerel.get());
        window->addFleetTab(fleet.get());
        window->resize(size);
        window->tabs()->setCurrentIndex(firstTab);
        window->showWhenReady(); // as the application opens it: one first frame
        session->refresh();
        return true;
    }
    bool settled() const
    {
        return session->hasHostSpec() && !session->isRunning() && mackerel->hasReport() && !mackerel->isBusy()
            && (!window->fleetView() || !fleet->isBusy());
    }
    // Tab `index` in front, its page built and its work done.
    bool show(int index)
    {
        window->tabs()->setCurrentIndex(index);
        return QTest::qWaitFor([this] { return settled(); }, 30000);
    }
};

void useLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    mi::app::installTranslators(language);
}

// What Tab should reach: shown, enabled, taking focus by Tab, and not handing it to a proxy.
bool takesTabFocus(QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
        && !widget->isWindow();
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" (%3) in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), widget->accessibleName(),
             widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className()) : QString());
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

// Parts of Qt's own composite widgets, sized by their owner: not the window's controls.
bool isInternalPart(QWidget *widget)
{
    for (QWidget *up = widget; up; up = up->parentWidget()) {
        if (qobject_cast<QScrollBar *>(up) || qobject_cast<QHeaderView *>(up))
            return true;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(up->parentWidget())) {
            if (up != area->viewport() && !up->inherits("QScrollArea") && up->parentWidget() == area)
                return true; // the scroll bars' containers, the corner
        }
    }
    return qobject_cast<QTabBar *>(widget->parentWidget()) != nullptr; // the tab bar's scroll buttons
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void focusChainVisitsEveryControlOnce_data();
    void focusChainVisitsEveryControlOnce();
    void fleetSubTabsByKeyboard();
    void nothingSqueezed_data();
    void nothingSqueezed();
    void playbookFieldsDefaultToTheDemo();
    void firmwareContradictingRowsMarked();
    void signalRemovesTheDemoFolder_data();
    void signalRemovesTheDemoFolder();
    void cleanup() { useLanguage(QStringLiteral("en")); }
};

void TestWindowLayout::focusChainVisitsEveryControlOnce_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("evidence") << 0;
    QTest::newRow("cloud metadata") << 1;
    QTest::newRow("host specs") << 2;
    QTest::newRow("mackerel") << 3;
    QTest::newRow("fleet") << 4;
}

void TestWindowLayout::focusChainVisitsEveryControlOnce()
{
    QFETCH(int, tab);
    Window w;
    QString error;
    QVERIFY2(w.start(QSize(1100, 720), &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QVERIFY(w.show(tab));
    QWidget *start = w.window->tabs()->tabBar();
    start->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), start);

    QList<QWidget *> visited{start};
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == start)
            break;
        QVERIFY2(!visited.contains(now), qPrintable(QStringLiteral("Tab stays in or returns to %1").arg(describe(now))));
        visited << now;
    }
    QCOMPARE(QApplication::focusWidget(), start); // round the whole window, back to the tabs

    for (QWidget *widget : w.window->findChildren<QWidget *>()) {
        if (takesTabFocus(widget))
            QVERIFY2(visited.contains(widget), qPrintable(QStringLiteral("never reached by Tab: %1").arg(describe(widget))));
    }
    for (QWidget *widget : std::as_const(visited))
        QVERIFY2(!accessibleName(widget).trimmed().isEmpty(), qPrintable(QStringLiteral("no accessible name: %1").arg(describe(widget))));
}

void TestWindowLayout::fleetSubTabsByKeyboard()
{
    Window w;
    QString error;
    QVERIFY2(w.start(QSize(1100, 720), &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(w.settled(), 30000);
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::AltModifier); // the Fleet tab
    QTRY_VERIFY(w.window->fleetView() && w.window->fleetView()->isVisible());
    QVERIFY(QTest::qWaitFor([&w] { return w.settled(); }, 30000));
    auto *lower = w.window->fleetView()->findChild<QTabWidget *>();
    QVERIFY(lower);
    QCOMPARE(lower->currentIndex(), 0);
    const int fleetIndex = w.window->tabs()->currentIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(lower->currentIndex(), 1); // Playbook
    QCOMPARE(QApplication::focusWidget(), lower->tabBar());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(lower->currentIndex(), 2); // Warnings
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(lower->currentIndex(), 0);
    QCOMPARE(w.window->tabs()->currentIndex(), fleetIndex); // the window's tabs stayed
}

void TestWindowLayout::nothingSqueezed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("firstTab");
    for (const char *language : {"en", "ja", "ko"}) {
        for (int firstTab : {0, 3, 4}) {
            QTest::addRow("%s 800x600, opened on tab %d", language, firstTab + 1)
                << QString::fromLatin1(language) << QSize(800, 600) << firstTab;
            QTest::addRow("%s default size, opened on tab %d", language, firstTab + 1)
                << QString::fromLatin1(language) << QSize(1100, 720) << firstTab;
        }
    }
}

void TestWindowLayout::nothingSqueezed()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(int, firstTab);
    useLanguage(language);
    Window w;
    QString error;
    QVERIFY2(w.start(size, &error, firstTab), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(w.settled(), 30000);
    QVERIFY(!w.window->firmwareBannerText().isEmpty());
    QCOMPARE(w.window->size(), size);
    // The first tab as first painted, then each as a switch to it paints it.
    for (int step = 0; step <= w.window->tabs()->count(); ++step) {
        const int tab = step == 0 ? firstTab : step - 1;
        if (step > 0)
            QVERIFY(w.show(tab));
        // As the next paint finds it: the layout requests pending (a verdict or an audit just in) first.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // The window never resizes itself to fit a page.
        QVERIFY2(w.window->size() == size, qPrintable(QStringLiteral("tab %1: %2x%3").arg(tab).arg(w.window->width()).arg(w.window->height())));
        for (QWidget *widget : w.window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->isWindow() || isInternalPart(widget))
                continue;
            const QSize minimum = widget->minimumSizeHint().expandedTo(widget->minimumSize());
            if (!minimum.isValid())
                continue;
            QSize needed = minimum;
            if (widget->hasHeightForWidth())
                needed.setHeight(std::min(minimum.height(), widget->heightForWidth(widget->width())));
            QVERIFY2(widget->width() >= needed.width() && widget->height() >= needed.height(),
                     qPrintable(QStringLiteral("tab %1: %2 is %3x%4, needs %5x%6")
                                    .arg(tab)
                                    .arg(describe(widget))
                                    .arg(widget->width())
                                    .arg(widget->height())
                                    .arg(needed.width())
                                    .arg(needed.height())));
        }
    }
}

void TestWindowLayout::playbookFieldsDefaultToTheDemo()
{
    Window w;
    QString error;
    QVERIFY2(w.start(QSize(1100, 720), &error), qPrintable(error));
    w.fleet->setPlaybookDefaults(QStringLiteral("/opt/built/mackerel-inspector"), QStringLiteral("--demo ec2"));
    QTRY_VERIFY_WITH_TIMEOUT(w.settled(), 30000);
    QVERIFY(w.show(4));
    QLineEdit *inspector = nullptr;
    QLineEdit *arguments = nullptr;
    for (QLineEdit *field : w.window->fleetView()->findChildren<QLineEdit *>()) {
        if (field->accessibleName() == QLatin1String("Inspector"))
            inspector = field;
        else if (field->accessibleName() == QLatin1String("Arguments"))
            arguments = field;
    }
    QVERIFY(inspector && arguments);
    QCOMPARE(inspector->text(), QStringLiteral("/opt/built/mackerel-inspector"));
    QCOMPARE(arguments->text(), QStringLiteral("--demo ec2"));
}

void TestWindowLayout::firmwareContradictingRowsMarked()
{
    // ec2-blocked: the firmware says EC2, IMDS does not answer. Those rows cause the banner; the other
    // clouds' refusals are harmless and stay plain.
    Window w;
    QString error;
    QVERIFY2(w.start(QSize(1100, 720), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(w.settled(), 30000);
    QVERIFY(!w.window->firmwareBannerText().isEmpty());
    ui::ProbeTableModel *model = w.session->probes();
    int marked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ProbeRecord &record = model->record(row);
        const bool ec2 = record.platform.startsWith(QLatin1String("ec2"), Qt::CaseInsensitive);
        QCOMPARE(model->contradictsFirmware(row), ec2 && record.outcome != ProbeOutcome::Ok);
        if (model->contradictsFirmware(row)) {
            ++marked;
            QVERIFY(model->index(row, ui::ProbeTableModel::Url).data(Qt::ToolTipRole).toString().contains(QLatin1String("firmware")));
            QVERIFY(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
        }
    }
    QVERIFY(marked > 0);
}

void TestWindowLayout::signalRemovesTheDemoFolder_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C in the terminal)") << int(SIGINT);
}

void TestWindowLayout::signalRemovesTheDemoFolder()
{
    // The window under --demo keeps its simulated machine in a folder (in /dev/shm, or
    // XDG_RUNTIME_DIR): a signal removes it as Ctrl+Q does.
    QFETCH(int, signalNumber);
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    QSignalSpy finished(&window, &QProcess::finished);
    window.start(QStringLiteral(MI_INSPECTOR_BINARY), {QStringLiteral("--demo"), QStringLiteral("ec2")});
    const QDir dir(runtime.path());
    const QStringList pattern{QStringLiteral("mackerel-inspector-*")};
    QTRY_VERIFY_WITH_TIMEOUT(!dir.entryList(pattern, QDir::Dirs).isEmpty(), 20000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(::kill(pid_t(window.processId()), signalNumber), 0);
    QVERIFY(finished.wait(20000));
    QVERIFY2(window.exitStatus() == QProcess::NormalExit, window.readAllStandardError().constData());
    QCOMPARE(window.exitCode(), 0);
    QCOMPARE(dir.entryList(pattern, QDir::Dirs), QStringList());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
