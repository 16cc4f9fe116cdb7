// contrib/ansible/inspect.yml, run for real by ansible-playbook over a simulated fleet: machines on
// Ansible's local connection, each with its own fixture root and metadata simulator, one whose
// command fails, one that prints half an answer and one that is unreachable.
#include "simulatedfleet.h"

#include <QDir>
#include <QFile>
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

private:
    SimulatedFleet m_fleet;
    QTemporaryDir m_work;
    QString m_reportsDir;
    testing::PlaybookRun m_run;
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

QTEST_GUILESS_MAIN(TestAnsiblePlaybook)
#include "tst_ansibleplaybook.moc"
