// A hostile fleet in the window (issue 18): host names, report fields and a target's playbook output
// full of markup are shown literally (plain-text labels, escaped tooltips), and the playbook's
// children (ansible-playbook, the inspector on every target) never see the API key.
#include "childenvironment.h"
#include "demoenvironment.h"
#include "demowindow.h"
#include "fleetmachinedetails.h"
#include "fleetmachinemodel.h"
#include "fleetsession.h"
#include "fleetview.h"
#include "inspectionsession.h"
#include "mackerelapisimulator.h"
#include "mackerelpanel.h"
#include "mackerelsession.h"
#include "mainwindow.h"
#include "plaintooltip.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::sim;

namespace {

const QString Markup = QStringLiteral("<span style=\"font-size:28pt;color:#0a0\">OK: nothing to do</span><img src=\"file:///etc/hostname\">");
const QString Key = QStringLiteral("window-S3cret-key-0c0ffee-1234");

// Every label that holds outside text shows it literally: no label with markup in its text is rich.
QString richLabelWithMarkup(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const bool looksRich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (looksRich && label->text().contains(QLatin1String("<span")))
            return label->objectName() + QLatin1Char(' ') + label->text();
    }
    return QString();
}

bool anyLabelShows(QWidget *root, const QString &literal)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().contains(literal) && label->textFormat() == Qt::PlainText)
            return true;
    }
    return false;
}

// A tooltip that Qt shows as rich text must hold the outside markup escaped.
bool toolTipIsLiteral(const QString &toolTip)
{
    return !toolTip.contains(QLatin1String("<span")) && !toolTip.contains(QLatin1String("<img"));
}

FleetMachine hostileMachine()
{
    FleetMachine machine;
    machine.verdict = FleetVerdict::Duplicate;
    machine.customIdentifier = Markup;
    for (const QString &id : {QStringLiteral("3hostileA"), QStringLiteral("3hostileB")}) {
        FleetHost host;
        host.host.id = id;
        host.host.name = Markup;
        host.host.displayName = Markup;
        host.host.status = QStringLiteral("working");
        machine.hosts << host;
    }
    FleetReport report;
    report.file = QStringLiteral("/tmp/reports/") + Markup + QStringLiteral(".json");
    report.inventoryName = Markup;
    report.hostName = Markup;
    report.platform = Markup;
    report.customIdentifier = Markup;
    report.idFileReported = true;
    report.idFile.path = Markup;
    report.idFile.state = HostIdFile::State::Present;
    report.idFile.hostId = QStringLiteral("3hostileA");
    machine.report = report;
    FleetEvidence evidence;
    evidence.key = QStringLiteral("customIdentifier");
    evidence.value = Markup;
    evidence.members = {QStringLiteral("host 3hostileA"), QStringLiteral("host 3hostileB")};
    evidence.text = Markup;
    machine.evidence << evidence;
    machine.keepHostId = QStringLiteral("3hostileA");
    machine.advice = Markup;
    return machine;
}

// A stand-in for ansible-playbook: prints the default callback's lines for a host named with markup,
// an ERROR! with markup on stderr, and writes its whole environment to ENV_OUT.
QString writeFakeAnsible(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("ansible-playbook"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("#!/bin/sh\n"
               "env > \"$ENV_OUT\"\n"
               "echo 'PLAY [x] ****'\n"
               "echo 'TASK [<b>Reach</b><img src=\"file:///etc/hostname\">] ****'\n"
               "echo 'fatal: [<span style=\"color:#0a0\">web1</span>]: FAILED! => {\"msg\": \"<span style=\\\"font-size:28pt\\\">OK</span>\"}'\n"
               "echo 'ERROR! <span style=\"font-size:28pt;color:#0a0\">OK: nothing to do</span><img src=\"file:///etc/hostname\">' >&2\n"
               "exit 1\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestHostileWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainToolTipShowsMarkupLiterally();
    void fleetDetailsShowOutsideTextLiterally();
    void fleetModelToolTipsAreEscaped();
    void exportCsvNeutralizesFormulas();
    void mackerelTabShowsHostileHostLiterally();
    void playbookOutputIsPlainAndChildSeesNoKey();
    void childEnvironmentDropsTheKey();
    void realAnsibleAndTargetSeeNoKey();
};

void TestHostileWindow::plainToolTipShowsMarkupLiterally()
{
    const QString toolTip = ui::plainToolTip(Markup);
    QVERIFY(toolTipIsLiteral(toolTip));
    QVERIFY(toolTip.contains(QStringLiteral("&lt;img src=&quot;file:///etc/hostname&quot;&gt;")));
    // Qt treats it as rich text (ours), so the escaped markup shows as the characters it names.
    QVERIFY(Qt::mightBeRichText(toolTip));
    QCOMPARE(ui::plainToolTip(QString()), QString());
}

void TestHostileWindow::fleetDetailsShowOutsideTextLiterally()
{
    ui::FleetMachineDetails details;
    details.resize(900, 700);
    details.show();
    details.setMachine(hostileMachine());
    const QString rich = richLabelWithMarkup(&details);
    QVERIFY2(rich.isEmpty(), qPrintable(rich));
    QVERIFY(anyLabelShows(&details, Markup)); // the headline names the machine, literally
    for (QTableWidget *table : details.findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *item = table->item(row, column))
                    QVERIFY2(toolTipIsLiteral(item->toolTip()), qPrintable(item->toolTip()));
            }
        }
    }
    for (QWidget *widget : details.findChildren<QWidget *>())
        QVERIFY2(toolTipIsLiteral(widget->toolTip()), qPrintable(widget->toolTip()));
}

void TestHostileWindow::fleetModelToolTipsAreEscaped()
{
    ui::FleetMachineModel model;
    FleetAudit audit;
    audit.machines << hostileMachine();
    model.setAudit(audit);
    QCOMPARE(model.rowCount(), 1);
    int toolTips = 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString toolTip = model.data(model.index(0, column), Qt::ToolTipRole).toString();
        QVERIFY2(toolTipIsLiteral(toolTip), qPrintable(toolTip));
        toolTips += toolTip.isEmpty() ? 0 : 1;
    }
    QVERIFY(toolTips >= 1);
}

void TestHostileWindow::exportCsvNeutralizesFormulas()
{
    FleetMachine machine = hostileMachine();
    machine.customIdentifier = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"ok\")");
    machine.hosts[0].host.name = QStringLiteral("+1+1");
    machine.hosts[0].host.displayName = QStringLiteral("-2+3");
    machine.report->platform = QStringLiteral("@SUM(1,2)");
    machine.report->inventoryName = QStringLiteral("-2+3"); // the machine's name in the export
    machine.advice = QStringLiteral("\t=cmd|' /C calc'!A0");
    FleetAudit audit;
    audit.machines << machine;
    // The window's Export CSV writes these bytes, the ones `fleet --csv` prints.
    const QString csv = QString::fromUtf8(ui::FleetSession::exportBytes(audit, ui::FleetSession::ExportFormat::Csv));
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"ok\"\")\"")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("'-2+3")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("'+1+1")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"'@SUM(1,2)\"")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("'\\t=cmd")), qPrintable(csv));
    QVERIFY(!csv.contains(QLatin1Char('\t')));
    // No cell starts a formula: after a separator or a line start, never one of = + - @.
    for (const QString &cell : csv.split(QRegularExpression(QStringLiteral("[,\n]")))) {
        const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
        QVERIFY2(bare.isEmpty() || !QStringLiteral("=+-@").contains(bare.front()), qPrintable(cell));
    }
}

void TestHostileWindow::mackerelTabShowsHostileHostLiterally()
{
    QString error;
    std::unique_ptr<DemoEnvironment> demo = DemoEnvironment::start(SimulatedCloud::Ec2, &error);
    QVERIFY2(demo && demo->startMackerel(MackerelSeed::Registered, &error), qPrintable(error));
    // The organization's hosts renamed by an attacker with a write key.
    QList<QJsonObject> hosts = demo->mackerel()->hosts();
    QVERIFY(!hosts.isEmpty());
    for (QJsonObject &host : hosts) {
        host.insert(QStringLiteral("name"), Markup);
        host.insert(QStringLiteral("displayName"), Markup);
    }
    demo->mackerel()->replaceHosts(hosts);

    ui::InspectionSession session(testing::demoDetectorOptions(*demo), AgentConfig(), HostSpecOptions());
    ui::MackerelSession mackerel(testing::demoMackerelSettings(*demo, QStringLiteral("test")));
    ui::MainWindow window(&session, &mackerel);
    window.show();
    session.refresh();
    ui::MackerelPanel *panel = window.mackerelPanel();
    window.tabs()->setCurrentWidget(panel->parentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(mackerel.hasReport() && !mackerel.isBusy(), 20000);
    QVERIFY(mackerel.report().host);
    QTRY_VERIFY_WITH_TIMEOUT(anyLabelShows(&window, QStringLiteral("<span style=")), 5000);
    const QString rich = richLabelWithMarkup(&window);
    QVERIFY2(rich.isEmpty(), qPrintable(rich));
    for (QWidget *widget : window.findChildren<QWidget *>())
        QVERIFY2(toolTipIsLiteral(widget->toolTip()), qPrintable(widget->toolTip()));
}

void TestHostileWindow::playbookOutputIsPlainAndChildSeesNoKey()
{
    QTemporaryDir dir;
    const QString program = writeFakeAnsible(dir);
    QVERIFY(!program.isEmpty());
    const QString envOut = dir.filePath(QStringLiteral("env.txt"));
    qputenv("ENV_OUT", QFile::encodeName(envOut));
    qputenv("MACKEREL_APIKEY", Key.toUtf8());
    qputenv("SOME_TOOL_TOKEN", Key.toUtf8()); // the key under another name
    MackerelSettings settings;
    settings.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    settings.apiKey = Key;
    ui::FleetSession session([settings] { return settings; });
    ui::FleetView view(&session);
    view.resize(1000, 700);
    view.show();
    QSignalSpy finished(session.playbook(), &ui::PlaybookRunner::finished);
    ui::PlaybookRequest request;
    request.program = program;
    request.playbook = dir.filePath(QStringLiteral("inspect.yml"));
    request.inventory = dir.filePath(QStringLiteral("hosts.ini"));
    request.reportsDir = dir.filePath(QStringLiteral("reports"));
    QString error;
    QVERIFY2(session.runPlaybook(request, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    qunsetenv("MACKEREL_APIKEY");
    qunsetenv("SOME_TOOL_TOKEN");
    qunsetenv("ENV_OUT");

    QFile env(envOut);
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QByteArray seen = env.readAll();
    QVERIFY(seen.contains("ENV_OUT=")); // the child did run and dump its environment
    QVERIFY2(!seen.contains(Key.toUtf8()), seen.constData());
    QVERIFY(!seen.contains("MACKEREL_APIKEY="));

    // The target's words and ansible's ERROR! are in the window, literally.
    const QString rich = richLabelWithMarkup(&view);
    QVERIFY2(rich.isEmpty(), qPrintable(rich));
    QVERIFY(anyLabelShows(&view, QStringLiteral("<span style=\"font-size:28pt;color:#0a0\">OK: nothing to do</span>")));
    for (QTableWidget *table : view.findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *item = table->item(row, column))
                    QVERIFY2(toolTipIsLiteral(item->toolTip()), qPrintable(item->toolTip()));
            }
        }
    }
}

void TestHostileWindow::childEnvironmentDropsTheKey()
{
    QProcessEnvironment base;
    base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    base.insert(QStringLiteral("MACKEREL_APIKEY"), QStringLiteral("other-key-from-env"));
    base.insert(QStringLiteral("CI_SECRET"), QStringLiteral("Bearer ") + Key);
    base.insert(QStringLiteral("HARMLESS"), QStringLiteral("abc"));
    const QProcessEnvironment child = childEnvironment(base, {Key, QString()});
    QVERIFY(!child.contains(QStringLiteral("MACKEREL_APIKEY")));
    QVERIFY(!child.contains(QStringLiteral("CI_SECRET")));
    QCOMPARE(child.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
    QCOMPARE(child.value(QStringLiteral("HARMLESS")), QStringLiteral("abc"));
}

void TestHostileWindow::realAnsibleAndTargetSeeNoKey()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    QTemporaryDir dir;
    const QString controllerOut = dir.filePath(QStringLiteral("controller.txt"));
    const QString targetOut = dir.filePath(QStringLiteral("target.txt"));
    QFile inventory(dir.filePath(QStringLiteral("hosts.ini")));
    QVERIFY(inventory.open(QIODevice::WriteOnly));
    inventory.write("[machines]\nlocal ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n");
    inventory.close();
    // What ansible-playbook sees (a lookup runs on the controller) and what a target's command sees.
    QFile playbook(dir.filePath(QStringLiteral("env.yml")));
    QVERIFY(playbook.open(QIODevice::WriteOnly));
    playbook.write("- hosts: machines\n"
                   "  gather_facts: false\n"
                   "  tasks:\n"
                   "    - name: The controller's environment\n"
                   "      ansible.builtin.copy:\n"
                   "        dest: \"" + QFile::encodeName(controllerOut) + "\"\n"
                   "        content: \"{{ lookup('env', 'MACKEREL_APIKEY') }}|{{ lookup('env', 'SOME_TOOL_TOKEN') }}|{{ lookup('env', 'HOME') }}\"\n"
                   "    - name: The target's environment, as its inspector would see it\n"
                   "      ansible.builtin.shell: env > \"" + QFile::encodeName(targetOut) + "\"\n");
    playbook.close();
    qputenv("MACKEREL_APIKEY", Key.toUtf8());
    qputenv("SOME_TOOL_TOKEN", Key.toUtf8());
    ui::PlaybookRunner runner;
    QSignalSpy finished(&runner, &ui::PlaybookRunner::finished);
    ui::PlaybookRequest request;
    request.inventory = inventory.fileName();
    request.playbook = playbook.fileName();
    request.reportsDir = dir.filePath(QStringLiteral("reports"));
    request.withheld << Key;
    runner.start(request);
    const bool done = finished.wait(180000);
    qunsetenv("MACKEREL_APIKEY");
    qunsetenv("SOME_TOOL_TOKEN");
    QVERIFY(done);
    QFile controller(controllerOut);
    QVERIFY2(controller.open(QIODevice::ReadOnly), qPrintable(runner.errorLines().join(QLatin1Char('\n'))));
    const QByteArray controllerSaw = controller.readAll();
    QVERIFY2(controllerSaw.startsWith("||"), controllerSaw.constData()); // both empty, HOME after them
    QFile target(targetOut);
    QVERIFY(target.open(QIODevice::ReadOnly));
    const QByteArray targetSaw = target.readAll();
    QVERIFY(targetSaw.contains("PATH="));
    QVERIFY2(!targetSaw.contains(Key.toUtf8()), targetSaw.constData());
}

QTEST_MAIN(TestHostileWindow)
#include "tst_hostilewindow.moc"
