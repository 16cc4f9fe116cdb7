// contrib/ansible/inspect.yml, run for real by ansible-playbook over a simulated fleet: machines on
// Ansible's local connection, each with its own fixture root and metadata simulator, one whose
// command fails, one that prints half an answer and one that is unreachable. Then `fleet` joins the
// reports it fetched with a simulated organization: the two commands of the README, end to end.
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "simulatedfleet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using testing::FleetMachine;
using testing::SimulatedFleet;

// ansible-playbook's exit code when a host was unreachable (it wins over 2, "a host failed").
constexpr int AnsibleUnreachableHosts = 4;

} // namespace

class TestAnsiblePlaybook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failuresAreReportedAndDoNotStopTheOthers();
    void oneReportPerMachine_data();
    void oneReportPerMachine();
    void everyEndpointWasTheSimulator();
    void nothingElseInTheReportsDir();
    void withoutReportsDirNothingRuns();
    void fleetJoinsTheReports_data();
    void fleetJoinsTheReports();

private:
    SimulatedFleet m_fleet;
    QTemporaryDir m_work;
    QString m_reportsDir;
    testing::PlaybookRun m_run;
    QJsonObject m_fleetJson;
    int m_fleetExitCode = -1;
};

void TestAnsiblePlaybook::initTestCase()
{
    if (SimulatedFleet::ansiblePlaybook().isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    QVERIFY(m_work.isValid());
    QString error;
    QVERIFY2(m_fleet.start(&error), qPrintable(error));

    // The reports dir does not exist yet (the playbook creates it) except for a report left by an
    // earlier run of the host that fails now: it must not survive as if it were this run's.
    m_reportsDir = m_work.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(m_reportsDir));
    QFile stale(m_reportsDir + QStringLiteral("/broken-binary.json"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("{\"platform\": \"ec2\"}\n");
    stale.close();

    m_run = m_fleet.runPlaybook(QStringLiteral(MI_INSPECTOR_BINARY), m_reportsDir, m_work.path());
    QVERIFY2(m_run.exitCode >= 0, m_run.output.constData());
}

void TestAnsiblePlaybook::failuresAreReportedAndDoNotStopTheOthers()
{
    QVERIFY2(m_run.exitCode == AnsibleUnreachableHosts, m_run.output.constData());
    QVERIFY2(m_run.output.contains("fatal: [broken-binary]: FAILED!"), m_run.output.constData());
    QVERIFY2(m_run.output.contains("/nonexistent/mackerel-inspector"), m_run.output.constData());
    QVERIFY2(m_run.output.contains("fatal: [half-printed]: FAILED!"), m_run.output.constData());
    QVERIFY2(m_run.output.contains("did not print one whole inspect report"), m_run.output.constData());
    QVERIFY2(m_run.output.contains("fatal: [unreachable]: UNREACHABLE!"), m_run.output.constData());
    // The recap: the two failures counted where they happened, every other machine went through.
    for (const FleetMachine &machine : SimulatedFleet::machines()) {
        const qsizetype at = m_run.output.lastIndexOf("\n" + machine.name.toUtf8() + ' ');
        QVERIFY2(at >= 0, qPrintable(machine.name));
        const QByteArray line = m_run.output.mid(at + 1, m_run.output.indexOf('\n', at + 1) - at - 1);
        const bool fails = machine.fate == FleetMachine::Fate::CommandFails || machine.fate == FleetMachine::Fate::HalfPrinted;
        const bool unreachable = machine.fate == FleetMachine::Fate::Unreachable;
        QVERIFY2(line.contains(fails ? "failed=1" : "failed=0"), line.constData());
        QVERIFY2(line.contains(unreachable ? "unreachable=1" : "unreachable=0"), line.constData());
    }
}

void TestAnsiblePlaybook::oneReportPerMachine_data()
{
    QTest::addColumn<QString>("name");
    for (const FleetMachine &machine : SimulatedFleet::machines())
        QTest::newRow(qPrintable(machine.name)) << machine.name;
}

void TestAnsiblePlaybook::oneReportPerMachine()
{
    QFETCH(QString, name);
    const QList<FleetMachine> machines = SimulatedFleet::machines();
    const auto found = std::find_if(machines.cbegin(), machines.cend(), [&](const FleetMachine &m) { return m.name == name; });
    QVERIFY(found != machines.cend());
    const FleetMachine &machine = *found;
    QFile report(m_reportsDir + QLatin1Char('/') + machine.name + QStringLiteral(".json"));
    if (machine.fate != FleetMachine::Fate::Report) {
        QVERIFY2(!report.exists(), qPrintable(report.fileName()));
        return;
    }
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
    const QByteArray content = report.readAll();
    QVERIFY(content.trimmed().endsWith("}"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isObject());
    const QJsonObject json = document.object();

    QCOMPARE(json.value(QStringLiteral("platform")).toString(), machine.platform);
    if (machine.customIdentifier.isEmpty())
        QVERIFY(json.value(QStringLiteral("customIdentifier")).isNull());
    else
        QCOMPARE(json.value(QStringLiteral("customIdentifier")).toString(), machine.customIdentifier);
    QCOMPARE(json.value(QStringLiteral("inspectorVersion")).toString(), QStringLiteral(MACKEREL_INSPECTOR_VERSION));

    const QJsonObject idFile = json.value(QStringLiteral("idFile")).toObject();
    QCOMPARE(idFile.value(QStringLiteral("path")).toString(),
             QDir::cleanPath(SimulatedFleet::fixtureRoot(machine) + QLatin1Char('/') + machine.idFile));
    QCOMPARE(idFile.value(QStringLiteral("state")).toString(), machine.idFileState);
    if (machine.hostId.isEmpty())
        QVERIFY(idFile.value(QStringLiteral("hostId")).isNull());
    else
        QCOMPARE(idFile.value(QStringLiteral("hostId")).toString(), machine.hostId);

    // The host specs are the fixture root's (its host name), not the test machine's.
    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    QFile hostname(SimulatedFleet::fixtureRoot(machine) + QStringLiteral("/proc/sys/kernel/hostname"));
    QVERIFY(hostname.open(QIODevice::ReadOnly));
    QCOMPARE(host.value(QStringLiteral("name")).toString(), QString::fromUtf8(hostname.readAll().trimmed()));
    // Verbatim, even where it looks like Jinja: a target's strings are never templated on the controller.
    if (machine.displayName.isEmpty())
        QVERIFY(!host.contains(QStringLiteral("displayName")));
    else
        QCOMPARE(host.value(QStringLiteral("displayName")).toString(), machine.displayName);
}

void TestAnsiblePlaybook::everyEndpointWasTheSimulator()
{
    // Each cloud machine asked its own simulator, which proves the arguments reached the target.
    for (const FleetMachine &machine : SimulatedFleet::machines()) {
        if (machine.cloud)
            QVERIFY2(!m_fleet.simulator(machine.name)->requests().isEmpty(), qPrintable(machine.name));
    }
}

void TestAnsiblePlaybook::nothingElseInTheReportsDir()
{
    QStringList expected;
    for (const FleetMachine &machine : SimulatedFleet::machines()) {
        if (machine.fate == FleetMachine::Fate::Report)
            expected.append(machine.name + QStringLiteral(".json"));
    }
    expected.sort();
    // No temporary file of Ansible's atomic writes, no stale report.
    QCOMPARE(QDir(m_reportsDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), expected);
}

void TestAnsiblePlaybook::withoutReportsDirNothingRuns()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    // An empty reports_dir is refused before any host runs anything.
    const testing::PlaybookRun run = m_fleet.runPlaybook(QStringLiteral(MI_INSPECTOR_BINARY), QString(), work.path());
    QVERIFY2(run.exitCode == 2, run.output.constData());
    QVERIFY2(run.output.contains("Set reports_dir"), run.output.constData());
    QVERIFY2(!run.output.contains("Run mackerel-inspector inspect"), run.output.constData());
}

namespace {

QJsonObject cloudMeta(const QString &provider, const QString &key, const QString &id)
{
    return QJsonObject{{QStringLiteral("provider"), provider},
                       {QStringLiteral("metadata"), QJsonObject{{key, id}}}};
}

QJsonObject agentMeta(const QJsonObject &cloud = QJsonObject())
{
    QJsonObject meta{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")}};
    if (!cloud.isEmpty())
        meta.insert(QStringLiteral("cloud"), cloud);
    return meta;
}

// The organization the fetched reports meet, so that each verdict of fleet's table appears:
//   web-ec2      its id file names host 4DGFkm3Xfz2, another instance's (an image copied): mismatch
//   cache-azure  its id file names 5cAzureHost1, which is retired:                     retired-host
//   db-gce       the Google Cloud integration's host carries its identifier:           will-attach
//   batch-none   nothing carries it:                                                   will-create
// and, without reports: an integration host with an agent host of the same instance (duplicate),
// an agent host on EC2 without identifier (identifier-missing), an integration host alone
// (integration-only), an agent host on premises (ok).
void seedOrganization(mi::sim::MackerelApiSimulator &api)
{
    using mi::sim::SimulatedCloud;
    const auto ec2 = mi::sim::simulatedInstance(SimulatedCloud::Ec2);
    const auto gce = mi::sim::simulatedInstance(SimulatedCloud::Gce);
    const QString other = QStringLiteral("i-0ffffffffffffff01");
    api.addHost({{QStringLiteral("id"), QStringLiteral("4DGFkm3Xfz2")}, {QStringLiteral("name"), QStringLiteral("web-old")},
                 {QStringLiteral("customIdentifier"), other + QStringLiteral(".ec2.amazonaws.com")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("ec2"), QStringLiteral("instance-id"), other))}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntEc2Web1")}, {QStringLiteral("name"), ec2.instanceId},
                 {QStringLiteral("customIdentifier"), ec2.customIdentifier}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("5cAzureHost1")}, {QStringLiteral("name"), QStringLiteral("cache")},
                 {QStringLiteral("isRetired"), true}, {QStringLiteral("meta"), agentMeta()}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntGceDb01")}, {QStringLiteral("name"), QStringLiteral("db-gce")},
                 {QStringLiteral("customIdentifier"), gce.customIdentifier},
                 {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"),
                                                       cloudMeta(QStringLiteral("gce"), QStringLiteral("instance-id"), gce.instanceId)}}}});
    const QString dup = QStringLiteral("i-0d00000000000dup1");
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntDup0001")}, {QStringLiteral("name"), dup},
                 {QStringLiteral("customIdentifier"), dup + QStringLiteral(".ec2.amazonaws.com")}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4AgtDup0001")}, {QStringLiteral("name"), QStringLiteral("ip-10-0-0-9")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("ec2"), QStringLiteral("instance-id"), dup))}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4AgtNoIdent")}, {QStringLiteral("name"), QStringLiteral("ip-10-8-0-9")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("ec2"), QStringLiteral("instance-id"),
                                                              QStringLiteral("i-0a0000000000000e1")))}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntOnly001")}, {QStringLiteral("name"), QStringLiteral("i-0c00000000000001")},
                 {QStringLiteral("customIdentifier"), QStringLiteral("i-0c00000000000001.ec2.amazonaws.com")}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4AgtOnPrem1")}, {QStringLiteral("name"), QStringLiteral("db-01.internal")},
                 {QStringLiteral("meta"), agentMeta()}});
}

} // namespace

void TestAnsiblePlaybook::fleetJoinsTheReports_data()
{
    // Run fleet once, over the reports the playbook fetched above.
    if (m_fleetExitCode < 0) {
        mi::sim::MackerelApiSimulator api(QStringLiteral("fleet-e2e-S3cret-k3y"));
        seedOrganization(api);
        QVERIFY(api.listenOnLoopback());
        QTemporaryDir dir;
        QFile key(dir.filePath(QStringLiteral("apikey")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("fleet-e2e-S3cret-k3y\n");
        key.close();
        const testing::InspectorRun run = testing::runInspector(
            {QStringLiteral("fleet"), QStringLiteral("--json"), QStringLiteral("--reports"), m_reportsDir,
             QStringLiteral("--apibase"), api.baseUrl().toString(), QStringLiteral("--apikey-file"), key.fileName()});
        m_fleetExitCode = run.exitCode;
        m_fleetJson = run.json();
        QVERIFY2(!m_fleetJson.isEmpty(), run.err.constData());
        for (const mi::sim::MackerelRequest &request : api.requests())
            QCOMPARE(request.method, QByteArray("GET")); // read-only
    }

    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("mismatch") << QStringLiteral("report web-ec2") << QStringLiteral("mismatch");
    QTest::newRow("retired-host") << QStringLiteral("report cache-azure") << QStringLiteral("retired-host");
    QTest::newRow("duplicate") << QStringLiteral("host 4AgtDup0001") << QStringLiteral("duplicate");
    QTest::newRow("identifier-missing") << QStringLiteral("host 4AgtNoIdent") << QStringLiteral("identifier-missing");
    QTest::newRow("will-attach") << QStringLiteral("report db-gce") << QStringLiteral("will-attach");
    QTest::newRow("will-create") << QStringLiteral("report batch-none") << QStringLiteral("will-create");
    QTest::newRow("integration-only") << QStringLiteral("host 4IntOnly001") << QStringLiteral("integration-only");
    QTest::newRow("ok") << QStringLiteral("host 4AgtOnPrem1") << QStringLiteral("ok");
}

void TestAnsiblePlaybook::fleetJoinsTheReports()
{
    QFETCH(QString, member);
    QFETCH(QString, verdict);
    QCOMPARE(m_fleetExitCode, 3); // mismatch, retired-host and duplicate are there
    QCOMPARE(m_fleetJson.value(QStringLiteral("reportsRead")).toInt(), 4);
    // The machines of this test are one host: their reports share its MAC addresses and are kept apart.
    for (const QJsonValue &warning : m_fleetJson.value(QStringLiteral("warnings")).toArray())
        QVERIFY2(warning.toString().contains(QStringLiteral("each sent its own report")), qPrintable(warning.toString()));
    const QJsonArray machines = m_fleetJson.value(QStringLiteral("machines")).toArray();
    // The machine that holds `member` (a report by inventory name, or a host by id) has the verdict.
    QStringList found;
    for (const QJsonValue &value : machines) {
        const QJsonObject machine = value.toObject();
        QStringList members;
        if (machine.value(QStringLiteral("report")).isObject())
            members << QStringLiteral("report ") + machine.value(QStringLiteral("report")).toObject().value(QStringLiteral("inventoryName")).toString();
        for (const QJsonValue &host : machine.value(QStringLiteral("hosts")).toArray())
            members << QStringLiteral("host ") + host.toObject().value(QStringLiteral("id")).toString();
        if (members.contains(member))
            found << machine.value(QStringLiteral("verdict")).toString();
    }
    QCOMPARE(found, QStringList{verdict});
    // One machine a verdict, and the host 4DGFkm3Xfz2 that web-ec2's copied id file names is fine (ok).
    QCOMPARE(m_fleetJson.value(QStringLiteral("summary")).toObject().value(verdict).toInt(),
             verdict == QLatin1String("ok") ? 2 : 1);
}

QTEST_GUILESS_MAIN(TestAnsiblePlaybook)
#include "tst_ansibleplaybook.moc"
