#include "demoenvironment.h"
#include "demowindow.h"
#include "inspectionsession.h"
#include "mainwindow.h"
#include "metadatasimulator.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::sim::SimulatedCloud)

// The window's banner for the firmware cross-check (issue 11), under the offscreen platform.
class TestFirmwareBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void banner_data();
    void banner();
};

void TestFirmwareBanner::banner_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("hostedOn");
    QTest::addColumn<QString>("bannerSays"); // empty: no banner
    QTest::newRow("ec2-blocked") << SimulatedCloud::Ec2Blocked << "Amazon EC2 (sys_vendor Amazon EC2, board_asset_tag i-0a1b2c3d4e5f67890)"
                                 << "The customIdentifier it should send is i-0a1b2c3d4e5f67890.ec2.amazonaws.com.";
    QTest::newRow("oci") << SimulatedCloud::Oci << "Oracle Cloud Infrastructure (chassis_asset_tag OracleCloud.com)"
                         << "Mackerel has no integration for Oracle Cloud Infrastructure";
    QTest::newRow("ec2 agrees") << SimulatedCloud::Ec2 << "Amazon EC2 (sys_vendor Amazon EC2" << "";
    QTest::newRow("azure agrees") << SimulatedCloud::Azure << "Microsoft Azure (chassis_asset_tag 7783-7084-3265-9085-8269-3286-77)" << "";
}

void TestFirmwareBanner::banner()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, hostedOn);
    QFETCH(QString, bannerSays);

    QString error;
    auto demo = DemoEnvironment::start(cloud, &error);
    QVERIFY2(demo, qPrintable(error));
    ui::InspectionSession session(testing::demoDetectorOptions(*demo, 20), AgentConfig(), HostSpecOptions());
    ui::MainWindow window(&session);
    window.resize(1100, 720);
    window.show();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasResult(), 20000);

    QVERIFY2(window.hostedOnText().startsWith(hostedOn), qPrintable(window.hostedOnText()));
    QVERIFY(window.hostedOnText().contains(QLatin1String("beyond the agent")));
    if (bannerSays.isEmpty()) {
        QVERIFY2(window.firmwareBannerText().isEmpty(), qPrintable(window.firmwareBannerText()));
        return;
    }
    QVERIFY2(window.firmwareBannerText().contains(bannerSays), qPrintable(window.firmwareBannerText()));

    // At the top, above the platform, and in the palette's highlight colours.
    const QImage image = window.grab().toImage();
    const QColor highlight = window.palette().color(QPalette::Highlight);
    int highlighted = 0;
    for (int x = 0; x < image.width(); x += 4) {
        if (image.pixelColor(x, 90) == highlight)
            ++highlighted;
    }
    QVERIFY2(highlighted > image.width() / 8, qPrintable(QString::number(highlighted)));
}

QTEST_MAIN(TestFirmwareBanner)
#include "tst_firmwarebanner.moc"
