// The API key is a secret: every path of the CLI and the window, errors and --screenshot included,
// with every logging category switched on, is run with a known key, and the key must appear in no
// output, no log line and no file the run leaves behind. The simulated API checks it was used.
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "demoenvironment.h"
#include "metadatasimulator.h"
#include "testservers.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::sim;

namespace {
const QString Key = QStringLiteral("K3y-under-test-7f1c2e9a8b6d5c4f");
}

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyIsNeverShown_data();
    void keyIsNeverShown();

private:
    std::unique_ptr<MetadataSimulator> m_metadata;
    std::unique_ptr<MackerelApiSimulator> m_api;
    QTemporaryDir m_dir;
    QString m_keyFile;
};

void TestSecrets::initTestCase()
{
    m_metadata = std::make_unique<MetadataSimulator>(SimulatedCloud::Ec2);
    QVERIFY(m_metadata->listenOnLoopback());
    m_api = std::make_unique<MackerelApiSimulator>(Key);
    m_api->seed(MackerelSeed::Agentless, SimulatedCloud::Ec2);
    QVERIFY(m_api->listenOnLoopback());
    QString error;
    QVERIFY(writeSysFixture(m_metadata->instance(), m_dir.filePath(QStringLiteral("root")), &error));
    m_keyFile = m_dir.filePath(QStringLiteral("apikey"));
    QFile keyFile(m_keyFile);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(Key.toUtf8() + '\n');
}

void TestSecrets::keyIsNeverShown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("keyFrom");   // "env", "file", "wrong-env"
    QTest::addColumn<QString>("apiBase");   // "sim" or "closed"
    QTest::addColumn<bool>("keyReachesApi");
    const QStringList match{QStringLiteral("match")};
    QTest::newRow("match --json") << (match + QStringList{QStringLiteral("--json")}) << "env" << "sim" << true;
    QTest::newRow("match") << match << "env" << "sim" << true;
    QTest::newRow("match --apikey-file") << match << "file" << "sim" << true;
    QTest::newRow("match, rejected key") << match << "wrong-env" << "sim" << false;
    QTest::newRow("match --json, API unreachable") << (match + QStringList{QStringLiteral("--json")}) << "env" << "closed" << false;
    QTest::newRow("inspect --json") << QStringList{QStringLiteral("inspect"), QStringLiteral("--json")} << "env" << "sim" << false;
    QTest::newRow("window --screenshot") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("SHOT")} << "env" << "sim" << true;
    QTest::newRow("window --screenshot, rejected key")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("SHOT")} << "wrong-env" << "sim" << false;
}

void TestSecrets::keyIsNeverShown()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, keyFrom);
    QFETCH(QString, apiBase);
    QFETCH(bool, keyReachesApi);

    QTemporaryDir work;
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort());
    arguments.replaceInStrings(QStringLiteral("SHOT"), work.filePath(QStringLiteral("window.png")));
    const bool usesApi = !arguments.contains(QStringLiteral("inspect"));
    arguments << QStringLiteral("--ec2-endpoint") << m_metadata->baseUrl().toString() << QStringLiteral("--gce-endpoint") << closed
              << QStringLiteral("--azure-endpoint") << closed << QStringLiteral("--root") << m_dir.filePath(QStringLiteral("root"));
    if (usesApi)
        arguments << QStringLiteral("--apibase") << (apiBase == QLatin1String("sim") ? m_api->baseUrl().toString() : closed)
                  << QStringLiteral("--id-file") << work.filePath(QStringLiteral("id"));
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (keyFrom == QLatin1String("env"))
        environment.insert(QStringLiteral("MACKEREL_APIKEY"), Key);
    else if (keyFrom == QLatin1String("wrong-env"))
        environment.insert(QStringLiteral("MACKEREL_APIKEY"), Key + QStringLiteral("-revoked"));
    else
        arguments << QStringLiteral("--apikey-file") << m_keyFile;

    m_api->clearRequests();
    const testing::InspectorRun run = testing::runInspector(arguments, environment);
    QVERIFY2(run.exitCode >= 0, run.err.constData()); // no crash, no hang
    const QByteArray key = Key.toUtf8();
    QVERIFY2(!run.out.contains(key), run.out.constData());
    QVERIFY2(!run.err.contains(key), run.err.constData());
    // Not even the start of it, as a masked "K3y-under…" would show.
    QVERIFY(!run.out.contains(key.left(12)) && !run.err.contains(key.left(12)));

    // No file the run wrote holds it.
    QDirIterator files(work.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.left(12)), qPrintable(file.fileName()));
    }
    if (arguments.contains(QStringLiteral("--screenshot")))
        QVERIFY(QFile::exists(work.filePath(QStringLiteral("window.png"))));

    // The key was really used where it should be: sent in X-Api-Key, and only there.
    bool sent = false;
    for (const MackerelRequest &request : m_api->requests()) {
        sent = sent || request.header("X-Api-Key") == key;
        QVERIFY(!request.query.contains(Key) && !request.path.contains(Key) && !request.body.contains(key));
    }
    QCOMPARE(sent, keyReachesApi);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
