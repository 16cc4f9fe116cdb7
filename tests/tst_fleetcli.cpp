// `mackerel-inspector fleet` as a script runs it: formats, exit codes, options, the key kept secret.
#include "fleetdemo.h"
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "testservers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::sim;

namespace {

const QString Key = QStringLiteral("fleet-cli-S3cret-0c0ffee");
using Run = testing::InspectorRun;

Run inspector(const QStringList &arguments, const QProcessEnvironment &environment = testing::cleanEnvironment())
{
    return testing::runInspector(arguments, environment);
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

class TestFleetCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoJson();
    void demoCsv();
    void demoText();
    void exitCodeFollowsProblems_data();
    void exitCodeFollowsProblems();
    void usageErrors_data();
    void usageErrors();
    void apiUnreachableOrRefusing_data();
    void apiUnreachableOrRefusing();
    void keyFromEnvironment();

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
};

void TestFleetCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = writeFile(m_dir.filePath(QStringLiteral("apikey")), Key.toUtf8() + '\n');
}

void TestFleetCli::demoJson()
{
    const Run run = inspector({QStringLiteral("fleet"), QStringLiteral("--demo"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3); // the demo organization has duplicates and refusals
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.left(200).constData());
    for (const char *key : {"summary", "machines", "warnings", "hostsListed", "reportsRead"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    int total = 0;
    for (const char *verdict : {"mismatch", "missing-host", "retired-host", "id-file-directory", "duplicate", "identifier-missing", "will-attach", "will-create",
                                "integration-only", "ok"}) {
        QVERIFY2(summary.value(QLatin1String(verdict)).toInt() >= 1, verdict);
        total += summary.value(QLatin1String(verdict)).toInt();
    }
    const QJsonArray machines = json.value(QStringLiteral("machines")).toArray();
    QCOMPARE(machines.size(), total);
    // Every machine carries its checked remedy (or null); none advises writing an id the agent would
    // refuse, and none says the agent refuses a retired host.
    for (const QJsonValue &value : machines) {
        const QJsonObject machine = value.toObject();
        QVERIFY(machine.contains(QStringLiteral("remedy")));
        const QString advice = machine.value(QStringLiteral("advice")).toString();
        QVERIFY2(!advice.contains(QLatin1String("write 4Fq7Sakura5")), qPrintable(advice));
        if (machine.value(QStringLiteral("verdict")).toString() == QLatin1String("retired-host"))
            QVERIFY2(!advice.contains(QLatin1String("refuses")), qPrintable(advice));
        const QJsonValue remedy = machine.value(QStringLiteral("remedy"));
        if (remedy.isObject()) {
            const QString end = remedy.toObject().value(QStringLiteral("endVerdict")).toString();
            QVERIFY2(end == QLatin1String("attach") || end == QLatin1String("update") || end == QLatin1String("create"), qPrintable(end));
            QCOMPARE(machine.value(QStringLiteral("keepHostId")), remedy.toObject().value(QStringLiteral("endHostId")));
        }
    }
    QCOMPARE(json.value(QStringLiteral("reportsRead")).toInt(), int(fleetDemo().reports.size()));
    QCOMPARE(machines.first().toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));
    for (const QJsonValue &value : machines) {
        const QJsonObject machine = value.toObject();
        QVERIFY(!machine.value(QStringLiteral("advice")).toString().isEmpty());
        QVERIFY(machine.value(QStringLiteral("hosts")).isArray());
        QVERIFY(machine.value(QStringLiteral("evidence")).isArray());
        QVERIFY(machine.contains(QStringLiteral("report")));
    }
    QVERIFY(!run.out.contains(DemoApiKey));
}

void TestFleetCli::demoCsv()
{
    const Run run = inspector({QStringLiteral("fleet"), QStringLiteral("--demo"), QStringLiteral("--csv")});
    QCOMPARE(run.exitCode, 3);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY(lines.first().startsWith("verdict,name,customIdentifier,instanceId,hostIds,"));
    QCOMPARE(lines.size() - 2, 13); // header, 13 machines, the final empty split
    QVERIFY(lines.at(1).startsWith("mismatch,web-3,"));

    // The last three columns are each machine's checked remedy, as --json has it (tokens and host ids:
    // never a comma or a quote in them).
    QVERIFY(lines.first().trimmed().endsWith(",advice,remedyAction,remedyEndVerdict,remedyEndHostId"));
    const Run json = inspector({QStringLiteral("fleet"), QStringLiteral("--demo"), QStringLiteral("--json")});
    const QJsonArray machines = json.json().value(QStringLiteral("machines")).toArray();
    QCOMPARE(machines.size(), 13);
    int withRemedy = 0;
    for (int i = 0; i < machines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i + 1).trimmed().split(',');
        const QJsonObject remedy = machines.at(i).toObject().value(QStringLiteral("remedy")).toObject();
        withRemedy += remedy.isEmpty() ? 0 : 1;
        const QStringList expected{remedy.value(QStringLiteral("action")).toString(),
                                   remedy.value(QStringLiteral("endVerdict")).toString(),
                                   remedy.value(QStringLiteral("endHostId")).toString()};
        const QStringList got{QString::fromUtf8(cells.at(cells.size() - 3)), QString::fromUtf8(cells.at(cells.size() - 2)),
                              QString::fromUtf8(cells.constLast())};
        QCOMPARE(got, expected);
    }
    QVERIFY(withRemedy > 0);
}

void TestFleetCli::demoText()
{
    const Run run = inspector({QStringLiteral("fleet"), QStringLiteral("--demo")});
    QCOMPARE(run.exitCode, 3);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("Verdicts")));
    const qsizetype problem = text.indexOf(QStringLiteral("MISMATCH  web-3"));
    const qsizetype calm = text.indexOf(QStringLiteral("Nothing to do"));
    QVERIFY2(problem > 0 && calm > problem, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("advice")));
    QVERIFY(run.err.contains("Demo: a simulated organization"));
}

void TestFleetCli::exitCodeFollowsProblems_data()
{
    QTest::addColumn<bool>("withDuplicate");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("an integration host and its machine's report") << false << 0 << QStringLiteral("will-attach");
    QTest::newRow("and a second host of the same instance") << true << 3 << QStringLiteral("duplicate");
}

void TestFleetCli::exitCodeFollowsProblems()
{
    QFETCH(bool, withDuplicate);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    MackerelApiSimulator api(Key);
    QVERIFY(api.listenOnLoopback());
    const QString instance = QStringLiteral("i-0123456789abcdef0");
    api.addHost({{QStringLiteral("name"), instance},
                 {QStringLiteral("customIdentifier"), instance + QStringLiteral(".ec2.amazonaws.com")}});
    if (withDuplicate)
        api.addHost({{QStringLiteral("name"), QStringLiteral("ip-10-0-0-1")},
                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                                          {QStringLiteral("cloud"),
                                                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                                                                       {QStringLiteral("metadata"),
                                                                        QJsonObject{{QStringLiteral("instance-id"), instance}}}}}}}});
    QTemporaryDir reports;
    const QJsonObject report{
        {QStringLiteral("platform"), QStringLiteral("ec2")},
        {QStringLiteral("customIdentifier"), instance + QStringLiteral(".ec2.amazonaws.com")},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), QStringLiteral("ip-10-0-0-1")}}},
        {QStringLiteral("idFile"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/var/lib/mackerel-agent/id")},
                                               {QStringLiteral("state"), QStringLiteral("absent")},
                                               {QStringLiteral("hostId"), QJsonValue()}}},
        {QStringLiteral("probes"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
    };
    writeFile(reports.filePath(QStringLiteral("web.json")), QJsonDocument(report).toJson());
    const Run run = inspector({QStringLiteral("fleet"), QStringLiteral("--json"), QStringLiteral("--reports"), reports.path(),
                               QStringLiteral("--apibase"), api.baseUrl().toString(), QStringLiteral("--apikey-file"), m_keyFile});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    const QJsonArray machines = run.json().value(QStringLiteral("machines")).toArray();
    QCOMPARE(machines.size(), 1);
    QCOMPARE(machines.first().toObject().value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(api.requests().constFirst().header("X-Api-Key"), Key.toUtf8());
    QVERIFY(!run.out.contains(Key.toUtf8()) && !run.err.contains(Key.toUtf8()));
}

void TestFleetCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("role without service") << QStringList{QStringLiteral("--role"), QStringLiteral("web")} << QStringLiteral("--role goes with --service");
    QTest::newRow("json and csv") << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")} << QStringLiteral("exclude each other");
    QTest::newRow("demo of a cloud") << QStringList{QStringLiteral("--demo"), QStringLiteral("ec2")} << QStringLiteral("simulated organization");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--seed"), QStringLiteral("org")} << QStringLiteral("Unknown option");
    QTest::newRow("bad api base") << QStringList{QStringLiteral("--apibase"), QStringLiteral("ftp://x")} << QStringLiteral("apibase");
}

void TestFleetCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = inspector(QStringList{QStringLiteral("fleet")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestFleetCli::apiUnreachableOrRefusing_data()
{
    QTest::addColumn<bool>("refusing");
    QTest::addColumn<QString>("words");
    QTest::newRow("nothing listens") << false << QStringLiteral("could not be reached");
    QTest::newRow("the key is refused") << true << QStringLiteral("refused the API key");
}

void TestFleetCli::apiUnreachableOrRefusing()
{
    QFETCH(bool, refusing);
    QFETCH(QString, words);
    MackerelApiSimulator api(QStringLiteral("another-organizations-key"));
    QVERIFY(api.listenOnLoopback());
    const QString base = refusing ? api.baseUrl().toString()
                                  : QStringLiteral("http://127.0.0.1:%1/").arg(testing::closedPort());
    const Run run = inspector({QStringLiteral("fleet"), QStringLiteral("--json"), QStringLiteral("--apibase"), base,
                               QStringLiteral("--apikey-file"), m_keyFile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty()); // no half report
    QVERIFY2(QString::fromUtf8(run.err).contains(words), run.err.constData());
    QVERIFY(!run.err.contains(Key.toUtf8()));
}

void TestFleetCli::keyFromEnvironment()
{
    MackerelApiSimulator api(Key);
    api.seed(MackerelSeed::Org, SimulatedCloud::Ec2);
    QVERIFY(api.listenOnLoopback());
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("MACKEREL_APIKEY"), Key);
    environment.insert(QStringLiteral("MACKEREL_APIBASE"), api.baseUrl().toString());
    // No reports: the hosts alone still tell duplicates, and the output says reports are missing.
    const Run run = inspector({QStringLiteral("fleet")}, environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains("No reports given"));
    QVERIFY(run.out.contains("DUPLICATE"));
    QVERIFY(!run.out.contains(Key.toUtf8()));
}

QTEST_GUILESS_MAIN(TestFleetCli)
#include "tst_fleetcli.moc"
