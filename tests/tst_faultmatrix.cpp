// The fault matrix of the metadata services: every row of tests/data/faults/metadata.json is staged
// against the detector, and docs/fault-matrix.md is the rendering of that same file (checked here,
// regenerated with MI_UPDATE_GOLDEN=1).
#include "clouddetector.h"
#include "demoenvironment.h"
#include "golden.h"
#include "hostmatcher.h"
#include "mackerelapiclient.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mi;
using namespace mi::sim;

namespace {

QJsonArray matrix(const QString &name = QStringLiteral("metadata"))
{
    QFile file(QStringLiteral(MI_TEST_DATA "/faults/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fault matrix");
    return QJsonDocument::fromJson(file.readAll()).array();
}

SimulatedCloud cloudOf(const QString &service)
{
    return *parseSimulatedCloud(service);
}

QString detectionPath(const QString &service)
{
    if (service == QLatin1String("ec2"))
        return QStringLiteral("/latest/meta-data/services/partition");
    if (service == QLatin1String("gce"))
        return QStringLiteral("/computeMetadata/v1");
    return QStringLiteral("/metadata/instance/compute/vmId");
}

// The healthy answer of a service's detection path, for faults that only change its framing.
QByteArray healthyBody(const QString &service)
{
    if (service == QLatin1String("ec2"))
        return "aws";
    if (service == QLatin1String("gce"))
        return R"({"instance":{"id":5473617396187409713,"hostname":"demo-vm","machineType":"p/1/machineTypes/e2-medium","zone":"p/1/zones/asia-northeast1-b"},"project":{"projectId":"demo-project"}})";
    return "13f56399-bd52-4150-9748-7190aae1ff21";
}

// Everything one row needs alive while the detector runs.
struct Stage
{
    std::unique_ptr<MetadataSimulator> simulator;
    testing::SilentServer silent;
    testing::StallingServer stalling;
    QTemporaryDir root;
    DetectorOptions options;
};

void stage(Stage &s, const QString &service, const QString &fault)
{
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()));
    s.options.endpoints.ec2 = s.options.endpoints.gce = s.options.endpoints.azure = closed;
    s.options.root = s.root.path();
    s.options.timeoutMs = 400;
    s.options.retryWaitMs = 20;
    s.simulator = std::make_unique<MetadataSimulator>(cloudOf(service));
    QVERIFY(s.simulator->listenOnLoopback());
    QString error;
    QVERIFY(writeSysFixture(s.simulator->instance(), s.root.path(), &error));

    QUrl endpoint = s.simulator->baseUrl();
    CannedResponse canned;
    QString path = detectionPath(service);
    if (fault == QLatin1String("refused")) {
        endpoint = closed;
    } else if (fault == QLatin1String("never-answers")) {
        endpoint = s.silent.url();
    } else if (fault == QLatin1String("stalls-body")) {
        endpoint = s.stalling.url();
    } else if (fault == QLatin1String("body-20MB")) {
        canned.body = QByteArray(20 * 1024 * 1024, 'a');
    } else if (fault == QLatin1String("html-200")) {
        canned.contentType = "text/html";
        canned.body = "<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body>Sign in</body></html>";
    } else if (fault.startsWith(QLatin1String("redirect-"))) {
        canned.status = fault.mid(9).toInt();
        canned.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("http://192.0.2.1/login")});
    } else if (fault.startsWith(QLatin1String("status-"))) {
        canned.status = fault.mid(7).toInt();
        canned.body = "error";
        if (canned.status == 429 || canned.status == 503)
            canned.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    } else if (fault == QLatin1String("wrong-content-type")) {
        canned.contentType = "image/png";
        canned.body = healthyBody(service);
    } else if (fault == QLatin1String("empty-instance-id")) {
        path = QStringLiteral("/latest/meta-data/instance-id");
    } else if (fault == QLatin1String("identifier-needs-escaping")) {
        path = QStringLiteral("/latest/meta-data/instance-id");
        canned.body = "i-0a1b 2c?&=#";
    } else if (fault == QLatin1String("truncated-json")) {
        canned.body = R"({"instance":{"id":12)";
    } else if (fault == QLatin1String("malformed-json")) {
        canned.body = R"({"instance":{"id":12,}})";
    } else if (fault == QLatin1String("wrong-shape")) {
        canned.body = R"({"instance":{"id":"12"}})";
    } else if (fault == QLatin1String("id-above-2^63")) {
        canned.body = R"({"instance":{"id":18446744073709551557}})";
    } else if (fault == QLatin1String("id-zero")) {
        canned.body = R"({"instance":{"id":0}})";
    } else if (fault == QLatin1String("vmid-not-uuid")) {
        canned.body = "not-a-uuid";
    } else if (fault == QLatin1String("empty-vmid")) {
        canned.body = QByteArray();
    } else {
        QFAIL(qPrintable(QStringLiteral("no staging for fault %1").arg(fault)));
    }
    if (service == QLatin1String("gce"))
        canned.headers.append({QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")});
    if (endpoint == s.simulator->baseUrl())
        s.simulator->setResponse(path, canned);
    if (service == QLatin1String("ec2"))
        s.options.endpoints.ec2 = endpoint;
    else if (service == QLatin1String("gce"))
        s.options.endpoints.gce = endpoint;
    else
        s.options.endpoints.azure = endpoint;
}

QString cell(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("–") : QStringLiteral("`%1`").arg(text);
}

const QString ApiKey = QStringLiteral("fault-matrix-key");
const QString Identifier = QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com");

// The API's answer to the agent's search, as a canned response for a fault that only changes its framing.
QByteArray hostsBody(const QString &identifier)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("hosts"),
                                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("3Sm001jmPcM")},
                                                             {QStringLiteral("name"), QStringLiteral("i-0a1b2c3d4e5f67890")},
                                                             {QStringLiteral("status"), QStringLiteral("working")},
                                                             {QStringLiteral("customIdentifier"), identifier},
                                                             {QStringLiteral("meta"), QJsonObject{}},
                                                             {QStringLiteral("roles"), QJsonObject{}},
                                                             {QStringLiteral("createdAt"), 1700000000}}}}})
        .toJson(QJsonDocument::Compact);
}

// Everything one API row needs alive: a canned HTTP server (the metadata simulator answers any
// path it is given), the misbehaving listeners, or the in-memory Mackerel API.
struct ApiStage
{
    MetadataSimulator canned{SimulatedCloud::Ec2};
    std::unique_ptr<MackerelApiSimulator> api;
    testing::SilentServer silent;
    testing::StallingServer stalling;
    QTemporaryDir dir;
    QUrl base;
    QString identifier = Identifier;
};

void stageApi(ApiStage &s, const QString &fault)
{
    QVERIFY(s.canned.listenOnLoopback());
    s.base = s.canned.baseUrl();
    CannedResponse response;
    response.contentType = "application/json";
    if (fault == QLatin1String("refused")) {
        s.base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort()));
    } else if (fault == QLatin1String("never-answers")) {
        s.base = s.silent.url();
    } else if (fault == QLatin1String("stalls-body")) {
        s.base = s.stalling.url();
    } else if (fault == QLatin1String("body-20MB")) {
        response.body = "{\"hosts\":[" + QByteArray(20 * 1024 * 1024, ' ') + "]}";
    } else if (fault == QLatin1String("html-200")) {
        response.contentType = "text/html";
        response.body = "<!DOCTYPE html><html><head><title>Proxy login</title></head><body>Sign in</body></html>";
    } else if (fault == QLatin1String("truncated-json")) {
        response.body = hostsBody(Identifier).chopped(7);
    } else if (fault == QLatin1String("wrong-shape")) {
        response.body = R"({"hosts": "none"})";
    } else if (fault == QLatin1String("wrong-content-type")) {
        response.contentType = "text/plain";
        response.body = hostsBody(Identifier);
    } else if (fault.startsWith(QLatin1String("redirect-"))) {
        response.status = fault.mid(9).toInt();
        response.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("http://192.0.2.1/login")});
    } else if (fault.startsWith(QLatin1String("status-"))) {
        response.status = fault.mid(7).toInt();
        response.body = R"({"error":{"message":"simulated failure"}})";
        if (response.status == 429 || response.status == 503)
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    } else if (fault == QLatin1String("identifier-needs-escaping")) {
        s.identifier = QStringLiteral("i-0a1b 2c?&=#+%.ec2.amazonaws.com");
        s.api = std::make_unique<MackerelApiSimulator>(ApiKey);
        s.api->seed(MackerelSeed::None, SimulatedCloud::Ec2);
        QVERIFY(s.api->listenOnLoopback());
        s.base = s.api->baseUrl();
        return;
    } else {
        QFAIL(qPrintable(QStringLiteral("no staging for API fault %1").arg(fault)));
    }
    s.canned.setResponse(QStringLiteral("/api/v0/hosts"), response);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadata_data();
    void metadata();
    void mackerelApi_data();
    void mackerelApi();
    void documentMatchesTheMatrix();
};

void TestFaultMatrix::metadata_data()
{
    QTest::addColumn<QJsonObject>("row");
    const QJsonArray rows = matrix();
    QVERIFY(rows.size() >= 40);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QTest::addRow("%s %s", qPrintable(row.value(QStringLiteral("service")).toString()),
                      qPrintable(row.value(QStringLiteral("fault")).toString()))
            << row;
    }
}

void TestFaultMatrix::metadata()
{
    QFETCH(QJsonObject, row);
    const QString service = row.value(QStringLiteral("service")).toString();
    Stage s;
    stage(s, service, row.value(QStringLiteral("fault")).toString());
    if (QTest::currentTestFailed())
        return;

    CloudDetector detector;
    QSignalSpy finished(&detector, &CloudDetector::finished);
    detector.start(s.options);
    QVERIFY(finished.wait(30000)); // bounded by the timeouts: a hang fails here
    const auto result = finished.first().at(0).value<DetectionResult>();

    QCOMPARE(cloudPlatformName(result.platform), row.value(QStringLiteral("platform")).toString());
    const QJsonValue identifier = row.value(QStringLiteral("customIdentifier"));
    QCOMPARE(result.customIdentifier, identifier.isNull() ? QString() : identifier.toString());
    if (row.contains(QStringLiteral("agentCustomIdentifier")))
        QCOMPARE(result.agentCustomIdentifier, row.value(QStringLiteral("agentCustomIdentifier")).toString());
    // What a person sees: the words are in a warning or in the evidence.
    const QString message = row.value(QStringLiteral("message")).toString();
    QString seen = result.warnings.join(QLatin1Char('\n'));
    for (const ProbeRecord &record : result.probes)
        seen += QLatin1Char('\n') + record.detail;
    QVERIFY2(seen.contains(message, Qt::CaseInsensitive), qPrintable(seen));
    // Nothing but the staged endpoints was asked, and the simulator never served a body over the cap
    // into our result.
    for (const ProbeRecord &record : result.probes)
        QVERIFY2(record.method == QLatin1String("READ") || record.url.startsWith(QLatin1String("http://127.0.0.1:")),
                 qPrintable(record.url));
}

void TestFaultMatrix::mackerelApi_data()
{
    QTest::addColumn<QJsonObject>("row");
    const QJsonArray rows = matrix(QStringLiteral("mackerel"));
    QVERIFY(rows.size() >= 15);
    for (const QJsonValue &value : rows)
        QTest::addRow("%s", qPrintable(value.toObject().value(QStringLiteral("fault")).toString())) << value.toObject();
}

void TestFaultMatrix::mackerelApi()
{
    QFETCH(QJsonObject, row);
    ApiStage s;
    stageApi(s, row.value(QStringLiteral("fault")).toString());
    if (QTest::currentTestFailed())
        return;

    MackerelApiOptions options;
    options.apiBase = s.base;
    options.apiKey = ApiKey;
    options.timeoutMs = 500;
    options.retryBaseMs = 10;
    options.retryMaxMs = 50;
    options.maxBodyBytes = 1024 * 1024;
    MackerelApiClient client(options);
    HostMatcher matcher(&client);
    QSignalSpy finished(&matcher, &HostMatcher::finished);
    const QString idFile = s.dir.filePath(QStringLiteral("var/lib/mackerel-agent/id"));
    matcher.start(s.identifier, idFile);
    QVERIFY(finished.wait(30000)); // bounded by the timeouts: a hang fails here
    const auto report = finished.first().at(0).value<MatchReport>();

    QCOMPARE(matchVerdictName(report.verdict), row.value(QStringLiteral("verdict")).toString());
    const QJsonValue error = row.value(QStringLiteral("error"));
    if (!error.isNull())
        QCOMPARE(mackerelApiErrorName(report.apiError), error.toString());
    QVERIFY(!report.message.isEmpty());
    QVERIFY2(!report.message.contains(ApiKey), qPrintable(report.message));
    // Nothing was written: no id file, and nothing but reads reached a server.
    QVERIFY(!QFile::exists(idFile));
    for (const RecordedRequest &request : s.canned.requests())
        QCOMPARE(request.method, QByteArray("GET"));
    if (s.api) {
        // The identifier arrived whole: it was escaped in the query.
        const MackerelRequest search = s.api->requests().constFirst();
        QCOMPARE(QUrlQuery(search.query).queryItemValue(QStringLiteral("customIdentifier"), QUrl::FullyDecoded), s.identifier);
        for (const MackerelRequest &request : s.api->requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }
}

void TestFaultMatrix::documentMatchesTheMatrix()
{
    QString markdown = QStringLiteral(
        "# Fault matrix: instance metadata services\n\n"
        "Generated from `tests/data/faults/metadata.json`; `tst_faultmatrix` stages every row against the "
        "detector (simulator, closed port, silent and stalling listeners on 127.0.0.1) and checks the verdict, "
        "the identifier and the words a person sees. Regenerate with `MI_UPDATE_GOLDEN=1`.\n\n"
        "| service | fault | platform | customIdentifier | agent would send | a person reads |\n"
        "|---|---|---|---|---|---|\n");
    for (const QJsonValue &value : matrix()) {
        const QJsonObject row = value.toObject();
        markdown += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                        .arg(row.value(QStringLiteral("service")).toString(), row.value(QStringLiteral("fault")).toString(),
                             row.value(QStringLiteral("platform")).toString(), cell(row.value(QStringLiteral("customIdentifier"))),
                             row.contains(QStringLiteral("agentCustomIdentifier"))
                                 ? cell(row.value(QStringLiteral("agentCustomIdentifier")))
                                 : QStringLiteral("same"),
                             cell(row.value(QStringLiteral("message"))));
    }
    markdown += QStringLiteral(
        "\n# Fault matrix: the Mackerel API\n\n"
        "Generated from `tests/data/faults/mackerel.json`; `tst_faultmatrix` stages every row against the "
        "agent's search (`GET /api/v0/hosts?customIdentifier=…`) made by `match`, and checks the verdict, "
        "the error kind, that the message is there and free of the key, and that nothing was written "
        "(no id file, no request but GETs).\n\n"
        "| fault | verdict | error |\n|---|---|---|\n");
    for (const QJsonValue &value : matrix(QStringLiteral("mackerel"))) {
        const QJsonObject row = value.toObject();
        markdown += QStringLiteral("| %1 | %2 | %3 |\n")
                        .arg(row.value(QStringLiteral("fault")).toString(), row.value(QStringLiteral("verdict")).toString(),
                             cell(row.value(QStringLiteral("error"))));
    }
    const QString path = QStringLiteral(MI_TEST_DATA "/../../docs/fault-matrix.md");
    if (qEnvironmentVariableIntValue("MI_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(markdown.toUtf8());
    }
    QFile document(path);
    QVERIFY2(document.open(QIODevice::ReadOnly), "docs/fault-matrix.md is missing: run with MI_UPDATE_GOLDEN=1");
    QCOMPARE(QString::fromUtf8(document.readAll()), markdown);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
