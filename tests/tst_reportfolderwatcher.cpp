#include "fleetdemo.h"
#include "reportfolderwatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::ui;

namespace {

QByteArray demoReport(const QString &inventoryName)
{
    QTemporaryDir dir;
    QString error;
    if (!sim::writeFleetDemoReports(dir.path(), &error))
        return QByteArray();
    QFile file(QDir(dir.path()).filePath(inventoryName + QStringLiteral(".json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool land(const QString &folder, const QString &fileName, const QByteArray &content)
{
    QSaveFile file(QDir(folder).filePath(fileName));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

QStringList inventoryNames(const FleetReportSet &set)
{
    QStringList names;
    for (const FleetReport &report : set.reports)
        names << report.inventoryName;
    return names;
}

} // namespace

class TestReportFolderWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstReadingComesFromTheEventLoop();
    void reportsLandingOneByOneGrowTheSet_data();
    void reportsLandingOneByOneGrowTheSet();
    void halfWrittenFileIsSkippedThenPickedUp();
    void hiddenAndOtherFilesAreIgnored();
    void removedReportLeavesTheSet();
};

void TestReportFolderWatcher::firstReadingComesFromTheEventLoop()
{
    QTemporaryDir folder;
    QVERIFY(land(folder.path(), QStringLiteral("web-1.json"), demoReport(QStringLiteral("web-1"))));
    ReportFolderWatcher watcher;
    QSignalSpy changed(&watcher, &ReportFolderWatcher::reportsChanged);
    watcher.setFolder(folder.path());
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait());
    QCOMPARE(inventoryNames(changed.first().first().value<FleetReportSet>()), QStringList{QStringLiteral("web-1")});
}

void TestReportFolderWatcher::reportsLandingOneByOneGrowTheSet_data()
{
    QTest::addColumn<QStringList>("landing");
    QTest::newRow("three machines") << QStringList{QStringLiteral("web-2"), QStringLiteral("office-1"), QStringLiteral("gce-1")};
    QTest::newRow("one") << QStringList{QStringLiteral("old-db")};
}

void TestReportFolderWatcher::reportsLandingOneByOneGrowTheSet()
{
    QFETCH(QStringList, landing);
    QTemporaryDir folder;
    ReportFolderWatcher watcher;
    QSignalSpy changed(&watcher, &ReportFolderWatcher::reportsChanged);
    watcher.setFolder(folder.path());
    QVERIFY(changed.wait());
    QVERIFY(changed.takeFirst().first().value<FleetReportSet>().reports.isEmpty());

    QStringList expected;
    for (const QString &name : landing) {
        QVERIFY(land(folder.path(), name + QStringLiteral(".json"), demoReport(name)));
        expected << name;
        expected.sort();
        QTRY_VERIFY_WITH_TIMEOUT(inventoryNames(watcher.reports()) == expected, 10000);
        const FleetReportSet set = changed.last().first().value<FleetReportSet>();
        QCOMPARE(inventoryNames(set), expected);
        QVERIFY2(set.warnings.isEmpty(), qPrintable(set.warnings.join(QLatin1Char('\n'))));
    }
}

void TestReportFolderWatcher::halfWrittenFileIsSkippedThenPickedUp()
{
    QTemporaryDir folder;
    ReportFolderWatcher watcher;
    QSignalSpy changed(&watcher, &ReportFolderWatcher::reportsChanged);
    watcher.setFolder(folder.path());
    QVERIFY(changed.wait());
    QVERIFY(land(folder.path(), QStringLiteral("web-1.json"), demoReport(QStringLiteral("web-1"))));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.reports().reports.size(), 1, 10000);

    // A copy written in place, cut in the middle: left out with a warning that names it.
    const QByteArray full = demoReport(QStringLiteral("web-2"));
    const QString path = QDir(folder.path()).filePath(QStringLiteral("web-2.json"));
    QFile partial(path);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    QVERIFY(partial.write(full.left(full.size() / 2)) > 0);
    partial.close();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.reports().warnings.isEmpty(), 10000);
    QCOMPARE(inventoryNames(watcher.reports()), QStringList{QStringLiteral("web-1")});
    QVERIFY(watcher.reports().warnings.constFirst().contains(path));

    // The rest is written into the same file: the report is read again and the warning goes.
    QFile rest(path);
    QVERIFY(rest.open(QIODevice::Append));
    QVERIFY(rest.write(full.mid(full.size() / 2)) > 0);
    rest.close();
    QTRY_COMPARE_WITH_TIMEOUT(inventoryNames(watcher.reports()), (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2")}), 10000);
    QVERIFY(watcher.reports().warnings.isEmpty());
}

void TestReportFolderWatcher::hiddenAndOtherFilesAreIgnored()
{
    QTemporaryDir folder;
    const QByteArray report = demoReport(QStringLiteral("web-1"));
    QVERIFY(land(folder.path(), QStringLiteral(".web-1.json"), report));        // a copy in progress
    QVERIFY(land(folder.path(), QStringLiteral("web-1.json.part"), report));    // not a report's name
    QVERIFY(land(folder.path(), QStringLiteral("notes.txt"), QByteArrayLiteral("not json")));
    ReportFolderWatcher watcher;
    QSignalSpy changed(&watcher, &ReportFolderWatcher::reportsChanged);
    watcher.setFolder(folder.path());
    QVERIFY(changed.wait());
    QVERIFY(watcher.reports().reports.isEmpty());
    QVERIFY(watcher.reports().warnings.isEmpty());

    // A report that lands after them is the only one read.
    QVERIFY(land(folder.path(), QStringLiteral("web-1.json"), report));
    QTRY_COMPARE_WITH_TIMEOUT(inventoryNames(watcher.reports()), QStringList{QStringLiteral("web-1")}, 10000);
    QVERIFY(watcher.reports().warnings.isEmpty());
}

void TestReportFolderWatcher::removedReportLeavesTheSet()
{
    QTemporaryDir folder;
    QVERIFY(land(folder.path(), QStringLiteral("web-1.json"), demoReport(QStringLiteral("web-1"))));
    QVERIFY(land(folder.path(), QStringLiteral("web-2.json"), demoReport(QStringLiteral("web-2"))));
    ReportFolderWatcher watcher;
    QSignalSpy changed(&watcher, &ReportFolderWatcher::reportsChanged);
    watcher.setFolder(folder.path());
    QVERIFY(changed.wait());
    QCOMPARE(watcher.reports().reports.size(), 2);
    QVERIFY(QFile::remove(QDir(folder.path()).filePath(QStringLiteral("web-1.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(inventoryNames(watcher.reports()), QStringList{QStringLiteral("web-2")}, 10000);
}

QTEST_MAIN(TestReportFolderWatcher)
#include "tst_reportfolderwatcher.moc"
