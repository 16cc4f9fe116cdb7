#include "playbookrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::ui;

using HostState = PlaybookHostState::State;
Q_DECLARE_METATYPE(mi::ui::PlaybookHostState::State)
Q_DECLARE_METATYPE(mi::ui::PlaybookResult::Error)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MI_TEST_DATA "/ansible/") + name;
}

QStringList recordedLines()
{
    QFile file(fixture(QStringLiteral("progress-output.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

PlaybookProgress progressOf(const QStringList &lines)
{
    PlaybookProgress progress;
    for (const QString &line : lines)
        progress.apply(line);
    return progress;
}

bool hasAnsible()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty();
}

} // namespace

class TestPlaybookRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedOutputGivesEachHostsState_data();
    void recordedOutputGivesEachHostsState();
    void singleLines_data();
    void singleLines();
    void exitCodesInWords_data();
    void exitCodesInWords();
    void requestPassesExtraVarsAsJson();
    void becomeIsAnExtraVarOrLeftToTheInventory_data();
    void becomeIsAnExtraVarOrLeftToTheInventory();
    void missingProgramIsAnErrorFromTheEventLoop();
    void realRunReportsEachHost();
    void realRunOfAMissingPlaybookSaysSo();
    void cancelStopsARealRun();
};

void TestPlaybookRunner::recordedOutputGivesEachHostsState_data()
{
    QTest::addColumn<QString>("until"); // apply the recording up to (not including) this line
    QTest::addColumn<QString>("host");
    QTest::addColumn<HostState>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("task");
    QTest::newRow("gamma unreachable at once") << "TASK [Write a report]" << "gamma" << HostState::Unreachable
                                               << "Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused"
                                               << "Reach the machine";
    QTest::newRow("alpha running after ping") << "TASK [Write a report]" << "alpha" << HostState::Running << "ok" << "Reach the machine";
    QTest::newRow("alpha changed") << "TASK [Fail on beta]" << "alpha" << HostState::Running << "changed" << "Write a report";
    QTest::newRow("beta failed") << "TASK [Ignored failure]" << "beta" << HostState::Failed << "non-zero return code" << "Fail on beta";
    QTest::newRow("alpha's failure ignored") << "PLAY RECAP" << "alpha" << HostState::Running
                                             << "failed, ignored: non-zero return code" << "Ignored failure";
    QTest::newRow("recap: alpha ok") << "" << "alpha" << HostState::Ok << "ok=3 changed=2 unreachable=0 failed=0" << "Ignored failure";
    QTest::newRow("recap: beta keeps its words") << "" << "beta" << HostState::Failed << "non-zero return code" << "Fail on beta";
    QTest::newRow("recap: gamma unreachable") << "" << "gamma" << HostState::Unreachable
                                              << "Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused"
                                              << "Reach the machine";
}

void TestPlaybookRunner::recordedOutputGivesEachHostsState()
{
    QFETCH(QString, until);
    QFETCH(QString, host);
    QFETCH(HostState, state);
    QFETCH(QString, message);
    QFETCH(QString, task);
    QStringList lines = recordedLines();
    QVERIFY(lines.size() > 10);
    if (!until.isEmpty()) {
        const auto end = std::find_if(lines.begin(), lines.end(), [&](const QString &line) { return line.startsWith(until); });
        QVERIFY(end != lines.end());
        lines.erase(end, lines.end());
    }
    const PlaybookProgress progress = progressOf(lines);
    const PlaybookHostState *seen = progress.host(host);
    QVERIFY(seen);
    QCOMPARE(playbookHostStateName(seen->state), playbookHostStateName(state));
    QCOMPARE(seen->message, message);
    QCOMPARE(seen->task, task);
    if (until.isEmpty()) {
        QVERIFY(progress.recapSeen());
        // Hosts in the order they first appeared.
        QCOMPARE(progress.hosts().size(), 3);
        QCOMPARE(progress.hosts().at(0).host, QStringLiteral("gamma"));
    }
}

void TestPlaybookRunner::singleLines_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("host");
    QTest::addColumn<HostState>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("delegated") << QStringList{QStringLiteral("TASK [Fetch the report] ***"),
                                              QStringLiteral("changed: [web-1 -> localhost]")}
                               << "web-1" << HostState::Running << "changed";
    QTest::newRow("loop item") << QStringList{QStringLiteral("ok: [web-1] => (item=a)")} << "web-1" << HostState::Running << "ok";
    QTest::newRow("loop item failed")
        << QStringList{QStringLiteral("failed: [web-1] (item=a) => {\"changed\": false, \"item\": \"a\", \"msg\": \"boom\"}")}
        << "web-1" << HostState::Failed << "boom";
    QTest::newRow("stderr and rc") << QStringList{QStringLiteral(
                                          "fatal: [db-1]: FAILED! => {\"changed\": true, \"rc\": 2, \"msg\": \"non-zero return code\", "
                                          "\"stderr\": \"line one\\nmackerel-inspector: cannot read /etc\"}")}
                                   << "db-1" << HostState::Failed << "non-zero return code: mackerel-inspector: cannot read /etc";
    QTest::newRow("not JSON") << QStringList{QStringLiteral("fatal: [db-1]: FAILED! => something odd")} << "db-1"
                              << HostState::Failed << "something odd";
    QTest::newRow("ok after a failure stays failed")
        << QStringList{QStringLiteral("fatal: [db-1]: FAILED! => {\"msg\": \"no\"}"), QStringLiteral("TASK [next] ***"),
                       QStringLiteral("ok: [db-1]")}
        << "db-1" << HostState::Failed << "no";
    QTest::newRow("recap with rescued") << QStringList{QStringLiteral("PLAY RECAP ****"),
                                                       QStringLiteral("web-1 : ok=2 changed=1 unreachable=0 failed=0 skipped=0 rescued=1 ignored=0")}
                                        << "web-1" << HostState::Ok << "ok=2 changed=1 unreachable=0 failed=0";
}

void TestPlaybookRunner::singleLines()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, host);
    QFETCH(HostState, state);
    QFETCH(QString, message);
    const PlaybookProgress progress = progressOf(lines);
    QVERIFY(progress.host(host));
    QCOMPARE(playbookHostStateName(progress.host(host)->state), playbookHostStateName(state));
    QCOMPARE(progress.host(host)->message, message);
    // Lines about nothing change nothing.
    PlaybookProgress quiet;
    for (const QString &line : {QStringLiteral("[WARNING]: Platform linux on host x is using the discovered Python"),
                                QStringLiteral("PLAY [Inspect] ****"), QString(), QStringLiteral("ok: not a host line")})
        QVERIFY(quiet.apply(line).isEmpty());
    QVERIFY(quiet.hosts().isEmpty());
}

void TestPlaybookRunner::exitCodesInWords_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("hostsRan");
    QTest::addColumn<PlaybookResult::Error>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << 0 << true << PlaybookResult::Error::NoError << "";
    QTest::newRow("1") << 1 << false << PlaybookResult::Error::PlaybookError << "exit 1";
    QTest::newRow("2") << 2 << true << PlaybookResult::Error::HostsFailed << "task failed";
    QTest::newRow("4 after hosts ran") << 4 << true << PlaybookResult::Error::HostsUnreachable << "could not be reached";
    QTest::newRow("4 before any host") << 4 << false << PlaybookResult::Error::ParserError << "could not parse";
    QTest::newRow("5") << 5 << false << PlaybookResult::Error::BadOptions << "options";
    QTest::newRow("8") << 8 << true << PlaybookResult::Error::HostsFailed << "exit 8";
    QTest::newRow("99") << 99 << true << PlaybookResult::Error::Interrupted << "interrupted";
    QTest::newRow("250") << 250 << false << PlaybookResult::Error::Crashed << "exit 250";
}

void TestPlaybookRunner::exitCodesInWords()
{
    QFETCH(int, exitCode);
    QFETCH(bool, hostsRan);
    QFETCH(PlaybookResult::Error, error);
    QFETCH(QString, words);
    const PlaybookProgress progress = hostsRan ? progressOf(recordedLines()) : PlaybookProgress();
    QCOMPARE(PlaybookRunner::errorForExitCode(exitCode, progress), error);
    const QString sentence = PlaybookRunner::errorSentence(error, exitCode, {QStringLiteral("ERROR! the playbook: x.yml could not be found")});
    QVERIFY2(sentence.contains(words), qPrintable(sentence));
    QCOMPARE(sentence.isEmpty(), error == PlaybookResult::Error::NoError);
}

void TestPlaybookRunner::requestPassesExtraVarsAsJson()
{
    PlaybookRequest request;
    request.inventory = QStringLiteral("/srv/hosts ini");
    request.playbook = QStringLiteral("/src/contrib/ansible/inspect.yml");
    request.reportsDir = QStringLiteral("/tmp/reports with space");
    request.inspector = QStringLiteral("/opt/mi/bin/mackerel-inspector");
    request.inspectorArgs = {QStringLiteral("--timeout"), QStringLiteral("5000")};
    const QStringList arguments = request.arguments();
    QCOMPARE(arguments.mid(0, 4), (QStringList{QStringLiteral("-i"), request.inventory, request.playbook, QStringLiteral("-e")}));
    const QJsonObject vars = QJsonDocument::fromJson(arguments.at(4).toUtf8()).object();
    QCOMPARE(vars.value(QStringLiteral("reports_dir")).toString(), request.reportsDir);
    QCOMPARE(vars.value(QStringLiteral("mackerel_inspector")).toString(), request.inspector);
    QCOMPARE(vars.value(QStringLiteral("mackerel_inspector_args")).toArray(), QJsonArray::fromStringList(request.inspectorArgs));
    request.inspector.clear();
    request.inspectorArgs.clear();
    const QJsonObject defaults = QJsonDocument::fromJson(request.arguments().at(4).toUtf8()).object();
    QCOMPARE(defaults.keys(), QStringList{QStringLiteral("reports_dir")}); // the playbook's defaults apply
}

void TestPlaybookRunner::becomeIsAnExtraVarOrLeftToTheInventory_data()
{
    QTest::addColumn<int>("become"); // -1: not chosen
    QTest::addColumn<QJsonValue>("extraVar");
    QTest::newRow("the inventory's") << -1 << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("as root") << 1 << QJsonValue(true);
    QTest::newRow("no become") << 0 << QJsonValue(false);
}

void TestPlaybookRunner::becomeIsAnExtraVarOrLeftToTheInventory()
{
    QFETCH(int, become);
    QFETCH(QJsonValue, extraVar);
    PlaybookRequest request;
    request.inventory = QStringLiteral("hosts.ini");
    request.playbook = QStringLiteral("inspect.yml");
    request.reportsDir = QStringLiteral("/tmp/reports");
    if (become >= 0)
        request.become = become == 1;
    const QJsonObject vars = QJsonDocument::fromJson(request.arguments().at(4).toUtf8()).object();
    // A JSON boolean, which the playbook's `become:` takes as it is (a string "false" would be true).
    QCOMPARE(vars.value(QStringLiteral("mackerel_inspector_become")), extraVar);
}

void TestPlaybookRunner::missingProgramIsAnErrorFromTheEventLoop()
{
    PlaybookRunner runner;
    QSignalSpy finished(&runner, &PlaybookRunner::finished);
    PlaybookRequest request;
    request.program = QStringLiteral("/nonexistent/bin/ansible-playbook");
    runner.start(request);
    QVERIFY(runner.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    const auto result = finished.first().first().value<PlaybookResult>();
    QCOMPARE(result.error, PlaybookResult::Error::NotInstalled);
    QVERIFY(result.errorString.contains(QStringLiteral("apt-get install ansible-core")));
    QVERIFY(!runner.isRunning());
}

void TestPlaybookRunner::realRunReportsEachHost()
{
    if (!hasAnsible())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    QTemporaryDir reports;
    PlaybookRunner runner;
    QSignalSpy hostChanged(&runner, &PlaybookRunner::hostChanged);
    QSignalSpy tasks(&runner, &PlaybookRunner::taskStarted);
    QSignalSpy finished(&runner, &PlaybookRunner::finished);
    PlaybookRequest request;
    request.inventory = fixture(QStringLiteral("progress.ini"));
    request.playbook = fixture(QStringLiteral("progress.yml"));
    request.reportsDir = reports.path();
    runner.start(request);
    QVERIFY(finished.wait(180000));
    const auto result = finished.first().first().value<PlaybookResult>();
    // Unreachable and failed hosts: ansible-core exits 4 (its task queue's "unreachable").
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(result.error, PlaybookResult::Error::HostsUnreachable);
    QVERIFY(!result.errorString.isEmpty());
    QCOMPARE(result.hosts.size(), 3);
    QCOMPARE(runner.progress().host(QStringLiteral("alpha"))->state, HostState::Ok);
    QCOMPARE(runner.progress().host(QStringLiteral("beta"))->state, HostState::Failed);
    QCOMPARE(runner.progress().host(QStringLiteral("gamma"))->state, HostState::Unreachable);
    QStringList started;
    for (const QList<QVariant> &signal : std::as_const(tasks))
        started << signal.first().toString();
    QCOMPARE(started, (QStringList{QStringLiteral("Reach the machine"), QStringLiteral("Write a report"),
                                   QStringLiteral("Fail on beta"), QStringLiteral("Ignored failure")}));
    // Progress came host by host, as lines came, before the end.
    QVERIFY(hostChanged.size() >= 6);
    QCOMPARE(hostChanged.last().first().value<PlaybookHostState>().state == HostState::Running, false);
}

void TestPlaybookRunner::realRunOfAMissingPlaybookSaysSo()
{
    if (!hasAnsible())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    QTemporaryDir reports;
    PlaybookRunner runner;
    QSignalSpy finished(&runner, &PlaybookRunner::finished);
    PlaybookRequest request;
    request.inventory = fixture(QStringLiteral("progress.ini"));
    request.playbook = reports.filePath(QStringLiteral("no-such-playbook.yml"));
    request.reportsDir = reports.path();
    runner.start(request);
    QVERIFY(finished.wait(120000));
    const auto result = finished.first().first().value<PlaybookResult>();
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.error, PlaybookResult::Error::PlaybookError);
    QVERIFY2(result.errorString.contains(QStringLiteral("could not be found")), qPrintable(result.errorString));
    QVERIFY(result.hosts.isEmpty());
}

void TestPlaybookRunner::cancelStopsARealRun()
{
    if (!hasAnsible())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    QTemporaryDir reports;
    PlaybookRunner runner;
    QSignalSpy tasks(&runner, &PlaybookRunner::taskStarted);
    QSignalSpy finished(&runner, &PlaybookRunner::finished);
    PlaybookRequest request;
    request.inventory = fixture(QStringLiteral("progress.ini"));
    request.playbook = fixture(QStringLiteral("slow.yml"));
    request.reportsDir = reports.path();
    runner.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(tasks.size() >= 2, 120000); // inside "Take long"
    runner.cancel();
    QVERIFY(runner.isRunning()); // cancel() does not wait
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<PlaybookResult>();
    QCOMPARE(result.error, PlaybookResult::Error::Cancelled);
    QVERIFY(result.errorString.contains(QStringLiteral("Cancelled")));
    QVERIFY(!runner.isRunning());
}

QTEST_MAIN(TestPlaybookRunner)
#include "tst_playbookrunner.moc"
