#include "drawnicon.h"
#include "demoenvironment.h"
#include "fleetdemo.h"
#include "fleetmachinedetails.h"
#include "fleetmachinemodel.h"
#include "fleetsession.h"
#include "fleetview.h"
#include "hostspecsummary.h"
#include "hostspecview.h"
#include "inspectionsession.h"
#include "lazytab.h"
#include "mainwindow.h"
#include "metadatasimulator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::sim::SimulatedCloud)

namespace {

DetectorOptions optionsFor(DemoEnvironment &demo)
{
    DetectorOptions options;
    options.endpoints.ec2 = demo.baseUrl();
    options.endpoints.gce = demo.baseUrl();
    options.endpoints.azure = demo.baseUrl();
    options.root = demo.sysRoot();
    options.retryWaitMs = 50;
    return options;
}

// True when the image has more than one colour: something was drawn.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

// The share of pixels that differ between the screenshot and the window rendered again now: a
// screenshot from the screen's pixels must show the window as it stands. A little may differ: the file
// is written off the GUI thread, meanwhile a text cursor blinks or a view's scroll bar settles (about
// 1 %); a page left unpainted differs by far more.
double differingShare(const QImage &screenshot, QWidget *window)
{
    const QImage a = screenshot.convertToFormat(QImage::Format_RGB888);
    const QImage b = window->grab().toImage().convertToFormat(QImage::Format_RGB888);
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *lineA = a.constScanLine(y);
        const uchar *lineB = b.constScanLine(y);
        for (int x = 0; x < a.width() * 3; x += 3)
            differing += lineA[x] != lineB[x] || lineA[x + 1] != lineB[x + 1] || lineA[x + 2] != lineB[x + 2];
    }
    return double(differing) / (a.width() * a.height());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsPlatformAndIdentifier_data();
    void showsPlatformAndIdentifier();
    void copiesIdentifierToClipboard();
    void noCloudHasNothingToCopy();
    void actionsFollowRunningState();
    void screenshotIsWrittenAndNotBlank();
    void iconsNeedNoImageFile();
    void hostSpecTreeIsSearchableCopiedAndSaved();
    void fleetTabIsBuiltWhenShownAndWaitedForByTheScreenshot();
    void hostSpecSummaryInWords();
    void tabsAreBuiltWhenFirstShown();
};

void TestMainWindow::showsPlatformAndIdentifier_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("platform");
    QTest::newRow("ec2") << SimulatedCloud::Ec2 << "Amazon EC2";
    QTest::newRow("gce") << SimulatedCloud::Gce << "Google Compute Engine";
    QTest::newRow("azure") << SimulatedCloud::Azure << "Azure Virtual Machines";
}

void TestMainWindow::showsPlatformAndIdentifier()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, platform);
    QString error;
    auto demo = DemoEnvironment::start(cloud, &error);
    QVERIFY2(demo, qPrintable(error));
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    QAbstractItemModelTester modelTester(session.probes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::MainWindow window(&session);
    window.show();
    QSignalSpy running(&session, &ui::InspectionSession::runningChanged);
    session.refresh();
    QCOMPARE(window.platformText(), QStringLiteral("Detecting…"));
    QTRY_VERIFY_WITH_TIMEOUT(session.hasResult(), 20000);

    QCOMPARE(window.platformText(), platform);
    QCOMPARE(window.identifierText(), demo->simulator().instance().customIdentifier);
    // The evidence table holds every probe, filled live.
    QCOMPARE(session.probes()->rowCount(), int(session.result().probes.size()));
    QVERIFY(session.probes()->rowCount() > 0);
    QVERIFY(window.tabs()->tabText(1).contains(QString::number(session.result().cloudMetadata.size())));
}

void TestMainWindow::copiesIdentifierToClipboard()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Gce, &error);
    QVERIFY(demo);
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasResult(), 20000);
    QApplication::clipboard()->clear();
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("5473617396187409713.gce.cloud.google.com"));
}

void TestMainWindow::noCloudHasNothingToCopy()
{
    QTemporaryDir emptyRoot;
    DetectorOptions options;
    options.cloudPlatform = CloudPlatform::None;
    options.root = emptyRoot.path();
    ui::InspectionSession session(options, AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    session.refresh();
    QTRY_VERIFY(session.hasResult());
    QCOMPARE(window.platformText(), QStringLiteral("no cloud"));
    QVERIFY(window.identifierText().isEmpty());
    QApplication::clipboard()->setText(QStringLiteral("unchanged"));
    window.copyIdentifier();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("unchanged"));
}

void TestMainWindow::actionsFollowRunningState()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY(demo);
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    QAction *refresh = nullptr;
    QAction *cancel = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = action;
        if (action->shortcut() == QKeySequence(QKeySequence::Cancel))
            cancel = action;
    }
    QVERIFY(refresh && cancel);
    session.refresh();
    QVERIFY(!refresh->isEnabled());
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QVERIFY(refresh->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(window.platformText(), QStringLiteral("Not run"));
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasResult(), 20000);
    QCOMPARE(window.platformText(), QStringLiteral("Amazon EC2"));
}

void TestMainWindow::screenshotIsWrittenAndNotBlank()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Azure, &error);
    QVERIFY(demo);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("window.png"));
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    QSignalSpy saved(&window, &ui::MainWindow::screenshotSaved);
    window.saveScreenshotWhenDone(path);
    window.show();
    session.refresh();
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(0).toBool(), true);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    QVERIFY(hasContent(image));
    QCOMPARE(window.platformText(), QStringLiteral("Azure Virtual Machines"));
    QVERIFY2(differingShare(image, &window) < 0.02, "the screenshot is not the window as shown");
}

void TestMainWindow::iconsNeedNoImageFile()
{
    // The application icon from the pixels built in, at the sizes a window manager asks for.
    const QIcon application = ui::applicationIcon();
    QCOMPARE(application.availableSizes(), (QList<QSize>{QSize(32, 32), QSize(64, 64)}));
    const QImage large = application.pixmap(64).toImage();
    QVERIFY(hasContent(large));
    QCOMPARE(qAlpha(large.pixel(32, 32)), 255); // opaque in the middle, as drawn in the SVG
    // Drawn icons: transparent around the shape, a shape in the middle, grey when disabled.
    for (const auto which : {ui::DrawnIcon::Ok, ui::DrawnIcon::Warning, ui::DrawnIcon::Skipped, ui::DrawnIcon::Reload,
                             ui::DrawnIcon::Stop, ui::DrawnIcon::More}) {
        const QImage image = ui::drawnIcon(which).pixmap(32).toImage();
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY(hasContent(image));
        const QImage disabled = ui::drawnIcon(which).pixmap(32, QIcon::Disabled).toImage();
        QVERIFY(disabled != image);
    }
}

void TestMainWindow::hostSpecTreeIsSearchableCopiedAndSaved()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY(demo);
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasHostSpec(), 20000);
    QVERIFY(!session.isRunning());

    ui::HostSpecView *view = window.hostSpecView();
    const QJsonObject host = view->host();
    QCOMPARE(host.value(QStringLiteral("customIdentifier")).toString(), demo->simulator().instance().customIdentifier);
    QSortFilterProxyModel *filter = view->filterModel();
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(filter->rowCount() >= 4); // name, meta, interfaces, customIdentifier, ...

    // Searching keeps the matching rows and their ancestors only.
    filter->setFilterFixedString(QStringLiteral("availability-zone"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, 0).data().toString(), QStringLiteral("meta"));
    filter->setFilterFixedString(QString());

    view->copyJson();
    QCOMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object(), host);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("host.json"));
    QVERIFY(view->saveTo(path, &error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), host);
    QVERIFY(!view->saveTo(out.filePath(QStringLiteral("no/such/dir/host.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::fleetTabIsBuiltWhenShownAndWaitedForByTheScreenshot()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY(demo);
    auto fleetDemo = FleetDemoEnvironment::start(&error);
    QVERIFY2(fleetDemo, qPrintable(error));
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::FleetSession fleet([&fleetDemo] {
        MackerelSettings settings;
        settings.apiBase = fleetDemo->apiBase();
        settings.apiKey = fleetDemo->apiKey();
        return settings;
    });
    fleet.setFolderToOpen(fleetDemo->reportsDir());
    ui::MainWindow window(&session);
    window.addFleetTab(&fleet);
    QCOMPARE(window.tabs()->tabText(window.fleetTabIndex()), QStringLiteral("Fleet"));
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasHostSpec(), 20000);
    // Nothing of the Fleet tab is built or read until it is shown.
    QVERIFY(!window.fleetView());
    QVERIFY(fleet.folder().isEmpty());

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("fleet.png"));
    QSignalSpy saved(&window, &ui::MainWindow::screenshotSaved);
    window.tabs()->setCurrentIndex(window.fleetTabIndex());
    QVERIFY(window.fleetView());
    window.saveScreenshotWhenDone(path);
    QVERIFY(saved.wait(20000));
    // Taken once the organization was joined with the reports, the worst machine selected.
    QCOMPARE(fleet.state(), ui::FleetSession::State::Ready);
    QVERIFY(fleet.machines()->rowCount() > 0);
    QVERIFY(window.fleetView()->details()->headlineText().contains(QStringLiteral("Mismatch")));
    QCOMPARE(saved.first().at(0).toBool(), true);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(hasContent(image));
    // Taken after the switch to the Fleet tab, not from the page shown before it.
    QVERIFY2(differingShare(image, &window) < 0.02, "the screenshot is not the window as shown");
}

void TestMainWindow::hostSpecSummaryInWords()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY(demo);
    // A fixture host (tests/data/spec/host/tree) for the facts, the simulator for the cloud.
    HostSpecOptions specOptions;
    specOptions.root = QStringLiteral(MI_TEST_DATA "/spec/host/tree");
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), specOptions);
    ui::MainWindow window(&session);
    window.tabs()->setCurrentIndex(2);
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasHostSpec() && !session.isRunning(), 20000);
    const QString summary = window.hostSpecView()->summary()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("OS: ")), qPrintable(summary));
    for (const QString &label : {QStringLiteral("\nCPU: "), QStringLiteral("\nMemory: "), QStringLiteral("\nDisks: "),
                                 QStringLiteral("\nFilesystems: "), QStringLiteral("\nInterfaces: ")})
        QVERIFY2(summary.contains(label), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral(" GiB")), qPrintable(summary));
    // The summary sits above the tree, which still holds the exact payload.
    QVERIFY(window.hostSpecView()->summary()->isVisible());
    QVERIFY(window.hostSpecView()->filterModel()->rowCount() >= 4);
    const QImage image = window.grab().toImage();
    QVERIFY(hasContent(image));
}

void TestMainWindow::tabsAreBuiltWhenFirstShown()
{
    QString error;
    auto demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY(demo);
    ui::InspectionSession session(optionsFor(*demo), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasHostSpec() && !session.isRunning(), 20000);
    auto *page = qobject_cast<ui::LazyTab *>(window.tabs()->widget(2));
    QVERIFY(page);
    QVERIFY(!page->isBuilt()); // never shown, never built
    QSignalSpy built(page, &ui::LazyTab::built);
    window.tabs()->setCurrentWidget(page);
    QCOMPARE(built.count(), 1);
    QVERIFY(page->isBuilt());
    // Built late, it shows what the session already has.
    QCOMPARE(window.hostSpecView()->host(), session.hostSpec().host);
    window.tabs()->setCurrentIndex(0);
    window.tabs()->setCurrentWidget(page);
    QCOMPARE(built.count(), 1);

    // Any page works the same way, built once.
    int factoryCalls = 0;
    auto *later = new ui::LazyTab([&factoryCalls](QWidget *page) {
        ++factoryCalls;
        return new QLabel(QStringLiteral("later"), page);
    });
    window.tabs()->addTab(later, QStringLiteral("Later"));
    QCOMPARE(factoryCalls, 0);
    window.tabs()->setCurrentWidget(later);
    QCOMPARE(factoryCalls, 1);
    QCOMPARE(qobject_cast<QLabel *>(later->content())->text(), QStringLiteral("later"));
    QCOMPARE(factoryCalls, 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
