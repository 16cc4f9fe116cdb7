#include "demoenvironment.h"
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QFile>
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

const QString Key = QStringLiteral("reg-T0p-S3cret-1a2b3c4d5e6f");
const QString Identifier = simulatedInstance(SimulatedCloud::Ec2).customIdentifier;

using Run = testing::InspectorRun;
using testing::cleanEnvironment;

Run inspector(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    return testing::runInspector(arguments, cleanEnvironment(), input);
}

} // namespace

class TestRegisterCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void attachUpdatesAndKeepsRemoteFields();
    void createWritesTheIdFile();
    void lostCreateAnswerMakesNoDuplicate();
    void refusedVerdicts_data();
    void refusedVerdicts();
    void dryRunWritesNothing();
    void confirmation_data();
    void confirmation();
    void readOnlyKey();
    void noConfRefusesUpdate_data();
    void noConfRefusesUpdate();
    void secondRunIsUnchanged();
    void replaceRoles_data();
    void replaceRoles();
    void keyNeverPrinted();

private:
    Run registerRun(const QStringList &extra, const QByteArray &input = QByteArray(), const QString &keyFile = QString());
    int count(const QByteArray &method) const;
    int carrying() const;

    MetadataSimulator *m_metadata = nullptr;
    MackerelApiSimulator *m_api = nullptr;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_sysRoot;
    QString m_conf; // roles "shop:db", "shop:api" (unsorted), check "disk"
    QList<Run> m_runs;
};

void TestRegisterCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = m_dir.filePath(QStringLiteral("apikey"));
    QFile file(m_keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Key.toUtf8() + '\n');
    m_conf = m_dir.filePath(QStringLiteral("mackerel-agent.conf"));
    QFile conf(m_conf);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("roles = [\"shop:db\", \"shop:api\"]\n\n[plugin.checks.disk]\ncommand = \"check-disk\"\n");
}

void TestRegisterCli::init()
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

Run TestRegisterCli::registerRun(const QStringList &extra, const QByteArray &input, const QString &keyFile)
{
    const QString url = m_metadata->baseUrl().toString();
    QStringList arguments{QStringLiteral("register"), QStringLiteral("--ec2-endpoint"), url, QStringLiteral("--gce-endpoint"), url,
                          QStringLiteral("--azure-endpoint"), url, QStringLiteral("--retry-wait"), QStringLiteral("20"),
                          QStringLiteral("--root"), m_sysRoot, QStringLiteral("--apibase"), m_api->baseUrl().toString(),
                          QStringLiteral("--apikey-file"), keyFile.isEmpty() ? m_keyFile : keyFile,
                          QStringLiteral("--id-file"), m_dir.filePath(QStringLiteral("id"))};
    const Run run = inspector(arguments + extra, input);
    m_runs.append(run);
    return run;
}

int TestRegisterCli::count(const QByteArray &method) const
{
    int n = 0;
    for (const MackerelRequest &request : m_api->requests())
        n += request.method == method ? 1 : 0;
    return n;
}

int TestRegisterCli::carrying() const
{
    int n = 0;
    for (const QJsonObject &host : m_api->hosts())
        n += host.value(QStringLiteral("customIdentifier")).toString() == Identifier ? 1 : 0;
    return n;
}

void TestRegisterCli::attachUpdatesAndKeepsRemoteFields()
{
    const QString id = m_api->hosts().constLast().value(QStringLiteral("id")).toString();
    const Run run = registerRun({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--conf"), m_conf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("attach"));
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("updated"));
    QCOMPARE(json.value(QStringLiteral("hostId")).toString(), id);
    QVERIFY(!json.value(QStringLiteral("changes")).toArray().isEmpty());
    QCOMPARE(count("POST"), 0);
    QCOMPARE(count("PUT"), 1);
    QCOMPARE(carrying(), 1);
    const QJsonObject host = *m_api->host(id);
    QCOMPARE(host.value(QStringLiteral("memo")).toString(), QStringLiteral("registered by the cloud integration"));
    // The PUT adds roles, never removes them.
    QCOMPARE(host.value(QStringLiteral("roles")).toObject().value(QStringLiteral("shop")).toArray(),
             (QJsonArray{QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("db")}));
    QCOMPARE(m_api->checkMonitorNames(id), QStringList{QStringLiteral("disk")});
    QCOMPARE(run.json().value(QStringLiteral("checks")).toString(), QStringLiteral("conf"));
    QVERIFY(run.json().value(QStringLiteral("roleReplacement")).isNull());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("id"))));
}

void TestRegisterCli::createWritesTheIdFile()
{
    m_api->seed(MackerelSeed::None, SimulatedCloud::Ec2);
    const Run run = registerRun({QStringLiteral("--yes"), QStringLiteral("--write-id-file"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("created"));
    QCOMPARE(count("POST"), 1);
    QCOMPARE(carrying(), 1);
    const QString id = json.value(QStringLiteral("hostId")).toString();
    QCOMPARE(m_api->host(id)->value(QStringLiteral("customIdentifier")).toString(), Identifier);
    QFile file(m_dir.filePath(QStringLiteral("id")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), id);
    QCOMPARE(file.permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(json.value(QStringLiteral("idFile")).toObject().value(QStringLiteral("written")).toBool());

    // Run again: the id file names the host now, so it is an update, and no second host appears.
    const Run again = registerRun({QStringLiteral("--yes"), QStringLiteral("--write-id-file"), QStringLiteral("--json"),
                                   QStringLiteral("--checks"), QStringLiteral("host")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("update"));
    QCOMPARE(count("POST"), 1);
    QCOMPARE(carrying(), 1);
}

void TestRegisterCli::lostCreateAnswerMakesNoDuplicate()
{
    m_api->seed(MackerelSeed::None, SimulatedCloud::Ec2);
    m_api->addFault(mi::sim::MackerelFault{"POST", QStringLiteral("/api/v0/hosts"), 502, 1, {}, true, {}});
    const Run run = registerRun({QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.json().value(QStringLiteral("action")).toString(), QStringLiteral("recovered"));
    QCOMPARE(count("POST"), 1);
    QCOMPARE(carrying(), 1);
}

void TestRegisterCli::refusedVerdicts_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("mismatch") << "mismatch" << "mismatch";
    QTest::newRow("missing") << "missing" << "missing-host";
}

void TestRegisterCli::refusedVerdicts()
{
    QFETCH(QString, seed);
    QFETCH(QString, verdict);
    m_api->seed(*parseMackerelSeed(seed), SimulatedCloud::Ec2);
    QFile file(m_dir.filePath(QStringLiteral("id")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_api->localHostId().toUtf8());
    file.close();
    const int hosts = m_api->hosts().size();
    const Run run = registerRun({QStringLiteral("--yes"), QStringLiteral("--write-id-file"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(run.json().value(QStringLiteral("action")).toString(), QStringLiteral("refused"));
    QCOMPARE(count("POST") + count("PUT"), 0);
    QCOMPARE(m_api->hosts().size(), hosts);
}

void TestRegisterCli::dryRunWritesNothing()
{
    for (const MackerelSeed seed : {MackerelSeed::Agentless, MackerelSeed::None}) {
        m_api->seed(seed, SimulatedCloud::Ec2);
        m_api->clearRequests();
        const Run run = registerRun({QStringLiteral("--dry-run"), QStringLiteral("--write-id-file"), QStringLiteral("--json"),
                                     QStringLiteral("--checks"), QStringLiteral("host")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("action")).toString(), QStringLiteral("dry-run"));
        QVERIFY(!run.json().value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(count("POST") + count("PUT"), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("id"))));
    }
}

void TestRegisterCli::confirmation_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("puts");
    QTest::newRow("yes") << QByteArray("y\n") << 0 << 1;
    QTest::newRow("no") << QByteArray("n\n") << 4 << 0;
    QTest::newRow("eof") << QByteArray() << 4 << 0;
}

void TestRegisterCli::confirmation()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(int, puts);
    const Run run = registerRun({QStringLiteral("--checks"), QStringLiteral("host")}, answer);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY(run.err.contains("Proceed?"));
    QVERIFY(run.out.contains("now:"));
    QCOMPARE(count("PUT"), puts);
}

void TestRegisterCli::readOnlyKey()
{
    const QString readOnly = QStringLiteral("read-only-S3cret-5566");
    m_api->setReadOnlyKey(readOnly);
    const QString keyFile = m_dir.filePath(QStringLiteral("readonly"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(readOnly.toUtf8());
    file.close();
    const Run run = registerRun({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--checks"), QStringLiteral("host")},
                                QByteArray(), keyFile);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json().value(QStringLiteral("message")).toString().contains(QLatin1String("write permission")), run.out.constData());
    QVERIFY(!run.out.contains(readOnly.toUtf8()) && !run.err.contains(readOnly.toUtf8()));
}

void TestRegisterCli::noConfRefusesUpdate_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("monitorsAfter");
    QTest::addColumn<bool>("warned");
    QTest::newRow("default: refused, says why") << QStringList() << 3 << "refused" << QStringList{QStringLiteral("http")} << true;
    QTest::newRow("--checks host: kept") << QStringList{QStringLiteral("--checks"), QStringLiteral("host")} << 0 << "updated"
                                         << QStringList{QStringLiteral("http")} << false;
    QTest::newRow("--checks none: removed, warned") << QStringList{QStringLiteral("--checks"), QStringLiteral("none")} << 0
                                                    << "updated" << QStringList() << true;
}

void TestRegisterCli::noConfRefusesUpdate()
{
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QFETCH(QString, action);
    QFETCH(QStringList, monitorsAfter);
    QFETCH(bool, warned);

    const QString id = m_api->hosts().constLast().value(QStringLiteral("id")).toString();
    m_api->addCheckMonitor(id, QStringLiteral("http"));
    const Run run = registerRun(QStringList{QStringLiteral("--yes"), QStringLiteral("--json")} + flags);
    QVERIFY2(run.exitCode == exitCode, run.out.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("action")).toString(), action);
    if (exitCode == 3) {
        QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QLatin1String("no agent conf")), run.out.constData());
        QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QLatin1String("--checks host")), run.out.constData());
        QCOMPARE(count("PUT"), 0);
    }
    QCOMPARE(m_api->checkMonitorNames(id), monitorsAfter);
    const QString warnings = QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson());
    QCOMPARE(warnings.contains(QLatin1String("check monitor")), warned);
}

void TestRegisterCli::secondRunIsUnchanged()
{
    const QString id = m_api->hosts().constLast().value(QStringLiteral("id")).toString();
    m_api->addCheckMonitor(id, QStringLiteral("disk"));
    const QStringList flags{QStringLiteral("--conf"), m_conf};
    // The plan names the check monitors after the update, and the roles stay a union.
    const Run plan = registerRun(flags + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("roles after the update; it only adds"), plan.out.constData());
    QVERIFY(!plan.out.contains("check monitors after the update")); // the conf lists the host's one check
    const Run first = registerRun(flags + QStringList{QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(first.json().value(QStringLiteral("action")).toString(), QStringLiteral("updated"));
    const Run second = registerRun(flags + QStringList{QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, second.out.constData());
    QCOMPARE(second.json().value(QStringLiteral("action")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(count("PUT"), 1);
    // A conf without the host's check: the plan shows the monitors after the update and warns.
    m_api->addCheckMonitor(id, QStringLiteral("http"));
    const Run warned = registerRun(flags + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(warned.out.contains("check monitors after the update") && warned.out.contains("Warning:")
                 && warned.out.contains("http"),
             warned.out.constData());
}

void TestRegisterCli::replaceRoles_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("roleCalls");
    QTest::addColumn<QStringList>("rolesAfter");
    const QStringList yes{QStringLiteral("--yes"), QStringLiteral("--replace-roles")};
    const QStringList replaced{QStringLiteral("api"), QStringLiteral("db")};
    const QStringList kept{QStringLiteral("web")};
    QTest::newRow("--yes does not answer the role question") << yes << QByteArray() << 4 << 0 << kept;
    QTest::newRow("role question declined") << yes << QByteArray("n\n") << 4 << 0 << kept;
    QTest::newRow("role question confirmed") << yes << QByteArray("y\n") << 0 << 1 << replaced;
    QTest::newRow("both questions confirmed") << QStringList{QStringLiteral("--replace-roles")} << QByteArray("y\nyes\n") << 0 << 1
                                              << replaced;
    QTest::newRow("--yes-replace-roles") << yes + QStringList{QStringLiteral("--yes-replace-roles")} << QByteArray() << 0 << 1
                                         << replaced;
}

void TestRegisterCli::replaceRoles()
{
    QFETCH(QStringList, flags);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(int, roleCalls);
    QFETCH(QStringList, rolesAfter);

    const QString id = m_api->hosts().constLast().value(QStringLiteral("id")).toString();
    const Run run = registerRun(flags + QStringList{QStringLiteral("--conf"), m_conf}, input);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(run.out.contains("role-fullnames") && run.out.contains("removes: shop:web"), run.out.constData());
    int calls = 0;
    for (const MackerelRequest &request : m_api->requests())
        calls += request.path.endsWith(QLatin1String("/role-fullnames")) ? 1 : 0;
    QCOMPARE(calls, roleCalls);
    QStringList roles;
    for (const QJsonValue &role : m_api->host(id)->value(QStringLiteral("roles")).toObject().value(QStringLiteral("shop")).toArray())
        roles.append(role.toString());
    roles.sort();
    QCOMPARE(roles, rolesAfter);
    if (exitCode == 4)
        QCOMPARE(count("PUT"), 0);
}

void TestRegisterCli::keyNeverPrinted()
{
    // Every run of this test case, in every output.
    QVERIFY(!m_runs.isEmpty());
    for (const Run &run : std::as_const(m_runs)) {
        QVERIFY(!run.out.contains(Key.toUtf8()));
        QVERIFY(!run.err.contains(Key.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestRegisterCli)
#include "tst_registercli.moc"
