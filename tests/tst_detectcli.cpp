#include "demoenvironment.h"
#include "metadatasimulator.h"
#include "inspectorrun.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::sim;

namespace {

using Run = testing::InspectorRun;

Run inspector(const QStringList &arguments, const QProcessEnvironment &environment = testing::cleanEnvironment())
{
    return testing::runInspector(arguments, environment);
}

QStringList endpointArguments(const QUrl &base)
{
    const QString url = base.toString();
    return {QStringLiteral("--ec2-endpoint"), url, QStringLiteral("--gce-endpoint"), url, QStringLiteral("--azure-endpoint"), url,
            QStringLiteral("--retry-wait"), QStringLiteral("50")};
}

} // namespace

class TestDetectCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demo_data();
    void demo();
    void humanReport();
    void endpointsFromFlags();
    void endpointsFromEnvironment();
    void endpointWithServicePath();
    void offCloud();
    void usageErrors_data();
    void usageErrors();
    void helpListsEveryOption();
    void windowWithoutDisplaySaysWhatToRun();
};

void TestDetectCli::demo_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("provider");
    QTest::newRow("ec2") << "ec2" << "ec2" << "i-0a1b2c3d4e5f67890.ec2.amazonaws.com" << "ec2";
    QTest::newRow("ec2-imdsv1") << "ec2-imdsv1" << "ec2" << "i-0a1b2c3d4e5f67890.ec2.amazonaws.com" << "ec2";
    QTest::newRow("gce") << "gce" << "gce" << "5473617396187409713.gce.cloud.google.com" << "gce";
    QTest::newRow("azure") << "azure" << "azurevm" << "13f56399-bd52-4150-9748-7190aae1ff21.virtual_machine.azure.microsoft.com"
                           << "AzureVM";
}

void TestDetectCli::demo()
{
    QFETCH(QString, cloud);
    QFETCH(QString, platform);
    QFETCH(QString, identifier);
    QFETCH(QString, provider);
    const Run run = inspector({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--demo"), cloud,
                               QStringLiteral("--retry-wait"), QStringLiteral("50")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Exactly one JSON object on stdout.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), platform);
    QCOMPARE(json.value(QStringLiteral("customIdentifier")).toString(), identifier);
    QCOMPARE(json.value(QStringLiteral("cloud")).toObject().value(QStringLiteral("provider")).toString(), provider);
    QVERIFY(!json.value(QStringLiteral("probes")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 0);
}

void TestDetectCli::humanReport()
{
    const Run run = inspector({QStringLiteral("detect"), QStringLiteral("--demo"), QStringLiteral("gce")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Google Compute Engine")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("5473617396187409713.gce.cloud.google.com")));
    QVERIFY(out.contains(QStringLiteral("Evidence")));
    QVERIFY(!out.trimmed().startsWith(QLatin1Char('{')));
}

void TestDetectCli::endpointsFromFlags()
{
    MetadataSimulator simulator(SimulatedCloud::Azure);
    QVERIFY(simulator.listenOnLoopback());
    const Run run = inspector(QStringList{QStringLiteral("detect"), QStringLiteral("--json")} + endpointArguments(simulator.baseUrl()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("platform")).toString(), QStringLiteral("azurevm"));
    QVERIFY(!simulator.requests().isEmpty());
}

void TestDetectCli::endpointsFromEnvironment()
{
    MetadataSimulator simulator(SimulatedCloud::Gce);
    QVERIFY(simulator.listenOnLoopback());
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("GCE_METADATA_HOST"), QStringLiteral("127.0.0.1:%1").arg(simulator.port()));
    // Azure and EC2 point at a closed port: only the GCE simulator can answer.
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort());
    environment.insert(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), closed);
    QTemporaryDir emptyRoot;
    const Run run = inspector({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--azure-endpoint"), closed,
                               QStringLiteral("--root"), emptyRoot.path()},
                              environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("customIdentifier")).toString(),
             QStringLiteral("5473617396187409713.gce.cloud.google.com"));
}

void TestDetectCli::endpointWithServicePath()
{
    // A base URL that already ends with the service path is accepted as well.
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    QTemporaryDir root;
    QString error;
    QVERIFY(writeSysFixture(simulator.instance(), root.path(), &error));
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort());
    const Run run = inspector({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--root"), root.path(),
                               QStringLiteral("--ec2-endpoint"), simulator.baseUrl().toString() + QStringLiteral("/latest/"),
                               QStringLiteral("--gce-endpoint"), closed, QStringLiteral("--azure-endpoint"), closed});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("customIdentifier")).toString(),
             QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
}

void TestDetectCli::offCloud()
{
    QTemporaryDir emptyRoot;
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()));
    const Run run = inspector(QStringList{QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--root"), emptyRoot.path()}
                              + endpointArguments(closed));
    QCOMPARE(run.exitCode, 0); // detection completed, whatever the platform
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("none"));
    QVERIFY(json.value(QStringLiteral("customIdentifier")).isNull());
    QVERIFY(json.value(QStringLiteral("cloud")).isNull());
}

void TestDetectCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("bad platform") << QStringList{QStringLiteral("detect"), QStringLiteral("--cloud-platform"), QStringLiteral("aws")}
                                  << "--cloud-platform";
    QTest::newRow("bad demo") << QStringList{QStringLiteral("detect"), QStringLiteral("--demo"), QStringLiteral("mars")} << "--demo";
    QTest::newRow("bad endpoint") << QStringList{QStringLiteral("detect"), QStringLiteral("--ec2-endpoint"), QStringLiteral("ftp://x")}
                                  << "--ec2-endpoint";
    QTest::newRow("bad root") << QStringList{QStringLiteral("detect"), QStringLiteral("--root"), QStringLiteral("/no/such/dir")} << "--root";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("detect"), QStringLiteral("--frob")} << "frob";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("detect"), QStringLiteral("extra")} << "extra";
    QTest::newRow("simulate without cloud") << QStringList{QStringLiteral("simulate")} << "--cloud";
}

void TestDetectCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = inspector(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestDetectCli::helpListsEveryOption()
{
    const Run run = inspector({QStringLiteral("detect"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.out);
    const QStringList options = {QStringLiteral("--json"), QStringLiteral("--cloud-platform"), QStringLiteral("--ec2-endpoint"),
                                 QStringLiteral("--gce-endpoint"), QStringLiteral("--azure-endpoint"), QStringLiteral("--root"),
                                 QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("--retry-wait")};
    for (const QString &option : options)
        QVERIFY2(help.contains(option), qPrintable(option));
}

void TestDetectCli::windowWithoutDisplaySaysWhatToRun()
{
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = inspector({}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("mackerel-inspector detect"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestDetectCli)
#include "tst_detectcli.moc"
