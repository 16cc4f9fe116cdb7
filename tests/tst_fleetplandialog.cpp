// The Fleet tab's "Plan repair…" dialog (issue 21): the plan as a table, and Apply…'s one
// confirmation naming the hosts to be retired. The apply itself is FleetApplier, end to end in
// tst_fleetapply.
#include "fleetjoin.h"
#include "fleetplandialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;

namespace {

QJsonObject ec2Cloud(const QString &instance)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), instance}}}};
}

// One EC2 machine with the integration's host and its agent's old host, and its report.
FleetAudit duplicateAudit()
{
    const QString instance = QStringLiteral("i-0d00000000000dup1");
    const QString identifier = instance + QStringLiteral(".ec2.amazonaws.com");
    FleetInputs inputs;
    inputs.hosts << *MackerelHost::fromJson({{QStringLiteral("id"), QStringLiteral("4IntDup0001")}, {QStringLiteral("name"), instance},
                                             {QStringLiteral("status"), QStringLiteral("working")},
                                             {QStringLiteral("customIdentifier"), identifier},
                                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(instance)}}}});
    inputs.hosts << *MackerelHost::fromJson({{QStringLiteral("id"), QStringLiteral("4AgtDup0001")}, {QStringLiteral("name"), QStringLiteral("ip-10-0-0-9")},
                                             {QStringLiteral("status"), QStringLiteral("working")},
                                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                                                                  {QStringLiteral("cloud"), ec2Cloud(instance)}}}});
    const QJsonObject report{
        {QStringLiteral("platform"), QStringLiteral("ec2")},
        {QStringLiteral("customIdentifier"), identifier},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), QStringLiteral("ip-10-0-0-9")},
                                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(instance)}}}}},
        {QStringLiteral("idFile"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/var/lib/mackerel-agent/id")},
                                               {QStringLiteral("state"), QStringLiteral("present")},
                                               {QStringLiteral("hostId"), QStringLiteral("4AgtDup0001")}}},
        {QStringLiteral("inspectorVersion"), QStringLiteral("0.1.0")},
        {QStringLiteral("probes"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
    };
    QString error;
    inputs.reports << *parseFleetReport(QJsonDocument(report).toJson(), QStringLiteral("dup-ec2.json"), &error);
    // A machine without a report: blocked, with its reason.
    inputs.hosts << *MackerelHost::fromJson({{QStringLiteral("id"), QStringLiteral("4AgtNoIdent")}, {QStringLiteral("name"), QStringLiteral("ip-10-8-0-9")},
                                             {QStringLiteral("status"), QStringLiteral("working")},
                                             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                                                                  {QStringLiteral("cloud"), ec2Cloud(QStringLiteral("i-0e1"))}}}});
    return joinFleet(inputs);
}

} // namespace

class TestFleetPlanDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planAsTable();
    void applyAsksOnceNamingTheHostsToRetire();
    void applyNeedsTheInventory();
    void playbookProgressPerHost();
};

void TestFleetPlanDialog::planAsTable()
{
    ui::FleetPlanDialog dialog(duplicateAudit(), {QStringLiteral("/srv/reports")}, MackerelSettings());
    QTableWidget *table = dialog.planTable();
    QCOMPARE(table->rowCount(), 2);
    QStringList machines;
    for (int row = 0; row < table->rowCount(); ++row)
        machines << table->item(row, 0)->text();
    const int dup = int(machines.indexOf(QStringLiteral("dup-ec2")));
    const int blocked = int(machines.indexOf(QStringLiteral("ip-10-8-0-9")));
    QVERIFY(dup >= 0 && blocked >= 0);
    QCOMPARE(table->item(dup, 2)->text(), QStringLiteral("move-id-file, restart-agent, verify, retire-host"));
    QVERIFY(table->item(dup, 3)->text().contains(QStringLiteral("4AgtDup0001")));
    QVERIFY(table->item(dup, 4)->text().isEmpty());
    QCOMPARE(table->item(blocked, 2)->text(), QStringLiteral("manual"));
    QVERIFY(!table->item(blocked, 4)->text().isEmpty());
    QVERIFY(dialog.applyButton()->isEnabled());
}

void TestFleetPlanDialog::applyAsksOnceNamingTheHostsToRetire()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ui::FleetPlanDialog dialog(duplicateAudit(), {}, MackerelSettings());
    dialog.show();
    dialog.planPathField()->setText(dir.filePath(QStringLiteral("plan.json")));
    dialog.inventoryField()->setText(dir.filePath(QStringLiteral("inventory.yml")));
    QVERIFY(!ui::FleetPlanDialog::defaultRepairPlaybook().isEmpty());
    dialog.applyButton()->click();
    // The plan is written first (the journal lives next to it), then one confirmation, open.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("plan.json"))));
    auto *confirm = qobject_cast<QMessageBox *>(dialog.confirmation());
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY2(confirm->text().contains(QStringLiteral("4AgtDup0001")), qPrintable(confirm->text()));
    QVERIFY(!confirm->text().contains(QStringLiteral("4IntDup0001")));
    QCOMPARE(confirm->textFormat(), Qt::PlainText);
    // Cancel: nothing is applied, no journal.
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.confirmation());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("plan.json.journal"))));
    QVERIFY(dialog.applyButton()->isEnabled());
}

void TestFleetPlanDialog::applyNeedsTheInventory()
{
    ui::FleetPlanDialog dialog(duplicateAudit(), {}, MackerelSettings());
    dialog.applyButton()->click();
    QVERIFY(!dialog.confirmation());
}

void TestFleetPlanDialog::playbookProgressPerHost()
{
    ui::FleetPlanDialog dialog(duplicateAudit(), {}, MackerelSettings());
    const QStringList lines{QStringLiteral("TASK [Move the id file aside] ***"), QStringLiteral("changed: [dup-ec2]"),
                            QStringLiteral("fatal: [web-ec2]: UNREACHABLE! => {\"changed\": false, \"msg\": \"refused\"}")};
    for (const QString &line : lines)
        dialog.showPlaybookLine(line);
    QTableWidget *hosts = dialog.hostTable();
    QCOMPARE(hosts->rowCount(), 2);
    QCOMPARE(hosts->item(0, 0)->text(), QStringLiteral("dup-ec2"));
    QCOMPARE(hosts->item(0, 2)->text(), QStringLiteral("Move the id file aside"));
    QCOMPARE(hosts->item(1, 0)->text(), QStringLiteral("web-ec2"));
    QCOMPARE(hosts->item(1, 1)->text(), QStringLiteral("unreachable"));
}

QTEST_MAIN(TestFleetPlanDialog)
#include "tst_fleetplandialog.moc"
