// The bash and zsh completions offer every command `mackerel-inspector help` lists, every option
// each command's --help lists, and exactly the values --demo, --cloud, --cloud-platform and --seed
// take. Both run for real: bash calls the completion function on a simulated command line, zsh
// completes in an interactive shell on a pseudo-terminal (zsh_complete.zsh).
#include "helplisting.h"

#include "cloudplatform.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QStandardPaths>
#include <QTest>

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersCommands_data();
    void offersCommands();
    void offersEveryOption_data();
    void offersEveryOption();
    void offersValues_data();
    void offersValues();
};

// What `shell` offers for `commandLine` (`mackerel-inspector match --`; a trailing space completes a
// new word), one match an item.
static QStringList complete(const QString &shell, const QString &commandLine)
{
    QStringList arguments;
    if (shell == QLatin1String("bash")) {
        QStringList words = commandLine.split(QLatin1Char(' '));
        arguments = QStringList{QStringLiteral("-c"),
                                QStringLiteral("source \"$0\"; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                                               "_mackerel_inspector; printf '%s\\n' \"${COMPREPLY[@]}\""),
                                QStringLiteral(MI_COMPLETION_DIR "/mackerel-inspector.bash")}
            + words;
    } else {
        arguments = QStringList{QStringLiteral(MI_ZSH_COMPLETE), QStringLiteral(MI_COMPLETION_DIR), commandLine};
    }
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(shell, arguments);
    if (!finished.wait(60000)) {
        process.kill();
        return {QStringLiteral("(%1 did not finish)").arg(shell)};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

static const QStringList Shells{QStringLiteral("bash"), QStringLiteral("zsh")};

void TestCompletion::initTestCase()
{
    for (const QString &shell : Shells)
        QVERIFY2(!QStandardPaths::findExecutable(shell).isEmpty(),
                 qPrintable(shell + QStringLiteral(" is needed (scripts/install-deps.sh installs it)")));
}

void TestCompletion::offersCommands_data()
{
    QTest::addColumn<QString>("shell");
    for (const QString &shell : Shells)
        QTest::newRow(qPrintable(shell)) << shell;
}

void TestCompletion::offersCommands()
{
    QFETCH(QString, shell);
    const QStringList commands = testing::listedCommands();
    QVERIFY(commands.size() > 2);
    const QStringList missing = missingFrom(complete(shell, QStringLiteral("mackerel-inspector ")), commands);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 completion does not offer the commands %2")
                                               .arg(shell, missing.join(QStringLiteral(", ")))));
}

void TestCompletion::offersEveryOption_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    for (const QString &command : testing::listedCommands()) {
        const QStringList options = testing::listedOptions(command);
        for (const QString &shell : Shells)
            QTest::addRow("%s %s", qPrintable(shell), qPrintable(command)) << shell << command << options;
    }
}

void TestCompletion::offersEveryOption()
{
    QFETCH(QString, shell);
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const QStringList offered = complete(shell, QStringLiteral("mackerel-inspector %1 --").arg(command));
    const QStringList missing = missingFrom(offered, options);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 completion of `mackerel-inspector %2 --` lacks %3 (resources/completion/)")
                            .arg(shell, command, missing.join(QStringLiteral(", ")))));
}

void TestCompletion::offersValues_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("values");
    const QList<std::pair<QString, QStringList>> cases = {
        {QStringLiteral("mackerel-inspector match --demo "), mi::sim::simulatedCloudNames()},
        {QStringLiteral("mackerel-inspector --demo "), mi::sim::simulatedCloudNames()},
        {QStringLiteral("mackerel-inspector simulate --cloud "), mi::sim::simulatedCloudNames()},
        {QStringLiteral("mackerel-inspector detect --cloud-platform "), cloudPlatformNames()},
        {QStringLiteral("mackerel-inspector register --seed "), mi::sim::mackerelSeedNames()},
        {QStringLiteral("mackerel-inspector inspect --demo ec"), mi::sim::simulatedCloudNames().filter(QRegularExpression(QStringLiteral("^ec")))},
        {QStringLiteral("mackerel-inspector fleet --demo "), {QStringLiteral("org")}}, // the simulated organization
    };
    for (const QString &shell : Shells) {
        for (const auto &[commandLine, values] : cases)
            QTest::addRow("%s: %s", qPrintable(shell), qPrintable(commandLine)) << shell << commandLine << values;
    }
}

void TestCompletion::offersValues()
{
    QFETCH(QString, shell);
    QFETCH(QString, commandLine);
    QFETCH(QStringList, values);
    QStringList offered = complete(shell, commandLine);
    offered.sort();
    values.sort();
    QCOMPARE(offered, values);
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
