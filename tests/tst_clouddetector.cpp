#include "clouddetector.h"
#include "demoenvironment.h"
#include "metadatasimulator.h"
#include "detectorrun.h"
#include "testservers.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::CloudPlatform)
Q_DECLARE_METATYPE(mi::sim::SimulatedCloud)

namespace {

using testing::detect;
using testing::optionsFor;

QList<ProbeRecord> probesFor(const DetectionResult &result, const QString &platform, const QString &urlPart = QString())
{
    QList<ProbeRecord> records;
    for (const ProbeRecord &record : result.probes) {
        if (record.platform == platform && (urlPart.isEmpty() || record.url.contains(urlPart)))
            records.append(record);
    }
    return records;
}

// A root whose /sys holds the given instance's UUID files.
struct SysRoot
{
    QTemporaryDir dir;
    explicit SysRoot(SimulatedCloud cloud)
    {
        QString error;
        if (!writeSysFixture(simulatedInstance(cloud), dir.path(), &error))
            qFatal("%s", qPrintable(error));
    }
    QString path() const { return dir.path(); }
};

} // namespace

class TestCloudDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detectsEachCloud_data();
    void detectsEachCloud();
    void ec2FallsBackToImdsV1();
    void ec2UsesTokenOnEveryRequest();
    void ec2PartitionMustStartWithAws_data();
    void ec2PartitionMustStartWithAws();
    void ec2NeedsUuidFiles();
    void simulatorRefusesMissingHeaders_data();
    void simulatorRefusesMissingHeaders();
    void overrides_data();
    void overrides();
    void badAnswers_data();
    void badAnswers();
    void gceIdAbove2To63IsExact();
    void errorStatuses_data();
    void errorStatuses();
    void contentTypeIsIgnoredAsByTheAgent_data();
    void contentTypeIsIgnoredAsByTheAgent();
    void redirectsAreNotFollowed_data();
    void redirectsAreNotFollowed();
    void serverThatNeverAnswersTimesOutOnTheAgentsSchedule();
    void stalledBodyTimesOut();
    void refusedConnectionsAreFinal();
    void firstConfirmedWinsAndOthersAreCancelled();
    void bypassesProxies();
    void jsonContract();
    void cancelStopsEverything();
};

void TestCloudDetector::initTestCase()
{
    qRegisterMetaType<DetectionResult>();
    qRegisterMetaType<ProbeRecord>();
}

void TestCloudDetector::detectsEachCloud_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("metadataKeys");
    const QStringList ec2Keys = {QStringLiteral("ami-id"), QStringLiteral("hostname"), QStringLiteral("instance-id"),
                                 QStringLiteral("instance-type"), QStringLiteral("local-hostname"), QStringLiteral("local-ipv4"),
                                 QStringLiteral("placement/availability-zone"), QStringLiteral("public-hostname"),
                                 QStringLiteral("public-ipv4"), QStringLiteral("reservation-id"), QStringLiteral("security-groups")};
    QTest::newRow("ec2") << SimulatedCloud::Ec2 << "ec2" << "i-0a1b2c3d4e5f67890.ec2.amazonaws.com" << "ec2" << ec2Keys;
    QTest::newRow("ec2-imdsv1") << SimulatedCloud::Ec2ImdsV1 << "ec2" << "i-0a1b2c3d4e5f67890.ec2.amazonaws.com" << "ec2" << ec2Keys;
    QTest::newRow("gce") << SimulatedCloud::Gce << "gce" << "5473617396187409713.gce.cloud.google.com" << "gce"
                         << QStringList{QStringLiteral("hostname"), QStringLiteral("instance-id"), QStringLiteral("instance-type"),
                                        QStringLiteral("projectId"), QStringLiteral("zone")};
    QTest::newRow("azure") << SimulatedCloud::Azure << "azurevm"
                           << "13f56399-bd52-4150-9748-7190aae1ff21.virtual_machine.azure.microsoft.com" << "AzureVM"
                           << QStringList{QStringLiteral("imageReferenceOffer"), QStringLiteral("imageReferencePublisher"),
                                          QStringLiteral("imageReferenceSku"), QStringLiteral("location"),
                                          QStringLiteral("osSystemType"), QStringLiteral("privateIpAddress"),
                                          QStringLiteral("publicIpAddress"), QStringLiteral("virtualMachineSizeType"),
                                          QStringLiteral("vmID")};
}

void TestCloudDetector::detectsEachCloud()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, platform);
    QFETCH(QString, identifier);
    QFETCH(QString, provider);
    QFETCH(QStringList, metadataKeys);

    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot root(cloud);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));

    QCOMPARE(cloudPlatformName(result.platform), platform);
    QCOMPARE(result.source, DetectionSource::Metadata);
    QCOMPARE(result.customIdentifier, identifier);
    QCOMPARE(result.agentCustomIdentifier, identifier);
    QVERIFY(result.hasCloud);
    QCOMPARE(result.provider(), provider);
    QCOMPARE(result.cloudMetadata.keys(), metadataKeys);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

void TestCloudDetector::ec2FallsBackToImdsV1()
{
    MetadataSimulator simulator(SimulatedCloud::Ec2ImdsV1);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot root(SimulatedCloud::Ec2);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));
    QCOMPARE(result.platform, CloudPlatform::Ec2);

    const auto tokenProbes = probesFor(result, QStringLiteral("ec2"), QStringLiteral("/api/token"));
    QCOMPARE(tokenProbes.size(), 1); // a failed token is not asked again, as in the agent
    QCOMPARE(tokenProbes.first().method, QStringLiteral("PUT"));
    QCOMPARE(tokenProbes.first().status, 405);
    QVERIFY(tokenProbes.first().detail.contains(QStringLiteral("IMDSv1")));

    int gets = 0;
    for (const RecordedRequest &request : simulator.requests()) {
        if (request.method == "GET" && request.path.startsWith(QLatin1String("/latest/"))) {
            ++gets;
            QVERIFY(request.header("X-aws-ec2-metadata-token").isEmpty());
        }
    }
    QCOMPARE(gets, 1 + 11 + 1); // partition, the eleven keys, instance-id
}

void TestCloudDetector::ec2UsesTokenOnEveryRequest()
{
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot root(SimulatedCloud::Ec2);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));
    QCOMPARE(result.platform, CloudPlatform::Ec2);
    int puts = 0;
    for (const RecordedRequest &request : simulator.requests()) {
        if (request.method == "PUT") {
            ++puts;
            QCOMPARE(request.header("X-aws-ec2-metadata-token-ttl-seconds"), QByteArray("21600"));
        } else if (request.path.startsWith(QLatin1String("/latest/"))) {
            QVERIFY(!request.header("X-aws-ec2-metadata-token").isEmpty());
        }
    }
    QCOMPARE(puts, 1);
}

void TestCloudDetector::ec2PartitionMustStartWithAws_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<bool>("isEc2");
    QTest::newRow("aws") << "aws" << true;
    QTest::newRow("aws-cn") << "aws-cn" << true;
    QTest::newRow("aws-us-gov") << "aws-us-gov" << true;
    QTest::newRow("openstack") << "openstack" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("AWS upper case") << "AWS" << false;
}

void TestCloudDetector::ec2PartitionMustStartWithAws()
{
    QFETCH(QString, partition);
    QFETCH(bool, isEc2);
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    simulator.setMetadataValue(QStringLiteral("meta-data/services/partition"), partition);
    SysRoot root(SimulatedCloud::Ec2);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));
    QCOMPARE(result.platform, isEc2 ? CloudPlatform::Ec2 : CloudPlatform::None);
    const auto partitionProbes = probesFor(result, QStringLiteral("ec2"), QStringLiteral("services/partition"));
    QCOMPARE(partitionProbes.size(), 1); // an answer is final: only transport failures are retried
    QCOMPARE(partitionProbes.first().outcome, isEc2 ? ProbeOutcome::Ok : ProbeOutcome::NoMatch);
}

void TestCloudDetector::ec2NeedsUuidFiles()
{
    // An EC2 metadata service, but /sys says this is no EC2 machine: the agent on Linux never asks IMDS.
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot gceRoot(SimulatedCloud::Gce);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), gceRoot.path()));
    QCOMPARE(result.platform, CloudPlatform::None);
    QCOMPARE(result.source, DetectionSource::None);
    QVERIFY(probesFor(result, QStringLiteral("ec2"), QStringLiteral("http")).isEmpty());
    const auto reads = probesFor(result, QStringLiteral("ec2"));
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads.at(0).outcome, ProbeOutcome::Missing);
    QCOMPARE(reads.at(1).outcome, ProbeOutcome::NoMatch);
    for (const RecordedRequest &request : simulator.requests())
        QVERIFY2(!request.path.startsWith(QLatin1String("/latest")), qPrintable(request.path));
}

void TestCloudDetector::simulatorRefusesMissingHeaders_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<int>("status");
    QTest::newRow("ec2 without token") << SimulatedCloud::Ec2 << "/latest/meta-data/instance-id" << QByteArray() << QByteArray() << 401;
    QTest::newRow("ec2 with a forged token") << SimulatedCloud::Ec2 << "/latest/meta-data/instance-id"
                                             << QByteArray("X-aws-ec2-metadata-token") << QByteArray("forged") << 401;
    QTest::newRow("ec2-imdsv1 without token") << SimulatedCloud::Ec2ImdsV1 << "/latest/meta-data/instance-id" << QByteArray() << QByteArray() << 200;
    QTest::newRow("gce without flavor") << SimulatedCloud::Gce << "/computeMetadata/v1?recursive=true" << QByteArray() << QByteArray() << 403;
    QTest::newRow("gce with wrong flavor") << SimulatedCloud::Gce << "/computeMetadata/v1?recursive=true"
                                           << QByteArray("Metadata-Flavor") << QByteArray("Amazon") << 403;
    QTest::newRow("gce with flavor") << SimulatedCloud::Gce << "/computeMetadata/v1?recursive=true"
                                     << QByteArray("Metadata-Flavor") << QByteArray("Google") << 200;
    QTest::newRow("azure without Metadata") << SimulatedCloud::Azure << "/metadata/instance/compute/vmId?api-version=2017-04-02&format=text"
                                            << QByteArray() << QByteArray() << 400;
    QTest::newRow("azure without api-version") << SimulatedCloud::Azure << "/metadata/instance/compute/vmId?format=text"
                                               << QByteArray("Metadata") << QByteArray("true") << 400;
    QTest::newRow("azure with both") << SimulatedCloud::Azure << "/metadata/instance/compute/vmId?api-version=2017-04-02&format=text"
                                     << QByteArray("Metadata") << QByteArray("true") << 200;
}

void TestCloudDetector::simulatorRefusesMissingHeaders()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, path);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(int, status);
    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(simulator.baseUrl().toString() + path));
    if (!headerName.isEmpty())
        request.setRawHeader(headerName, headerValue);
    QScopedPointer<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.data(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
}

void TestCloudDetector::overrides_data()
{
    QTest::addColumn<CloudPlatform>("override");
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("identifier");
    QTest::newRow("none") << CloudPlatform::None << SimulatedCloud::Ec2 << QString();
    // With an override the agent skips detection: no /sys check, no partition check.
    QTest::newRow("ec2") << CloudPlatform::Ec2 << SimulatedCloud::Ec2 << "i-0a1b2c3d4e5f67890.ec2.amazonaws.com";
    QTest::newRow("gce") << CloudPlatform::Gce << SimulatedCloud::Gce << "5473617396187409713.gce.cloud.google.com";
    QTest::newRow("azurevm") << CloudPlatform::AzureVm << SimulatedCloud::Azure
                             << "13f56399-bd52-4150-9748-7190aae1ff21.virtual_machine.azure.microsoft.com";
    QTest::newRow("ec2 on a gce host") << CloudPlatform::Ec2 << SimulatedCloud::Gce << QString();
}

void TestCloudDetector::overrides()
{
    QFETCH(CloudPlatform, override);
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, identifier);
    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    QTemporaryDir emptyRoot; // no /sys files at all
    DetectorOptions options = optionsFor(simulator.baseUrl(), emptyRoot.path());
    options.cloudPlatform = override;
    const DetectionResult result = detect(options);

    QCOMPARE(result.platform, override);
    QCOMPARE(result.source, DetectionSource::Override);
    QCOMPARE(result.customIdentifier, identifier);
    for (const ProbeRecord &record : result.probes) {
        QCOMPARE(record.platform, cloudPlatformName(override));
        QVERIFY(record.method != QLatin1String("READ"));
        QVERIFY(!record.url.contains(QLatin1String("services/partition")));
    }
    if (override == CloudPlatform::None)
        QVERIFY(result.probes.isEmpty());
    if (identifier.isEmpty() && override != CloudPlatform::None)
        QVERIFY(!result.warnings.isEmpty());
}

void TestCloudDetector::badAnswers_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("platform");      // what the agent would choose
    QTest::addColumn<QString>("agentIdentifier"); // what it would send ("" for nothing)
    QTest::addColumn<bool>("hasCloud");
    QTest::addColumn<QString>("warningPart");

    const QByteArray portal = "<!DOCTYPE html><html><head><title>Hotel WiFi</title></head><body>Log in</body></html>";
    const QString instanceIdPath = QStringLiteral("/latest/meta-data/instance-id");
    const QString gcePath = QStringLiteral("/computeMetadata/v1");
    const QString vmIdPath = QStringLiteral("/metadata/instance/compute/vmId");

    QTest::newRow("ec2 instance id is a captive portal page")
        << SimulatedCloud::Ec2 << instanceIdPath << 200 << portal << "ec2"
        << QString::fromLatin1(portal) + QStringLiteral(".ec2.amazonaws.com") << true << "HTML";
    QTest::newRow("ec2 empty instance id") << SimulatedCloud::Ec2 << instanceIdPath << 200 << QByteArray() << "ec2" << QString()
                                           << true << "no customIdentifier";
    QTest::newRow("ec2 instance id 404") << SimulatedCloud::Ec2 << instanceIdPath << 404 << QByteArray("nope") << "ec2"
                                         << QString() << true << "no customIdentifier";
    QTest::newRow("ec2 20 MB instance id") << SimulatedCloud::Ec2 << instanceIdPath << 200 << QByteArray(20 * 1024 * 1024, 'i')
                                           << "ec2" << QString() << false << "no cloud metadata";
    QTest::newRow("ec2 partition is a captive portal") << SimulatedCloud::Ec2 << QStringLiteral("/latest/meta-data/services/partition")
                                                       << 200 << portal << "none" << QString() << false << QString();
    QTest::newRow("gce captive portal") << SimulatedCloud::Gce << gcePath << 200 << portal << "gce" << QString() << false
                                        << "cannot read";
    QTest::newRow("gce bad json") << SimulatedCloud::Gce << gcePath << 200 << QByteArray("{\"instance\": {\"id\": 12,") << "gce"
                                  << QString() << false << "not valid JSON";
    QTest::newRow("gce wrong shape") << SimulatedCloud::Gce << gcePath << 200 << QByteArray("{\"instance\": {\"id\": \"12\"}}")
                                     << "gce" << QString() << false << "not a number";
    QTest::newRow("gce no instance") << SimulatedCloud::Gce << gcePath << 200 << QByteArray("{\"project\": {\"projectId\": \"p\"}}")
                                     << "gce" << QString() << true << "panic";
    QTest::newRow("gce id 0") << SimulatedCloud::Gce << gcePath << 200 << QByteArray("{\"instance\": {\"id\": 0}}") << "gce"
                              << "0.gce.cloud.google.com" << true << "is 0";
    QTest::newRow("gce 20 MB body") << SimulatedCloud::Gce << gcePath << 200 << QByteArray(20 * 1024 * 1024, '{') << "none"
                                    << QString() << false << QString();
    QTest::newRow("azure vmId is not a uuid") << SimulatedCloud::Azure << vmIdPath << 200 << QByteArray("not-a-uuid") << "azurevm"
                                              << "not-a-uuid.virtual_machine.azure.microsoft.com" << true << "not a UUID";
    QTest::newRow("azure vmId is a portal") << SimulatedCloud::Azure << vmIdPath << 200 << portal << "azurevm"
                                            << QString::fromLatin1(portal) + QStringLiteral(".virtual_machine.azure.microsoft.com")
                                            << true << "not a UUID";
    QTest::newRow("azure empty vmId") << SimulatedCloud::Azure << vmIdPath << 200 << QByteArray() << "azurevm" << QString() << true
                                      << "no customIdentifier";
}

void TestCloudDetector::badAnswers()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, platform);
    QFETCH(QString, agentIdentifier);
    QFETCH(bool, hasCloud);
    QFETCH(QString, warningPart);

    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.contentType = body.startsWith('<') ? QByteArrayLiteral("text/html") : QByteArrayLiteral("text/plain");
    if (cloud == SimulatedCloud::Gce)
        response.headers.append({QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")});
    simulator.setResponse(path, response);
    SysRoot root(cloud);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));

    QCOMPARE(cloudPlatformName(result.platform), platform);
    // A bad answer is never presented as a valid identifier...
    QVERIFY2(result.customIdentifier.isEmpty(), qPrintable(result.customIdentifier));
    // ...while what the agent would send is told as it is.
    QCOMPARE(result.agentCustomIdentifier, agentIdentifier);
    QCOMPARE(result.hasCloud, hasCloud);
    if (!warningPart.isEmpty()) {
        const QString warnings = result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(warningPart, Qt::CaseInsensitive), qPrintable(warnings));
    }
}

void TestCloudDetector::gceIdAbove2To63IsExact()
{
    MetadataSimulator simulator(SimulatedCloud::Gce);
    QVERIFY(simulator.listenOnLoopback());
    CannedResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = R"({"instance":{"id":18446744073709551557,"hostname":"h","machineType":"p/1/machineTypes/e2-micro","zone":"p/1/zones/us-east1-b"},"project":{"projectId":"p","numericProjectId":1}})";
    simulator.setResponse(QStringLiteral("/computeMetadata/v1"), response);
    SysRoot root(SimulatedCloud::Gce);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));
    QCOMPARE(result.customIdentifier, QStringLiteral("18446744073709551557.gce.cloud.google.com"));
    QCOMPARE(result.cloudMetadata.value(QStringLiteral("instance-id")), QStringLiteral("18446744073709551557"));
    QCOMPARE(result.cloudMetadata.value(QStringLiteral("instance-type")), QStringLiteral("e2-micro"));
    QCOMPARE(result.cloudMetadata.value(QStringLiteral("zone")), QStringLiteral("us-east1-b"));
}

void TestCloudDetector::errorStatuses_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("platformName");
    QTest::addColumn<int>("tries"); // the agent's: GCE retries any failure, EC2 and Azure only transport errors
    const QList<int> statuses = {401, 403, 404, 429, 500, 503};
    for (int status : statuses) {
        QTest::addRow("ec2 partition %d", status) << SimulatedCloud::Ec2 << status << "ec2" << 1;
        QTest::addRow("gce %d", status) << SimulatedCloud::Gce << status << "gce" << 2;
        QTest::addRow("azure %d", status) << SimulatedCloud::Azure << status << "azurevm" << 1;
    }
}

static QString detectionPath(SimulatedCloud cloud)
{
    switch (cloud) {
    case SimulatedCloud::Ec2:
    case SimulatedCloud::Ec2ImdsV1: return QStringLiteral("/latest/meta-data/services/partition");
    case SimulatedCloud::Gce: return QStringLiteral("/computeMetadata/v1");
    case SimulatedCloud::Azure: return QStringLiteral("/metadata/instance/compute/vmId");
    default: break; // the others are not used here
    }
    return QString();
}

void TestCloudDetector::errorStatuses()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(int, status);
    QFETCH(QString, platformName);
    QFETCH(int, tries);
    MetadataSimulator simulator(cloud);
    QVERIFY(simulator.listenOnLoopback());
    CannedResponse failure;
    failure.status = status;
    failure.body = QByteArrayLiteral("{\"error\": \"simulated\"}");
    if (status == 429 || status == 503)
        failure.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    simulator.setResponse(detectionPath(cloud), failure);
    SysRoot root(cloud);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));

    QCOMPARE(result.platform, CloudPlatform::None);
    QVERIFY(result.customIdentifier.isNull());
    const auto probes = probesFor(result, platformName, detectionPath(cloud));
    QCOMPARE(probes.size(), tries);
    for (const ProbeRecord &record : probes) {
        QCOMPARE(record.status, status);
        QCOMPARE(record.outcome, ProbeOutcome::HttpError);
        QVERIFY2(record.detail.contains(QString::number(status)), qPrintable(record.detail));
    }
}

void TestCloudDetector::contentTypeIsIgnoredAsByTheAgent_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/html") << QByteArray("text/html");
    QTest::newRow("application/octet-stream") << QByteArray("application/octet-stream");
    QTest::newRow("none") << QByteArray();
}

void TestCloudDetector::contentTypeIsIgnoredAsByTheAgent()
{
    QFETCH(QByteArray, contentType);
    MetadataSimulator simulator(SimulatedCloud::Gce);
    QVERIFY(simulator.listenOnLoopback());
    CannedResponse response;
    response.contentType = contentType;
    response.body = R"({"instance":{"id":42,"hostname":"h","machineType":"m","zone":"z"}})";
    simulator.setResponse(QStringLiteral("/computeMetadata/v1"), response);
    SysRoot root(SimulatedCloud::Gce);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));
    QCOMPARE(result.customIdentifier, QStringLiteral("42.gce.cloud.google.com"));
}

void TestCloudDetector::redirectsAreNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
}

void TestCloudDetector::redirectsAreNotFollowed()
{
    QFETCH(int, status);
    // The redirect points at a second simulator that would confirm EC2: following it would be wrong.
    MetadataSimulator elsewhere(SimulatedCloud::Ec2ImdsV1);
    QVERIFY(elsewhere.listenOnLoopback());
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    CannedResponse redirect;
    redirect.status = status;
    redirect.headers.append({QByteArrayLiteral("Location"),
                             elsewhere.baseUrl().toString().toLatin1() + QByteArrayLiteral("/latest/meta-data/services/partition")});
    simulator.setResponse(QStringLiteral("/latest/meta-data/services/partition"), redirect);
    SysRoot root(SimulatedCloud::Ec2);
    const DetectionResult result = detect(optionsFor(simulator.baseUrl(), root.path()));

    QCOMPARE(result.platform, CloudPlatform::None);
    QVERIFY(elsewhere.requests().isEmpty());
    const auto partition = probesFor(result, QStringLiteral("ec2"), QStringLiteral("services/partition"));
    QCOMPARE(partition.size(), 1);
    QCOMPARE(partition.first().outcome, ProbeOutcome::Redirect);
    QCOMPARE(partition.first().status, status);
    QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("redirect")));
}

void TestCloudDetector::serverThatNeverAnswersTimesOutOnTheAgentsSchedule()
{
    testing::SilentServer silent;
    SysRoot root(SimulatedCloud::Ec2);
    DetectorOptions options = optionsFor(silent.url(), root.path());
    options.timeoutMs = 200;
    const DetectionResult result = detect(options);

    QCOMPARE(result.platform, CloudPlatform::None);
    for (const ProbeRecord &record : result.probes) {
        if (record.method != QLatin1String("READ"))
            QCOMPARE(record.outcome, ProbeOutcome::Timeout);
    }
    // The agent's tries: token once, partition three times, GCE twice, Azure twice.
    QCOMPARE(probesFor(result, QStringLiteral("ec2"), QStringLiteral("api/token")).size(), 1);
    QCOMPARE(probesFor(result, QStringLiteral("ec2"), QStringLiteral("services/partition")).size(), 3);
    QCOMPARE(probesFor(result, QStringLiteral("gce")).size(), 2);
    QCOMPARE(probesFor(result, QStringLiteral("azurevm")).size(), 2);
}

void TestCloudDetector::stalledBodyTimesOut()
{
    testing::StallingServer stalling;
    SysRoot root(SimulatedCloud::Ec2);
    DetectorOptions options = optionsFor(stalling.url(), root.path());
    options.timeoutMs = 300;
    const DetectionResult result = detect(options);
    QCOMPARE(result.platform, CloudPlatform::None);
    const auto partition = probesFor(result, QStringLiteral("ec2"), QStringLiteral("services/partition"));
    QVERIFY(!partition.isEmpty());
    QCOMPARE(partition.first().outcome, ProbeOutcome::Timeout);
}

void TestCloudDetector::refusedConnectionsAreFinal()
{
    SysRoot root(SimulatedCloud::Ec2);
    DetectorOptions options = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort())), root.path());
    options.retryWaitMs = 60000; // a retry would hang the test: refused answers are final
    const DetectionResult result = detect(options);
    QCOMPARE(result.platform, CloudPlatform::None);
    QCOMPARE(probesFor(result, QStringLiteral("ec2"), QStringLiteral("services/partition")).size(), 1);
    QCOMPARE(probesFor(result, QStringLiteral("gce")).size(), 1);
    QCOMPARE(probesFor(result, QStringLiteral("azurevm")).size(), 1);
    const ProbeRecord gce = probesFor(result, QStringLiteral("gce")).first();
    QCOMPARE(gce.outcome, ProbeOutcome::Refused);
    QVERIFY2(gce.detail.contains(QStringLiteral("not retried")), qPrintable(gce.detail));
}

void TestCloudDetector::firstConfirmedWinsAndOthersAreCancelled()
{
    // Every endpoint at the GCE simulator, and a slow second Azure try: GCE wins, Azure is cancelled.
    MetadataSimulator gce(SimulatedCloud::Gce);
    QVERIFY(gce.listenOnLoopback());
    testing::SilentServer silent;
    SysRoot root(SimulatedCloud::Gce);
    DetectorOptions options = optionsFor(gce.baseUrl(), root.path());
    options.endpoints.azure = silent.url();
    options.timeoutMs = 20000;
    const DetectionResult result = detect(options);
    QCOMPARE(result.platform, CloudPlatform::Gce);
    const auto azure = probesFor(result, QStringLiteral("azurevm"));
    QCOMPARE(azure.size(), 1);
    QCOMPARE(azure.first().outcome, ProbeOutcome::Cancelled);
    QVERIFY(azure.first().detail.contains(QStringLiteral("gce")));
}

void TestCloudDetector::bypassesProxies()
{
    testing::SilentServer proxy;
    const QNetworkProxy previous = QNetworkProxy::applicationProxy();
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    qputenv("http_proxy", proxy.url().toString().toLatin1());
    qputenv("HTTP_PROXY", proxy.url().toString().toLatin1());

    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot root(SimulatedCloud::Ec2);
    QNetworkAccessManager network; // a manager that would use the application proxy
    CloudDetector detector(&network);
    QSignalSpy finished(&detector, &CloudDetector::finished);
    detector.start(optionsFor(simulator.baseUrl(), root.path()));
    QVERIFY(finished.wait(10000));
    const auto result = finished.takeFirst().at(0).value<DetectionResult>();

    QNetworkProxy::setApplicationProxy(previous);
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
    QCOMPARE(result.platform, CloudPlatform::Ec2);
    QCOMPARE(proxy.connectionCount(), 0);
}

void TestCloudDetector::jsonContract()
{
    MetadataSimulator simulator(SimulatedCloud::Ec2);
    QVERIFY(simulator.listenOnLoopback());
    SysRoot root(SimulatedCloud::Ec2);
    const QJsonObject json = detect(optionsFor(simulator.baseUrl(), root.path())).toJson();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("agentCustomIdentifier"), QStringLiteral("cloud"),
                                       QStringLiteral("customIdentifier"), QStringLiteral("hostedOn"), QStringLiteral("platform"),
                                       QStringLiteral("probes"), QStringLiteral("source"), QStringLiteral("warnings")}));
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("ec2"));
    QCOMPARE(json.value(QStringLiteral("cloud")).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("ec2"));
    const QJsonObject probe = json.value(QStringLiteral("probes")).toArray().first().toObject();
    QCOMPARE(probe.keys(), (QStringList{QStringLiteral("detail"), QStringLiteral("elapsedMs"), QStringLiteral("method"),
                                        QStringLiteral("outcome"), QStringLiteral("platform"), QStringLiteral("status"),
                                        QStringLiteral("url")}));
    QVERIFY(probe.value(QStringLiteral("status")).isNull()); // the READ of /sys has no status
}

void TestCloudDetector::cancelStopsEverything()
{
    testing::SilentServer silent;
    SysRoot root(SimulatedCloud::Ec2);
    CloudDetector detector;
    QSignalSpy finished(&detector, &CloudDetector::finished);
    detector.start(optionsFor(silent.url(), root.path()));
    QTRY_VERIFY(silent.connectionCount() >= 2);
    QVERIFY(detector.isRunning());
    detector.cancel();
    QVERIFY(!detector.isRunning());
    QVERIFY(!finished.wait(300));
}

QTEST_GUILESS_MAIN(TestCloudDetector)
#include "tst_clouddetector.moc"
