#include "demoenvironment.h"
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QFile>
#include <QDir>
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

const QString Key = QStringLiteral("cli-T0p-S3cret-9d8e7f6a5b4c");
const QString Identifier = simulatedInstance(SimulatedCloud::Ec2).customIdentifier;

using Run = testing::InspectorRun;
using testing::cleanEnvironment;

Run inspector(const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment())
{
    return testing::runInspector(arguments, environment);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

class TestMatchCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void demoSeeds_data();
    void demoSeeds();
    void firmwareFindsTheLookalike();
    void jsonContract();
    void humanReport();
    void keyPrecedence_data();
    void keyPrecedence();
    void errorStatuses_data();
    void errorStatuses();
    void keyNeverPrinted();
    void noKeyFlag();
    void idFileFlag();
    void agentBranches_data();
    void agentBranches();
    void remedyIsTheAgentsDecision();
    void simulateCommandStagesEachSeed_data();
    void simulateCommandStagesEachSeed();

private:
    QStringList endpoints() const;
    QStringList api(const QString &keyFile) const;

    MetadataSimulator *m_metadata = nullptr;
    MackerelApiSimulator *m_api = nullptr;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_sysRoot;
};

void TestMatchCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = writeFile(m_dir, QStringLiteral("apikey"), Key.toUtf8() + '\n');
}

void TestMatchCli::init()
{
    delete m_metadata;
    delete m_api;
    m_metadata = new MetadataSimulator(SimulatedCloud::Ec2, this);
    QVERIFY(m_metadata->listenOnLoopback());
    m_sysRoot = m_dir.filePath(QStringLiteral("root"));
    QString error;
    QVERIFY(writeSysFixture(m_metadata->instance(), m_sysRoot, &error));
    m_api = new MackerelApiSimulator(Key, this);
    QVERIFY(m_api->listenOnLoopback());
    m_api->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    QFile::remove(m_dir.filePath(QStringLiteral("id")));
}

QStringList TestMatchCli::endpoints() const
{
    const QString url = m_metadata->baseUrl().toString();
    return {QStringLiteral("--ec2-endpoint"), url, QStringLiteral("--gce-endpoint"), url, QStringLiteral("--azure-endpoint"), url,
            QStringLiteral("--retry-wait"), QStringLiteral("20"), QStringLiteral("--root"), m_sysRoot};
}

QStringList TestMatchCli::api(const QString &keyFile) const
{
    QStringList arguments{QStringLiteral("--apibase"), m_api->baseUrl().toString(), QStringLiteral("--id-file"),
                          m_dir.filePath(QStringLiteral("id"))};
    if (!keyFile.isEmpty())
        arguments << QStringLiteral("--apikey-file") << keyFile;
    return arguments;
}

void TestMatchCli::demoSeeds_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ec2 agentless") << "ec2" << "agentless" << "attach" << 0;
    QTest::newRow("gce agentless") << "gce" << "agentless" << "attach" << 0;
    QTest::newRow("azure agentless") << "azure" << "agentless" << "attach" << 0;
    QTest::newRow("none") << "ec2" << "none" << "create" << 0;
    QTest::newRow("registered") << "ec2" << "registered" << "update" << 0;
    QTest::newRow("mismatch") << "ec2" << "mismatch" << "mismatch" << 3;
    QTest::newRow("missing") << "ec2" << "missing" << "missing-host" << 3;
    QTest::newRow("lookalike") << "ec2" << "lookalike" << "create" << 0;
    QTest::newRow("gce lookalike") << "gce" << "lookalike" << "create" << 0;
}

void TestMatchCli::demoSeeds()
{
    QFETCH(QString, cloud);
    QFETCH(QString, seed);
    QFETCH(QString, verdict);
    QFETCH(int, exitCode);
    const Run run = inspector({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--demo"), cloud,
                               QStringLiteral("--seed"), seed, QStringLiteral("--retry-wait"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(json.value(QStringLiteral("customIdentifier")).toString(),
             simulatedInstance(*parseSimulatedCloud(cloud)).customIdentifier);
    if (seed == QLatin1String("agentless"))
        QCOMPARE(json.value(QStringLiteral("host")).toObject().value(QStringLiteral("name")).toString(),
                 simulatedInstance(*parseSimulatedCloud(cloud)).instanceId);
    // Where the agent would create a host, the hosts that are this machine without its identifier.
    const QJsonArray lookalikes = json.value(QStringLiteral("lookalikes")).toArray();
    if (seed == QLatin1String("lookalike")) {
        QCOMPARE(lookalikes.size(), 1);
        const QJsonObject lookalike = lookalikes.first().toObject();
        QCOMPARE(lookalike.value(QStringLiteral("sharedKey")).toString(), QStringLiteral("instanceId"));
        QVERIFY(lookalike.value(QStringLiteral("sharedValue")).toString().endsWith(
            simulatedInstance(*parseSimulatedCloud(cloud)).instanceId));
        QVERIFY(lookalike.value(QStringLiteral("customIdentifier")).isNull());
        QVERIFY(QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson().contains("would create a duplicate"));
    } else {
        QVERIFY(json.contains(QStringLiteral("lookalikes")));
        QVERIFY(lookalikes.isEmpty());
    }
}

void TestMatchCli::firmwareFindsTheLookalike()
{
    // IMDS refused: the agent would create a second host; the firmware's instance id names the
    // integration's host it would duplicate.
    const Run run = inspector({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--demo"),
                               QStringLiteral("ec2-blocked"), QStringLiteral("--seed"), QStringLiteral("agentless")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("create"));
    const QJsonArray lookalikes = json.value(QStringLiteral("lookalikes")).toArray();
    QCOMPARE(lookalikes.size(), 1);
    QCOMPARE(lookalikes.first().toObject().value(QStringLiteral("sharedValue")).toString(),
             QStringLiteral("ec2:") + simulatedInstance(SimulatedCloud::Ec2).instanceId);
}

void TestMatchCli::jsonContract()
{
    const Run run = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--json")} + endpoints() + api(m_keyFile));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    for (const char *key : {"verdict", "customIdentifier", "idFile", "host", "candidates", "message", "probes", "warnings"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("attach"));
    QCOMPARE(json.value(QStringLiteral("customIdentifier")).toString(), Identifier);
    const QJsonObject idFile = json.value(QStringLiteral("idFile")).toObject();
    QCOMPARE(idFile.value(QStringLiteral("path")).toString(), m_dir.filePath(QStringLiteral("id")));
    QVERIFY(idFile.value(QStringLiteral("hostId")).isNull());
    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    QCOMPARE(host.value(QStringLiteral("customIdentifier")).toString(), Identifier);
    QCOMPARE(host.value(QStringLiteral("id")).toString(), m_api->hosts().constLast().value(QStringLiteral("id")).toString());
    for (const char *key : {"id", "name", "displayName", "status", "origin"})
        QVERIFY2(host.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("candidates")).toArray().size(), 1);
    bool askedMackerel = false;
    for (const QJsonValue &probe : json.value(QStringLiteral("probes")).toArray())
        askedMackerel = askedMackerel || probe.toObject().value(QStringLiteral("platform")).toString() == QLatin1String("mackerel");
    QVERIFY(askedMackerel);
    // The agent's query, with the key in its header.
    const MackerelRequest request = m_api->requests().constLast();
    QVERIFY(request.query.contains(QLatin1String("status=poweroff")));
    QCOMPARE(request.header("X-Api-Key"), Key.toUtf8());
    // Matching changes nothing.
    for (const MackerelRequest &any : m_api->requests())
        QCOMPARE(any.method, QByteArray("GET"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("id"))));
}

void TestMatchCli::humanReport()
{
    const Run run = inspector(QStringList{QStringLiteral("match")} + endpoints() + api(m_keyFile));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Platform            Amazon EC2 (metadata)\nVerdict             attach\n"), run.out.constData());
    QVERIFY(run.out.contains("AWS integration"));
}

void TestMatchCli::keyPrecedence_data()
{
    QTest::addColumn<bool>("flag");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("conf");
    QTest::addColumn<QString>("source");
    // Only the winning source holds the right key: any other order fails with 401.
    QTest::newRow("flag over env and conf") << true << "env-wrong-key" << "conf-wrong-key" << "--apikey-file";
    QTest::newRow("env over conf") << false << "RIGHT" << "conf-wrong-key" << "MACKEREL_APIKEY";
    QTest::newRow("conf") << false << "" << "RIGHT" << "apikey in";
}

void TestMatchCli::keyPrecedence()
{
    QFETCH(bool, flag);
    QFETCH(QString, env);
    QFETCH(QString, conf);
    QFETCH(QString, source);
    if (env == QLatin1String("RIGHT"))
        env = Key;
    if (conf == QLatin1String("RIGHT"))
        conf = Key;
    const QString confPath = writeFile(m_dir, QStringLiteral("mackerel-agent.conf"),
                                       QStringLiteral("apikey = \"%1\"\napibase = \"http://127.0.0.1:1/\"\n").arg(conf).toUtf8());
    QProcessEnvironment environment = cleanEnvironment();
    if (!env.isEmpty())
        environment.insert(QStringLiteral("MACKEREL_APIKEY"), env);
    // MACKEREL_APIBASE wins over the conf's (dead) apibase.
    environment.insert(QStringLiteral("MACKEREL_APIBASE"), m_api->baseUrl().toString());
    QStringList arguments{QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--conf"), confPath,
                          QStringLiteral("--id-file"), m_dir.filePath(QStringLiteral("id"))};
    if (flag)
        arguments << QStringLiteral("--apikey-file") << m_keyFile;
    const Run run = inspector(arguments + endpoints(), environment);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject settings = run.json().value(QStringLiteral("settings")).toObject();
    QVERIFY2(settings.value(QStringLiteral("apiKeySource")).toString().startsWith(source),
             qPrintable(settings.value(QStringLiteral("apiKeySource")).toString()));
    QCOMPARE(settings.value(QStringLiteral("apiBaseSource")).toString(), QStringLiteral("MACKEREL_APIBASE"));
    QCOMPARE(run.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("attach"));
    for (const QByteArray &output : {run.out, run.err})
        QVERIFY(!output.contains(Key.toUtf8()));
}

void TestMatchCli::errorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("requests");
    // The hosts API answers a wrong key with 403 (docs/api-fidelity.md); 401 is still named.
    QTest::newRow("wrong key: 403") << 0 << "forbidden" << "the key is wrong" << 1;
    QTest::newRow("401") << 401 << "invalid-key" << "refused the API key" << 1;
    QTest::newRow("403") << 403 << "forbidden" << "not allowed" << 1;
    QTest::newRow("429") << 429 << "rate-limited" << "rate limiting" << 3;
    QTest::newRow("500") << 500 << "server-error" << "failed (500)" << 3;
}

void TestMatchCli::errorStatuses()
{
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, words);
    QFETCH(int, requests);
    QString keyFile = m_keyFile;
    if (status == 0)
        keyFile = writeFile(m_dir, QStringLiteral("wrongkey"), "wrong-but-secret-key-0042\n");
    else
        m_api->addFault(MackerelFault{"GET", QStringLiteral("/api/v0/hosts"), status, 10, QByteArrayLiteral("0"), false, {}});
    const Run run = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--json")} + endpoints() + api(keyFile));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(words),
             qPrintable(json.value(QStringLiteral("message")).toString()));
    QCOMPARE(m_api->requests().size(), requests);
    for (const QByteArray &output : {run.out, run.err}) {
        QVERIFY(!output.contains(Key.toUtf8()));
        QVERIFY(!output.contains("wrong-but-secret-key-0042"));
    }
}

void TestMatchCli::keyNeverPrinted()
{
    // A server that echoes the key back in its error message, in both output forms.
    const QByteArray echo = "{\"error\":{\"message\":\"key " + Key.toUtf8() + " is suspended\"}}";
    for (const bool json : {true, false}) {
        m_api->addFault(MackerelFault{"GET", QString(), 400, 1, {}, false, echo});
        QStringList arguments{QStringLiteral("match")};
        if (json)
            arguments << QStringLiteral("--json");
        const Run run = inspector(arguments + endpoints() + api(m_keyFile));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("[redacted] is suspended"));
        QVERIFY(!run.out.contains(Key.toUtf8()));
        QVERIFY(!run.err.contains(Key.toUtf8()));
    }
    const Run help = inspector({QStringLiteral("match"), QStringLiteral("--help")});
    QVERIFY(!help.out.contains(Key.toUtf8()));
}

void TestMatchCli::noKeyFlag()
{
    const Run run = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--apikey"), Key} + endpoints());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains(Key.toUtf8()));
    const Run none = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--json")} + endpoints() + api(QString()));
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.json().value(QStringLiteral("error")).toString(), QStringLiteral("configuration"));
    QCOMPARE(m_api->requests().size(), 0);
}

void TestMatchCli::idFileFlag()
{
    m_api->seed(MackerelSeed::Mismatch, SimulatedCloud::Ec2);
    writeFile(m_dir, QStringLiteral("id"), m_api->localHostId().toUtf8() + "\n");
    const Run run = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--json")} + endpoints() + api(m_keyFile));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(json.value(QStringLiteral("idFile")).toObject().value(QStringLiteral("hostId")).toString(), m_api->localHostId());
    QVERIFY(json.value(QStringLiteral("agentError")).toString().startsWith(QLatin1String("custom identifiers mismatch")));
}

// prepareHost's branches end to end (the table of every branch is tst_agentdecision): the verdict, the
// agent's own words, the exit status, and the checked remedy in JSON.
void TestMatchCli::agentBranches_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("idFile");     // "local": the seed's host id; "dir": a directory; empty: none
    QTest::addColumn<int>("faultStatus");    // on GET /api/v0/hosts/<id>; 0: none
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("agentError");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("retired") << int(MackerelSeed::Retired) << "local" << 0 << "retired-host" << "" << "move-id-file-aside";
    QTest::newRow("403 on the id file's host") << int(MackerelSeed::Registered) << "local" << 403 << "lookup-failed"
                                               << "failed to find this host on mackerel (You may want to delete file" << "";
    QTest::newRow("500 on the id file's host") << int(MackerelSeed::Registered) << "local" << 500 << "lookup-failed"
                                               << "failed to find this host on mackerel (You may want to delete file" << "";
    QTest::newRow("a directory at the id file's path") << int(MackerelSeed::Agentless) << "dir" << 0 << "id-file-directory"
                                                       << "failed to save host ID: open " << "move-id-file-aside";
}

void TestMatchCli::agentBranches()
{
    QFETCH(int, seed);
    QFETCH(QString, idFile);
    QFETCH(int, faultStatus);
    QFETCH(QString, verdict);
    QFETCH(QString, agentError);
    QFETCH(QString, remedy);
    m_api->seed(MackerelSeed(seed), SimulatedCloud::Ec2);
    if (idFile == QLatin1String("local"))
        writeFile(m_dir, QStringLiteral("id"), m_api->localHostId().toUtf8());
    else if (idFile == QLatin1String("dir"))
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("id")));
    if (faultStatus > 0)
        m_api->addFault(MackerelFault{"GET", QStringLiteral("/api/v0/hosts/"), faultStatus, 10, QByteArrayLiteral("0"), false, {}});
    const Run run = inspector(QStringList{QStringLiteral("match"), QStringLiteral("--json")} + endpoints() + api(m_keyFile));
    QVERIFY2(run.exitCode == 3, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), verdict);
    if (agentError.isEmpty())
        QVERIFY(json.value(QStringLiteral("agentError")).isNull());
    else
        QVERIFY2(json.value(QStringLiteral("agentError")).toString().startsWith(agentError),
                 qPrintable(json.value(QStringLiteral("agentError")).toString()));
    const QJsonValue checked = json.value(QStringLiteral("remedy"));
    QCOMPARE(checked.isNull() ? QString() : checked.toObject().value(QStringLiteral("action")).toString(), remedy);
    if (!checked.isNull()) {
        const QString end = checked.toObject().value(QStringLiteral("endVerdict")).toString();
        QVERIFY2(end == QLatin1String("attach") || end == QLatin1String("update") || end == QLatin1String("create"), qPrintable(end));
    }
    if (verdict == QLatin1String("retired-host"))
        QVERIFY(!json.value(QStringLiteral("message")).toString().contains(QLatin1String("refuse to start")));
    for (const MackerelRequest &any : m_api->requests())
        QCOMPARE(any.method, QByteArray("GET"));
}

// `match --demo ec2-blocked`: IMDS blocked, the integration's host carries the instance's identifier.
// Writing its id into the id file would be refused by the agent ("custom identifiers mismatch: this
// host = \"\""): the remedy is the agent detecting its cloud, and running it through the decision
// ends on attach.
void TestMatchCli::remedyIsTheAgentsDecision()
{
    const Run run = inspector({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--demo"),
                               QStringLiteral("ec2-blocked"), QStringLiteral("--seed"), QStringLiteral("agentless")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject checked = json.value(QStringLiteral("remedy")).toObject();
    QCOMPARE(checked.value(QStringLiteral("action")).toString(), QStringLiteral("detect-cloud"));
    QCOMPARE(checked.value(QStringLiteral("customIdentifier")).toString(), simulatedInstance(SimulatedCloud::Ec2).customIdentifier);
    QCOMPARE(checked.value(QStringLiteral("endVerdict")).toString(), QStringLiteral("attach"));
    QCOMPARE(checked.value(QStringLiteral("endHostId")).toString(),
             json.value(QStringLiteral("lookalikes")).toArray().first().toObject().value(QStringLiteral("id")).toString());
    QVERIFY(checked.value(QStringLiteral("hostId")).isNull());
    QVERIFY(!checked.value(QStringLiteral("uncertainty")).toString().isEmpty());
    const QByteArray everything = QJsonDocument(json).toJson();
    QVERIFY2(!everything.contains("Write the id of the host"), everything.constData());
    QVERIFY(json.value(QStringLiteral("message")).toString().contains(QLatin1String("make the agent detect its cloud")));
}

void TestMatchCli::simulateCommandStagesEachSeed_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("agentless") << "agentless" << "attach";
    QTest::newRow("none") << "none" << "create";
    QTest::newRow("mismatch") << "mismatch" << "mismatch";
    QTest::newRow("retired") << "retired" << "retired-host";
}

void TestMatchCli::simulateCommandStagesEachSeed()
{
    QFETCH(QString, seed);
    QFETCH(QString, verdict);
    // `simulate --mackerel` in its own process; its "Try: mackerel-inspector match ..." line is run as printed.
    QProcess simulator;
    simulator.start(QStringLiteral(MI_INSPECTOR_BINARY), {QStringLiteral("simulate"), QStringLiteral("--cloud"), QStringLiteral("ec2"),
                                                          QStringLiteral("--mackerel"), QStringLiteral("--seed"), seed});
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += simulator.readAllStandardOutput()).contains("Try: mackerel-inspector match"), 20000);
    QVERIFY(printed.contains(QByteArray("Demo API key")));
    QString tryLine;
    for (const QByteArray &line : printed.split('\n')) {
        if (line.startsWith("Try: mackerel-inspector match"))
            tryLine = QString::fromUtf8(line.mid(qsizetype(strlen("Try: mackerel-inspector "))));
    }
    QStringList arguments = tryLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("--json") << QStringLiteral("--retry-wait") << QStringLiteral("20");
    const Run run = inspector(arguments);
    simulator.terminate();
    QVERIFY(simulator.waitForFinished(10000));
    QCOMPARE(run.json().value(QStringLiteral("verdict")).toString(), verdict);
}

QTEST_GUILESS_MAIN(TestMatchCli)
#include "tst_matchcli.moc"
