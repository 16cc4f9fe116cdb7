// mackerel-inspector(1) describes every command and every option the binary lists, the exit codes,
// the environment and the files.
#include "helplisting.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describesCommand_data();
    void describesCommand();
    void describesEveryOption_data();
    void describesEveryOption();
    void describesSection_data();
    void describesSection();
    void namesTheVersion();

private:
    // Per section (.SH), the tag lines of its `.TP` items ("--root DIR", "detect", "MACKEREL_APIKEY")
    // as a reader sees them.
    QHash<QString, QStringList> m_itemTags;
};

// Drops roff escapes for fonts, macros and quotes, so that `.BI \-\-root " DIR"` reads "--root DIR".
static QString plainText(QString roff)
{
    roff.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    roff.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    roff.remove(QRegularExpression(QStringLiteral("^\\.[A-Z]{1,2} ?")));
    roff.remove(QLatin1Char('"'));
    return roff.simplified();
}

void TestManPage::initTestCase()
{
    QFile page(QStringLiteral(MI_MAN_PAGE));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QStringList lines = QString::fromUtf8(page.readAll()).split(QLatin1Char('\n'));
    QString section;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String(".SH ")))
            section = plainText(lines.at(i));
        else if (lines.at(i) == QLatin1String(".TP"))
            m_itemTags[section].append(plainText(lines.at(i + 1)));
    }
    for (const char *required : {"COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES"})
        QVERIFY2(m_itemTags.contains(QLatin1String(required)), required);
}

void TestManPage::describesCommand_data()
{
    QTest::addColumn<QString>("command");
    const QStringList commands = testing::listedCommands();
    QVERIFY(commands.size() > 2);
    for (const QString &command : commands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestManPage::describesCommand()
{
    QFETCH(QString, command);
    QVERIFY2(m_itemTags.value(QStringLiteral("COMMANDS")).contains(command),
             qPrintable(QStringLiteral("docs/mackerel-inspector.1 has no .TP item for the command '%1' under COMMANDS").arg(command)));
}

void TestManPage::describesEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    for (const QString &command : testing::listedCommands()) {
        const QStringList options = testing::listedOptions(command);
        if (command != QLatin1String("help"))
            QVERIFY2(options.contains(QStringLiteral("--help")), qPrintable(command + QStringLiteral(" --help lists no options")));
        QTest::newRow(qPrintable(command)) << command << options;
    }
}

void TestManPage::describesEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const QRegularExpression tagWord(QStringLiteral("(^|[ ,])(--[a-z0-9-]+)"));
    QSet<QString> described;
    for (const QString &tag : m_itemTags.value(QStringLiteral("OPTIONS"))) {
        auto matches = tagWord.globalMatch(tag);
        while (matches.hasNext())
            described.insert(matches.next().captured(2));
    }
    QStringList missing;
    for (const QString &option : std::as_const(options)) {
        if (!described.contains(option))
            missing.append(option);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("`mackerel-inspector %1 --help` lists %2, which docs/mackerel-inspector.1 does not "
                                       "describe (add a .TP item under OPTIONS)")
                            .arg(command, missing.join(QStringLiteral(", ")))));
}

void TestManPage::describesSection_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("exit codes") << QStringLiteral("EXIT STATUS")
                                << QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                               QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("environment") << QStringLiteral("ENVIRONMENT")
                                 << QStringList{QStringLiteral("MACKEREL_APIKEY"), QStringLiteral("MACKEREL_APIBASE"),
                                                QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
                                                QStringLiteral("GCE_METADATA_HOST")};
    QTest::newRow("files") << QStringLiteral("FILES")
                           << QStringList{QStringLiteral("/etc/mackerel-agent/mackerel-agent.conf"),
                                          QStringLiteral("/var/lib/mackerel-agent/id")};
}

void TestManPage::describesSection()
{
    QFETCH(QString, section);
    QFETCH(QStringList, items);
    const QStringList tags = m_itemTags.value(section);
    for (const QString &item : std::as_const(items))
        QVERIFY2(tags.contains(item), qPrintable(QStringLiteral("%1 has no item for %2").arg(section, item)));
}

// The title line names the version `--version` prints (configured from project(), as the packages are).
void TestManPage::namesTheVersion()
{
    QFile page(QStringLiteral(MI_MAN_PAGE_BUILT));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QString version = QString::fromUtf8(testing::runInspector({QStringLiteral("--version")}).out).trimmed();
    QCOMPARE(version, QStringLiteral("mackerel-inspector " MACKEREL_INSPECTOR_VERSION));
    const QString title = QStringLiteral(".TH MACKEREL-INSPECTOR 1 ");
    const QString text = QString::fromUtf8(page.readAll());
    const QString titleLine = text.mid(text.indexOf(title)).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(titleLine.contains(QLatin1Char('"') + version + QLatin1Char('"')),
             qPrintable(QStringLiteral("the title line '%1' does not name \"%2\"").arg(titleLine, version)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
