// The bash and zsh completions offer every command `mackerel-inspector help` lists, every option
// each command's --help lists, and exactly the values --demo, --cloud, --cloud-platform and --seed take.
// bash completion is run for real (the completion function on a simulated command line).
#include "helplisting.h"

#include "cloudplatform.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bashOffersCommands();
    void bashOffersEveryOption_data();
    void bashOffersEveryOption();
    void bashOffersValues_data();
    void bashOffersValues();
    void zshParses();
    void zshNamesEveryCommandAndOption();
    void zshOffersValues_data();
    void zshOffersValues();

private:
    QString m_zsh;
};

// Runs the bash completion function on `mackerel-inspector <words...>` (the last word is the one
// being completed) and returns what it offers.
static QStringList bashComplete(const QStringList &words)
{
    QProcess bash;
    QSignalSpy finished(&bash, &QProcess::finished);
    bash.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("-c"),
                           QStringLiteral("source \"$0\"; COMP_WORDS=(mackerel-inspector \"$@\"); COMP_CWORD=$#; "
                                          "_mackerel_inspector; printf '%s\\n' \"${COMPREPLY[@]}\""),
                           QStringLiteral(MI_BASH_COMPLETION)}
                   + words);
    if (!finished.wait(30000))
        return {QStringLiteral("(bash did not finish)")};
    return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

static QStringList missingFrom(const QStringList &offered, const QStringList &expected)
{
    QStringList missing;
    for (const QString &item : expected) {
        if (!offered.contains(item))
            missing.append(item);
    }
    return missing;
}

static QStringList cloudPlatformNames()
{
    QStringList names;
    for (auto platform : {mi::CloudPlatform::Auto, mi::CloudPlatform::None, mi::CloudPlatform::Ec2,
                          mi::CloudPlatform::Gce, mi::CloudPlatform::AzureVm})
        names.append(mi::cloudPlatformName(platform));
    return names;
}

void TestCompletion::initTestCase()
{
    QFile zsh(QStringLiteral(MI_ZSH_COMPLETION));
    QVERIFY2(zsh.open(QIODevice::ReadOnly), qPrintable(zsh.fileName()));
    m_zsh = QString::fromUtf8(zsh.readAll());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty(), "bash is needed");
}

void TestCompletion::bashOffersCommands()
{
    const QStringList commands = testing::listedCommands();
    QVERIFY(commands.size() > 2);
    const QStringList missing = missingFrom(bashComplete({QString()}), commands);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("bash completion does not offer the commands ") + missing.join(QStringLiteral(", "))));
}

void TestCompletion::bashOffersEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    for (const QString &command : testing::listedCommands())
        QTest::newRow(qPrintable(command)) << command << testing::listedOptions(command);
}

void TestCompletion::bashOffersEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const QStringList missing = missingFrom(bashComplete({command, QStringLiteral("--")}), options);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("bash completion of `mackerel-inspector %1 --` lacks %2 "
                                       "(resources/completion/mackerel-inspector.bash)")
                            .arg(command, missing.join(QStringLiteral(", ")))));
}

void TestCompletion::bashOffersValues_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("--demo") << QStringList{QStringLiteral("match"), QStringLiteral("--demo"), QString()} << mi::sim::simulatedCloudNames();
    QTest::newRow("window --demo") << QStringList{QStringLiteral("--demo"), QString()} << mi::sim::simulatedCloudNames();
    QTest::newRow("simulate --cloud") << QStringList{QStringLiteral("simulate"), QStringLiteral("--cloud"), QString()}
                                      << mi::sim::simulatedCloudNames();
    QTest::newRow("--cloud-platform") << QStringList{QStringLiteral("detect"), QStringLiteral("--cloud-platform"), QString()}
                                      << cloudPlatformNames();
    QTest::newRow("--seed") << QStringList{QStringLiteral("match"), QStringLiteral("--seed"), QString()} << mi::sim::mackerelSeedNames();
    QTest::newRow("--demo e") << QStringList{QStringLiteral("detect"), QStringLiteral("--demo"), QStringLiteral("e")}
                              << QStringList{QStringLiteral("ec2"), QStringLiteral("ec2-imdsv1")};
}

void TestCompletion::bashOffersValues()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, values);
    QStringList offered = bashComplete(words);
    offered.sort();
    values.sort();
    QCOMPARE(offered, values);
}

void TestCompletion::zshParses()
{
    const QString zsh = QStandardPaths::findExecutable(QStringLiteral("zsh"));
    QVERIFY2(!zsh.isEmpty(), "zsh is needed (scripts/install-deps.sh installs it)");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(zsh, {QStringLiteral("-n"), QStringLiteral(MI_ZSH_COMPLETION)});
    QVERIFY(finished.wait(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestCompletion::zshNamesEveryCommandAndOption()
{
    QStringList missing;
    for (const QString &command : testing::listedCommands()) {
        if (!m_zsh.contains(QLatin1Char('\'') + command + QLatin1Char(':')))
            missing.append(command);
        for (const QString &option : testing::listedOptions(command)) {
            const bool offered = m_zsh.contains(option + QLatin1Char('[')) || m_zsh.contains(option + QStringLiteral("=["))
                || (option == QLatin1String("--help") && m_zsh.contains(QStringLiteral("{-h,--help}")));
            if (!offered && !missing.contains(option))
                missing.append(option);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("resources/completion/_mackerel-inspector lacks ") + missing.join(QStringLiteral(", "))));
}

void TestCompletion::zshOffersValues_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::newRow("--demo, --cloud") << mi::sim::simulatedCloudNames();
    QTest::newRow("--cloud-platform") << cloudPlatformNames();
    QTest::newRow("--seed") << mi::sim::mackerelSeedNames();
}

void TestCompletion::zshOffersValues()
{
    QFETCH(QStringList, values);
    const QString list = QLatin1Char('(') + values.join(QLatin1Char(' ')) + QLatin1Char(')');
    QVERIFY2(m_zsh.contains(list), qPrintable(QStringLiteral("no value list %1 in the zsh completion").arg(list)));
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
