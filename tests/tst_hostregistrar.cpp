#include "hostidfile.h"
#include "hostregistrar.h"
#include "mackerelapisimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

namespace {

const QString Key = QStringLiteral("registrar-S3cret-key-77aa");
const QString Identifier = simulatedInstance(SimulatedCloud::Ec2).customIdentifier;

QJsonObject localPayload(const QString &identifier = Identifier)
{
    QJsonObject payload{
        {QStringLiteral("name"), QStringLiteral("ip-172-31-16-20")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                             {QStringLiteral("kernel"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Linux")}}}}},
        {QStringLiteral("interfaces"), QJsonArray()},
        {QStringLiteral("roleFullnames"), QJsonArray()},
        {QStringLiteral("checks"), QJsonArray()},
    };
    if (!identifier.isEmpty())
        payload.insert(QStringLiteral("customIdentifier"), identifier);
    return payload;
}

int count(const MackerelApiSimulator &server, const QByteArray &method)
{
    int n = 0;
    for (const MackerelRequest &request : server.requests())
        n += request.method == method ? 1 : 0;
    return n;
}

int carrying(const MackerelApiSimulator &server, const QString &identifier)
{
    int n = 0;
    for (const QJsonObject &host : server.hosts())
        n += host.value(QStringLiteral("customIdentifier")).toString() == identifier ? 1 : 0;
    return n;
}

} // namespace

class TestHostRegistrar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void idFileIsWrittenAsTheAgentDoes();
    void idFileRefusesAnotherId();
    void planKeepsRemoteFields();
    void planChangesOnlyWhatDiffers();
    void create_data();
    void create();
    void updateKeepsRemoteFields();
    void dryRunSendsNoWrite();
    void createGuards_data();
    void createGuards();

private:
    RegistrationResult run(std::function<void(HostRegistrar &)> action);

    MackerelApiSimulator *m_server = nullptr;
    QNetworkAccessManager m_network;
};

void TestHostRegistrar::initTestCase()
{
    qRegisterMetaType<RegistrationResult>();
    qRegisterMetaType<MackerelApiResult>();
}

void TestHostRegistrar::init()
{
    delete m_server;
    m_server = new MackerelApiSimulator(Key, this);
    QVERIFY(m_server->listenOnLoopback());
}

RegistrationResult TestHostRegistrar::run(std::function<void(HostRegistrar &)> action)
{
    MackerelApiOptions options;
    options.apiBase = m_server->baseUrl();
    options.apiKey = Key;
    options.retryBaseMs = 10;
    MackerelApiClient client(options, &m_network);
    HostRegistrar registrar(&client);
    QSignalSpy spy(&registrar, &HostRegistrar::finished);
    action(registrar);
    if (!spy.wait(10000))
        return RegistrationResult();
    return spy.at(0).at(0).value<RegistrationResult>();
}

void TestHostRegistrar::idFileIsWrittenAsTheAgentDoes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("var/lib/mackerel-agent/id"));
    QString error;
    QVERIFY2(HostIdFile::write(path, QStringLiteral("4Ab9xYz12Cd"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("4Ab9xYz12Cd"));
    QCOMPARE(QFile::permissions(path) & 0x7077, // owner, group, other (not the "user" bits, which repeat one of them)
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(QFile::permissions(QFileInfo(path).absolutePath()).testFlag(QFileDevice::ExeOther));
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("id")});
    // The same id again is fine and leaves the file alone.
    QVERIFY(HostIdFile::write(path, QStringLiteral("4Ab9xYz12Cd"), &error));
    QCOMPARE(HostIdFile::read(path).hostId, QStringLiteral("4Ab9xYz12Cd"));
}

void TestHostRegistrar::idFileRefusesAnotherId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("oldHostId01\n");
    file.close();
    QString error;
    QVERIFY(!HostIdFile::write(path, QStringLiteral("newHostId02"), &error));
    QVERIFY(error.contains(QLatin1String("oldHostId01")));
    QCOMPARE(HostIdFile::read(path).hostId, QStringLiteral("oldHostId01"));
    // An empty file is the agent's "no id": it is written.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.close();
    QVERIFY2(HostIdFile::write(path, QStringLiteral("newHostId02"), &error), qPrintable(error));
    QCOMPARE(HostIdFile::read(path).hostId, QStringLiteral("newHostId02"));
}

void TestHostRegistrar::planKeepsRemoteFields()
{
    const MackerelHost remote = *MackerelHost::fromJson(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("h1")},
        {QStringLiteral("name"), QStringLiteral("i-0a1b2c3d4e5f67890")},
        {QStringLiteral("displayName"), QStringLiteral("web (prod)")},
        {QStringLiteral("memo"), QStringLiteral("on call: web team")},
        {QStringLiteral("customIdentifier"), Identifier},
        {QStringLiteral("roles"), QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("web")}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")}}}}},
    });
    const HostUpdatePlan plan = HostUpdatePlan::make(remote, localPayload(QString()));
    QCOMPARE(plan.payload.value(QStringLiteral("displayName")).toString(), QStringLiteral("web (prod)"));
    QCOMPARE(plan.payload.value(QStringLiteral("memo")).toString(), QStringLiteral("on call: web team"));
    QCOMPARE(plan.payload.value(QStringLiteral("customIdentifier")).toString(), Identifier);
    QCOMPARE(plan.payload.value(QStringLiteral("roleFullnames")).toArray(), QJsonArray{QStringLiteral("shop:web")});
    const QJsonObject meta = plan.payload.value(QStringLiteral("meta")).toObject();
    QVERIFY(meta.contains(QStringLiteral("cloud")));
    QCOMPARE(meta.value(QStringLiteral("agent-version")).toString(), QStringLiteral("0.85.0"));
    QStringList fields;
    for (const HostFieldChange &change : plan.changes)
        fields << change.field;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("meta.agent-version"), QStringLiteral("meta.kernel"), QStringLiteral("name")}));
}

void TestHostRegistrar::planChangesOnlyWhatDiffers()
{
    QJsonObject local = localPayload();
    local.insert(QStringLiteral("roleFullnames"), QJsonArray{QStringLiteral("shop:api")});
    QJsonObject stored = local;
    stored.insert(QStringLiteral("id"), QStringLiteral("h1"));
    stored.insert(QStringLiteral("roles"), QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("api")}}});
    const HostUpdatePlan same = HostUpdatePlan::make(*MackerelHost::fromJson(stored), local);
    QVERIFY(same.isNoop());
    local.insert(QStringLiteral("displayName"), QStringLiteral("api-1"));
    const HostUpdatePlan one = HostUpdatePlan::make(*MackerelHost::fromJson(stored), local);
    QCOMPARE(one.changes.size(), 1);
    QCOMPARE(one.changes.constFirst().field, QStringLiteral("displayName"));
    QVERIFY(one.changes.constFirst().before.isNull());
    QCOMPARE(one.changes.constFirst().after.toString(), QStringLiteral("api-1"));
}

void TestHostRegistrar::create_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<int>("faultCount");
    QTest::addColumn<bool>("applyFirst");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("hostsCarrying");

    QTest::newRow("plain create") << "none" << Identifier << 0 << 0 << false << "created" << 1 << 1;
    QTest::newRow("identifier taken: refused") << "agentless" << Identifier << 0 << 0 << false << "refused" << 0 << 1;
    QTest::newRow("answer lost after creating: recovered") << "none" << Identifier << 502 << 1 << true << "recovered" << 1 << 1;
    QTest::newRow("500 before creating: looked up, posted again") << "none" << Identifier << 500 << 1 << false << "created" << 2 << 1;
    QTest::newRow("500 twice: no third post") << "none" << Identifier << 500 << 5 << false << "failed" << 2 << 0;
    QTest::newRow("lost without identifier: not retried") << "none" << "" << 502 << 1 << true << "failed" << 1 << 0;
}

void TestHostRegistrar::create()
{
    QFETCH(QString, seed);
    QFETCH(QString, identifier);
    QFETCH(int, faultStatus);
    QFETCH(int, faultCount);
    QFETCH(bool, applyFirst);
    QFETCH(QString, action);
    QFETCH(int, posts);
    QFETCH(int, hostsCarrying);

    m_server->seed(*parseMackerelSeed(seed), SimulatedCloud::Ec2);
    if (faultStatus)
        m_server->addFault(MackerelFault{"POST", QStringLiteral("/api/v0/hosts"), faultStatus, faultCount, {}, applyFirst, {}});
    const RegistrationResult result = run([&](HostRegistrar &registrar) { registrar.create(localPayload(identifier)); });
    QCOMPARE(RegistrationResult::actionName(result.action), action);
    QCOMPARE(result.posts, posts);
    QCOMPARE(count(*m_server, "POST"), posts);
    if (!identifier.isEmpty())
        QCOMPARE(carrying(*m_server, identifier), hostsCarrying);
    if (result.action == RegistrationResult::Action::Created || result.action == RegistrationResult::Action::Recovered)
        QCOMPARE(m_server->host(result.hostId)->value(QStringLiteral("customIdentifier")).toString(), identifier);
    if (!result.ok())
        QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!result.errorString.contains(Key));
}

void TestHostRegistrar::updateKeepsRemoteFields()
{
    m_server->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    const QString id = m_server->hosts().constLast().value(QStringLiteral("id")).toString();
    const RegistrationResult result = run([&](HostRegistrar &registrar) { registrar.update(id, localPayload(QString())); });
    QCOMPARE(result.action, RegistrationResult::Action::Updated);
    QCOMPARE(count(*m_server, "PUT"), 1);
    const QJsonObject host = *m_server->host(id);
    QCOMPARE(host.value(QStringLiteral("name")).toString(), QStringLiteral("ip-172-31-16-20"));
    QCOMPARE(host.value(QStringLiteral("customIdentifier")).toString(), Identifier);
    QCOMPARE(host.value(QStringLiteral("memo")).toString(), QStringLiteral("registered by the cloud integration"));
    QCOMPARE(host.value(QStringLiteral("roles")).toObject().value(QStringLiteral("shop")).toArray(), QJsonArray{QStringLiteral("web")});
    QVERIFY(host.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("cloud")));
    QCOMPARE(host.value(QStringLiteral("meta")).toObject().value(QStringLiteral("agent-version")).toString(), QStringLiteral("0.85.0"));

    // Sending the same again changes nothing, so nothing is sent.
    const RegistrationResult again = run([&](HostRegistrar &registrar) { registrar.update(id, localPayload(QString())); });
    QCOMPARE(again.action, RegistrationResult::Action::Unchanged);
    QCOMPARE(count(*m_server, "PUT"), 1);
}

void TestHostRegistrar::dryRunSendsNoWrite()
{
    m_server->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    const QString id = m_server->hosts().constLast().value(QStringLiteral("id")).toString();
    const RegistrationResult planned = run([&](HostRegistrar &registrar) { registrar.update(id, localPayload(), true); });
    QCOMPARE(planned.action, RegistrationResult::Action::Planned);
    QVERIFY(!planned.changes.isEmpty());
    m_server->seed(MackerelSeed::None, SimulatedCloud::Ec2);
    const RegistrationResult creation = run([&](HostRegistrar &registrar) { registrar.create(localPayload(), true); });
    QCOMPARE(creation.action, RegistrationResult::Action::Planned);
    for (const MackerelRequest &request : m_server->requests())
        QCOMPARE(request.method, QByteArray("GET"));
}


void TestHostRegistrar::createGuards_data()
{
    QTest::addColumn<QString>("idFileContent"); // empty: no file
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("writesIdFile");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("action");

    QTest::newRow("no id file, identifier") << "" << Identifier << false << false << "created";
    QTest::newRow("id file holds a host now") << "4AbHeldAlready" << Identifier << true << false << "refused";
    QTest::newRow("id file holds a host now, dry run") << "4AbHeldAlready" << Identifier << true << true << "refused";
    QTest::newRow("no identifier, id file not written") << "" << "" << false << false << "refused";
    QTest::newRow("no identifier, id file not written, dry run") << "" << "" << false << true << "refused";
    QTest::newRow("no identifier, id file written") << "" << "" << true << false << "created";
}

void TestHostRegistrar::createGuards()
{
    QFETCH(QString, idFileContent);
    QFETCH(QString, identifier);
    QFETCH(bool, writesIdFile);
    QFETCH(bool, dryRun);
    QFETCH(QString, action);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id"));
    if (!idFileContent.isEmpty()) {
        QString error;
        QVERIFY2(HostIdFile::write(path, idFileContent, &error), qPrintable(error));
    }
    m_server->seed(MackerelSeed::None, SimulatedCloud::Ec2);
    const RegistrationResult result = run([&](HostRegistrar &registrar) {
        registrar.setCreateGuards({path, writesIdFile});
        registrar.create(localPayload(identifier), dryRun);
    });
    QCOMPARE(RegistrationResult::actionName(result.action), action);
    QCOMPARE(count(*m_server, "POST"), action == QLatin1String("created") ? 1 : 0);
    if (result.action == RegistrationResult::Action::Refused) {
        QVERIFY(!result.errorString.isEmpty());
        if (!idFileContent.isEmpty()) {
            QCOMPARE(result.hostId, idFileContent);
            QVERIFY(result.errorString.contains(idFileContent));
            QCOMPARE(m_server->requests().size(), 0); // refused before asking anything
        }
    }
}

QTEST_GUILESS_MAIN(TestHostRegistrar)
#include "tst_hostregistrar.moc"
