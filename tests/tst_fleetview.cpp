#include "fleetdemo.h"
#include "fleetmachinedetails.h"
#include "fleetmachinemodel.h"
#include "fleetsession.h"
#include "fleetview.h"
#include "inspectorrun.h"
#include "plaintooltip.h"
#include "simulatedfleet.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QLineEdit>
#include <QTabWidget>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;
using namespace mi::ui;

Q_DECLARE_METATYPE(mi::FleetVerdict)
Q_DECLARE_METATYPE(mi::ui::FleetSession::ExportFormat)

namespace {

// The Fleet tab as the window builds it with --demo: the simulated organization and its reports.
struct DemoFleet
{
    std::unique_ptr<sim::FleetDemoEnvironment> environment;
    std::unique_ptr<FleetSession> session;

    bool start()
    {
        QString error;
        environment = sim::FleetDemoEnvironment::start(&error);
        if (!environment) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        session = std::make_unique<FleetSession>([this] {
            MackerelSettings settings;
            settings.apiBase = environment->apiBase();
            settings.apiKey = environment->apiKey();
            settings.apiKeySource = QStringLiteral("--demo");
            return settings;
        });
        return true;
    }
};

int rowOfName(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FleetMachineModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelHoldsEveryMachineOfTheAudit();
    void filterKeepsOneVerdictAndCountsShow_data();
    void filterKeepsOneVerdictAndCountsShow();
    void detailsShowHostsReportEvidenceAdvice_data();
    void detailsShowHostsReportEvidenceAdvice();
    void exportsWriteWhatTheCliPrints_data();
    void exportsWriteWhatTheCliPrints();
    void exportToAMissingFolderIsAnError();
    void noApiKeyIsAnErrorInWords();
    void rowsAppearAsReportsLandOnOneListing();
    void playbookRunFromTheViewShowsEachHost();
    void inspectPlaybookFillsTheTableAsReportsLand();
    void serviceAndRoleNarrowTheListing();
    void newReportsAfterAFailedListingAreJoined();
    void becomeChoiceIsAnAccessibleCombo();
};

void TestFleetView::modelHoldsEveryMachineOfTheAudit()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    FleetMachineModel *model = demo.session->machines();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetView view(demo.session.get());
    QAbstractItemModelTester proxyTester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!demo.session->isBusy());
    demo.session->openFolder(demo.environment->reportsDir());
    QVERIFY(demo.session->isBusy()); // the folder is read from the event loop
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QVERIFY(!demo.session->isBusy());

    const FleetAudit &audit = model->audit();
    QCOMPARE(model->rowCount(), int(audit.machines.size()));
    QCOMPARE(model->columnCount(), int(FleetMachineModel::ColumnCount));
    QVERIFY(audit.reportsRead > 0 && audit.hostsListed > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const FleetMachine &machine = audit.machines.at(row);
        QCOMPARE(model->index(row, FleetMachineModel::Verdict).data().toString(), fleetVerdictName(machine.verdict));
        QCOMPARE(model->index(row, FleetMachineModel::Name).data().toString(), machine.displayName());
        QCOMPARE(model->index(row, FleetMachineModel::CustomIdentifier).data().toString(), machine.customIdentifier);
        const QString hosts = model->index(row, FleetMachineModel::Hosts).data().toString();
        QVERIFY(machine.hosts.isEmpty() ? hosts == QLatin1String("none") : hosts.startsWith(QString::number(machine.hosts.size()) + QLatin1String(" (")));
        for (const FleetHost &host : machine.hosts)
            QVERIFY(hosts.contains(hostSourceName(host.source)));
        QCOMPARE(model->index(row, FleetMachineModel::Report).data().toString(), machine.report ? QStringLiteral("yes") : QStringLiteral("no"));
        // The whole advice, escaped for the tooltip (tooltips guess rich text; advice quotes outside names).
        QCOMPARE(model->index(row, FleetMachineModel::Advice).data(Qt::ToolTipRole).toString(), plainToolTip(machine.advice));
        QVERIFY(machine.advice.startsWith(model->index(row, FleetMachineModel::Advice).data().toString()));
    }
    // The demo organization shows every verdict.
    for (FleetVerdict verdict : allFleetVerdicts())
        QVERIFY2(model->count(verdict) > 0, qPrintable(fleetVerdictName(verdict)));
    QVERIFY(view.statusText().contains(QString::number(audit.machines.size())));
    // The worst machine is selected at once.
    QCOMPARE(view.machineView()->currentIndex().row(), 0);
    QVERIFY(view.details()->headlineText().contains(audit.machines.constFirst().displayName()));
}

void TestFleetView::filterKeepsOneVerdictAndCountsShow_data()
{
    QTest::addColumn<FleetVerdict>("verdict");
    for (FleetVerdict verdict : allFleetVerdicts())
        QTest::newRow(qPrintable(fleetVerdictName(verdict))) << verdict;
}

void TestFleetView::filterKeepsOneVerdictAndCountsShow()
{
    QFETCH(FleetVerdict, verdict);
    DemoFleet demo;
    QVERIFY(demo.start());
    demo.session->setFolderToOpen(demo.environment->reportsDir());
    FleetView view(demo.session.get()); // opens the folder set to open
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QAbstractItemModelTester proxyTester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int expected = demo.session->audit().summaryJson().value(fleetVerdictName(verdict)).toInt();
    QVERIFY(expected > 0);
    QComboBox *combo = view.verdictFilter();
    QCOMPARE(combo->itemText(0), QStringLiteral("all (%1)").arg(demo.session->machines()->rowCount()));
    QVERIFY(combo->findText(QStringLiteral("%1 (%2)").arg(fleetVerdictName(verdict)).arg(expected)) > 0);

    view.setVerdictFilter(verdict);
    QCOMPARE(view.filterModel()->rowCount(), expected);
    for (int row = 0; row < view.filterModel()->rowCount(); ++row)
        QCOMPARE(view.filterModel()->index(row, FleetMachineModel::Verdict).data().toString(), fleetVerdictName(verdict));
    view.setVerdictFilter(std::nullopt);
    QCOMPARE(view.filterModel()->rowCount(), demo.session->machines()->rowCount());
}

void TestFleetView::detailsShowHostsReportEvidenceAdvice_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<bool>("report");
    QTest::newRow("mismatch: web-3 names web-1's host") << "web-3" << "Mismatch" << 1 << true;
    QTest::newRow("duplicate: sakura-app") << "sakura-app" << "Duplicate" << 2 << true;
    QTest::newRow("integration-only, no report") << "i-0a1b2c3d4e5f60003" << "Integration only" << 1 << false;
    QTest::newRow("will-attach: web-2") << "web-2" << "Will attach" << 1 << true;
    QTest::newRow("will-create: office-1") << "office-1" << "Will create" << 0 << true;
    QTest::newRow("retired-host: old-db") << "old-db" << "Retired host" << 0 << true;
}

void TestFleetView::detailsShowHostsReportEvidenceAdvice()
{
    QFETCH(QString, machine);
    QFETCH(QString, headline);
    QFETCH(int, hosts);
    QFETCH(bool, report);
    DemoFleet demo;
    QVERIFY(demo.start());
    demo.session->setFolderToOpen(demo.environment->reportsDir());
    FleetView view(demo.session.get());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);

    const int row = rowOfName(view.filterModel(), machine);
    QVERIFY2(row >= 0, qPrintable(machine));
    view.machineView()->setCurrentIndex(view.filterModel()->index(row, 0));
    const FleetMachine &expected = demo.session->machines()->machine(view.filterModel()->mapToSource(view.filterModel()->index(row, 0)).row());
    FleetMachineDetails *details = view.details();
    QVERIFY2(details->headlineText().contains(machine) && details->headlineText().contains(headline), qPrintable(details->headlineText()));

    QTableWidget *hostTable = details->hostsTable();
    QCOMPARE(hostTable->rowCount(), int(expected.hosts.size()));
    QCOMPARE(int(expected.hosts.size()), hosts);
    for (int i = 0; i < expected.hosts.size(); ++i) {
        QCOMPARE(hostTable->item(i, 0)->text(), expected.hosts.at(i).host.id);
        QCOMPARE(hostTable->item(i, 3)->text().section(QLatin1Char(' '), 0, 0), hostSourceName(expected.hosts.at(i).source));
    }
    const QStringList reportLines = details->reportLines();
    QCOMPARE(!reportLines.isEmpty(), report);
    if (report) {
        QVERIFY(reportLines.contains(QStringLiteral("Host name: %1 (%2)").arg(expected.report->hostName, expected.report->platform)));
        QVERIFY(reportLines.contains(QStringLiteral("File: %1 (inspector %2)").arg(expected.report->file, expected.report->inspectorVersion)));
    }
    QCOMPARE(details->evidenceTable()->rowCount(), int(expected.evidence.size()));
    for (int i = 0; i < expected.evidence.size(); ++i)
        QCOMPARE(details->evidenceTable()->item(i, 1)->text(), expected.evidence.at(i).text);
    QVERIFY(!expected.advice.isEmpty());
    QVERIFY(details->adviceText().contains(expected.advice));
}

void TestFleetView::exportsWriteWhatTheCliPrints_data()
{
    QTest::addColumn<FleetSession::ExportFormat>("format");
    QTest::addColumn<QString>("flag");
    QTest::newRow("json") << FleetSession::ExportFormat::Json << "--json";
    QTest::newRow("csv") << FleetSession::ExportFormat::Csv << "--csv";
}

void TestFleetView::exportsWriteWhatTheCliPrints()
{
    QFETCH(FleetSession::ExportFormat, format);
    QFETCH(QString, flag);
    DemoFleet demo;
    QVERIFY(demo.start());
    demo.session->setFolderToOpen(demo.environment->reportsDir());
    FleetView view(demo.session.get());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("fleet.out"));
    QString error;
    QSignalSpy message(&view, &FleetView::message);
    QVERIFY2(view.exportTo(path, format, &error), qPrintable(error));
    QCOMPARE(message.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, FleetSession::exportBytes(demo.session->audit(), format));

    // The same bytes as `fleet` prints on the same organization and folder.
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("MACKEREL_APIKEY"), demo.environment->apiKey());
    const testing::InspectorRun run = testing::runInspector(
        {QStringLiteral("fleet"), flag, QStringLiteral("--reports"), demo.environment->reportsDir(), QStringLiteral("--apibase"),
         demo.environment->apiBase().toString(), QStringLiteral("--root"), out.path()},
        environment);
    QCOMPARE(run.exitCode, 3); // the demo has problems
    QCOMPARE(written, run.out);
}

void TestFleetView::exportToAMissingFolderIsAnError()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    demo.session->setFolderToOpen(demo.environment->reportsDir());
    FleetView view(demo.session.get());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QTemporaryDir out;
    QString error;
    QVERIFY(!view.exportTo(out.filePath(QStringLiteral("no/such/folder/fleet.json")), FleetSession::ExportFormat::Json, &error));
    QVERIFY(error.contains(QStringLiteral("no/such/folder/fleet.json")));
}

void TestFleetView::noApiKeyIsAnErrorInWords()
{
    QTemporaryDir reports;
    FleetSession session([] {
        MackerelSettings settings;
        settings.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1/")); // never asked: there is no key
        return settings;
    });
    FleetView view(&session);
    session.openFolder(reports.path());
    QSignalSpy failed(&session, &FleetSession::stateChanged);
    QTRY_VERIFY(!failed.isEmpty() && failed.last().first().value<FleetSession::State>() == FleetSession::State::Failed);
    QCOMPARE(session.state(), FleetSession::State::Failed);
    QVERIFY(!session.isBusy());
    QVERIFY(view.statusText().contains(QStringLiteral("No Mackerel API key")));
}

void TestFleetView::rowsAppearAsReportsLandOnOneListing()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    QTemporaryDir landing;
    FleetView view(demo.session.get());
    demo.session->openFolder(landing.path());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    const int hostsOnly = demo.session->machines()->rowCount();
    QCOMPARE(demo.session->audit().reportsRead, 0);
    QVERIFY(rowOfName(demo.session->machines(), QStringLiteral("office-1")) < 0); // no host, no report yet

    // office-1's report lands: its row appears, from the listing already made.
    QFile source(QDir(demo.environment->reportsDir()).filePath(QStringLiteral("office-1.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QSaveFile target(QDir(landing.path()).filePath(QStringLiteral("office-1.json")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(source.readAll());
    QVERIFY(target.commit());
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(demo.session->machines(), QStringLiteral("office-1")) >= 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QCOMPARE(demo.session->machines()->rowCount(), hostsOnly + 1);
    const auto listings = [&demo] {
        int count = 0;
        for (const auto &request : demo.environment->mackerel().requests())
            count += request.path == QLatin1String("/api/v0/hosts") ? 1 : 0;
        return count;
    };
    QCOMPARE(listings(), 1);

    // "Re-read hosts" lists the organization again; asked again while it lists, once.
    demo.session->reread();
    QCOMPARE(demo.session->state(), FleetSession::State::Auditing);
    demo.session->reread();
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(listings(), 2, 20000);
    QCOMPARE(demo.session->machines()->rowCount(), hostsOnly + 1);
}

void TestFleetView::playbookRunFromTheViewShowsEachHost()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    DemoFleet demo;
    QVERIFY(demo.start());
    QTemporaryDir parent;
    const QString reports = parent.filePath(QStringLiteral("reports")); // made by the run
    FleetView view(demo.session.get());
    view.resize(1100, 560);
    view.inventoryField()->setText(QStringLiteral(MI_TEST_DATA "/ansible/progress.ini"));
    view.playbookField()->setText(QStringLiteral(MI_TEST_DATA "/ansible/progress.yml"));
    view.reportsDirField()->setText(reports);
    QSignalSpy finished(demo.session->playbook(), &PlaybookRunner::finished);
    view.runButton()->click();
    QVERIFY(!view.runButton()->isEnabled());
    QVERIFY(view.cancelButton()->isEnabled());
    QVERIFY(QFileInfo(reports).isDir());
    QCOMPARE(demo.session->folder(), reports); // followed while the playbook runs
    QVERIFY(finished.wait(180000));

    QTableWidget *progress = view.progressTable();
    QCOMPARE(progress->rowCount(), 3);
    QHash<QString, QString> states;
    for (int row = 0; row < progress->rowCount(); ++row)
        states.insert(progress->item(row, 0)->text(), progress->item(row, 1)->text());
    QCOMPARE(states.value(QStringLiteral("alpha")), QStringLiteral("ok"));
    QCOMPARE(states.value(QStringLiteral("beta")), QStringLiteral("failed"));
    QCOMPARE(states.value(QStringLiteral("gamma")), QStringLiteral("unreachable"));
    QVERIFY2(view.playbookStatusText().contains(QStringLiteral("could not be reached")), qPrintable(view.playbookStatusText()));
    QVERIFY(view.playbookStatusText().contains(QStringLiteral("1 of 3 hosts ok")));
    QVERIFY(view.runButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
}

void TestFleetView::inspectPlaybookFillsTheTableAsReportsLand()
{
    if (testing::SimulatedFleet::ansiblePlaybook().isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    // contrib/ansible/inspect.yml over simulated machines (every endpoint on 127.0.0.1): four report,
    // one command fails, one prints half a report, one is unreachable.
    testing::SimulatedFleet machines;
    QString error;
    QVERIFY2(machines.start(&error), qPrintable(error));
    QTemporaryDir work;
    QFile inventory(work.filePath(QStringLiteral("inventory.yml")));
    QVERIFY(inventory.open(QIODevice::WriteOnly));
    inventory.write(machines.inventory(QStringLiteral(MI_INSPECTOR_BINARY)));
    inventory.close();
    // Ansible's own state in the test's folder, nothing from the user's configuration.
    QFile config(work.filePath(QStringLiteral("ansible.cfg")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.close();
    qputenv("ANSIBLE_CONFIG", config.fileName().toLocal8Bit());
    qputenv("ANSIBLE_HOME", work.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("ANSIBLE_LOCAL_TEMP", work.filePath(QStringLiteral("local-tmp")).toLocal8Bit());
    qputenv("ANSIBLE_REMOTE_TEMP", work.filePath(QStringLiteral("remote-tmp")).toLocal8Bit());
    qputenv("ANSIBLE_HOST_KEY_CHECKING", "False");

    DemoFleet demo;
    QVERIFY(demo.start());
    FleetView view(demo.session.get());
    view.inventoryField()->setText(inventory.fileName());
    view.playbookField()->setText(QStringLiteral(MI_PLAYBOOK));
    view.reportsDirField()->setText(work.filePath(QStringLiteral("reports")));
    QSignalSpy finished(demo.session->playbook(), &PlaybookRunner::finished);
    view.runButton()->click();
    QVERIFY(finished.wait(240000));

    const auto result = finished.first().first().value<PlaybookResult>();
    QCOMPARE(result.exitCode, 4); // failed and unreachable hosts: ansible-core's 4
    QCOMPARE(result.error, PlaybookResult::Error::HostsUnreachable);
    QHash<QString, QString> stateOf;
    for (int row = 0; row < view.progressTable()->rowCount(); ++row)
        stateOf.insert(view.progressTable()->item(row, 0)->text(), view.progressTable()->item(row, 1)->text());
    QCOMPARE(stateOf.size(), int(testing::SimulatedFleet::machines().size()));
    for (const testing::FleetMachine &machine : testing::SimulatedFleet::machines()) {
        const QString expected = machine.fate == testing::FleetMachine::Fate::Report        ? QStringLiteral("ok")
                               : machine.fate == testing::FleetMachine::Fate::Unreachable ? QStringLiteral("unreachable")
                                                                                           : QStringLiteral("failed");
        QCOMPARE(stateOf.value(machine.name), expected);
    }
    // Every report that landed is read and joined, on the one listing of the run. (The simulated
    // machines all run here and share this machine's MAC addresses: the join makes them one machine
    // and names the others in its warnings.)
    QStringList landed;
    for (const testing::FleetMachine &machine : testing::SimulatedFleet::machines()) {
        if (machine.fate == testing::FleetMachine::Fate::Report)
            landed << machine.name;
    }
    const auto joined = [&] {
        if (demo.session->state() != FleetSession::State::Ready || demo.session->reports().reports.size() != landed.size())
            return false;
        const FleetAudit &audit = demo.session->audit();
        for (const QString &name : std::as_const(landed)) {
            const bool row = rowOfName(demo.session->machines(), name) >= 0;
            const bool named = audit.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("/%1.json").arg(name));
            if (!row && !named)
                return false;
        }
        return audit.reportsRead >= 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(joined(), 20000);
    int listings = 0;
    for (const auto &request : demo.environment->mackerel().requests())
        listings += request.path == QLatin1String("/api/v0/hosts") ? 1 : 0;
    QCOMPARE(listings, 1);
}

void TestFleetView::serviceAndRoleNarrowTheListing()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    FleetView view(demo.session.get());
    QVERIFY(!view.serviceFilterField()->accessibleName().isEmpty());
    QVERIFY(!view.roleFilterField()->accessibleName().isEmpty());
    QVERIFY(!view.roleFilterField()->isEnabled()); // a role needs a service, as `fleet --role` does
    demo.session->openFolder(demo.environment->reportsDir());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    const int allHosts = demo.session->audit().hostsListed;
    demo.environment->mackerel().clearRequests();

    view.serviceFilterField()->setText(QStringLiteral("shop"));
    QVERIFY(view.roleFilterField()->isEnabled());
    view.roleFilterField()->setText(QStringLiteral("web, db"));
    Q_EMIT view.roleFilterField()->editingFinished();
    QCOMPARE(demo.session->hostFilter().service, QStringLiteral("shop"));
    QCOMPARE(demo.session->hostFilter().roles, (QStringList{QStringLiteral("web"), QStringLiteral("db")}));
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    // One listing, narrowed on the server, as `fleet --service shop --role web --role db` asks it.
    int listings = 0;
    for (const sim::MackerelRequest &request : demo.environment->mackerel().requests()) {
        // The listing; the searches by customIdentifier for the reports outside it share its path.
        if (request.path != QLatin1String("/api/v0/hosts") || request.query.contains(QLatin1String("customIdentifier=")))
            continue;
        ++listings;
        QVERIFY2(request.query.contains(QLatin1String("service=shop")) && request.query.contains(QLatin1String("role=web"))
                     && request.query.contains(QLatin1String("role=db")),
                 qPrintable(request.query));
    }
    QCOMPARE(listings, 1);
    QVERIFY2(demo.session->audit().hostsListed < allHosts,
             qPrintable(QStringLiteral("%1 of %2").arg(demo.session->audit().hostsListed).arg(allHosts)));

    // Emptied, the filter lists the whole organization again.
    view.serviceFilterField()->clear();
    Q_EMIT view.serviceFilterField()->editingFinished();
    QVERIFY(!view.roleFilterField()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QCOMPARE(demo.session->audit().hostsListed, allHosts);
}

void TestFleetView::newReportsAfterAFailedListingAreJoined()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    FleetView view(demo.session.get());
    sim::MackerelFault fault;
    fault.method = "GET";
    fault.pathPrefix = QStringLiteral("/api/v0/hosts");
    fault.status = 401;
    demo.environment->mackerel().addFault(fault);
    demo.session->openFolder(demo.environment->reportsDir());
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Failed, 20000);
    QVERIFY(!demo.session->hasAudit());

    // A report lands (the playbook goes on): the hosts are listed again and joined, no Re-read pressed.
    const QDir folder(demo.environment->reportsDir());
    const QString first = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name).constFirst();
    QVERIFY(QFile::copy(folder.filePath(first), folder.filePath(QStringLiteral("late-machine.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(demo.session->state(), FleetSession::State::Ready, 20000);
    QVERIFY(demo.session->hasAudit());
    QVERIFY(demo.session->audit().hostsListed > 0);
    QVERIFY(view.statusText().contains(QString::number(demo.session->audit().machines.size())));
}

void TestFleetView::becomeChoiceIsAnAccessibleCombo()
{
    DemoFleet demo;
    QVERIFY(demo.start());
    FleetView view(demo.session.get());
    QComboBox *become = view.becomeChoice();
    QVERIFY(!become->accessibleName().isEmpty());
    QCOMPARE(become->count(), 3);
    QVERIFY(become->itemData(0).toString().isEmpty()); // the inventory's, by default
    QCOMPARE(become->currentIndex(), 0);
    QCOMPARE(become->itemData(1).toString(), QStringLiteral("true"));
    QCOMPARE(become->itemData(2).toString(), QStringLiteral("false"));
}

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
