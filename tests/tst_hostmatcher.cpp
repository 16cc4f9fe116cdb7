#include "hostmatcher.h"
#include "mackerelapisimulator.h"
#include "mackerelsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::MatchFacts)

namespace {

const QString Local = QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com");
const QString Other = QStringLiteral("i-0ffffffffffffffff.ec2.amazonaws.com");
const QString Key = QStringLiteral("matcher-S3cret-key-4b1d");

MackerelHost host(const QString &id, const QString &identifier, bool retired = false)
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("name"), id + QStringLiteral("-name")},
                       {QStringLiteral("status"), QStringLiteral("working")}, {QStringLiteral("isRetired"), retired}};
    if (!identifier.isEmpty())
        object.insert(QStringLiteral("customIdentifier"), identifier);
    return *MackerelHost::fromJson(object);
}

MackerelApiResult found(const QList<MackerelHost> &hosts)
{
    MackerelApiResult result;
    result.operation = MackerelApiOperation::FindHosts;
    result.status = 200;
    result.hosts = hosts;
    return result;
}

MackerelApiResult got(const MackerelHost &host)
{
    MackerelApiResult result;
    result.status = 200;
    result.host = host;
    return result;
}

MackerelApiResult failed(MackerelApiError error, int status, const QString &message = QString())
{
    MackerelApiResult result;
    result.error = error;
    result.status = status;
    result.serverMessage = message;
    result.errorString = QStringLiteral("failed (%1)").arg(status);
    return result;
}

HostIdFile idFile(HostIdFile::State state, const QString &hostId = QString())
{
    HostIdFile file;
    file.path = QStringLiteral("/var/lib/mackerel-agent/id");
    file.state = state;
    file.hostId = hostId;
    return file;
}

HostIdFile directoryIdFile()
{
    HostIdFile file = idFile(HostIdFile::State::Unreadable);
    file.isDirectory = true;
    file.errorString = QStringLiteral("it is a directory");
    return file;
}

MatchFacts facts(const QString &identifier, const HostIdFile &file, std::optional<MackerelApiResult> byId,
                 std::optional<MackerelApiResult> byIdentifier)
{
    return MatchFacts{identifier, file, std::move(byId), std::move(byIdentifier)};
}

} // namespace

class TestHostMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decide_data();
    void decide();
    void reportJson();
    void idFileAsTheAgentReadsIt_data();
    void idFileAsTheAgentReadsIt();
    void seeds_data();
    void seeds();
    void wrongKeyIsAnErrorWithoutTheKey();
    void settingsPrecedence_data();
    void settingsPrecedence();
    void settingsErrors();
};

void TestHostMatcher::initTestCase()
{
    qRegisterMetaType<MatchReport>();
    qRegisterMetaType<MackerelApiResult>();
}

void TestHostMatcher::decide_data()
{
    using S = HostIdFile::State;
    QTest::addColumn<MatchFacts>("input");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("hostId");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inWarnings");
    QTest::addColumn<QString>("inAgentError");

    QTest::newRow("no id file, found: attach") << facts(Local, idFile(S::Absent), {}, found({host(QStringLiteral("h1"), Local)}))
                                               << "attach" << "h1" << "adopt" << "" << "";
    QTest::newRow("no id file, none found: create") << facts(Local, idFile(S::Absent), {}, found({})) << "create" << "" << "new host"
                                                    << "" << "";
    QTest::newRow("no identifier: create without search") << facts(QString(), idFile(S::Absent), {}, {}) << "create" << ""
                                                          << "no customIdentifier" << "" << "";
    QTest::newRow("empty id file counts as none") << facts(Local, idFile(S::Empty), {}, found({host(QStringLiteral("h1"), Local)}))
                                                  << "attach" << "h1" << "adopt" << "is empty" << "";
    QTest::newRow("two hosts carry it: first, warned")
        << facts(Local, idFile(S::Absent), {}, found({host(QStringLiteral("h1"), Local), host(QStringLiteral("h2"), Local)}))
        << "attach" << "h1" << "adopt" << "2 hosts carry" << "";
    QTest::newRow("id file, same identifier: update")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), got(host(QStringLiteral("h1"), Local)),
                 found({host(QStringLiteral("h1"), Local)}))
        << "update" << "h1" << "keep using it" << "" << "";
    QTest::newRow("id file, remote without identifier: update")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), got(host(QStringLiteral("h1"), QString())), found({}))
        << "update" << "h1" << "gives it" << "" << "";
    QTest::newRow("id file, another identifier: mismatch")
        << facts(Local, idFile(S::Present, QStringLiteral("h9")), got(host(QStringLiteral("h9"), Other)),
                 found({host(QStringLiteral("h1"), Local)}))
        << "mismatch" << "h9" << "copied with a disk image" << "" << QStringLiteral("custom identifiers mismatch: this host = \"") + Local;
    QTest::newRow("no local identifier, remote has one: mismatch")
        << facts(QString(), idFile(S::Present, QStringLiteral("h9")), got(host(QStringLiteral("h9"), Other)), {})
        << "mismatch" << "h9" << "copied" << "" << "custom identifiers mismatch: this host = \"\"";
    QTest::newRow("id file names an unknown host: missing-host")
        << facts(Local, idFile(S::Present, QStringLiteral("gone")), failed(MackerelApiError::NotFound, 404, QStringLiteral("Host not found.")),
                 found({}))
        << "missing-host" << "" << "does not have" << ""
        << "failed to find this host on mackerel (You may want to delete file \"/var/lib/mackerel-agent/id\"";
    // prepareHost checks isRetired nowhere: the host is used, and the machine is not monitored.
    QTest::newRow("id file names a retired host: retired-host")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), got(host(QStringLiteral("h1"), Local, true)), found({}))
        << "retired-host" << "h1" << "does not check for a retired host" << "" << "";
    QTest::newRow("id file names a retired host of another identifier: mismatch first")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), got(host(QStringLiteral("h1"), Other, true)), found({}))
        << "mismatch" << "h1" << "refuse to start" << "" << "custom identifiers mismatch";
    QTest::newRow("id file and another host carrying it")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), got(host(QStringLiteral("h1"), QString())),
                 found({host(QStringLiteral("h2"), Local)}))
        << "update" << "h1" << "keep using it" << "host h2 also carries" << "";
    QTest::newRow("401 on get: lookup-failed, the agent exits at once")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), failed(MackerelApiError::InvalidKey, 401, QStringLiteral("Unauthorized")),
                 found({}))
        << "lookup-failed" << "" << "exits at once" << ""
        << "failed to find this host on mackerel (You may want to delete file \"/var/lib/mackerel-agent/id\" to register this host "
           "to an another organization): API request failed: Unauthorized";
    QTest::newRow("500 on get: lookup-failed after the agent's retries")
        << facts(Local, idFile(S::Present, QStringLiteral("h1")), failed(MackerelApiError::ServerError, 500), found({}))
        << "lookup-failed" << "" << "20 times, 3 s apart" << "register a duplicate" << "failed to find this host on mackerel";
    QTest::newRow("500 on search: error, and the agent's retries can duplicate")
        << facts(Local, idFile(S::Absent), {}, failed(MackerelApiError::ServerError, 500))
        << "error" << "" << "would go on to register" << "register a duplicate" << "";
    QTest::newRow("a directory at the id file's path, none found: id-file-directory")
        << facts(Local, directoryIdFile(), {}, found({})) << "id-file-directory" << "" << "registers another host" << ""
        << "failed to save host ID: open /var/lib/mackerel-agent/id: is a directory";
    QTest::newRow("a directory at the id file's path, found: id-file-directory on that host")
        << facts(Local, directoryIdFile(), {}, found({host(QStringLiteral("h1"), Local)})) << "id-file-directory" << "h1"
        << "fail to save its id" << "" << "failed to save host ID";
    QTest::newRow("unreadable id file: error") << facts(Local, idFile(S::Unreadable), {}, {}) << "error" << "" << "as root" << ""
                                               << "";
}

void TestHostMatcher::decide()
{
    QFETCH(MatchFacts, input);
    QFETCH(QString, verdict);
    QFETCH(QString, hostId);
    QFETCH(QString, inMessage);
    QFETCH(QString, inWarnings);
    QFETCH(QString, inAgentError);

    const MatchReport report = decideMatch(input);
    QCOMPARE(matchVerdictName(report.verdict), verdict);
    QCOMPARE(report.host ? report.host->id : QString(), hostId);
    QVERIFY2(report.message.contains(inMessage), qPrintable(report.message));
    if (inWarnings.isEmpty())
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
    else
        QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(inWarnings), qPrintable(report.warnings.join(QLatin1Char('\n'))));
    if (inAgentError.isEmpty())
        QVERIFY(report.agentError.isEmpty());
    else
        QVERIFY2(report.agentError.startsWith(inAgentError), qPrintable(report.agentError));
}

void TestHostMatcher::reportJson()
{
    const MatchReport report = decideMatch(facts(Local, idFile(HostIdFile::State::Absent), {},
                                                 found({host(QStringLiteral("h1"), Local), host(QStringLiteral("h2"), Local)})));
    const QJsonObject json = report.toJson();
    for (const char *key : {"verdict", "customIdentifier", "idFile", "host", "candidates", "message", "probes", "warnings"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("attach"));
    QCOMPARE(json.value(QStringLiteral("idFile")).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/var/lib/mackerel-agent/id"));
    QVERIFY(json.value(QStringLiteral("idFile")).toObject().value(QStringLiteral("hostId")).isNull());
    QCOMPARE(json.value(QStringLiteral("host")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("h1"));
    QCOMPARE(json.value(QStringLiteral("candidates")).toArray().size(), 2);
}

void TestHostMatcher::idFileAsTheAgentReadsIt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("hostId");
    QTest::newRow("plain") << QByteArray("4Ab9xYz12Cd") << "present" << "4Ab9xYz12Cd";
    QTest::newRow("newline") << QByteArray("4Ab9xYz12Cd\n") << "present" << "4Ab9xYz12Cd";
    QTest::newRow("crlf twice") << QByteArray("4Ab9xYz12Cd\r\n\r\n") << "present" << "4Ab9xYz12Cd";
    QTest::newRow("spaces stay") << QByteArray(" 4Ab9 \n") << "present" << " 4Ab9 ";
    QTest::newRow("empty") << QByteArray() << "empty" << "";
    QTest::newRow("only newline") << QByteArray("\n") << "empty" << "";
}

void TestHostMatcher::idFileAsTheAgentReadsIt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, state);
    QFETCH(QString, hostId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const HostIdFile read = HostIdFile::read(path);
    QCOMPARE(HostIdFile::stateName(read.state), state);
    QCOMPARE(read.hostId, hostId);
    QCOMPARE(HostIdFile::stateName(HostIdFile::read(dir.filePath(QStringLiteral("none"))).state), QStringLiteral("absent"));
}

void TestHostMatcher::seeds_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<bool>("warned");
    QTest::newRow("none") << "none" << "create" << 0 << false;
    QTest::newRow("agentless") << "agentless" << "attach" << 1 << false;
    QTest::newRow("registered") << "registered" << "update" << 1 << false;
    QTest::newRow("mismatch") << "mismatch" << "mismatch" << 1 << false;
    QTest::newRow("retired") << "retired" << "retired-host" << 0 << false;
    QTest::newRow("missing") << "missing" << "missing-host" << 0 << false;
}

void TestHostMatcher::seeds()
{
    QFETCH(QString, seed);
    QFETCH(QString, verdict);
    QFETCH(int, candidates);
    QFETCH(bool, warned);

    MackerelApiSimulator server(Key);
    QVERIFY(server.listenOnLoopback());
    server.seed(*parseMackerelSeed(seed), SimulatedCloud::Ec2);
    QTemporaryDir dir;
    const QString idPath = dir.filePath(QStringLiteral("id"));
    if (!server.localHostId().isEmpty()) {
        QFile file(idPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(server.localHostId().toUtf8());
    }
    const int hostsBefore = server.hosts().size();

    QNetworkAccessManager network;
    MackerelApiOptions options;
    options.apiBase = server.baseUrl();
    options.apiKey = Key;
    MackerelApiClient client(options, &network);
    HostMatcher matcher(&client);
    QSignalSpy spy(&matcher, &HostMatcher::finished);
    matcher.start(Local, idPath);
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(10000));
    const MatchReport report = spy.at(0).at(0).value<MatchReport>();
    QCOMPARE(matchVerdictName(report.verdict), verdict);
    QCOMPARE(report.candidates.size(), candidates);
    QCOMPARE(!report.warnings.isEmpty(), warned);
    QVERIFY(!report.probes.isEmpty());
    if (verdict == QLatin1String("attach"))
        QCOMPARE(report.host->name, simulatedInstance(SimulatedCloud::Ec2).instanceId);
    // Matching changes nothing.
    QCOMPARE(server.hosts().size(), hostsBefore);
    for (const MackerelRequest &request : server.requests())
        QCOMPARE(request.method, QByteArray("GET"));
}

void TestHostMatcher::wrongKeyIsAnErrorWithoutTheKey()
{
    MackerelApiSimulator server(Key);
    QVERIFY(server.listenOnLoopback());
    server.seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    QNetworkAccessManager network;
    MackerelApiOptions options;
    options.apiBase = server.baseUrl();
    options.apiKey = QStringLiteral("wrong-Secret-123456");
    MackerelApiClient client(options, &network);
    HostMatcher matcher(&client);
    QSignalSpy spy(&matcher, &HostMatcher::finished);
    matcher.start(Local, QStringLiteral("/nonexistent/id"));
    QVERIFY(spy.wait(10000));
    const MatchReport report = spy.at(0).at(0).value<MatchReport>();
    QCOMPARE(report.verdict, MatchVerdict::Error);
    QCOMPARE(report.apiError, MackerelApiError::Forbidden); // the hosts API's 403 (docs/api-fidelity.md)
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    QVERIFY(json.contains("API key"));
    QVERIFY(!json.contains("wrong-Secret-123456"));
}

void TestHostMatcher::settingsPrecedence_data()
{
    QTest::addColumn<bool>("flagKey");
    QTest::addColumn<QString>("envKey");
    QTest::addColumn<QString>("confKey");
    QTest::addColumn<QString>("flagBase");
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("confBase");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("keySource");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("baseSource");

    const QString f = QStringLiteral("http://127.0.0.1:1/");
    const QString e = QStringLiteral("http://127.0.0.1:2/");
    const QString c = QStringLiteral("http://127.0.0.1:3");
    QTest::newRow("flags win") << true << "env-key" << "conf-key" << f << e << c << "file-key" << "--apikey-file" << f << "--apibase";
    QTest::newRow("env over conf") << false << "env-key" << "conf-key" << "" << e << c << "env-key" << "MACKEREL_APIKEY" << e
                                   << "MACKEREL_APIBASE";
    QTest::newRow("conf") << false << "" << "conf-key" << "" << "" << c << "conf-key" << "apikey in /etc/m.conf" << c
                          << "apibase in /etc/m.conf";
    QTest::newRow("defaults") << false << "" << "" << "" << "" << "" << "" << "" << "https://api.mackerelio.com/" << "default";
}

void TestHostMatcher::settingsPrecedence()
{
    QFETCH(bool, flagKey);
    QFETCH(QString, envKey);
    QFETCH(QString, confKey);
    QFETCH(QString, flagBase);
    QFETCH(QString, envBase);
    QFETCH(QString, confBase);
    QFETCH(QString, key);
    QFETCH(QString, keySource);
    QFETCH(QString, base);
    QFETCH(QString, baseSource);

    QTemporaryDir dir;
    MackerelSettingsSources sources;
    if (flagKey) {
        QFile file(dir.filePath(QStringLiteral("key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  file-key\n");
        file.close();
        sources.apiKeyFile = file.fileName();
    }
    if (!flagBase.isEmpty())
        sources.apiBase = flagBase;
    sources.envApiKey = envKey;
    sources.envApiBase = envBase;
    sources.confPath = QStringLiteral("/etc/m.conf");
    sources.confApiKey = confKey;
    sources.confApiBase = confBase;
    QString error;
    const auto settings = MackerelSettings::resolve(sources, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->apiKey, key);
    QVERIFY2(keySource.isEmpty() ? settings->apiKeySource.isEmpty() : settings->apiKeySource.startsWith(keySource),
             qPrintable(settings->apiKeySource));
    QCOMPARE(settings->apiBase, QUrl(base));
    QCOMPARE(settings->apiBaseSource, baseSource);
    QCOMPARE(settings->idFilePath, QStringLiteral("/var/lib/mackerel-agent/id"));
    const QByteArray json = QJsonDocument(settings->toJson()).toJson();
    if (!key.isEmpty())
        QVERIFY(!json.contains(key.toUtf8()));
}

void TestHostMatcher::settingsErrors()
{
    QString error;
    MackerelSettingsSources sources;
    sources.apiBase = QStringLiteral("ftp://example");
    QVERIFY(!MackerelSettings::resolve(sources, &error));
    QVERIFY(error.contains(QLatin1String("--apibase")));

    sources = MackerelSettingsSources();
    sources.apiKeyFile = QStringLiteral("/nonexistent/key");
    QVERIFY(!MackerelSettings::resolve(sources, &error));
    QVERIFY(error.contains(QLatin1String("--apikey-file")));

    sources = MackerelSettingsSources();
    sources.confPath = QStringLiteral("/img/etc/mackerel-agent/mackerel-agent.conf");
    sources.confRoot = QStringLiteral("/srv/mackerel");
    sources.fileRoot = QStringLiteral("/img");
    const auto below = MackerelSettings::resolve(sources, &error);
    QVERIFY(below);
    QCOMPARE(below->idFilePath, QStringLiteral("/img/srv/mackerel/id"));
    sources.idFile = QStringLiteral("/tmp/x/id");
    QCOMPARE(MackerelSettings::resolve(sources, &error)->idFilePath, QStringLiteral("/tmp/x/id"));
}

QTEST_GUILESS_MAIN(TestHostMatcher)
#include "tst_hostmatcher.moc"
