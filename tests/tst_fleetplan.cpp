// The repair plan (issue 21) as a pure function of the audit, and its parser, which reads a plan file
// as the untrusted input it is.
#include "fleetdemo.h"
#include "fleetjoin.h"
#include "fleetplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mi;

namespace {

const QDateTime PlanTime = QDateTime::fromString(QStringLiteral("2026-12-07T23:00:00Z"), Qt::ISODate);

QJsonObject ec2Cloud(const QString &instance)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), instance}}}};
}

MackerelHost host(QJsonObject fields)
{
    if (!fields.contains(QStringLiteral("status")))
        fields.insert(QStringLiteral("status"), QStringLiteral("working"));
    return *MackerelHost::fromJson(fields);
}

FleetReport report(const QString &name, const QString &identifier, const QString &idState, const QString &idHost,
                   const QJsonObject &cloud)
{
    QJsonObject hostObject{{QStringLiteral("name"), name}, {QStringLiteral("interfaces"), QJsonArray()}};
    if (!cloud.isEmpty())
        hostObject.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), cloud}});
    const QJsonObject object{
        {QStringLiteral("platform"), cloud.isEmpty() ? QStringLiteral("none") : QStringLiteral("ec2")},
        {QStringLiteral("customIdentifier"), identifier.isEmpty() ? QJsonValue() : QJsonValue(identifier)},
        {QStringLiteral("host"), hostObject},
        {QStringLiteral("idFile"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/var/lib/mackerel-agent/id")},
                                               {QStringLiteral("state"), idState},
                                               {QStringLiteral("hostId"), idHost.isEmpty() ? QJsonValue() : QJsonValue(idHost)}}},
        {QStringLiteral("inspectorVersion"), QStringLiteral("0.1.0")},
        {QStringLiteral("probes"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
    };
    QString error;
    return *parseFleetReport(QJsonDocument(object).toJson(), QStringLiteral("reports/%1.json").arg(name), &error);
}

// The fleet demo's organization and reports, joined as `fleet --demo` joins them.
FleetAudit demoAudit()
{
    const sim::FleetDemo demo = sim::fleetDemo();
    FleetInputs inputs;
    QHash<QString, MackerelHost> all;
    for (const QJsonObject &object : demo.hosts) {
        const MackerelHost parsed = host(object);
        all.insert(parsed.id, parsed);
        if (!parsed.isRetired)
            inputs.hosts << parsed;
    }
    for (const auto &[name, object] : demo.reports) {
        QString error;
        inputs.reports << *parseFleetReport(QJsonDocument(object).toJson(), name + QStringLiteral(".json"), &error);
    }
    for (const QString &id : fleetLookupsNeeded(inputs.hosts, inputs.reports, false).hostIds) {
        MackerelApiResult result;
        if (all.contains(id))
            result.host = all.value(id);
        else
            result.error = MackerelApiError::NotFound;
        inputs.hostsById.insert(id, result);
    }
    return joinFleet(inputs);
}

// One EC2 machine with two live hosts: the integration's (carrying the identifier) and the agent's
// (without it). `idFileHost` is what the report's id file names; `third` adds another agent host.
FleetAudit duplicateAudit(const QString &idFileHost, bool third = false, bool withReport = true)
{
    const QString instance = QStringLiteral("i-0d00000000000dup1");
    const QString identifier = instance + QStringLiteral(".ec2.amazonaws.com");
    FleetInputs inputs;
    inputs.hosts << host({{QStringLiteral("id"), QStringLiteral("4IntDup0001")}, {QStringLiteral("name"), instance},
                          {QStringLiteral("customIdentifier"), identifier},
                          {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(instance)}}}});
    inputs.hosts << host({{QStringLiteral("id"), QStringLiteral("4AgtDup0001")}, {QStringLiteral("name"), QStringLiteral("ip-10-0-0-9")},
                          {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                                               {QStringLiteral("cloud"), ec2Cloud(instance)}}}});
    if (third)
        inputs.hosts << host({{QStringLiteral("id"), QStringLiteral("4AgtDup0002")}, {QStringLiteral("name"), QStringLiteral("ip-10-0-0-9b")},
                              {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.84.0")},
                                                                   {QStringLiteral("cloud"), ec2Cloud(instance)}}}});
    if (withReport)
        inputs.reports << report(QStringLiteral("dup-ec2"), identifier, QStringLiteral("present"), idFileHost, ec2Cloud(instance));
    return joinFleet(inputs);
}

QString stepsOf(const FleetPlanMachine &machine)
{
    QStringList kinds;
    for (const FleetPlanStep &step : machine.steps) {
        QString kind = fleetPlanStepKindName(step.kind);
        if (step.kind == FleetPlanStepKind::Verify)
            kind += QLatin1Char('(') + fleetPlanExpectName(step.expect) + (step.hostId.isEmpty() ? QString() : QLatin1Char(' ') + step.hostId) + QLatin1Char(')');
        if (step.kind == FleetPlanStepKind::RetireHost)
            kind += QLatin1Char('(') + step.hostId + QLatin1Char(')');
        kinds << kind;
    }
    return kinds.join(QLatin1Char(','));
}

const FleetPlanMachine *find(const FleetPlan &plan, const QString &name)
{
    for (const FleetPlanMachine &machine : plan.machines) {
        if (machine.machine == name)
            return &machine;
    }
    return nullptr;
}

} // namespace

class TestFleetPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remedies_data();
    void remedies();
    void onlyProblemsArePlanned();
    void digestFollowsTheReliedOnFields_data();
    void digestFollowsTheReliedOnFields();
    void roundTrip();
    void parserRefuses_data();
    void parserRefuses();
};

void TestFleetPlan::remedies_data()
{
    QTest::addColumn<FleetAudit>("audit");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("reasonContains");

    const FleetAudit demo = demoAudit();
    QTest::newRow("demo mismatch: attach to the integration's host")
        << demo << "web-3" << "mismatch" << "move-id-file,restart-agent,verify(attach 4Fq7WebThr8)" << false << QString();
    // What the service does with an agent reporting to a retired host is undocumented: no unattended step.
    QTest::newRow("demo retired-host: manual")
        << demo << "old-db" << "retired-host" << "manual" << true << "retired host";
    QTest::newRow("demo duplicate without a report") << demo << "ip-10-0-1-14" << "duplicate" << "manual" << true << "No report";
    QTest::newRow("demo duplicate, the agent detects no cloud")
        << demo << "sakura-app" << "duplicate" << "manual" << true << "detects no cloud";
    QTest::newRow("demo identifier-missing") << demo << "ip-10-8-0-9" << "identifier-missing" << "manual" << true << QString();

    QTest::newRow("duplicate on a cloud: restart, check, retire the agent's old host")
        << duplicateAudit(QStringLiteral("4AgtDup0001")) << "dup-ec2" << "duplicate"
        << "move-id-file,restart-agent,verify(agent-on-host 4IntDup0001),retire-host(4AgtDup0001)" << false << QString();
    QTest::newRow("duplicate already attached: check, retire")
        << duplicateAudit(QStringLiteral("4IntDup0001")) << "dup-ec2" << "duplicate"
        << "verify(agent-on-host 4IntDup0001),retire-host(4AgtDup0001)" << false << QString();
    QTest::newRow("duplicate of three hosts: never more than one retire")
        << duplicateAudit(QStringLiteral("4AgtDup0001"), true) << "dup-ec2" << "duplicate" << "manual" << true << "at most one";
}

void TestFleetPlan::remedies()
{
    QFETCH(FleetAudit, audit);
    QFETCH(QString, machine);
    QFETCH(QString, verdict);
    QFETCH(QString, steps);
    QFETCH(bool, blocked);
    QFETCH(QString, reasonContains);

    const FleetPlan plan = makeFleetPlan(audit, {QStringLiteral("/srv/reports")}, PlanTime);
    const FleetPlanMachine *entry = find(plan, machine);
    QVERIFY2(entry, qPrintable(machine));
    QCOMPARE(entry->verdict, verdict);
    QCOMPARE(stepsOf(*entry), steps);
    QCOMPARE(!entry->blocked.isEmpty(), blocked);
    QCOMPARE(entry->automatic(), !blocked);
    if (!reasonContains.isEmpty())
        QVERIFY2(entry->blocked.contains(reasonContains), qPrintable(entry->blocked));
    // Every host a step names is one the plan read, with its digest.
    for (const FleetPlanStep &step : entry->steps) {
        if (!step.hostId.isEmpty()) {
            QVERIFY(entry->host(step.hostId));
            QVERIFY(entry->host(step.hostId)->digest.startsWith(QLatin1String("sha256:")));
        }
    }
    // A blocked machine never retires anything.
    if (blocked)
        QVERIFY(!stepsOf(*entry).contains(QLatin1String("retire")));
}

void TestFleetPlan::onlyProblemsArePlanned()
{
    const FleetAudit audit = demoAudit();
    const FleetPlan plan = makeFleetPlan(audit, {}, PlanTime);
    QStringList planned;
    for (const FleetPlanMachine &machine : plan.machines)
        planned << machine.verdict;
    for (const FleetMachine &machine : audit.machines) {
        const bool expected = isFleetProblem(machine.verdict) || machine.verdict == FleetVerdict::IdentifierMissing;
        QCOMPARE(find(plan, machine.displayName()) != nullptr, expected);
    }
    QCOMPARE(plan.hostsToRetire(), QStringList());
}

void TestFleetPlan::digestFollowsTheReliedOnFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("changes");
    QTest::newRow("renamed") << "name" << QJsonValue(QStringLiteral("other")) << true;
    QTest::newRow("retired") << "isRetired" << QJsonValue(true) << true;
    QTest::newRow("given an identifier") << "customIdentifier" << QJsonValue(QStringLiteral("x.ec2.amazonaws.com")) << true;
    QTest::newRow("status") << "status" << QJsonValue(QStringLiteral("maintenance")) << true;
    QTest::newRow("memo is not relied on") << "memo" << QJsonValue(QStringLiteral("note")) << false;
}

void TestFleetPlan::digestFollowsTheReliedOnFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, changes);
    const QJsonObject base{{QStringLiteral("id"), QStringLiteral("4AgtDup0001")}, {QStringLiteral("name"), QStringLiteral("ip")}};
    QJsonObject changed = base;
    changed.insert(field, value);
    QCOMPARE(fleetPlanHostDigest(host(base)) != fleetPlanHostDigest(host(changed)), changes);
}

void TestFleetPlan::roundTrip()
{
    FleetAudit audit = demoAudit();
    audit.machines += duplicateAudit(QStringLiteral("4AgtDup0001")).machines;
    const FleetPlan plan = makeFleetPlan(audit, {QStringLiteral("/srv/reports")}, PlanTime);
    const QByteArray json = QJsonDocument(plan.toJson()).toJson();
    QString error;
    const auto parsed = parseFleetPlan(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toJson(), plan.toJson());
    QCOMPARE(parsed->hostsToRetire(), QStringList{QStringLiteral("4AgtDup0001")});
    const QJsonObject root = plan.toJson();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QStringList keys{QStringLiteral("blocked"), QStringLiteral("hosts"), QStringLiteral("inventoryHost"),
                           QStringLiteral("machine"), QStringLiteral("steps"), QStringLiteral("verdict")};
    for (const QJsonValue &machine : root.value(QStringLiteral("machines")).toArray())
        QCOMPARE(machine.toObject().keys(), keys);
}

void TestFleetPlan::parserRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const FleetPlan plan = makeFleetPlan(duplicateAudit(QStringLiteral("4AgtDup0001")), {}, PlanTime);
    const QJsonObject good = plan.toJson();
    auto withMachine = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject root = good;
        QJsonArray machines = root.value(QStringLiteral("machines")).toArray();
        QJsonObject machine = machines.at(0).toObject();
        change(machine);
        machines[0] = machine;
        root.insert(QStringLiteral("machines"), machines);
        return QJsonDocument(root).toJson();
    };
    auto withSteps = [&](const std::function<void(QJsonArray &)> &change) {
        return withMachine([&](QJsonObject &machine) {
            QJsonArray steps = machine.value(QStringLiteral("steps")).toArray();
            change(steps);
            machine.insert(QStringLiteral("steps"), steps);
        });
    };

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << "not a JSON object";
    QTest::newRow("a list") << QByteArray("[]") << "not a JSON object";
    QJsonObject version2 = good;
    version2.insert(QStringLiteral("version"), 2);
    QTest::newRow("version 2") << QJsonDocument(version2).toJson() << "not a version 1 plan";
    QTest::newRow("unknown kind") << withSteps([](QJsonArray &steps) {
        QJsonObject step = steps.at(0).toObject();
        step.insert(QStringLiteral("kind"), QStringLiteral("delete-host"));
        steps[0] = step;
    }) << "unknown step kind";
    QTest::newRow("retire before verify") << withSteps([](QJsonArray &steps) {
        const QJsonValue retire = steps.takeAt(3);
        steps.insert(2, retire);
    }) << "a retire before its verify";
    QTest::newRow("two retires") << withSteps([](QJsonArray &steps) { steps.append(steps.at(3)); }) << "out of order";
    QTest::newRow("retire of a host not read") << withSteps([](QJsonArray &steps) {
        QJsonObject step = steps.at(3).toObject();
        step.insert(QStringLiteral("hostId"), QStringLiteral("4SomeoneElse"));
        steps[3] = step;
    }) << "does not record";
    QTest::newRow("retire of the kept host") << withSteps([](QJsonArray &steps) {
        QJsonObject step = steps.at(3).toObject();
        step.insert(QStringLiteral("hostId"), QStringLiteral("4IntDup0001"));
        steps[3] = step;
    }) << "retires the host it keeps";
    QTest::newRow("retire without host id") << withSteps([](QJsonArray &steps) {
        QJsonObject step = steps.at(3).toObject();
        step.remove(QStringLiteral("hostId"));
        steps[3] = step;
    }) << "\"hostId\" must be a non-empty string";
    QTest::newRow("no verify") << withSteps([](QJsonArray &steps) { steps.removeAt(3); steps.removeAt(2); }) << "no verify";
    QTest::newRow("blocked with steps") << withMachine([](QJsonObject &machine) {
        machine.insert(QStringLiteral("blocked"), QStringLiteral("by hand"));
    }) << "only manual steps";
    QTest::newRow("machine steps without inventory host") << withMachine([](QJsonObject &machine) {
        machine.insert(QStringLiteral("inventoryHost"), QJsonValue());
    }) << "without an inventory host";
    QTest::newRow("retired not a bool") << withMachine([](QJsonObject &machine) {
        QJsonArray hosts = machine.value(QStringLiteral("hosts")).toArray();
        QJsonObject first = hosts.at(0).toObject();
        first.insert(QStringLiteral("retired"), QStringLiteral("no"));
        hosts[0] = first;
        machine.insert(QStringLiteral("hosts"), hosts);
    }) << "\"retired\" must be true or false";
    QJsonObject twice = good;
    QJsonArray machines = twice.value(QStringLiteral("machines")).toArray();
    machines.append(machines.at(0));
    twice.insert(QStringLiteral("machines"), machines);
    QTest::newRow("a host in two machines") << QJsonDocument(twice).toJson() << "appears in two machines";
}

void TestFleetPlan::parserRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!parseFleetPlan(json, &actual));
    QVERIFY2(actual.contains(error), qPrintable(actual));
}

QTEST_GUILESS_MAIN(TestFleetPlan)
#include "tst_fleetplan.moc"
