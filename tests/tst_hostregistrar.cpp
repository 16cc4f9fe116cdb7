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

QJsonArray checksJson(const QStringList &names)
{
    QJsonArray checks;
    for (const QString &name : names)
        checks.append(QJsonObject{{QStringLiteral("name"), name}});
    return checks;
}

QStringList checkNames(const QJsonValue &checks)
{
    QStringList names;
    for (const QJsonValue &check : checks.toArray())
        names.append(check.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QJsonObject rolesObject(const QStringList &fullnames)
{
    QJsonObject roles;
    for (const QString &fullname : fullnames) {
        QJsonArray list = roles.value(fullname.section(QLatin1Char(':'), 0, 0)).toArray();
        list.append(fullname.section(QLatin1Char(':'), 1));
        roles.insert(fullname.section(QLatin1Char(':'), 0, 0), list);
    }
    return roles;
}

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
    void updatePlanFollowsTheDocumentedPut_data();
    void updatePlanFollowsTheDocumentedPut();
    void secondUpdateIsUnchanged_data();
    void secondUpdateIsUnchanged();
    void replaceRolesNeedsConfirmation();
    void takenIdentifierIsExplained();
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

void TestHostRegistrar::updatePlanFollowsTheDocumentedPut_data()
{
    QTest::addColumn<QStringList>("remoteRoles");
    QTest::addColumn<QStringList>("localRoles");   // in the conf's order
    QTest::addColumn<QStringList>("remoteChecks");
    QTest::addColumn<QStringList>("localChecks");
    QTest::addColumn<QString>("checks");           // --checks
    QTest::addColumn<bool>("confRead");
    QTest::addColumn<bool>("replaceRoles");
    QTest::addColumn<bool>("noop");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QStringList>("rolesAfter");   // the PUT's roleFullnames: the roles after it
    QTest::addColumn<QStringList>("checksSent");
    QTest::addColumn<QStringList>("warnedAbout");  // check monitors named in a removal warning
    QTest::addColumn<QStringList>("rolesRemoved"); // the role-fullnames step

    const QStringList none;
    const QStringList webApi{QStringLiteral("shop:api"), QStringLiteral("shop:web")};
    QTest::newRow("extra remote roles stay: a union, unchanged")
        << webApi << QStringList{QStringLiteral("shop:web")} << none << none << "conf" << true << false
        << true << false << webApi << none << none << none;
    QTest::newRow("unsorted conf roles compare as a set")
        << webApi << QStringList{QStringLiteral("shop:web"), QStringLiteral("shop:api")} << none << none << "conf" << true << false
        << true << false << webApi << none << none << none;
    QTest::newRow("a new local role is added to the remote ones")
        << QStringList{QStringLiteral("db:main")} << QStringList{QStringLiteral("shop:web")} << none << none << "conf" << true << false
        << false << false << QStringList{QStringLiteral("db:main"), QStringLiteral("shop:web")} << none << none << none;
    QTest::newRow("remote checks, conf lists them: unchanged")
        << webApi << webApi << QStringList{QStringLiteral("disk")} << QStringList{QStringLiteral("disk")} << "conf" << true << false
        << true << false << webApi << QStringList{QStringLiteral("disk")} << none << none;
    QTest::newRow("remote checks the conf lacks: removed, warned")
        << webApi << webApi << QStringList{QStringLiteral("disk"), QStringLiteral("http")} << QStringList{QStringLiteral("http")}
        << "conf" << true << false << false << false << webApi << QStringList{QStringLiteral("http")}
        << QStringList{QStringLiteral("disk")} << none;
    QTest::newRow("remote checks, no conf: refused")
        << webApi << webApi << QStringList{QStringLiteral("disk")} << none << "conf" << false << false
        << false << true << webApi << none << QStringList{QStringLiteral("disk")} << none;
    QTest::newRow("no conf, --checks host: kept, unchanged")
        << webApi << webApi << QStringList{QStringLiteral("disk")} << none << "host" << false << false
        << true << false << webApi << QStringList{QStringLiteral("disk")} << none << none;
    QTest::newRow("no conf, --checks none: removed, warned")
        << webApi << webApi << QStringList{QStringLiteral("disk")} << none << "none" << false << false
        << false << false << webApi << none << QStringList{QStringLiteral("disk")} << none;
    QTest::newRow("--replace-roles: a separate step removes the others")
        << webApi << QStringList{QStringLiteral("shop:web")} << none << none << "conf" << true << true
        << false << false << webApi << none << none << QStringList{QStringLiteral("shop:api")};
    QTest::newRow("--replace-roles, nothing to remove: unchanged")
        << QStringList{QStringLiteral("shop:web")} << QStringList{QStringLiteral("shop:web")} << none << none << "conf" << true << true
        << true << false << QStringList{QStringLiteral("shop:web")} << none << none << none;
}

void TestHostRegistrar::updatePlanFollowsTheDocumentedPut()
{
    QFETCH(QStringList, remoteRoles);
    QFETCH(QStringList, localRoles);
    QFETCH(QStringList, remoteChecks);
    QFETCH(QStringList, localChecks);
    QFETCH(QString, checks);
    QFETCH(bool, confRead);
    QFETCH(bool, replaceRoles);
    QFETCH(bool, noop);
    QFETCH(bool, refused);
    QFETCH(QStringList, rolesAfter);
    QFETCH(QStringList, checksSent);
    QFETCH(QStringList, warnedAbout);
    QFETCH(QStringList, rolesRemoved);

    QJsonObject local = localPayload();
    local.insert(QStringLiteral("roleFullnames"), QJsonArray::fromStringList(localRoles));
    local.insert(QStringLiteral("checks"), checksJson(localChecks));
    QJsonObject stored = local;
    stored.insert(QStringLiteral("id"), QStringLiteral("h1"));
    stored.insert(QStringLiteral("roles"), rolesObject(remoteRoles));
    QList<HostCheck> remote;
    for (const QString &name : remoteChecks)
        remote.append(HostCheck{name, QString()});
    HostUpdateOptions options;
    options.checks = *parseUpdateChecks(checks);
    options.confRead = confRead;
    options.replaceRoles = replaceRoles;

    const HostUpdatePlan plan = HostUpdatePlan::make(*MackerelHost::fromJson(stored), local, remote, options);
    if (!refused) {
        QCOMPARE(plan.isNoop(), noop);
        QVERIFY(plan.refusal.isEmpty());
        QCOMPARE(checkNames(plan.payload.value(QStringLiteral("checks"))), checksSent);
    } else {
        QVERIFY(!plan.refusal.isEmpty());
        QVERIFY2(plan.refusal.contains(QLatin1String("no agent conf")), qPrintable(plan.refusal));
    }
    QStringList sentRoles;
    for (const QJsonValue &role : plan.payload.value(QStringLiteral("roleFullnames")).toArray())
        sentRoles.append(role.toString());
    QCOMPARE(sentRoles, rolesAfter);
    const QString warnings = plan.warnings.join(QLatin1Char('\n'));
    QCOMPARE(plan.warnings.isEmpty(), warnedAbout.isEmpty());
    for (const QString &name : warnedAbout)
        QVERIFY2(warnings.contains(name), qPrintable(warnings));
    QCOMPARE(plan.rolesRemoved, rolesRemoved);
    if (!rolesRemoved.isEmpty())
        QCOMPARE(plan.rolesAfterReplace, QStringList(localRoles).filter(QStringLiteral(":")));
    for (const HostFieldChange &change : plan.changes) {
        if (change.field == QLatin1String("checks"))
            QCOMPARE(checkNames(change.after), checksSent);
    }
}

void TestHostRegistrar::secondUpdateIsUnchanged_data()
{
    QTest::addColumn<QString>("checks");
    QTest::addColumn<QStringList>("confChecks");
    QTest::addColumn<QStringList>("monitorsAfter");
    QTest::newRow("conf lists the host's check") << "conf" << QStringList{QStringLiteral("disk")} << QStringList{QStringLiteral("disk")};
    QTest::newRow("--checks host") << "host" << QStringList() << QStringList{QStringLiteral("disk")};
    QTest::newRow("--checks none") << "none" << QStringList() << QStringList();
}

void TestHostRegistrar::secondUpdateIsUnchanged()
{
    QFETCH(QString, checks);
    QFETCH(QStringList, confChecks);
    QFETCH(QStringList, monitorsAfter);

    m_server->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    const QString id = m_server->hosts().constLast().value(QStringLiteral("id")).toString();
    m_server->addCheckMonitor(id, QStringLiteral("disk"));
    QJsonObject local = localPayload(QString());
    // Unsorted, and without the remote's shop:web.
    local.insert(QStringLiteral("roleFullnames"), QJsonArray{QStringLiteral("shop:db"), QStringLiteral("shop:api")});
    local.insert(QStringLiteral("checks"), checksJson(confChecks));
    HostUpdateOptions options;
    options.checks = *parseUpdateChecks(checks);
    const RegistrationResult first = run([&](HostRegistrar &registrar) { registrar.update(id, local, false, options); });
    QCOMPARE(first.action, RegistrationResult::Action::Updated);
    QCOMPARE(m_server->checkMonitorNames(id), monitorsAfter);
    QCOMPARE(m_server->host(id)->value(QStringLiteral("roles")).toObject().value(QStringLiteral("shop")).toArray().size(), 3);
    const RegistrationResult second = run([&](HostRegistrar &registrar) { registrar.update(id, local, false, options); });
    QCOMPARE(RegistrationResult::actionName(second.action), QStringLiteral("unchanged"));
    QCOMPARE(count(*m_server, "PUT"), 1);
}

void TestHostRegistrar::replaceRolesNeedsConfirmation()
{
    m_server->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    const QString id = m_server->hosts().constLast().value(QStringLiteral("id")).toString();
    QJsonObject local = localPayload(QString());
    local.insert(QStringLiteral("roleFullnames"), QJsonArray{QStringLiteral("shop:api")});
    HostUpdateOptions options;
    options.replaceRoles = true;
    const RegistrationResult plan = run([&](HostRegistrar &registrar) { registrar.update(id, local, true, options); });
    QCOMPARE(plan.action, RegistrationResult::Action::Planned);
    QCOMPARE(plan.rolesRemoved, QStringList{QStringLiteral("shop:web")});
    // Not confirmed: refused before any write.
    const RegistrationResult unconfirmed = run([&](HostRegistrar &registrar) { registrar.update(id, local, false, options); });
    QCOMPARE(unconfirmed.action, RegistrationResult::Action::Refused);
    QCOMPARE(count(*m_server, "PUT"), 0);
    const RegistrationResult done = run([&](HostRegistrar &registrar) {
        registrar.setConfirmedRoleRemoval(plan.rolesRemoved);
        registrar.update(id, local, false, options);
    });
    QCOMPARE(done.action, RegistrationResult::Action::Updated);
    QVERIFY(done.rolesReplaced);
    QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/api/v0/hosts/%1/role-fullnames").arg(id));
    QCOMPARE(m_server->host(id)->value(QStringLiteral("roles")).toObject(),
             (QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("api")}}}));
}

void TestHostRegistrar::takenIdentifierIsExplained()
{
    // The documented answer to a second live host with an identifier in use is 400 (no 409 exists).
    m_server->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    const QString other = m_server->hosts().constFirst().value(QStringLiteral("id")).toString();
    const RegistrationResult result = run([&](HostRegistrar &registrar) { registrar.update(other, localPayload()); });
    QCOMPARE(result.action, RegistrationResult::Action::Failed);
    QCOMPARE(result.error, MackerelApiError::ClientError);
    QVERIFY2(result.errorString.contains(QLatin1String("400")) && result.errorString.contains(Identifier), qPrintable(result.errorString));
    QCOMPARE(carrying(*m_server, Identifier), 1);
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
