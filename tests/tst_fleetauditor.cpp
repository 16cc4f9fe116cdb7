// The fleet audit on the simulated Mackerel API: the demo organization end to end, the reports as
// files, API failures, a narrowed listing, reports that arrive later.
#include "fleetauditor.h"
#include "fleetdemo.h"
#include "mackerelapisimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

namespace {

const QString Key = QStringLiteral("fleet-S3cret-key-77aa");

MackerelApiOptions apiOptions(const MackerelApiSimulator &api)
{
    MackerelApiOptions options;
    options.apiBase = api.baseUrl();
    options.apiKey = Key;
    options.retryBaseMs = 10;
    options.retryMaxMs = 50;
    options.timeoutMs = 5000;
    return options;
}

FleetAuditResult audit(MackerelApiClient &client, const FleetReportSet &reports, const HostListFilter &filter = HostListFilter())
{
    FleetAuditor auditor(&client);
    QSignalSpy finished(&auditor, &FleetAuditor::finished);
    auditor.start(filter, reports);
    if (!finished.wait(30000))
        return FleetAuditResult();
    return finished.first().at(0).value<FleetAuditResult>();
}

QMap<QString, QString> verdictsByName(const FleetAudit &audit)
{
    QMap<QString, QString> verdicts;
    for (const FleetMachine &machine : audit.machines)
        verdicts.insert(machine.displayName(), fleetVerdictName(machine.verdict));
    return verdicts;
}

bool writeText(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestFleetAuditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoOrganization();
    void apiFailures_data();
    void apiFailures();
    void narrowedListing();
    void reportsArriveLater();
    void badReportFiles_data();
    void badReportFiles();
    void sameInventoryNameInTwoFolders();
};

void TestFleetAuditor::initTestCase()
{
    qRegisterMetaType<FleetAuditResult>();
    qRegisterMetaType<MackerelApiResult>();
}

void TestFleetAuditor::demoOrganization()
{
    MackerelApiSimulator api(Key);
    api.seed(MackerelSeed::Org, SimulatedCloud::Ec2);
    QVERIFY(api.listenOnLoopback());
    QTemporaryDir reports;
    QString error;
    QVERIFY2(writeFleetDemoReports(reports.path(), &error), qPrintable(error));

    MackerelApiClient client(apiOptions(api));
    const FleetReportSet set = loadFleetReports({reports.path()});
    QVERIFY2(set.warnings.isEmpty(), qPrintable(set.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(set.reports.size(), fleetDemo().reports.size());
    const FleetAuditResult result = audit(client, set);
    QVERIFY2(result.ok(), qPrintable(result.errorString));

    // The organization fleetdemo.h describes, machine by machine.
    const QMap<QString, QString> expected{
        {QStringLiteral("web-1"), QStringLiteral("ok")},
        {QStringLiteral("web-2"), QStringLiteral("will-attach")},
        {QStringLiteral("i-0a1b2c3d4e5f60003"), QStringLiteral("integration-only")},
        {QStringLiteral("ip-10-0-1-14"), QStringLiteral("duplicate")},
        {QStringLiteral("sakura-app"), QStringLiteral("duplicate")},
        {QStringLiteral("gce-1"), QStringLiteral("ok")},
        {QStringLiteral("old-db"), QStringLiteral("retired-host")},
        {QStringLiteral("old-app"), QStringLiteral("missing-host")},
        {QStringLiteral("tmp-1"), QStringLiteral("id-file-directory")},
        {QStringLiteral("web-3"), QStringLiteral("mismatch")},
        {QStringLiteral("ip-10-8-0-9"), QStringLiteral("identifier-missing")},
        {QStringLiteral("office-1"), QStringLiteral("will-create")},
        {QStringLiteral("db-01.internal"), QStringLiteral("ok")},
    };
    QCOMPARE(verdictsByName(result.audit), expected);
    for (FleetVerdict verdict : allFleetVerdicts())
        QVERIFY2(result.audit.summaryJson().value(fleetVerdictName(verdict)).toInt() >= 1, qPrintable(fleetVerdictName(verdict)));
    QVERIFY(result.audit.hasProblems());

    // Read-only: one listing and two lookups (the retired host named by old-db's id file, the deleted one
    // old-app's names), nothing else.
    QStringList requests;
    for (const MackerelRequest &request : api.requests()) {
        QCOMPARE(request.method, QByteArray("GET"));
        requests << request.path;
    }
    QCOMPARE(requests.value(0), QStringLiteral("/api/v0/hosts"));
    requests.sort();
    QCOMPARE(requests, (QStringList{QStringLiteral("/api/v0/hosts"), QStringLiteral("/api/v0/hosts/4Fq7GoneApp"),
                                    QStringLiteral("/api/v0/hosts/4Fq7OldDb07")}));
    QVERIFY(api.requests().constFirst().query.contains(QStringLiteral("status=poweroff")));
    QCOMPARE(result.probes.size(), 3);
    const QByteArray json = QJsonDocument(result.audit.toJson()).toJson();
    QVERIFY(!json.contains(Key.toUtf8()));
}

void TestFleetAuditor::apiFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<qint64>("maxListBytes");
    QTest::addColumn<MackerelApiError>("error");

    QTest::newRow("wrong key (403)") << 0 << true << qint64(0) << MackerelApiError::Forbidden;
    QTest::newRow("server error, after retries") << 500 << false << qint64(0) << MackerelApiError::ServerError;
    QTest::newRow("rate limited, after retries") << 429 << false << qint64(0) << MackerelApiError::RateLimited;
    QTest::newRow("listing over the bound") << 0 << false << qint64(1024) << MackerelApiError::TooLarge;
}

void TestFleetAuditor::apiFailures()
{
    QFETCH(int, status);
    QFETCH(bool, wrongKey);
    QFETCH(qint64, maxListBytes);
    QFETCH(MackerelApiError, error);

    MackerelApiSimulator api(Key);
    api.seed(MackerelSeed::Org, SimulatedCloud::Ec2);
    QVERIFY(api.listenOnLoopback());
    if (status)
        api.addFault({QByteArray(), QStringLiteral("/api/v0/hosts"), status, 10, QByteArray(), false, QByteArray()});
    MackerelApiOptions options = apiOptions(api);
    if (wrongKey)
        options.apiKey = QStringLiteral("not-the-key-0000");
    if (maxListBytes)
        options.maxHostListBytes = maxListBytes;
    MackerelApiClient client(options);
    const FleetAuditResult result = audit(client, FleetReportSet());
    QCOMPARE(result.error, error);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!result.errorString.contains(options.apiKey));
    QVERIFY(result.audit.machines.isEmpty());
}

void TestFleetAuditor::narrowedListing()
{
    MackerelApiSimulator api(Key);
    api.seed(MackerelSeed::Org, SimulatedCloud::Ec2);
    QVERIFY(api.listenOnLoopback());
    QTemporaryDir reports;
    QString error;
    QVERIFY(writeFleetDemoReports(reports.path(), &error));
    MackerelApiClient client(apiOptions(api));
    HostListFilter filter;
    filter.service = QStringLiteral("shop");
    filter.roles = {QStringLiteral("web")};
    const FleetAuditResult result = audit(client, loadFleetReports({reports.path()}), filter);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY(api.requests().constFirst().query.contains(QStringLiteral("service=shop")));
    QVERIFY(api.requests().constFirst().query.contains(QStringLiteral("role=web")));
    // Outside the narrowed listing, the reports' identifiers were searched one by one, so web-3 still
    // finds its integration host and the mismatch is still told.
    bool searched = false;
    for (const MackerelRequest &request : api.requests())
        searched = searched || request.query.contains(QStringLiteral("customIdentifier="));
    QVERIFY(searched);
    const QMap<QString, QString> verdicts = verdictsByName(result.audit);
    QCOMPARE(verdicts.value(QStringLiteral("web-3")), QStringLiteral("mismatch"));
    QCOMPARE(verdicts.value(QStringLiteral("web-2")), QStringLiteral("will-attach"));
    QVERIFY(result.audit.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("narrowed")));
}

void TestFleetAuditor::reportsArriveLater()
{
    MackerelApiSimulator api(Key);
    api.seed(MackerelSeed::Org, SimulatedCloud::Ec2);
    QVERIFY(api.listenOnLoopback());
    MackerelApiClient client(apiOptions(api));
    FleetAuditor auditor(&client);
    QSignalSpy finished(&auditor, &FleetAuditor::finished);
    auditor.start(HostListFilter(), FleetReportSet());
    QVERIFY(finished.wait(30000));
    QVERIFY(auditor.hasListing());
    const FleetAudit first = finished.takeFirst().at(0).value<FleetAuditResult>().audit;
    QCOMPARE(first.reportsRead, 0);

    // A report lands: the hosts are not listed again; only the id file's host is looked up.
    FleetReportSet later;
    for (const auto &[name, object] : fleetDemo().reports) {
        if (name == QLatin1String("old-db")) {
            QString error;
            addFleetReport(later, *parseFleetReport(QJsonDocument(object).toJson(), name + QStringLiteral(".json"), &error));
        }
    }
    api.clearRequests();
    auditor.updateReports(later);
    QCOMPARE(finished.size(), 0); // never synchronously
    QVERIFY(finished.wait(30000));
    const FleetAudit second = finished.takeFirst().at(0).value<FleetAuditResult>().audit;
    QCOMPARE(second.reportsRead, 1);
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().constFirst().path, QStringLiteral("/api/v0/hosts/4Fq7OldDb07"));
    QCOMPARE(verdictsByName(second).value(QStringLiteral("old-db")), QStringLiteral("retired-host"));

    // Again with the same report: nothing new to look up, still delivered from the event loop.
    api.clearRequests();
    auditor.updateReports(later);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(30000));
    QVERIFY(api.requests().isEmpty());
}

void TestFleetAuditor::badReportFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QByteArray good = QJsonDocument(fleetDemo().reports.constFirst().second).toJson();
    QTest::newRow("not JSON") << QByteArrayLiteral("PLAY RECAP ******\nweb-1 : ok=1") << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("cut off");
    QTest::newRow("another tool's JSON") << QByteArrayLiteral("{\"ansible_facts\": {\"hostname\": \"web-1\"}}")
                                        << QStringLiteral("not a report of 'mackerel-inspector inspect --json'");
    QTest::newRow("an array") << QByteArrayLiteral("[1, 2]") << QStringLiteral("not a report");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QByteArray badState = good;
    badState.replace("\"present\"", "\"copied\"");
    QTest::newRow("unknown id file state") << badState << QStringLiteral("idFile.state");
}

void TestFleetAuditor::badReportFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString error;
    QVERIFY(writeFleetDemoReports(dir.path(), &error));
    const QString bad = dir.filePath(QStringLiteral("zz-bad.json"));
    QVERIFY(writeText(bad, content));
    QVERIFY(writeText(dir.filePath(QStringLiteral(".web-9.json.tmp")), "{")); // a copy being written
    QVERIFY(writeText(dir.filePath(QStringLiteral("notes.txt")), "not a report"));

    const FleetReportSet set = loadFleetReports({dir.path()});
    QCOMPARE(set.reports.size(), fleetDemo().reports.size()); // the rest still comes
    QCOMPARE(set.warnings.size(), 1);
    QVERIFY2(set.warnings.constFirst().contains(bad) && set.warnings.constFirst().contains(reason),
             qPrintable(set.warnings.constFirst()));
}

void TestFleetAuditor::sameInventoryNameInTwoFolders()
{
    QTemporaryDir first, second;
    QString error;
    QVERIFY(writeFleetDemoReports(first.path(), &error));
    QVERIFY(writeFleetDemoReports(second.path(), &error));
    const FleetReportSet set = loadFleetReports({first.path(), second.filePath(QStringLiteral("web-1.json")),
                                                 first.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(set.reports.size(), fleetDemo().reports.size());
    QCOMPARE(set.warnings.size(), 2);
    QVERIFY(set.warnings.at(0).contains(QStringLiteral("does not exist")));
    QVERIFY(set.warnings.at(1).contains(second.filePath(QStringLiteral("web-1.json"))));
    QVERIFY(set.warnings.at(1).contains(QStringLiteral("inventory name \"web-1\"")));
}

QTEST_GUILESS_MAIN(TestFleetAuditor)
#include "tst_fleetauditor.moc"
