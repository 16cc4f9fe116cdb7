#include "golden.h"
#include "inspectorrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = testing::InspectorRun;

Run inspector(const QStringList &arguments)
{
    return testing::runInspector(QStringList{QStringLiteral("inspect")} + arguments);
}

QString data(const QString &path)
{
    return QStringLiteral(MI_TEST_DATA "/") + path;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestInspectCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoEc2Json();
    void demoEc2FromFixtureTree();
    void humanSummary();
    void commandLineCloudPlatformWinsOverConf();
    void defaultConfBelowRoot();
    void idFile_data();
    void idFile();
    void idFileWithDemo();
    void confErrors_data();
    void confErrors();
    void help();
};

void TestInspectCli::demoEc2Json()
{
    const Run run = inspector({QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(sortedKeys(json), (QStringList{QStringLiteral("customIdentifier"), QStringLiteral("host"), QStringLiteral("hostedOn"),
                                            QStringLiteral("idFile"), QStringLiteral("inspectorVersion"), QStringLiteral("platform"),
                                            QStringLiteral("probes"), QStringLiteral("warnings")}));
    QCOMPARE(json.value(QStringLiteral("inspectorVersion")).toString(), QStringLiteral(MACKEREL_INSPECTOR_VERSION));
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("ec2"));
    QCOMPARE(json.value(QStringLiteral("customIdentifier")).toString(), QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
    QVERIFY(!json.value(QStringLiteral("probes")).toArray().isEmpty());

    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    for (const char *key : {"name", "meta", "interfaces", "roleFullnames", "checks", "customIdentifier"})
        QVERIFY2(host.contains(QLatin1String(key)), key);
    for (const QString &key : host.keys())
        QVERIFY2(QStringList({QStringLiteral("name"), QStringLiteral("meta"), QStringLiteral("interfaces"),
                              QStringLiteral("roleFullnames"), QStringLiteral("checks"), QStringLiteral("displayName"),
                              QStringLiteral("customIdentifier")}).contains(key), qPrintable(key));
    QCOMPARE(host.value(QStringLiteral("customIdentifier")).toString(), QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
    QVERIFY(host.value(QStringLiteral("roleFullnames")).isArray());
    QVERIFY(host.value(QStringLiteral("checks")).isArray());
    const QJsonObject meta = host.value(QStringLiteral("meta")).toObject();
    const QJsonObject cloud = meta.value(QStringLiteral("cloud")).toObject();
    QCOMPARE(cloud.value(QStringLiteral("provider")).toString(), QStringLiteral("ec2"));
    QCOMPARE(cloud.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("instance-id")).toString(),
             QStringLiteral("i-0a1b2c3d4e5f67890"));
    QVERIFY(meta.contains(QStringLiteral("kernel")));
    for (const char *own : {"agent-version", "agent-revision", "agent-name"})
        QVERIFY2(!meta.contains(QLatin1String(own)), own);
    bool noted = false;
    for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray())
        noted = noted || warning.toString().contains(QLatin1String("agent-version"));
    QVERIFY(noted);
}

void TestInspectCli::demoEc2FromFixtureTree()
{
    const Run run = inspector({QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("ec2"), QStringLiteral("--root"),
                               data(QStringLiteral("spec/host/tree")), QStringLiteral("--conf"),
                               data(QStringLiteral("conf/roles-and-checks.conf"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject host = run.json().value(QStringLiteral("host")).toObject();
    // Interfaces are always the live host's (a system call); everything else comes from the tree.
    QVERIFY(host.contains(QStringLiteral("interfaces")));
    host.remove(QStringLiteral("interfaces"));
    QVERIFY(compareWithGolden(QJsonDocument(host), data(QStringLiteral("spec/inspect/demo-ec2-host.expected.json"))));
}

void TestInspectCli::humanSummary()
{
    const Run run = inspector({QStringLiteral("--demo"), QStringLiteral("ec2"), QStringLiteral("--root"),
                               data(QStringLiteral("spec/host/tree")), QStringLiteral("--conf"),
                               data(QStringLiteral("conf/roles-and-checks.conf"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(!out.startsWith(QLatin1Char('{')));
    for (const char *line : {"Platform            Amazon EC2\n", "customIdentifier    i-0a1b2c3d4e5f67890.ec2.amazonaws.com\n",
                             "Host name           ip-172-31-16-20\n", "Display name        web-01 (blue)\n",
                             "OS                  Ubuntu 22.04 (Linux 5.15.0-1051-aws, x86_64)\n",
                             "Roles               My-Service:web, my_service:  db\n", "Checks              heartbeat, ssh\n"})
        QVERIFY2(out.contains(QLatin1String(line)), line);
    QVERIFY(out.contains(QLatin1String("agent-version")));
}

void TestInspectCli::commandLineCloudPlatformWinsOverConf()
{
    // The conf says ec2; --cloud-platform none means no request at all.
    const Run run = inspector({QStringLiteral("--json"), QStringLiteral("--cloud-platform"), QStringLiteral("none"),
                               QStringLiteral("--conf"), data(QStringLiteral("conf/roles-and-checks.conf"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("none"));
    QVERIFY(json.value(QStringLiteral("customIdentifier")).isNull());
    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    QVERIFY(!host.contains(QStringLiteral("customIdentifier")));
    QVERIFY(!host.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("cloud")));
    QCOMPARE(host.value(QStringLiteral("displayName")).toString(), QStringLiteral("web-01 (blue)"));
}

void TestInspectCli::defaultConfBelowRoot()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // No conf below the root: the agent's defaults, not an error.
    Run run = inspector({QStringLiteral("--json"), QStringLiteral("--cloud-platform"), QStringLiteral("none"),
                         QStringLiteral("--root"), root.path()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.json().value(QStringLiteral("host")).toObject().contains(QStringLiteral("displayName")));

    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc/mackerel-agent"))));
    QFile conf(root.filePath(QStringLiteral("etc/mackerel-agent/mackerel-agent.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("display_name = \"from the root\"\ncloud_platform = \"none\"\nroles = [\"svc:app\"]\n");
    conf.close();
    // cloud_platform = "none" in that conf: no request is made.
    run = inspector({QStringLiteral("--json"), QStringLiteral("--root"), root.path()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("platform")).toString(), QStringLiteral("none"));
    QVERIFY(json.value(QStringLiteral("probes")).toArray().isEmpty());
    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    QCOMPARE(host.value(QStringLiteral("displayName")).toString(), QStringLiteral("from the root"));
    QCOMPARE(host.value(QStringLiteral("roleFullnames")).toArray(), QJsonArray{QStringLiteral("svc:app")});
}

void TestInspectCli::idFile_data()
{
    // Below a temporary root: the id file's place and content, the conf's text, extra arguments
    // (ROOT stands for the root), then what inspect reports.
    QTest::addColumn<QString>("idFilePath");
    QTest::addColumn<QByteArray>("content"); // "<dir>": a directory in its place; "<none>": no file
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("hostId");

    const QString agentDefault = QStringLiteral("var/lib/mackerel-agent/id");
    QTest::newRow("absent") << agentDefault << QByteArray("<none>") << QByteArray() << QStringList() << "absent" << "";
    QTest::newRow("present, newline trimmed") << agentDefault << QByteArray("4DGFkm3Xfz2\r\n") << QByteArray() << QStringList()
                                              << "present" << "4DGFkm3Xfz2";
    QTest::newRow("empty") << agentDefault << QByteArray("") << QByteArray() << QStringList() << "empty" << "";
    QTest::newRow("a directory: unreadable") << agentDefault << QByteArray("<dir>") << QByteArray() << QStringList()
                                             << "unreadable" << "";
    // The agent's `root` in its conf moves the id file; it is read below --root like every file.
    QTest::newRow("conf's root") << QStringLiteral("srv/agent/id") << QByteArray("3kConfRoot") << QByteArray("root = \"/srv/agent\"\n")
                                 << QStringList() << "present" << "3kConfRoot";
    QTest::newRow("--id-file wins over the conf's root")
        << QStringLiteral("elsewhere/id") << QByteArray("3kFlag") << QByteArray("root = \"/srv/agent\"\n")
        << QStringList{QStringLiteral("--id-file"), QStringLiteral("ROOT/elsewhere/id")} << "present" << "3kFlag";
    // inspect never asks Mackerel: a conf with a key and an unreachable apibase changes nothing.
    QTest::newRow("conf with an API key") << agentDefault << QByteArray("3kKeyed")
                                          << QByteArray("apikey = \"never-used-key-1234\"\napibase = \"http://127.0.0.1:1\"\n")
                                          << QStringList() << "present" << "3kKeyed";
}

void TestInspectCli::idFile()
{
    QFETCH(QString, idFilePath);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, conf);
    QFETCH(QStringList, arguments);
    QFETCH(QString, state);
    QFETCH(QString, hostId);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString idFile = root.filePath(idFilePath);
    QVERIFY(QDir().mkpath(QFileInfo(idFile).absolutePath()));
    if (content == "<dir>") {
        QVERIFY(QDir().mkpath(idFile));
    } else if (content != "<none>") {
        QFile file(idFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    if (!conf.isEmpty()) {
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc/mackerel-agent"))));
        QFile file(root.filePath(QStringLiteral("etc/mackerel-agent/mackerel-agent.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf);
    }
    arguments.replaceInStrings(QStringLiteral("ROOT"), root.path());
    const QStringList common{QStringLiteral("--cloud-platform"), QStringLiteral("none"), QStringLiteral("--root"), root.path()};

    Run run = inspector(QStringList{QStringLiteral("--json")} + common + arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonObject reported = json.value(QStringLiteral("idFile")).toObject();
    QCOMPARE(sortedKeys(reported),
             (QStringList{QStringLiteral("hostId"), QStringLiteral("isDirectory"), QStringLiteral("path"), QStringLiteral("state")}));
    QCOMPARE(reported.value(QStringLiteral("isDirectory")).toBool(), QTest::currentDataTag() == QByteArray("a directory: unreadable"));
    QCOMPARE(reported.value(QStringLiteral("path")).toString(), idFile);
    QCOMPARE(reported.value(QStringLiteral("state")).toString(), state);
    if (hostId.isEmpty())
        QVERIFY(reported.value(QStringLiteral("hostId")).isNull());
    else
        QCOMPARE(reported.value(QStringLiteral("hostId")).toString(), hostId);
    bool warned = false;
    for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray())
        warned = warned || warning.toString().contains(idFile);
    QCOMPARE(warned, state == QLatin1String("unreadable"));
    QVERIFY(!run.out.contains("never-used-key") && !run.err.contains("never-used-key"));

    run = inspector(common + arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString line = QStringLiteral("Id file             %1 (%2%3)\n")
                             .arg(idFile, state, hostId.isEmpty() ? QString() : QStringLiteral(": ") + hostId);
    if (state == QLatin1String("unreadable"))
        QVERIFY2(run.out.contains(QStringLiteral("Id file             %1 (unreadable: ").arg(idFile).toUtf8()), run.out.constData());
    else
        QVERIFY2(run.out.contains(line.toUtf8()), run.out.constData());
}

void TestInspectCli::idFileWithDemo()
{
    // As match does: with --demo the id file is the demo root's (inspect seeds no Mackerel: absent),
    // unless --id-file names one.
    Run run = inspector({QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("gce")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject idFile = run.json().value(QStringLiteral("idFile")).toObject();
    QVERIFY2(idFile.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/var/lib/mackerel-agent/id")),
             qPrintable(idFile.value(QStringLiteral("path")).toString()));
    QVERIFY(!idFile.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/var/")));
    QCOMPARE(idFile.value(QStringLiteral("state")).toString(), QStringLiteral("absent"));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("id")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("3kDemoFlag\n");
    file.close();
    run = inspector({QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("gce"), QStringLiteral("--id-file"),
                     file.fileName()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    idFile = run.json().value(QStringLiteral("idFile")).toObject();
    QCOMPARE(idFile.value(QStringLiteral("path")).toString(), file.fileName());
    QCOMPARE(idFile.value(QStringLiteral("hostId")).toString(), QStringLiteral("3kDemoFlag"));
}

void TestInspectCli::confErrors_data()
{
    QTest::addColumn<QString>("conf");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("syntax") << "conf/broken/syntax.conf" << "syntax.conf:3:";
    QTest::newRow("type") << "conf/broken/roles-type.conf" << "roles-type.conf:3:";
    QTest::newRow("missing") << "conf/no-such.conf" << "no-such.conf: no such file";
}

void TestInspectCli::confErrors()
{
    QFETCH(QString, conf);
    QFETCH(QString, mentions);
    const Run run = inspector({QStringLiteral("--json"), QStringLiteral("--cloud-platform"), QStringLiteral("none"),
                               QStringLiteral("--conf"), data(conf)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
}

void TestInspectCli::help()
{
    const Run run = inspector({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--json", "--conf", "--root", "--demo", "--cloud-platform", "--id-file"})
        QVERIFY2(run.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"
