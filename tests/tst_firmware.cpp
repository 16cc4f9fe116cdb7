#include "clouddetector.h"
#include "demoenvironment.h"
#include "ec2uuid.h"
#include "firmwareclouds.h"
#include "firmwarecrosscheck.h"
#include "firmwarereader.h"
#include "hostedon.h"
#include "metadatasimulator.h"
#include "detectorrun.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::FirmwareFinding::Kind)

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList strings;
    for (const char *item : items)
        strings << QString::fromUtf8(item);
    return strings;
}

QString fixture(const QString &name)
{
    return QStringLiteral(MI_TEST_DATA "/firmware/") + name;
}

// The kernel makes product_uuid, product_serial, board_serial and chassis_serial 0400. A test run
// by root reads them all the same, so the refusal is staged here, where the reader opens a file.
class RefusingReader : public FirmwareReader
{
public:
    RefusingReader(const QString &root, QSet<QString> refused)
        : FirmwareReader(root)
        , m_refused(std::move(refused))
    {
    }

protected:
    FirmwareFile readExisting(const QString &name, const QString &path) const override
    {
        if (!m_refused.contains(name))
            return FirmwareReader::readExisting(name, path);
        FirmwareFile file;
        file.name = name;
        file.path = path;
        file.state = FirmwareFile::State::Unreadable;
        file.error = QStringLiteral("Permission denied");
        return file;
    }

private:
    QSet<QString> m_refused;
};

QStringList evidenceFiles(const HostedOn &hostedOn)
{
    QStringList files;
    for (const FirmwareEvidence &evidence : hostedOn.evidence)
        files << evidence.file;
    return files;
}

using testing::detect;
using testing::optionsFor;

// The agent's side of a result, with the firmware's parts, the timings and the racing probes taken out.
QJsonObject agentFields(const DetectionResult &result)
{
    DetectionResult agentOnly = result;
    for (const FirmwareFinding &finding : result.firmwareFindings)
        agentOnly.warnings.removeAll(finding.message);
    QJsonObject json = agentOnly.toJson();
    json.remove(QStringLiteral("hostedOn"));
    QList<QJsonObject> probes;
    for (const QJsonValue &probe : json.value(QStringLiteral("probes")).toArray()) {
        QJsonObject object = probe.toObject();
        // GCE and Azure race EC2 in parallel: when each is cancelled varies from run to run.
        if (object.value(QLatin1String("platform")).toString() != QLatin1String("ec2"))
            continue;
        object.remove(QStringLiteral("elapsedMs"));
        QString url = object.value(QStringLiteral("url")).toString();
        // The file reads name the root; the roots differ.
        url.remove(QRegularExpression(QStringLiteral("^.*(?=/sys/)")));
        object.insert(QStringLiteral("url"), url);
        probes.append(object);
    }
    // The metadata keys are asked in parallel too: compare the requests, not the order they ended in.
    std::sort(probes.begin(), probes.end(), [](const QJsonObject &left, const QJsonObject &right) {
        return QJsonDocument(left).toJson() < QJsonDocument(right).toJson();
    });
    QJsonArray sorted;
    for (const QJsonObject &probe : std::as_const(probes))
        sorted.append(probe);
    json.insert(QStringLiteral("probes"), sorted);
    return json;
}

// A copy of `root` with only the two files mackerel-agent itself reads: what it would see there.
bool copyAgentFiles(const QString &root, const QString &target)
{
    for (const QString &file : ec2UuidFiles()) {
        if (!QFileInfo::exists(root + file))
            continue;
        if (!QDir().mkpath(QFileInfo(target + file).path()) || !QFile::copy(root + file, target + file))
            return false;
    }
    return true;
}

ProbeRecord request(const QString &platform, ProbeOutcome outcome, int status = 0, const QString &method = QStringLiteral("GET"))
{
    ProbeRecord record;
    record.platform = platform;
    record.method = method;
    record.url = QStringLiteral("http://169.254.169.254/");
    record.outcome = outcome;
    record.status = status;
    return record;
}

} // namespace

class TestFirmware : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostedOn_data();
    void hostedOn();
    void unreadable_data();
    void unreadable();
    void noDmi();
    void classDirectoryOnly();
    void everyCloudHasSourcedRules();
    void crossCheck_data();
    void crossCheck();
    void agentFieldsUnchanged_data();
    void agentFieldsUnchanged();
    void openStackAnsweringAsEc2_data();
    void openStackAnsweringAsEc2();
    void demoInstancesAgreeWithTheirFirmware_data();
    void demoInstancesAgreeWithTheirFirmware();
};

void TestFirmware::hostedOn_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QStringList>("evidence");

    QTest::newRow("ec2 nitro") << "ec2-nitro" << "ec2" << "i-0123456789abcdef0" << list({"sys_vendor", "board_asset_tag"});
    QTest::newRow("ec2 xen") << "ec2-xen" << "ec2" << "" << list({"bios_version"});
    QTest::newRow("ec2 uuid, other byte order") << "ec2-uuid-only" << "ec2" << "" << list({"product_uuid"});
    QTest::newRow("azure chassis tag") << "azure" << "azure" << "" << list({"chassis_asset_tag"});
    QTest::newRow("hyper-v, not azure") << "hyperv" << "" << "" << list({"sys_vendor", "product_name"});
    QTest::newRow("gce") << "gce" << "gce" << "" << list({"product_name"});
    QTest::newRow("gce by serial") << "gce-serial-only" << "gce" << "" << list({"product_serial"});
    QTest::newRow("oci on qemu") << "oci" << "oci" << "" << list({"chassis_asset_tag"});
    QTest::newRow("alibaba") << "alibaba" << "alibaba" << "" << list({"product_name"});
    QTest::newRow("digitalocean") << "digitalocean" << "digitalocean" << "371541228" << list({"sys_vendor", "product_serial"});
    QTest::newRow("hetzner") << "hetzner" << "hetzner" << "42176390" << list({"sys_vendor", "product_serial"});
    QTest::newRow("openstack") << "openstack" << "openstack" << "" << list({"product_name"});
    QTest::newRow("openstack, ec2-like uuid") << "openstack-ec2-uuid" << "openstack" << "" << list({"product_name"});
    QTest::newRow("vultr") << "vultr" << "vultr" << "cb676a46-66fd-4dfb-b839-443f2e6c0b60" << list({"sys_vendor", "product_serial"});
    QTest::newRow("linode") << "linode" << "linode" << "58213467" << list({"sys_vendor", "product_serial"});
    QTest::newRow("scaleway") << "scaleway" << "scaleway" << "" << list({"sys_vendor"});
    QTest::newRow("qemu, no cloud") << "qemu" << "" << "" << list({"sys_vendor", "product_name"});
}

void TestFirmware::hostedOn()
{
    QFETCH(QString, root);
    QFETCH(QString, provider);
    QFETCH(QString, instanceId);
    QFETCH(QStringList, evidence);

    const HostedOn hostedOn = identifyHostedOn(FirmwareReader(fixture(root)));
    QCOMPARE(hostedOn.provider, provider);
    QCOMPARE(hostedOn.instanceId, instanceId);
    QCOMPARE(evidenceFiles(hostedOn), evidence);

    const QJsonObject json = hostedOn.toJson();
    QCOMPARE(json.keys(), (list({"evidence", "instanceId", "provider"})));
    QCOMPARE(json.value(QLatin1String("provider")).isNull(), provider.isEmpty());
    QCOMPARE(json.value(QLatin1String("instanceId")).isNull(), instanceId.isEmpty());
    for (const QJsonValue &item : json.value(QLatin1String("evidence")).toArray()) {
        QVERIFY(item.toObject().value(QLatin1String("file")).isString());
        QVERIFY(item.toObject().value(QLatin1String("value")).isString()); // every file was readable
    }
}

void TestFirmware::unreadable_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QStringList>("unreadableEvidence");

    // Nitro names itself in 0444 files: a user sees EC2 and the instance without product_uuid.
    QTest::newRow("ec2 nitro, product_uuid refused")
        << "ec2-nitro" << list({"product_uuid", "product_serial"}) << "ec2" << "i-0123456789abcdef0" << list({});
    // Only the UUID tells: unreadable is reported as such, and names no cloud.
    QTest::newRow("ec2 uuid only, refused") << "ec2-uuid-only" << list({"product_uuid"}) << "" << "" << list({"product_uuid"});
    QTest::newRow("gce by serial, refused") << "gce-serial-only" << list({"product_serial"}) << "" << "" << list({"product_serial"});
    // The cloud is known from sys_vendor; its id is in the serial this user may not read.
    QTest::newRow("digitalocean, serial refused")
        << "digitalocean" << list({"product_serial"}) << "digitalocean" << "" << list({"product_serial"});
    QTest::newRow("hetzner, serial refused") << "hetzner" << list({"product_serial"}) << "hetzner" << "" << list({"product_serial"});
}

void TestFirmware::unreadable()
{
    QFETCH(QString, root);
    QFETCH(QStringList, refused);
    QFETCH(QString, provider);
    QFETCH(QString, instanceId);
    QFETCH(QStringList, unreadableEvidence);

    const RefusingReader reader(fixture(root), QSet<QString>(refused.cbegin(), refused.cend()));
    QCOMPARE(reader.read(refused.constFirst()).state, FirmwareFile::State::Unreadable);
    const HostedOn hostedOn = identifyHostedOn(reader);
    QCOMPARE(hostedOn.provider, provider);
    QCOMPARE(hostedOn.instanceId, instanceId);

    QStringList unreadable;
    for (const FirmwareEvidence &evidence : hostedOn.evidence) {
        if (evidence.unreadable) {
            unreadable << evidence.file;
            const QJsonObject json = evidence.toJson();
            QVERIFY(json.value(QLatin1String("value")).isNull());
            QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("Permission denied"));
        }
    }
    QCOMPARE(unreadable, unreadableEvidence);
    for (const QString &file : unreadableEvidence)
        QVERIFY2(hostedOn.evidenceText().contains(file + QStringLiteral(" unreadable")), qPrintable(hostedOn.evidenceText()));
}

void TestFirmware::noDmi()
{
    QTemporaryDir root;
    const FirmwareReader reader(root.path());
    QVERIFY(!reader.hasDmi());
    QCOMPARE(reader.read(QStringLiteral("sys_vendor")).state, FirmwareFile::State::Missing);
    const HostedOn hostedOn = identifyHostedOn(reader);
    QVERIFY(hostedOn.provider.isEmpty());
    QVERIFY(hostedOn.evidence.isEmpty());
    const QJsonObject json = hostedOn.toJson();
    QVERIFY(json.value(QLatin1String("provider")).isNull());
    QVERIFY(json.value(QLatin1String("instanceId")).isNull());
    QCOMPARE(json.value(QLatin1String("evidence")).toArray().size(), 0);
}

// /sys/class/dmi/id alone (a fixture without the device path) is read too.
void TestFirmware::classDirectoryOnly()
{
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("sys/class/dmi/id"))));
    QFile vendor(root.filePath(QStringLiteral("sys/class/dmi/id/sys_vendor")));
    QVERIFY(vendor.open(QIODevice::WriteOnly));
    vendor.write("Hetzner\n");
    vendor.close();
    const FirmwareReader reader(root.path());
    QVERIFY(reader.hasDmi());
    QCOMPARE(identifyHostedOn(reader).provider, QStringLiteral("hetzner"));
}

void TestFirmware::everyCloudHasSourcedRules()
{
    const QStringList expected = list({"azure", "ec2", "gce", "oci", "alibaba", "digitalocean", "hetzner", "openstack", "vultr", "linode", "scaleway"});
    QStringList providers;
    for (const FirmwareCloud &cloud : firmwareClouds()) {
        providers << cloud.provider;
        QVERIFY(!cloud.rules.isEmpty());
        for (const FirmwareRule &rule : cloud.rules)
            QVERIFY2(!rule.source.isEmpty() && !rule.conditions.isEmpty(), qPrintable(cloud.provider));
        QCOMPARE(cloud.agentPlatform.has_value(), !cloud.customIdentifierFormat.isEmpty());
        QCOMPARE(cloud.instanceIdFile.isEmpty(), cloud.instanceIdConditions.isEmpty());
    }
    QCOMPARE(providers, expected);
}

void TestFirmware::crossCheck_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("platform");
    QTest::addColumn<int>("source");
    QTest::addColumn<QList<ProbeRecord>>("probes");
    QTest::addColumn<QList<FirmwareFinding::Kind>>("kinds");
    QTest::addColumn<QString>("expectedIdentifier");
    QTest::addColumn<QStringList>("says");

    using Kind = FirmwareFinding::Kind;
    const int none = int(CloudPlatform::None);
    const int ec2 = int(CloudPlatform::Ec2);
    const int gce = int(CloudPlatform::Gce);
    const int azure = int(CloudPlatform::AzureVm);
    const int metadata = int(DetectionSource::Metadata);
    const int nothing = int(DetectionSource::None);
    const int override = int(DetectionSource::Override);
    const QString ec2Id = QStringLiteral("i-0123456789abcdef0.ec2.amazonaws.com");
    const ProbeRecord uuidOk = request(QStringLiteral("ec2"), ProbeOutcome::Ok, 0, QStringLiteral("READ"));

    QTest::newRow("ec2 agrees") << "ec2-nitro" << ec2 << metadata << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Ok, 200)}
                                << QList<Kind>{} << "" << list({});
    QTest::newRow("gce agrees") << "gce" << gce << metadata << QList<ProbeRecord>{request(QStringLiteral("gce"), ProbeOutcome::Ok, 200)} << QList<Kind>{} << ""
                                << list({});
    QTest::newRow("azure agrees") << "azure" << azure << metadata << QList<ProbeRecord>{request(QStringLiteral("azurevm"), ProbeOutcome::Ok, 200)}
                                  << QList<Kind>{} << "" << list({});
    QTest::newRow("ec2 refused")
        << "ec2-nitro" << none << nothing << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Refused)}
        << QList<Kind>{Kind::AgentMissesCloud} << ec2Id
        << list({"This is Amazon EC2 by its firmware", "board_asset_tag i-0123456789abcdef0", "will not confirm it",
                       "send no customIdentifier", "AWS integration's host for i-0123456789abcdef0", "a second host",
                       "should send is i-0123456789abcdef0.ec2.amazonaws.com", "refused the connection", "What to do"});
    QTest::newRow("ec2 401, no token (hop limit)")
        << "ec2-nitro" << none << nothing
        << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Timeout, 0, QStringLiteral("PUT")), request(QStringLiteral("ec2"), ProbeOutcome::HttpError, 401)}
        << QList<Kind>{Kind::AgentMissesCloud} << ec2Id << list({"401", "hop limit", "--http-put-response-hop-limit 2", "i-0123456789abcdef0"});
    QTest::newRow("ec2 timed out") << "ec2-nitro" << none << nothing << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Timeout)}
                                   << QList<Kind>{Kind::AgentMissesCloud} << ec2Id << list({"did not answer in time"});
    QTest::newRow("ec2 behind a proxy") << "ec2-nitro" << none << nothing << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Redirect, 302)}
                                        << QList<Kind>{Kind::AgentMissesCloud} << ec2Id << list({"proxy", "no_proxy"});
    QTest::newRow("ec2 xen, no id in firmware")
        << "ec2-xen" << none << nothing << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Refused)} << QList<Kind>{Kind::AgentMissesCloud}
        << "" << list({"bios_version 4.11.amazon", "host for this instance"});
    QTest::newRow("ec2 pre-check saw no uuid")
        << "ec2-nitro" << none << nothing << QList<ProbeRecord>{request(QStringLiteral("ec2"), ProbeOutcome::Missing, 0, QStringLiteral("READ"))}
        << QList<Kind>{Kind::AgentMissesCloud} << ec2Id << list({"UUID pre-check", "never asks"});
    QTest::newRow("gce dns failure") << "gce" << none << nothing << QList<ProbeRecord>{request(QStringLiteral("gce"), ProbeOutcome::Unreachable)}
                                     << QList<Kind>{Kind::AgentMissesCloud} << "" << list({"DNS", "metadata.google.internal", "Google Cloud integration"});
    QTest::newRow("azure refused") << "azure" << none << nothing << QList<ProbeRecord>{request(QStringLiteral("azurevm"), ProbeOutcome::Refused)}
                                   << QList<Kind>{Kind::AgentMissesCloud} << "" << list({"Microsoft Azure", "chassis_asset_tag", "refused"});
    QTest::newRow("cloud_platform none on ec2") << "ec2-nitro" << none << override << QList<ProbeRecord>{} << QList<Kind>{Kind::AgentMissesCloud}
                                                << ec2Id << list({"cloud_platform", "\"none\""});
    QTest::newRow("ec2 firmware, gce verdict")
        << "ec2-nitro" << gce << metadata << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Cancelled), request(QStringLiteral("gce"), ProbeOutcome::Ok, 200)}
        << QList<Kind>{Kind::AgentMissesCloud} << ec2Id << list({"take it for Google Compute Engine"});
    QTest::newRow("oci beyond the agent") << "oci" << none << nothing << QList<ProbeRecord>{} << QList<Kind>{Kind::CloudBeyondAgent} << ""
                                          << list({"Oracle Cloud Infrastructure", "OracleCloud.com", "no integration", "nothing to match"});
    QTest::newRow("hetzner beyond the agent") << "hetzner" << none << nothing << QList<ProbeRecord>{} << QList<Kind>{Kind::CloudBeyondAgent} << ""
                                              << list({"Hetzner Cloud", "product_serial 42176390"});
    QTest::newRow("openstack answering as ec2")
        << "openstack" << ec2 << metadata << QList<ProbeRecord>{uuidOk, request(QStringLiteral("ec2"), ProbeOutcome::Ok, 200)}
        << QList<Kind>{Kind::AgentContradicted} << "" << list({"confirms Amazon EC2", "the firmware says OpenStack", "OpenStack Nova"});
    QTest::newRow("cloud_platform ec2 on scaleway") << "scaleway" << ec2 << override << QList<ProbeRecord>{}
                                                    << QList<Kind>{Kind::AgentContradicted} << "" << list({"cloud_platform", "Scaleway"});
    QTest::newRow("qemu, no cloud") << "qemu" << none << nothing << QList<ProbeRecord>{} << QList<Kind>{} << "" << list({});
    QTest::newRow("qemu, agent says ec2") << "qemu" << ec2 << metadata << QList<ProbeRecord>{} << QList<Kind>{} << "" << list({});
    QTest::newRow("hyper-v, no cloud") << "hyperv" << none << nothing << QList<ProbeRecord>{} << QList<Kind>{} << "" << list({});
}

void TestFirmware::crossCheck()
{
    QFETCH(QString, root);
    QFETCH(int, platform);
    QFETCH(int, source);
    QFETCH(QList<ProbeRecord>, probes);
    QFETCH(QList<FirmwareFinding::Kind>, kinds);
    QFETCH(QString, expectedIdentifier);
    QFETCH(QStringList, says);

    DetectionResult result;
    result.platform = CloudPlatform(platform);
    result.source = DetectionSource(source);
    result.probes = probes;
    const HostedOn hostedOn = identifyHostedOn(FirmwareReader(fixture(root)));
    const QList<FirmwareFinding> findings = crossCheckFirmware(hostedOn, result);

    QList<FirmwareFinding::Kind> found;
    for (const FirmwareFinding &finding : findings)
        found << finding.kind;
    QCOMPARE(found, kinds);
    if (findings.isEmpty())
        return;
    QCOMPARE(findings.constFirst().expectedIdentifier, expectedIdentifier);
    QCOMPARE(findings.constFirst().provider, hostedOn.provider);
    for (const QString &text : says)
        QVERIFY2(findings.constFirst().message.contains(text), qPrintable(findings.constFirst().message));
}

void TestFirmware::agentFieldsUnchanged_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("answering");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("firmwareWarnings");

    QTest::newRow("ec2 nitro, imds refused") << "ec2-nitro" << false << "none" << 1;
    QTest::newRow("ec2 nitro, imds answering") << "ec2-nitro" << true << "ec2" << 0;
    QTest::newRow("ec2 xen, imds refused") << "ec2-xen" << false << "none" << 1;
    QTest::newRow("ec2 xen, imds answering") << "ec2-xen" << true << "ec2" << 0;
    QTest::newRow("oci, refused") << "oci" << false << "none" << 1;
    QTest::newRow("qemu, refused") << "qemu" << false << "none" << 0;
    QTest::newRow("hyper-v, refused") << "hyperv" << false << "none" << 0;
}

// The firmware view adds hostedOn and its own warnings; everything else is what the agent's files
// alone give, request for request.
void TestFirmware::agentFieldsUnchanged()
{
    QFETCH(QString, root);
    QFETCH(bool, answering);
    QFETCH(QString, platform);
    QFETCH(int, firmwareWarnings);

    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    const QUrl base = answering ? simulator.baseUrl() : QUrl(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()));

    QTemporaryDir agentRoot;
    QVERIFY(copyAgentFiles(fixture(root), agentRoot.path()));
    const DetectionResult withFirmware = detect(optionsFor(base, fixture(root), 20));
    const DetectionResult agentOnly = detect(optionsFor(base, agentRoot.path(), 20));

    QCOMPARE(cloudPlatformName(withFirmware.platform), platform);
    QCOMPARE(withFirmware.firmwareFindings.size(), firmwareWarnings);
    const QJsonObject actual = agentFields(withFirmware);
    const QJsonObject expected = agentFields(agentOnly);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("with firmware:\n%1\nthe agent's files alone:\n%2")
                                                .arg(QString::fromUtf8(QJsonDocument(actual).toJson()),
                                                     QString::fromUtf8(QJsonDocument(expected).toJson()))));
    QCOMPARE(withFirmware.toJson().value(QLatin1String("hostedOn")).toObject(), withFirmware.hostedOn.toJson());
    if (firmwareWarnings > 0)
        QVERIFY(withFirmware.warnings.contains(withFirmware.firmwareFindings.constFirst().message));
    if (root == QLatin1String("ec2-nitro") && !answering) {
        QCOMPARE(withFirmware.firmwareFindings.constFirst().expectedIdentifier, QStringLiteral("i-0123456789abcdef0.ec2.amazonaws.com"));
        QVERIFY(withFirmware.warnings.constLast().contains(QStringLiteral("i-0123456789abcdef0.ec2.amazonaws.com")));
    }
}

void TestFirmware::openStackAnsweringAsEc2_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<FirmwareFinding::Kind>("kind");

    // The agent's partition check keeps it from taking OpenStack for EC2: the firmware only adds
    // that there is nothing to match here.
    QTest::newRow("partition openstack") << "openstack" << "none" << FirmwareFinding::Kind::CloudBeyondAgent;
    // A look-alike that says "aws": the agent is fooled, the firmware says so.
    QTest::newRow("partition aws") << "aws" << "ec2" << FirmwareFinding::Kind::AgentContradicted;
}

void TestFirmware::openStackAnsweringAsEc2()
{
    QFETCH(QString, partition);
    QFETCH(QString, platform);
    QFETCH(FirmwareFinding::Kind, kind);

    MetadataSimulator simulator(SimulatedCloud::Ec2ImdsV1);
    simulator.setMetadataValue(QStringLiteral("meta-data/services/partition"), partition);
    QVERIFY(simulator.listenOnLoopback());
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), fixture(QStringLiteral("openstack-ec2-uuid")), 20));

    QCOMPARE(cloudPlatformName(result.platform), platform);
    QCOMPARE(result.hostedOn.provider, QStringLiteral("openstack"));
    QCOMPARE(result.firmwareFindings.size(), 1);
    QCOMPARE(result.firmwareFindings.constFirst().kind, kind);
    for (const QString &warning : result.warnings)
        QVERIFY2(!warning.contains(QStringLiteral("by its firmware (")) || !warning.startsWith(QStringLiteral("This is Amazon EC2")),
                 qPrintable(warning));
}

void TestFirmware::demoInstancesAgreeWithTheirFirmware_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("provider");
    QTest::newRow("ec2") << SimulatedCloud::Ec2 << "ec2";
    QTest::newRow("ec2-imdsv1") << SimulatedCloud::Ec2ImdsV1 << "ec2";
    QTest::newRow("gce") << SimulatedCloud::Gce << "gce";
    QTest::newRow("azure") << SimulatedCloud::Azure << "azure";
}

// The demos of the agent's own clouds warn of nothing: their firmware says what their IMDS says.
void TestFirmware::demoInstancesAgreeWithTheirFirmware()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, provider);

    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    QTemporaryDir root;
    QString error;
    QVERIFY2(writeSysFixture(simulator.instance(), root.path(), &error), qPrintable(error));
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path(), 20));
    QCOMPARE(result.hostedOn.provider, provider);
    QVERIFY(result.firmwareFindings.isEmpty());
    if (provider == QLatin1String("ec2"))
        QCOMPARE(result.hostedOn.instanceId, simulator.instance().instanceId);
}

QTEST_GUILESS_MAIN(TestFirmware)
#include "tst_firmware.moc"
