#include "agentconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(MI_TEST_DATA "/conf/") + name;
}

QStringList checkNames(const QList<AgentCheckPlugin> &checks)
{
    QStringList names;
    for (const AgentCheckPlugin &check : checks)
        names.append(check.name);
    return names;
}

const AgentCheckPlugin *findCheck(const AgentConfig &config, const QString &name)
{
    for (const AgentCheckPlugin &check : config.checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

// "a|b|c" as a list; "" is the empty list.
QStringList names(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestAgentConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesAndChecks();
    void defaultsOfAnEmptyFile();
    void keysMatchCaseInsensitively();
    void includeMergesAsTheAgent();
    void includeBelowRoot();
    void memoIsCutTo250Characters();
    void brokenFiles_data();
    void brokenFiles();
    void missingFile();
    void roleValidation_data();
    void roleValidation();
    void glob_data();
    void glob();
};

void TestAgentConfig::rolesAndChecks()
{
    QString error;
    const auto config = loadAgentConfig(data(QStringLiteral("roles-and-checks.conf")), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->apikey, QStringLiteral("abcde"));
    QCOMPARE(config->displayName, QStringLiteral("web-01 (blue)"));
    QCOMPARE(config->cloudPlatform, CloudPlatform::Ec2);
    QVERIFY(config->cloudPlatformSet);
    QCOMPARE(config->hostStatusOnStart, QStringLiteral("working"));
    QCOMPARE(config->hostStatusOnStop, QString());
    QCOMPARE(config->roles, (QStringList{QStringLiteral("My-Service:web"), QStringLiteral("my_service:  db")}));
    QCOMPARE(config->invalidRoles,
             (QStringList{QStringLiteral("-bad:role"), QStringLiteral("service:role:extra"), QStringLiteral("noservice")}));
    QCOMPARE(config->warnings.size(), 3);
    QCOMPARE(checkNames(config->checks),
             (QStringList{QStringLiteral("heartbeat"), QStringLiteral("remote"), QStringLiteral("ssh")}));
    QCOMPARE(checkNames(config->hostChecks()), (QStringList{QStringLiteral("heartbeat"), QStringLiteral("ssh")}));
    QCOMPARE(findCheck(*config, QStringLiteral("heartbeat"))->memo, QStringLiteral("Call the on-call person"));
    QVERIFY(findCheck(*config, QStringLiteral("remote"))->hasCustomIdentifier);
    QCOMPARE(findCheck(*config, QStringLiteral("ssh"))->memo, QString());
    QCOMPARE(config->root, QStringLiteral("/var/lib/mackerel-agent"));
    QCOMPARE(config->hostIdFile(), QStringLiteral("/var/lib/mackerel-agent/id"));
}

void TestAgentConfig::defaultsOfAnEmptyFile()
{
    QString error;
    const auto config = loadAgentConfig(data(QStringLiteral("empty.conf")), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->apibase, QStringLiteral("https://api.mackerelio.com"));
    QCOMPARE(config->root, QStringLiteral("/var/lib/mackerel-agent"));
    QCOMPARE(config->cloudPlatform, CloudPlatform::Auto);
    QVERIFY(!config->cloudPlatformSet);
    QVERIFY(config->roles.isEmpty());
    QVERIFY(config->checks.isEmpty());
    QVERIFY(config->warnings.isEmpty());
}

void TestAgentConfig::keysMatchCaseInsensitively()
{
    QString error;
    const auto config = loadAgentConfig(data(QStringLiteral("case.conf")), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->apikey, QStringLiteral("upper"));
    QCOMPARE(config->displayName, QStringLiteral("mixed case"));
    QCOMPARE(config->roles, QStringList{QStringLiteral("a:b")});
}

void TestAgentConfig::includeMergesAsTheAgent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("include.d"))));
    for (const QString &name : {QStringLiteral("include.d/10-roles.conf"), QStringLiteral("include.d/20-noroles.conf"),
                                QStringLiteral("include.d/30-ignored.txt")})
        QVERIFY(QFile::copy(data(name), dir.filePath(name)));
    QFile source(data(QStringLiteral("include-main.conf")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile main(dir.filePath(QStringLiteral("main.conf")));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write(source.readAll().replace("@DIR@", QFile::encodeName(dir.path())));
    main.close();

    QString error;
    const auto config = loadAgentConfig(main.fileName(), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->includedFiles, (QStringList{dir.filePath(QStringLiteral("include.d/10-roles.conf")),
                                                 dir.filePath(QStringLiteral("include.d/20-noroles.conf"))}));
    // 10 sets roles (replaced), 20 does not (kept from 10).
    QCOMPARE(config->roles, QStringList{QStringLiteral("Service:role")});
    QCOMPARE(config->displayName, QStringLiteral("from include"));
    QCOMPARE(config->apikey, QStringLiteral("abcde"));
    // host_status merges key by key.
    QCOMPARE(config->hostStatusOnStart, QStringLiteral("working"));
    QCOMPARE(config->hostStatusOnStop, QStringLiteral("poweroff"));
    QCOMPARE(checkNames(config->checks), (QStringList{QStringLiteral("bar"), QStringLiteral("baz"), QStringLiteral("foo")}));
    // A plugin of the same name is replaced as a whole: bar's memo is gone, its custom_identifier is new.
    QCOMPARE(findCheck(*config, QStringLiteral("bar"))->memo, QString());
    QVERIFY(findCheck(*config, QStringLiteral("bar"))->hasCustomIdentifier);
    QCOMPARE(checkNames(config->hostChecks()), (QStringList{QStringLiteral("baz"), QStringLiteral("foo")}));
}

void TestAgentConfig::includeBelowRoot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("etc/mackerel-agent/conf.d"))));
    QFile main(dir.filePath(QStringLiteral("etc/mackerel-agent/mackerel-agent.conf")));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write("include = \"/etc/mackerel-agent/conf.d/*.conf\"\n");
    main.close();
    QVERIFY(QFile::copy(data(QStringLiteral("include.d/10-roles.conf")),
                        dir.filePath(QStringLiteral("etc/mackerel-agent/conf.d/roles.conf"))));
    QString error;
    const auto config = loadAgentConfig(main.fileName(), &error, dir.path());
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->roles, QStringList{QStringLiteral("Service:role")});
}

void TestAgentConfig::memoIsCutTo250Characters()
{
    QString error;
    const auto config = loadAgentConfig(data(QStringLiteral("memo.conf")), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(findCheck(*config, QStringLiteral("memo"))->memo, QStringLiteral("あいうえお"));
    const QString digits = QStringLiteral("0123456789").repeated(25);
    QCOMPARE(findCheck(*config, QStringLiteral("toolargememo"))->memo, digits);
    QCOMPARE(findCheck(*config, QStringLiteral("toolargememo2"))->memo, digits.left(249) + QStringLiteral("あ"));
    QCOMPARE(config->warnings.size(), 2);
}

void TestAgentConfig::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorStart"); // file:line
    QTest::addColumn<QString>("mentions");
    QTest::newRow("syntax") << "broken/syntax.conf" << "broken/syntax.conf:3:" << "invalid TOML";
    QTest::newRow("roles-type") << "broken/roles-type.conf" << "broken/roles-type.conf:3:" << "roles";
    QTest::newRow("cloud-platform") << "broken/cloud-platform.conf" << "broken/cloud-platform.conf:2:" << "EC2";
    QTest::newRow("check-command") << "broken/check-command.conf" << "broken/check-command.conf:3:"
                                   << "plugin.checks.nocommand.command";
    QTest::newRow("metadata-command") << "broken/metadata-command.conf" << "broken/metadata-command.conf:2:"
                                      << "plugin.metadata.sample.command";
}

void TestAgentConfig::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, errorStart);
    QFETCH(QString, mentions);
    QString error;
    const auto config = loadAgentConfig(data(file), &error);
    QVERIFY(!config);
    QVERIFY2(error.startsWith(data(errorStart)), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestAgentConfig::missingFile()
{
    QString error;
    QVERIFY(!loadAgentConfig(data(QStringLiteral("no-such.conf")), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such.conf")), qPrintable(error));
}

void TestAgentConfig::roleValidation_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "service:role" << true;
    QTest::newRow("blank after colon") << "service: \trole" << true;
    QTest::newRow("blank before colon") << "service :role" << false;
    QTest::newRow("underscore inside") << "my_service:web-1" << true;
    QTest::newRow("leading hyphen") << "-service:role" << false;
    QTest::newRow("leading underscore role") << "service:_role" << false;
    QTest::newRow("no colon") << "service" << false;
    QTest::newRow("two colons") << "a:b:c" << false;
    QTest::newRow("dot") << "a.b:c" << false;
    QTest::newRow("trailing newline") << "a:b\n" << false;
    QTest::newRow("non-ascii") << "サービス:role" << false;
}

void TestAgentConfig::roleValidation()
{
    QFETCH(QString, role);
    QFETCH(bool, valid);
    QCOMPARE(isValidRoleFullname(role), valid);
}

void TestAgentConfig::glob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("star") << "include.d/*.conf" << names("include.d/10-roles.conf|include.d/20-noroles.conf");
    QTest::newRow("question") << "include.d/?0-*" << names("include.d/10-roles.conf|include.d/20-noroles.conf|include.d/30-ignored.txt");
    QTest::newRow("class") << "include.d/[13]0-*" << names("include.d/10-roles.conf|include.d/30-ignored.txt");
    QTest::newRow("negated class") << "include.d/[^13]0-*" << names("include.d/20-noroles.conf");
    QTest::newRow("dir star") << "*.d/2*" << names("include.d/20-noroles.conf");
    QTest::newRow("literal") << "include.d/10-roles.conf" << names("include.d/10-roles.conf");
    QTest::newRow("nothing") << "include.d/*.toml" << names("");
}

void TestAgentConfig::glob()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QString error;
    const auto files = globFiles(data(pattern), &error);
    QVERIFY2(files, qPrintable(error));
    QStringList relative;
    for (const QString &file : *files)
        relative.append(file.mid(data(QString()).size()));
    QCOMPARE(relative, expected);
    QVERIFY(!globFiles(data(QStringLiteral("include.d/[")), &error));
}

QTEST_GUILESS_MAIN(TestAgentConfig)
#include "tst_agentconfig.moc"
