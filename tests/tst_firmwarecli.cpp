#include "metadatasimulator.h"
#include "inspectorrun.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::sim;

Q_DECLARE_METATYPE(mi::sim::SimulatedCloud)

namespace {

using Run = testing::InspectorRun;

QString fixture(const QString &name)
{
    return QStringLiteral(MI_TEST_DATA "/firmware/") + name;
}

QStringList endpointArguments(const QUrl &base)
{
    const QString url = base.toString();
    return {QStringLiteral("--ec2-endpoint"), url, QStringLiteral("--gce-endpoint"), url, QStringLiteral("--azure-endpoint"), url,
            QStringLiteral("--retry-wait"), QStringLiteral("20"), QStringLiteral("--timeout"), QStringLiteral("1500")};
}

QStringList firmwareWarnings(const QJsonObject &json)
{
    QStringList found;
    for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray()) {
        if (warning.toString().contains(QLatin1String("by its firmware")) || warning.toString().contains(QLatin1String("the firmware says")))
            found << warning.toString();
    }
    return found;
}

} // namespace

// `detect`, `inspect` and `match` as a person runs them, on firmware fixture roots (issue 11).
class TestFirmwareCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectOnFixtures_data();
    void detectOnFixtures();
    void noDmi();
    void demoEc2Blocked();
    void simulateCommand_data();
    void simulateCommand();
    void firmwareOnlyDemos_data();
    void firmwareOnlyDemos();
    void inspectCarriesHostedOn();
    void matchLooksUpTheMissedIdentifier_data();
    void matchLooksUpTheMissedIdentifier();
    void matchWithoutDisagreement();
};

void TestFirmwareCli::detectOnFixtures_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("answering"); // -1: every endpoint refused; else the cloud whose simulator answers
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("warning"); // a part of the one firmware warning; empty: none

    const int refused = -1;
    QTest::newRow("ec2 nitro, refused") << "ec2-nitro" << refused << "none" << "ec2" << "i-0123456789abcdef0"
                                        << "i-0123456789abcdef0.ec2.amazonaws.com";
    QTest::newRow("ec2 nitro, answering") << "ec2-nitro" << int(SimulatedCloud::Ec2) << "ec2" << "ec2" << "i-0123456789abcdef0" << "";
    QTest::newRow("ec2 xen, refused") << "ec2-xen" << refused << "none" << "ec2" << "" << "AWS integration's host for this instance";
    QTest::newRow("gce, refused") << "gce" << refused << "none" << "gce" << "" << "Google Compute Engine by its firmware";
    QTest::newRow("gce, answering") << "gce" << int(SimulatedCloud::Gce) << "gce" << "gce" << "" << "";
    QTest::newRow("azure, refused") << "azure" << refused << "none" << "azure" << "" << "Microsoft Azure by its firmware";
    QTest::newRow("azure, answering") << "azure" << int(SimulatedCloud::Azure) << "azurevm" << "azure" << "" << "";
    QTest::newRow("hyper-v, refused") << "hyperv" << refused << "none" << "" << "" << "";
    QTest::newRow("digitalocean, refused") << "digitalocean" << refused << "none" << "digitalocean" << "371541228" << "nothing to match";
    QTest::newRow("linode, refused") << "linode" << refused << "none" << "linode" << "58213467" << "nothing to match";
    QTest::newRow("openstack, ec2 look-alike refused") << "openstack-ec2-uuid" << refused << "none" << "openstack" << "" << "nothing to match";
    QTest::newRow("qemu, refused") << "qemu" << refused << "none" << "" << "" << "";
}

void TestFirmwareCli::detectOnFixtures()
{
    QFETCH(QString, root);
    QFETCH(int, answering);
    QFETCH(QString, platform);
    QFETCH(QString, provider);
    QFETCH(QString, instanceId);
    QFETCH(QString, warning);

    std::unique_ptr<MetadataSimulator> simulator;
    QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()));
    if (answering >= 0) {
        simulator = std::make_unique<MetadataSimulator>(SimulatedCloud(answering));
        QVERIFY(simulator->listenOnLoopback());
        base = simulator->baseUrl();
    }
    const Run run = testing::runInspector(QStringList{QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--root"), fixture(root)}
                                          + endpointArguments(base));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), platform);

    const QJsonObject hostedOn = json.value(QStringLiteral("hostedOn")).toObject();
    QCOMPARE(hostedOn.keys(), (QStringList{QStringLiteral("evidence"), QStringLiteral("instanceId"), QStringLiteral("provider")}));
    QCOMPARE(hostedOn.value(QStringLiteral("provider")).toString(), provider);
    QCOMPARE(hostedOn.value(QStringLiteral("provider")).isNull(), provider.isEmpty());
    QCOMPARE(hostedOn.value(QStringLiteral("instanceId")).toString(), instanceId);
    QCOMPARE(hostedOn.value(QStringLiteral("instanceId")).isNull(), instanceId.isEmpty());
    for (const QJsonValue &evidence : hostedOn.value(QStringLiteral("evidence")).toArray()) {
        QVERIFY(!evidence.toObject().value(QStringLiteral("file")).toString().isEmpty());
        QVERIFY(evidence.toObject().contains(QStringLiteral("value")));
    }

    const QStringList warnings = firmwareWarnings(json);
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(warning), qPrintable(warnings.constFirst()));
    }
}

void TestFirmwareCli::noDmi()
{
    QTemporaryDir root;
    const Run run = testing::runInspector(QStringList{QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--root"), root.path()}
                                          + endpointArguments(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()))));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject hostedOn = run.json().value(QStringLiteral("hostedOn")).toObject();
    QVERIFY(hostedOn.value(QStringLiteral("provider")).isNull());
    QVERIFY(hostedOn.value(QStringLiteral("instanceId")).isNull());
    QCOMPARE(hostedOn.value(QStringLiteral("evidence")).toArray().size(), 0);
    QVERIFY(firmwareWarnings(run.json()).isEmpty());
}

void TestFirmwareCli::demoEc2Blocked()
{
    const Run json = testing::runInspector({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2-blocked"),
                                            QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("platform")).toString(), QStringLiteral("none"));
    QVERIFY(json.json().value(QStringLiteral("customIdentifier")).isNull());
    QCOMPARE(json.json().value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("instanceId")).toString(),
             QStringLiteral("i-0a1b2c3d4e5f67890"));
    const QStringList warnings = firmwareWarnings(json.json());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(QLatin1String("i-0a1b2c3d4e5f67890.ec2.amazonaws.com")), qPrintable(warnings.constFirst()));
    QVERIFY2(warnings.constFirst().contains(QLatin1String("refused")), qPrintable(warnings.constFirst()));

    const Run text = testing::runInspector({QStringLiteral("detect"), QStringLiteral("--demo"), QStringLiteral("ec2-blocked"),
                                            QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Hosted on           Amazon EC2 (sys_vendor Amazon EC2, board_asset_tag i-0a1b2c3d4e5f67890)"), text.out.constData());
    QVERIFY(text.out.contains("The customIdentifier it should send is i-0a1b2c3d4e5f67890.ec2.amazonaws.com."));
}

void TestFirmwareCli::simulateCommand_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("tokenOutcome"); // the IMDSv2 token request's
    QTest::newRow("ec2 answers") << "ec2" << "ec2" << "ok";
    QTest::newRow("ec2-blocked refuses, as --demo does") << "ec2-blocked" << "none" << "refused";
}

void TestFirmwareCli::simulateCommand()
{
    QFETCH(QString, cloud);
    QFETCH(QString, platform);
    QFETCH(QString, tokenOutcome);
    // `simulate` in its own process; its "Try: mackerel-inspector detect ..." line is run as printed.
    QProcess simulator;
    simulator.setProcessEnvironment(testing::cleanEnvironment());
    simulator.start(QStringLiteral(MI_INSPECTOR_BINARY), {QStringLiteral("simulate"), QStringLiteral("--cloud"), cloud});
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += simulator.readAllStandardOutput()).contains("Try: mackerel-inspector detect"), 20000);
    QString tryLine;
    for (const QByteArray &line : printed.split('\n')) {
        if (line.startsWith("Try: mackerel-inspector detect"))
            tryLine = QString::fromUtf8(line.mid(qsizetype(strlen("Try: mackerel-inspector "))));
    }
    QStringList arguments = tryLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("--json") << QStringLiteral("--retry-wait") << QStringLiteral("20") << QStringLiteral("--timeout")
              << QStringLiteral("1500");
    const Run run = testing::runInspector(arguments);
    simulator.terminate();
    QVERIFY(simulator.waitForFinished(10000));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), platform);
    // Either way the firmware names the instance, from the files under the root `simulate` printed.
    QCOMPARE(json.value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("ec2"));
    QString outcome;
    for (const QJsonValue &probe : json.value(QStringLiteral("probes")).toArray()) {
        if (probe.toObject().value(QStringLiteral("url")).toString().endsWith(QLatin1String("/latest/api/token")))
            outcome = probe.toObject().value(QStringLiteral("outcome")).toString();
    }
    QCOMPARE(outcome, tokenOutcome);
    if (cloud == QLatin1String("ec2-blocked")) {
        QCOMPARE(json.value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("instanceId")).toString(),
                 QStringLiteral("i-0a1b2c3d4e5f67890"));
        QCOMPARE(firmwareWarnings(json).size(), 1);
    }
}

void TestFirmwareCli::firmwareOnlyDemos_data()
{
    QTest::addColumn<QString>("cloud");
    const QStringList clouds{QStringLiteral("oci"), QStringLiteral("alibaba"), QStringLiteral("digitalocean"), QStringLiteral("hetzner"),
                             QStringLiteral("openstack"), QStringLiteral("vultr"), QStringLiteral("linode"), QStringLiteral("scaleway")};
    for (const QString &cloud : clouds)
        QTest::newRow(qPrintable(cloud)) << cloud;
}

void TestFirmwareCli::firmwareOnlyDemos()
{
    QFETCH(QString, cloud);
    const Run run = testing::runInspector({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--demo"), cloud,
                                           QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("none"));
    QCOMPARE(json.value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("provider")).toString(), cloud);
    const QStringList warnings = firmwareWarnings(json);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.constFirst().contains(QLatin1String("Mackerel has no integration")));
}

void TestFirmwareCli::inspectCarriesHostedOn()
{
    const Run run = testing::runInspector({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2-blocked"),
                                           QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("ec2"));
    QCOMPARE(firmwareWarnings(run.json()).size(), 1);
}

void TestFirmwareCli::matchLooksUpTheMissedIdentifier_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("hosts");
    QTest::newRow("the integration holds it") << "agentless" << 1;
    QTest::newRow("nobody holds it") << "none" << 0;
}

void TestFirmwareCli::matchLooksUpTheMissedIdentifier()
{
    QFETCH(QString, seed);
    QFETCH(int, hosts);
    const Run run = testing::runInspector({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2-blocked"),
                                           QStringLiteral("--seed"), seed, QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("create")); // the agent has no identifier
    QCOMPARE(json.value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("ec2"));
    const QJsonObject check = json.value(QStringLiteral("firmwareIdentifier")).toObject();
    QCOMPARE(check.value(QStringLiteral("customIdentifier")).toString(), QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
    QCOMPARE(check.value(QStringLiteral("hosts")).toArray().size(), hosts);
    QVERIFY(check.value(QStringLiteral("error")).isNull());
    if (hosts > 0) {
        QCOMPARE(check.value(QStringLiteral("hosts")).toArray().at(0).toObject().value(QStringLiteral("customIdentifier")).toString(),
                 QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
        QVERIFY(check.value(QStringLiteral("message")).toString().contains(QLatin1String("second host")));
    }
    // The look-up is the agent's own search, read-only.
    bool asked = false;
    for (const QJsonValue &probe : json.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject object = probe.toObject();
        if (object.value(QStringLiteral("platform")).toString() != QLatin1String("mackerel"))
            continue;
        QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        asked |= object.value(QStringLiteral("url")).toString().contains(QLatin1String("customIdentifier=i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
    }
    QVERIFY(asked);

    const Run text = testing::runInspector({QStringLiteral("match"), QStringLiteral("--demo"), QStringLiteral("ec2-blocked"),
                                            QStringLiteral("--seed"), seed, QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Firmware's id       i-0a1b2c3d4e5f67890.ec2.amazonaws.com: "), text.out.constData());
}

void TestFirmwareCli::matchWithoutDisagreement()
{
    const Run run = testing::runInspector({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value(QStringLiteral("firmwareIdentifier")).isNull());
    QCOMPARE(run.json().value(QStringLiteral("hostedOn")).toObject().value(QStringLiteral("instanceId")).toString(),
             QStringLiteral("i-0a1b2c3d4e5f67890"));
    QVERIFY(firmwareWarnings(run.json()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFirmwareCli)
#include "tst_firmwarecli.moc"
