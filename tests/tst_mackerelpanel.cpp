#include "demoenvironment.h"
#include "demowindow.h"
#include "hostcomparisonview.h"
#include "hostidfile.h"
#include "hostregistrar.h"
#include "hostupdateplan.h"
#include "inspectionsession.h"
#include "mackerelpanel.h"
#include "mackerelsession.h"
#include "machinekeys.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace mi;
using namespace mi::sim;

Q_DECLARE_METATYPE(mi::sim::MackerelSeed)
Q_DECLARE_METATYPE(mi::sim::SimulatedCloud)

namespace {

// A window on a simulated EC2 instance whose Mackerel organization holds `seed`.
struct Fixture
{
    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<ui::InspectionSession> session;
    std::unique_ptr<ui::MackerelSession> mackerel;
    std::unique_ptr<ui::MainWindow> window;
    bool confRead = true;

    bool start(MackerelSeed seed, const QString &apiKey = QString::fromLatin1(DemoApiKey), SimulatedCloud cloud = SimulatedCloud::Ec2)
    {
        QString error;
        demo = DemoEnvironment::start(cloud, &error);
        if (!demo || !demo->startMackerel(seed, &error))
            return false;
        session = std::make_unique<ui::InspectionSession>(testing::demoDetectorOptions(*demo), AgentConfig(),
                                                          HostSpecOptions());
        mackerel = std::make_unique<ui::MackerelSession>(testing::demoMackerelSettings(*demo, QStringLiteral("test"), apiKey));
        mackerel->setConfRead(confRead); // the payload's checks (none) stand for the conf's
        window = std::make_unique<ui::MainWindow>(session.get(), mackerel.get());
        window->show();
        session->refresh();
        return true;
    }
    // The panel on its tab, in front, as a person clicks it (the tab is built when first shown).
    ui::MackerelPanel *panel() const
    {
        ui::MackerelPanel *panel = window->mackerelPanel();
        window->tabs()->setCurrentWidget(panel->parentWidget());
        return panel;
    }
    bool checked() const { return mackerel->hasReport() && !mackerel->isBusy(); }
    // A confirmed registration, and the check made right after it.
    bool registeredAndChecked() const { return mackerel->hasResult() && mackerel->state() == ui::MackerelSession::State::Checked; }
};

// Presses Tab until `target` has the focus, as a person would; false when the chain never reaches it.
bool tabTo(QWidget *target)
{
    for (int step = 0; step < 60; ++step) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : target->window();
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

// Presses Space on the focused widget (a button, a checkbox).
void pressFocused()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
}

// Every text a person (or a screenshot) can see in the window.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    for (QLabel *label : window->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        texts << edit->text() << edit->displayText() << edit->placeholderText() << edit->toolTip();
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (QTableWidget *table : window->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (table->item(row, column))
                    texts << table->item(row, column)->text();
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        texts << mainWindow->statusBar()->currentMessage();
    return texts;
}

} // namespace

class TestMackerelPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdictAndRegisterButton_data();
    void verdictAndRegisterButton();
    void updateShowsChangesThenConfirms();
    void sideBySideForExistingHosts_data();
    void sideBySideForExistingHosts();
    void createRegistersOnceAndWritesIdFile();
    void wrongKeySaysSoInline();
    void keyNeverAppearsInAnyWidget();
    void createNamesTheLookalikes_data();
    void createNamesTheLookalikes();
    void firmwareIdentifierShowsItsHost_data();
    void firmwareIdentifierShowsItsHost();
    void registerTwiceByKeysMakesOneHost();
    void idFileWrittenMeanwhileRefusesTheCreate();
    void updateThenCheckShowsFreshValues();
    void escapeDiscardsTheConfirmation();
    void checkMonitorsChoice_data();
    void checkMonitorsChoice();
    void onlyCheckMonitorsDiffer();
};

void TestMackerelPanel::verdictAndRegisterButton_data()
{
    QTest::addColumn<MackerelSeed>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("registerEnabled");
    QTest::addColumn<QString>("buttonText");
    QTest::newRow("agentless") << MackerelSeed::Agentless << "attach" << true << "Update host";
    QTest::newRow("none") << MackerelSeed::None << "create" << true << "Register a new host";
    QTest::newRow("registered") << MackerelSeed::Registered << "update" << true << "Update host";
    QTest::newRow("mismatch") << MackerelSeed::Mismatch << "mismatch" << false << "Register";
    QTest::newRow("missing") << MackerelSeed::Missing << "missing-host" << false << "Register";
}

void TestMackerelPanel::verdictAndRegisterButton()
{
    QFETCH(MackerelSeed, seed);
    QFETCH(QString, verdict);
    QFETCH(bool, registerEnabled);
    QFETCH(QString, buttonText);
    Fixture f;
    QVERIFY(f.start(seed));
    // A configured key checks the match without a click, after the host specs.
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QCOMPARE(matchVerdictName(f.mackerel->report().verdict), verdict);
    QCOMPARE(f.panel()->verdictText(), ui::verdictHeadline(verdict));
    QCOMPARE(f.panel()->registerButton()->isEnabled(), registerEnabled);
    QVERIFY2(f.panel()->registerButton()->text().startsWith(buttonText), qPrintable(f.panel()->registerButton()->text()));
    QVERIFY(!f.panel()->confirmButton()->isVisibleTo(f.panel()));
}

void TestMackerelPanel::sideBySideForExistingHosts_data()
{
    QTest::addColumn<MackerelSeed>("seed");
    QTest::addColumn<bool>("shown");
    QTest::newRow("attach") << MackerelSeed::Agentless << true;
    QTest::newRow("update") << MackerelSeed::Registered << true;
    QTest::newRow("create") << MackerelSeed::None << false;
    QTest::newRow("mismatch") << MackerelSeed::Mismatch << false;
    QTest::newRow("missing host") << MackerelSeed::Missing << false;
}

void TestMackerelPanel::sideBySideForExistingHosts()
{
    QFETCH(MackerelSeed, seed);
    QFETCH(bool, shown);
    Fixture f;
    QVERIFY(f.start(seed));
    f.panel(); // in front
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    ui::HostComparisonView *view = f.panel()->comparisonView();
    QCOMPARE(view->isVisibleTo(f.panel()), shown);
    if (!shown) {
        QCOMPARE(view->sideBySide()->rowCount(), 0);
        return;
    }
    const MackerelHost remote = *f.mackerel->report().host;
    const QJsonObject local = f.session->hostSpec().host;
    QTableWidget *table = view->sideBySide();
    const QStringList fields = {QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("customIdentifier"),
                                QStringLiteral("roles"), QStringLiteral("status"), QStringLiteral("agent version")};
    QCOMPARE(table->rowCount(), fields.size());
    for (int row = 0; row < fields.size(); ++row)
        QCOMPARE(table->item(row, 0)->text(), fields.at(row));
    QVERIFY(table->horizontalHeaderItem(2)->text().contains(remote.id));
    QCOMPARE(table->item(0, 1)->text(), local.value(QStringLiteral("name")).toString());
    QCOMPARE(table->item(0, 2)->text(), remote.name);
    QCOMPARE(table->item(2, 1)->text(), f.session->result().customIdentifier);
    QCOMPARE(table->item(4, 2)->text(), remote.status);
    QCOMPARE(table->item(5, 2)->text(), remote.agentVersion().isEmpty() ? QStringLiteral("(no agent yet)") : remote.agentVersion());
    // A field that differs is bold; the same name is not.
    QCOMPARE(table->item(0, 0)->font().bold(), local.value(QStringLiteral("name")).toString() != remote.name);

    // The differences are the update plan's, field by field, and reading them sent nothing.
    const HostUpdatePlan plan = HostUpdatePlan::make(remote, local);
    QVERIFY(!plan.changes.isEmpty());
    QCOMPARE(view->differences()->rowCount(), plan.changes.size());
    for (int row = 0; row < plan.changes.size(); ++row)
        QCOMPARE(view->differences()->item(row, 0)->text(), plan.changes.at(row).field);
    for (const MackerelRequest &request : f.demo->mackerel()->requests())
        QVERIFY2(request.method == "GET", request.method.constData());

    // Planning an update shows its own table instead.
    QTest::mouseClick(f.panel()->registerButton(), Qt::LeftButton);
    QTRY_COMPARE(f.mackerel->state(), ui::MackerelSession::State::Planned);
    QVERIFY(!view->isVisibleTo(f.panel()));
}

void TestMackerelPanel::updateShowsChangesThenConfirms()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    const QString hostId = f.mackerel->report().host->id;
    const int hostsBefore = f.demo->mackerel()->hosts().size();

    QTest::mouseClick(f.panel()->registerButton(), Qt::LeftButton);
    QTRY_COMPARE(f.mackerel->state(), ui::MackerelSession::State::Planned);
    // The diff is shown inline, and nothing was written yet.
    QVERIFY(f.panel()->changesTable()->rowCount() > 0);
    QVERIFY(f.panel()->confirmButton()->isVisibleTo(f.panel()));
    for (const MackerelRequest &request : f.demo->mackerel()->requests())
        QVERIFY2(request.method == "GET", request.method.constData());

    QTest::mouseClick(f.panel()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.mackerel->result().hostId, hostId);
    QCOMPARE(f.demo->mackerel()->hosts().size(), hostsBefore); // updated, not duplicated
    const QJsonObject host = *f.demo->mackerel()->host(hostId);
    QVERIFY(host.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("cpu")));
    QCOMPARE(host.value(QStringLiteral("customIdentifier")).toString(), f.session->result().customIdentifier);
}

void TestMackerelPanel::createRegistersOnceAndWritesIdFile()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::None));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    const int hostsBefore = f.demo->mackerel()->hosts().size();
    QTest::mouseClick(f.panel()->registerButton(), Qt::LeftButton);
    QTRY_COMPARE(f.mackerel->state(), ui::MackerelSession::State::Planned);
    f.panel()->writeIdFileBox()->setChecked(true);
    QTest::mouseClick(f.panel()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.demo->mackerel()->hosts().size(), hostsBefore + 1);
    QFile idFile(f.demo->idFilePath());
    QVERIFY(idFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(idFile.readAll()), f.mackerel->result().hostId);

    // Checked again at once: update, the agent would use the host just created.
    QCOMPARE(f.mackerel->report().verdict, MatchVerdict::Update);
    QCOMPARE(f.mackerel->report().host->id, f.mackerel->result().hostId);
}

void TestMackerelPanel::wrongKeySaysSoInline()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless, QStringLiteral("wrong-key-0000")));
    QTRY_VERIFY_WITH_TIMEOUT(f.mackerel->state() == ui::MackerelSession::State::Failed, 20000);
    QVERIFY(!f.panel()->registerButton()->isEnabled());
    const QString texts = visibleTexts(f.window.get()).join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(texts));
    QVERIFY(!texts.contains(QStringLiteral("wrong-key-0000")));
}

void TestMackerelPanel::keyNeverAppearsInAnyWidget()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    // A key typed in the window is used, and shown nowhere, not even masked in its field afterwards.
    auto *keyField = f.panel()->findChildren<QLineEdit *>().at(1);
    QCOMPARE(keyField->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyField, QString::fromLatin1(DemoApiKey));
    f.panel()->checkMatch();
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QTest::mouseClick(f.panel()->registerButton(), Qt::LeftButton);
    QTRY_COMPARE(f.mackerel->state(), ui::MackerelSession::State::Planned);
    const QStringList texts = visibleTexts(f.window.get());
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QString::fromLatin1(DemoApiKey)), qPrintable(text));
    QVERIFY(keyField->text().isEmpty());
}

void TestMackerelPanel::createNamesTheLookalikes_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<MackerelSeed>("seed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("lookalikes");
    QTest::newRow("an agent host of this instance without the identifier")
        << SimulatedCloud::Ec2 << MackerelSeed::Lookalike << "create" << true;
    QTest::newRow("IMDS blocked: the integration's host, by the firmware's instance id")
        << SimulatedCloud::Ec2Blocked << MackerelSeed::Agentless << "create" << true;
    QTest::newRow("nothing registered") << SimulatedCloud::Ec2 << MackerelSeed::None << "create" << false;
    QTest::newRow("attach: lookalikes are a create's") << SimulatedCloud::Ec2 << MackerelSeed::Agentless << "attach" << false;
}

void TestMackerelPanel::createNamesTheLookalikes()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(MackerelSeed, seed);
    QFETCH(QString, verdict);
    QFETCH(bool, lookalikes);
    Fixture f;
    QVERIFY(f.start(seed, QString::fromLatin1(DemoApiKey), cloud));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 30000);
    const MatchReport &report = f.mackerel->report();
    QCOMPARE(matchVerdictName(report.verdict), verdict);
    QCOMPARE(!report.lookalikes.isEmpty(), lookalikes); // the window passed this machine's keys
    const QString text = f.panel()->lookalikesText();
    QCOMPARE(!text.isEmpty(), lookalikes);
    for (const Lookalike &lookalike : report.lookalikes) {
        QVERIFY2(text.contains(QStringLiteral("host %1 \"%2\"").arg(lookalike.host.id, lookalike.host.name)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("the instance %1").arg(instanceIdOfKey(lookalike.value))));
        QVERIFY(text.contains(QStringLiteral("the agent would create a duplicate next to it")));
    }
    // The advice is the report's checked remedy (the one match gives), never "write its id" where the
    // agent would refuse that host: with IMDS blocked it is the agent detecting its cloud.
    if (lookalikes) {
        QVERIFY(report.remedy);
        QVERIFY2(text.contains(report.remedy->text(f.demo->idFilePath())), qPrintable(text));
        QVERIFY(report.remedy->endVerdict == MatchVerdict::Attach || report.remedy->endVerdict == MatchVerdict::Update);
    }
}

void TestMackerelPanel::firmwareIdentifierShowsItsHost_data()
{
    QTest::addColumn<SimulatedCloud>("cloud");
    QTest::addColumn<MackerelSeed>("seed");
    QTest::addColumn<QString>("shown"); // empty: hidden
    QTest::newRow("IMDS blocked, the integration's host there")
        << SimulatedCloud::Ec2Blocked << MackerelSeed::Agentless << "Firmware's identifier i-0a1b2c3d4e5f67890.ec2.amazonaws.com: held by host ";
    QTest::newRow("IMDS blocked, nothing registered")
        << SimulatedCloud::Ec2Blocked << MackerelSeed::None << "Firmware's identifier i-0a1b2c3d4e5f67890.ec2.amazonaws.com: no host carries it";
    QTest::newRow("the agent sees the cloud: nothing to look up") << SimulatedCloud::Ec2 << MackerelSeed::Agentless << "";
}

void TestMackerelPanel::firmwareIdentifierShowsItsHost()
{
    QFETCH(SimulatedCloud, cloud);
    QFETCH(MackerelSeed, seed);
    QFETCH(QString, shown);
    Fixture f;
    QVERIFY(f.start(seed, QString::fromLatin1(DemoApiKey), cloud));
    f.panel(); // in front
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 30000);
    const QString text = f.panel()->firmwareHostText();
    QCOMPARE(f.mackerel->firmwareCheck().has_value(), !shown.isEmpty());
    if (shown.isEmpty()) {
        QVERIFY2(text.isEmpty(), qPrintable(text));
        return;
    }
    QVERIFY2(text.startsWith(shown), qPrintable(text));
    // As `match`: the search was made, and its answer names the host the agent will not be matched to.
    const FirmwareIdentifierCheck &check = *f.mackerel->firmwareCheck();
    QVERIFY(check.error.isEmpty());
    QCOMPARE(check.hosts.isEmpty(), seed == MackerelSeed::None);
    if (!check.hosts.isEmpty())
        QVERIFY2(text.contains(QStringLiteral("%1 \"%2\"").arg(check.hosts.constFirst().id, check.hosts.constFirst().name)), qPrintable(text));
    QVERIFY(f.mackerel->report().warnings.contains(check.message));
    bool searched = false;
    for (const MackerelRequest &request : f.demo->mackerel()->requests())
        searched = searched || request.query.contains(QLatin1String("customIdentifier=i-0a1b2c3d4e5f67890.ec2.amazonaws.com"));
    QVERIFY(searched);
}

void TestMackerelPanel::registerTwiceByKeysMakesOneHost()
{
    // IMDS blocked: no customIdentifier, and the AWS integration's host is this instance by its firmware.
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless, QString::fromLatin1(DemoApiKey), SimulatedCloud::Ec2Blocked));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 30000);
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::AltModifier); // the Mackerel tab, by its shortcut
    ui::MackerelPanel *panel = f.window->mackerelPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(f.mackerel->report().verdict, MatchVerdict::Create);
    QVERIFY(!f.mackerel->report().lookalikes.isEmpty());
    const int hostsBefore = f.demo->mackerel()->hosts().size();
    const QString lookalike = f.mackerel->report().lookalikes.constFirst().host.id;

    // Not the default action: the button says why, and only the explicit choice enables it.
    QVERIFY(!panel->registerButton()->isEnabled());
    QVERIFY2(panel->registerReason().contains(lookalike), qPrintable(panel->registerReason()));
    QVERIFY(panel->createAnywayBox()->isVisible());
    QVERIFY(panel->createAnywayBox()->text().contains(lookalike));
    panel->checkButton()->setFocus();
    QVERIFY(tabTo(panel->createAnywayBox()));
    pressFocused();
    QVERIFY(panel->createAnywayBox()->isChecked());
    QVERIFY(panel->registerButton()->isEnabled());
    QVERIFY(tabTo(panel->registerButton()));
    pressFocused();
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QCOMPARE(QApplication::focusWidget(), panel->confirmButton()); // the next step
    QVERIFY(panel->writeIdFileBox()->isChecked()); // without an identifier, the id file is what finds it
    pressFocused();
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.demo->mackerel()->hosts().size(), hostsBefore + 1);
    const QString created = f.mackerel->result().hostId;

    // Checked again before anything else: the agent would use the new host now.
    QCOMPARE(f.mackerel->report().verdict, MatchVerdict::Update);
    QCOMPARE(f.mackerel->report().host->id, created);
    QVERIFY(!panel->createAnywayBox()->isVisible());
    QVERIFY2(panel->registerButton()->text().contains(created), qPrintable(panel->registerButton()->text()));
    QVERIFY2(!panel->registerButton()->isEnabled(), qPrintable(panel->registerReason())); // nothing to update
    QVERIFY(panel->outcomeText().contains(created));

    // Pressed again by keys: nothing; even asked directly, the session plans no second create.
    panel->registerButton()->setFocus();
    pressFocused();
    f.mackerel->planRegistration(f.session->hostSpec().host, true);
    QTRY_VERIFY_WITH_TIMEOUT(!f.mackerel->isBusy(), 20000);
    if (f.mackerel->state() == ui::MackerelSession::State::Planned) {
        QVERIFY(!f.mackerel->registrationCreates());
        f.mackerel->confirmRegistration(true);
        QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    }
    QCOMPARE(f.demo->mackerel()->hosts().size(), hostsBefore + 1);
}

void TestMackerelPanel::idFileWrittenMeanwhileRefusesTheCreate()
{
    // The guards of `register`, in the window: the id file is read again right before the create.
    Fixture f;
    QVERIFY(f.start(MackerelSeed::None));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QCOMPARE(f.mackerel->report().verdict, MatchVerdict::Create);
    const int hostsBefore = f.demo->mackerel()->hosts().size();
    QTest::mouseClick(f.panel()->registerButton(), Qt::LeftButton);
    QTRY_COMPARE(f.mackerel->state(), ui::MackerelSession::State::Planned);
    QString error;
    QVERIFY2(HostIdFile::write(f.demo->idFilePath(), QStringLiteral("4AbWrittenMeanwhile"), &error), qPrintable(error));
    QTest::mouseClick(f.panel()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked() || f.mackerel->state() == ui::MackerelSession::State::Failed, 20000);
    QCOMPARE(f.mackerel->result().action, RegistrationResult::Action::Refused);
    QCOMPARE(f.demo->mackerel()->hosts().size(), hostsBefore);
    QVERIFY2(f.panel()->outcomeText().contains(QStringLiteral("4AbWrittenMeanwhile")), qPrintable(f.panel()->outcomeText()));
    // And the verdict was made again from the id file now there.
    QVERIFY(f.mackerel->report().verdict != MatchVerdict::Create);
    QVERIFY(!f.panel()->registerButton()->isEnabled() || !f.mackerel->registrationCreates());
}

void TestMackerelPanel::updateThenCheckShowsFreshValues()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::AltModifier);
    ui::MackerelPanel *panel = f.window->mackerelPanel();
    QTRY_VERIFY(panel->isVisible());
    const QString hostId = f.mackerel->report().host->id;
    const QString localName = f.session->hostSpec().host.value(QStringLiteral("name")).toString();
    QVERIFY(f.mackerel->report().host->name != localName);
    QVERIFY(!panel->checkedAtText().isEmpty());
    QVERIFY(panel->registerButton()->isEnabled());
    panel->checkButton()->setFocus();
    QVERIFY(tabTo(panel->registerButton()));
    pressFocused();
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QVERIFY(panel->changesTable()->rowCount() > 0);
    // A long value is readable whole in its tooltip, escaped.
    for (int row = 0; row < panel->changesTable()->rowCount(); ++row)
        QVERIFY(panel->changesTable()->item(row, 2)->toolTip().startsWith(QStringLiteral("<pre>")));
    QCOMPARE(QApplication::focusWidget(), panel->confirmButton());
    pressFocused();
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.mackerel->result().action, RegistrationResult::Action::Updated);

    // The verdict and the side by side hold Mackerel's values after the update, and Update is off.
    QCOMPARE(f.mackerel->report().host->id, hostId);
    QCOMPARE(f.mackerel->report().host->name, localName);
    QTableWidget *sideBySide = panel->comparisonView()->sideBySide();
    QTRY_VERIFY(panel->comparisonView()->isVisible());
    QCOMPARE(sideBySide->item(0, 2)->text(), localName);
    QVERIFY(!panel->registerButton()->isEnabled());
    QVERIFY2(panel->registerReason().contains(QStringLiteral("nothing to update")), qPrintable(panel->registerReason()));
    QVERIFY(panel->outcomeText().startsWith(QStringLiteral("Done: updated host ") + hostId));

    // Check match with the same result still shows it ran.
    QTest::keyClick(panel->checkButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QVERIFY(panel->checkedAtText().startsWith(QStringLiteral("Checked at ")));
    QVERIFY(!f.mackerel->hasResult()); // the operator's own check: the last registration's words go
}

void TestMackerelPanel::escapeDiscardsTheConfirmation()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::AltModifier);
    ui::MackerelPanel *panel = f.window->mackerelPanel();
    QTRY_VERIFY(panel->isVisible());
    panel->registerButton()->setFocus();
    pressFocused();
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(f.mackerel->state(), ui::MackerelSession::State::Checked);
    QVERIFY(!panel->confirmButton()->isVisible());
    QCOMPARE(QApplication::focusWidget(), panel->registerButton());
    for (const MackerelRequest &request : f.demo->mackerel()->requests())
        QVERIFY2(request.method == "GET", request.method.constData());
}

void TestMackerelPanel::checkMonitorsChoice_data()
{
    QTest::addColumn<bool>("confRead");
    QTest::addColumn<int>("choice"); // UpdateChecks
    QTest::addColumn<bool>("planned");
    QTest::addColumn<QStringList>("monitorsAfter");
    QTest::addColumn<QString>("words"); // in the outcome
    QTest::newRow("no conf, default: refused, says why") << false << int(UpdateChecks::Conf) << false
                                                         << QStringList{QStringLiteral("disk")} << "no agent conf";
    QTest::newRow("no conf, keep the host's") << false << int(UpdateChecks::Host) << true << QStringList{QStringLiteral("disk")}
                                              << "Confirm";
    QTest::newRow("no conf, none: warned") << false << int(UpdateChecks::None) << true << QStringList() << "Warning: ";
    QTest::newRow("conf without the check: warned") << true << int(UpdateChecks::Conf) << true << QStringList() << "disk";
}

void TestMackerelPanel::checkMonitorsChoice()
{
    QFETCH(bool, confRead);
    QFETCH(int, choice);
    QFETCH(bool, planned);
    QFETCH(QStringList, monitorsAfter);
    QFETCH(QString, words);

    Fixture f;
    f.confRead = confRead;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    const QString hostId = f.mackerel->report().host->id;
    f.demo->mackerel()->addCheckMonitor(hostId, QStringLiteral("disk"));
    ui::MackerelPanel *panel = f.panel();
    auto *combo = panel->findChild<QComboBox *>();
    QVERIFY(combo && combo->isVisibleTo(panel));
    combo->setCurrentIndex(combo->findData(choice));
    QCOMPARE(int(f.mackerel->updateChecks()), choice);
    QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
    if (!planned) {
        QTRY_VERIFY_WITH_TIMEOUT(f.mackerel->hasResult() && !f.mackerel->isBusy(), 20000);
        QCOMPARE(f.mackerel->state(), ui::MackerelSession::State::Checked);
        QVERIFY2(panel->outcomeText().contains(words), qPrintable(panel->outcomeText()));
        QVERIFY(panel->registerButton()->isEnabled()); // another choice may be planned at once
        for (const MackerelRequest &request : f.demo->mackerel()->requests())
            QVERIFY2(request.method == "GET", request.method.constData());
        QCOMPARE(f.demo->mackerel()->checkMonitorNames(hostId), monitorsAfter);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QVERIFY2(panel->outcomeText().contains(words), qPrintable(panel->outcomeText()));
    bool checksRow = false;
    for (int row = 0; row < panel->changesTable()->rowCount(); ++row)
        checksRow = checksRow || panel->changesTable()->item(row, 0)->text() == QStringLiteral("check monitors after the update");
    QCOMPARE(checksRow, monitorsAfter.isEmpty());
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.demo->mackerel()->checkMonitorNames(hostId), monitorsAfter);
}

// The host object holds no check monitors: "nothing to update" is said only where they are known (read
// by a plan, or left by an update) and would stay, never where an update would change them.
void TestMackerelPanel::onlyCheckMonitorsDiffer()
{
    Fixture f;
    QVERIFY(f.start(MackerelSeed::Agentless));
    QTRY_VERIFY_WITH_TIMEOUT(f.checked(), 20000);
    const QString hostId = f.mackerel->report().host->id;
    f.demo->mackerel()->addCheckMonitor(hostId, QStringLiteral("disk"));
    ui::MackerelPanel *panel = f.panel();
    auto *combo = panel->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(UpdateChecks::Host)));
    QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.registeredAndChecked(), 20000);
    QCOMPARE(f.demo->mackerel()->checkMonitorNames(hostId), QStringList{QStringLiteral("disk")});

    // The fields agree now; keeping the host's check monitors changes nothing.
    QVERIFY(!panel->registerButton()->isEnabled());
    QVERIFY2(panel->registerReason().contains(QStringLiteral("nothing to update")), qPrintable(panel->registerReason()));
    // Sending none would remove "disk": an update is offered, and its plan says so.
    combo->setCurrentIndex(combo->findData(int(UpdateChecks::None)));
    QVERIFY2(panel->registerButton()->isEnabled(), qPrintable(panel->registerReason()));
    QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.mackerel->state(), ui::MackerelSession::State::Planned, 20000);
    QVERIFY2(panel->outcomeText().contains(QStringLiteral("disk")), qPrintable(panel->outcomeText()));
    QVERIFY(panel->confirmButton()->isEnabled());
}

QTEST_MAIN(TestMackerelPanel)
#include "tst_mackerelpanel.moc"
