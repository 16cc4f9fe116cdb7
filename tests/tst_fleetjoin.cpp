// The fleet join and its verdicts, as a pure function of hosts, reports and lookups.
#include "fleetjoin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mi;

namespace {

const QString Ec2A = QStringLiteral("i-0aaaaaaaaaaaaaaa1");
const QString Ec2B = QStringLiteral("i-0bbbbbbbbbbbbbbb2");
QString ec2Identifier(const QString &instance) { return instance + QStringLiteral(".ec2.amazonaws.com"); }

QJsonObject agentMeta(const QJsonObject &cloud = QJsonObject())
{
    QJsonObject meta{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")}};
    if (!cloud.isEmpty())
        meta.insert(QStringLiteral("cloud"), cloud);
    return meta;
}

QJsonObject ec2Cloud(const QString &instance)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), instance}}}};
}

QJsonArray nic(const QString &mac, const QString &ipv4 = QStringLiteral("10.0.0.1"))
{
    return QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eth0")},
                                  {QStringLiteral("macAddress"), mac},
                                  {QStringLiteral("ipv4Addresses"), QJsonArray{ipv4}}}};
}

// A host as the API lists it. `fields` adds customIdentifier, meta, interfaces, roles, ...
MackerelHost host(const QString &id, const QString &name, QJsonObject fields = QJsonObject(), qint64 createdAt = 1000)
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("name"), name);
    if (!fields.contains(QStringLiteral("status")))
        fields.insert(QStringLiteral("status"), QStringLiteral("working"));
    fields.insert(QStringLiteral("createdAt"), createdAt);
    return *MackerelHost::fromJson(fields);
}

MackerelHost integrationHost(const QString &id, const QString &instance)
{
    return host(id, instance, {{QStringLiteral("customIdentifier"), ec2Identifier(instance)},
                               {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(instance)}}}});
}

MackerelHost agentHost(const QString &id, const QString &name, QJsonObject fields = QJsonObject())
{
    fields.insert(QStringLiteral("meta"), agentMeta(fields.value(QStringLiteral("meta")).toObject()));
    return host(id, name, fields);
}

// A machine's report as the parser reads it; an empty id-file state is "absent".
FleetReport report(const QString &name, const QString &platform = QStringLiteral("none"), const QString &identifier = QString(),
                   const QString &idState = QString(), const QString &idHost = QString(),
                   const QJsonArray &interfaces = QJsonArray(), const QJsonObject &cloud = QJsonObject())
{
    QJsonObject hostObject{{QStringLiteral("name"), name}, {QStringLiteral("interfaces"), interfaces}};
    if (!cloud.isEmpty())
        hostObject.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), cloud}});
    const QJsonObject object{
        {QStringLiteral("platform"), platform},
        {QStringLiteral("customIdentifier"), identifier.isEmpty() ? QJsonValue() : QJsonValue(identifier)},
        {QStringLiteral("host"), hostObject},
        {QStringLiteral("idFile"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/var/lib/mackerel-agent/id")},
                                               {QStringLiteral("state"), idState.isEmpty() ? QStringLiteral("absent") : idState},
                                               {QStringLiteral("hostId"), idHost.isEmpty() ? QJsonValue() : QJsonValue(idHost)}}},
        {QStringLiteral("inspectorVersion"), QStringLiteral("0.1.0")},
        {QStringLiteral("probes"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
    };
    QString error;
    const auto parsed = parseFleetReport(QJsonDocument(object).toJson(), QStringLiteral("reports/%1.json").arg(name), &error);
    if (!parsed)
        qFatal("bad test report: %s", qPrintable(error));
    return *parsed;
}

MackerelApiResult gotHost(const MackerelHost &found)
{
    MackerelApiResult result;
    result.status = 200;
    result.host = found;
    return result;
}

MackerelApiResult notFound()
{
    MackerelApiResult result;
    result.error = MackerelApiError::NotFound;
    result.status = 404;
    result.errorString = QStringLiteral("getting the host: not found (404)");
    result.serverMessage = QStringLiteral("Host not found.");
    return result;
}

// "name=verdict" for every machine, sorted, so that a table row states the whole outcome.
QStringList outcome(const FleetAudit &audit)
{
    QStringList lines;
    for (const FleetMachine &machine : audit.machines)
        lines << machine.displayName() + QLatin1Char('=') + fleetVerdictName(machine.verdict);
    lines.sort();
    return lines;
}

const FleetMachine *machineNamed(const FleetAudit &audit, const QString &name)
{
    for (const FleetMachine &machine : audit.machines) {
        if (machine.displayName() == name)
            return &machine;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(mi::FleetInputs)

class TestFleetJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void verdictOrderAndExitCode();
    void evidenceNamesTheJoiningKey();
    void evidenceIsInTheOrderOfItsValues();
    void idFileOfAnotherMachineDoesNotJoin();
    void secondReportOfOneMachineIsLeftOut_data();
    void secondReportOfOneMachineIsLeftOut();
    void sharedAddressesJoinNothing();
    void adviceNamesTheHostToKeep_data();
    void adviceNamesTheHostToKeep();
    void firmwareInstanceJoinsTheIntegrationHost();
    void lookupsNeeded();
    void jsonAndCsvContract();
    void supportKeysNeverJoin();
};

void TestFleetJoin::verdicts_data()
{
    QTest::addColumn<FleetInputs>("inputs");
    QTest::addColumn<QStringList>("expected");

    FleetInputs empty;
    QTest::newRow("empty organization, no reports") << empty << QStringList();

    FleetInputs onlyReport;
    onlyReport.reports = {report(QStringLiteral("office-1"), QStringLiteral("none"), {}, {}, {}, nic(QStringLiteral("00:1b:21:00:00:01")))};
    QTest::newRow("empty organization, one report: will-create") << onlyReport << QStringList{QStringLiteral("office-1=will-create")};

    FleetInputs noReports;
    noReports.hosts = {integrationHost(QStringLiteral("H1"), Ec2A), agentHost(QStringLiteral("H2"), QStringLiteral("db-01"))};
    QTest::newRow("no reports: integration-only and ok")
        << noReports << QStringList{QStringLiteral("db-01=ok"), Ec2A + QStringLiteral("=integration-only")};

    FleetInputs macCase;
    macCase.hosts = {host(QStringLiteral("S1"), QStringLiteral("sakuracloud-is1b-113000001234"),
                          {{QStringLiteral("roles"), QJsonObject{{QStringLiteral("SakuraCloud"), QJsonArray{QStringLiteral("Server")}}}},
                           {QStringLiteral("interfaces"), nic(QStringLiteral("9C:A3:BA:30:12:34"))}}),
                     agentHost(QStringLiteral("A1"), QStringLiteral("app"), {{QStringLiteral("interfaces"), nic(QStringLiteral("9c:a3:ba:30:12:34"))}})};
    QTest::newRow("MAC addresses that differ only in case: duplicate")
        << macCase << QStringList{QStringLiteral("app=duplicate")};

    FleetInputs retired;
    retired.reports = {report(QStringLiteral("old-db"), QStringLiteral("none"), {}, QStringLiteral("present"), QStringLiteral("R1"))};
    retired.hostsById.insert(QStringLiteral("R1"),
                             gotHost(host(QStringLiteral("R1"), QStringLiteral("old-db"), {{QStringLiteral("isRetired"), true}})));
    QTest::newRow("id file names a retired host: retired-host") << retired << QStringList{QStringLiteral("old-db=retired-host")};

    FleetInputs gone;
    gone.reports = {report(QStringLiteral("web"), QStringLiteral("none"), {}, QStringLiteral("present"), QStringLiteral("G1"))};
    gone.hostsById.insert(QStringLiteral("G1"), notFound());
    QTest::newRow("id file names a host that does not exist: missing-host") << gone << QStringList{QStringLiteral("web=missing-host")};

    FleetInputs sameIdentifier;
    sameIdentifier.hosts = {integrationHost(QStringLiteral("H1"), Ec2A), integrationHost(QStringLiteral("H2"), Ec2A)};
    QTest::newRow("two hosts with the same customIdentifier: duplicate")
        << sameIdentifier << QStringList{Ec2A + QStringLiteral("=duplicate")};

    FleetInputs openstack;
    // OpenStack answers EC2-compatible metadata with an EC2-looking instance id, but no "aws" partition:
    // the agent confirms no cloud, so the report carries no identifier and no instance.
    openstack.hosts = {integrationHost(QStringLiteral("H1"), QStringLiteral("i-0000002a"))};
    openstack.reports = {report(QStringLiteral("openstack-vm"), QStringLiteral("none"), {}, {}, {},
                                 nic(QStringLiteral("fa:16:3e:00:00:2a")))};
    QTest::newRow("OpenStack VM answering EC2-compatible metadata joins no EC2 host")
        << openstack
        << QStringList{QStringLiteral("i-0000002a=integration-only"), QStringLiteral("openstack-vm=will-create")};

    FleetInputs mismatch;
    mismatch.hosts = {agentHost(QStringLiteral("W1"), QStringLiteral("web-1"),
                                {{QStringLiteral("customIdentifier"), ec2Identifier(Ec2A)}, {QStringLiteral("meta"), ec2Cloud(Ec2A)}}),
                      integrationHost(QStringLiteral("W3"), Ec2B)};
    mismatch.reports = {report(QStringLiteral("web-1"), QStringLiteral("ec2"), ec2Identifier(Ec2A), QStringLiteral("present"), QStringLiteral("W1")),
                        report(QStringLiteral("web-3"), QStringLiteral("ec2"), ec2Identifier(Ec2B), QStringLiteral("present"), QStringLiteral("W1"))};
    QTest::newRow("a copied id file: mismatch on the copy, ok on the original")
        << mismatch << QStringList{QStringLiteral("web-1=ok"), QStringLiteral("web-3=mismatch")};

    FleetInputs attach;
    attach.hosts = {integrationHost(QStringLiteral("H1"), Ec2A)};
    attach.reports = {report(QStringLiteral("web-2"), QStringLiteral("ec2"), ec2Identifier(Ec2A))};
    QTest::newRow("integration host and a report: will-attach") << attach << QStringList{QStringLiteral("web-2=will-attach")};

    FleetInputs missingIdentifier;
    missingIdentifier.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("ip-10-8-0-9"), {{QStringLiteral("meta"), ec2Cloud(Ec2A)}})};
    QTest::newRow("agent host on EC2 without customIdentifier: identifier-missing")
        << missingIdentifier << QStringList{QStringLiteral("ip-10-8-0-9=identifier-missing")};

    FleetInputs missingIdentifierByReport;
    missingIdentifierByReport.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("vm"))};
    missingIdentifierByReport.reports = {report(QStringLiteral("vm"), QStringLiteral("ec2"), ec2Identifier(Ec2A), QStringLiteral("present"), QStringLiteral("A1"))};
    QTest::newRow("the report says the agent host is on a cloud: identifier-missing")
        << missingIdentifierByReport << QStringList{QStringLiteral("vm=identifier-missing")};

    FleetInputs duplicateBeatsMissing;
    duplicateBeatsMissing.hosts = {integrationHost(QStringLiteral("H1"), Ec2A),
                                   agentHost(QStringLiteral("A1"), QStringLiteral("ip-10-0-1-14"), {{QStringLiteral("meta"), ec2Cloud(Ec2A)}})};
    QTest::newRow("agent host duplicating the integration's by instance id: duplicate")
        << duplicateBeatsMissing << QStringList{QStringLiteral("ip-10-0-1-14=duplicate")};

    FleetInputs createNextToLookalike;
    createNextToLookalike.hosts = {host(QStringLiteral("S1"), QStringLiteral("sakuracloud-is1b-113000009999"),
                                        {{QStringLiteral("interfaces"), nic(QStringLiteral("9c:a3:ba:00:99:99"))}})};
    createNextToLookalike.reports = {report(QStringLiteral("sakura-2"), QStringLiteral("none"), {}, {}, {}, nic(QStringLiteral("9c:a3:ba:00:99:99")))};
    QTest::newRow("report next to sackerel's host without an agent: will-create (a duplicate ahead)")
        << createNextToLookalike << QStringList{QStringLiteral("sakura-2=will-create")};

    FleetInputs update;
    update.hosts = {agentHost(QStringLiteral("G1"), QStringLiteral("gce-1"),
                              {{QStringLiteral("customIdentifier"), QStringLiteral("44.gce.cloud.google.com")}})};
    update.reports = {report(QStringLiteral("gce-1"), QStringLiteral("gce"), QStringLiteral("44.gce.cloud.google.com"),
                              QStringLiteral("present"), QStringLiteral("G1"))};
    QTest::newRow("the agent keeps its host: ok") << update << QStringList{QStringLiteral("gce-1=ok")};

    FleetInputs oneTestHost;
    // Machines on Ansible's local connection are one host: their reports share its MAC addresses.
    oneTestHost.hosts = {integrationHost(QStringLiteral("H1"), Ec2A)};
    oneTestHost.reports = {report(QStringLiteral("a"), QStringLiteral("ec2"), ec2Identifier(Ec2A), {}, {}, nic(QStringLiteral("02:00:00:00:00:01"))),
                           report(QStringLiteral("b"), QStringLiteral("none"), {}, {}, {}, nic(QStringLiteral("02:00:00:00:00:01"))),
                           report(QStringLiteral("c"), QStringLiteral("none"), {}, {}, {}, nic(QStringLiteral("02:00:00:00:00:01")))};
    QTest::newRow("reports sharing a MAC address stay apart")
        << oneTestHost << QStringList{QStringLiteral("a=will-attach"), QStringLiteral("b=will-create"), QStringLiteral("c=will-create")};

    FleetInputs twoIdentities;
    twoIdentities.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("a"), {{QStringLiteral("customIdentifier"), ec2Identifier(Ec2A)},
                                                                                {QStringLiteral("interfaces"), nic(QStringLiteral("02:00:00:00:00:02"))}}),
                           agentHost(QStringLiteral("B1"), QStringLiteral("b"), {{QStringLiteral("customIdentifier"), ec2Identifier(Ec2B)},
                                                                                {QStringLiteral("interfaces"), nic(QStringLiteral("02:00:00:00:00:02"))}})};
    QTest::newRow("hosts with different identifiers sharing a MAC address stay apart")
        << twoIdentities << QStringList{QStringLiteral("a=ok"), QStringLiteral("b=ok")};

    FleetInputs standby;
    standby.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("a"), {{QStringLiteral("status"), QStringLiteral("poweroff")},
                                                                          {QStringLiteral("customIdentifier"), ec2Identifier(Ec2A)}}),
                     integrationHost(QStringLiteral("H1"), Ec2A)};
    QTest::newRow("a poweroff host still counts as live: duplicate") << standby << QStringList{QStringLiteral("a=duplicate")};
}

void TestFleetJoin::verdicts()
{
    QFETCH(FleetInputs, inputs);
    QFETCH(QStringList, expected);
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(outcome(audit), expected);
    if (qstrcmp(QTest::currentDataTag(), "reports sharing a MAC address stay apart") == 0) {
        QCOMPARE(audit.warnings.size(), 2); // b and c, each kept apart from a
        QVERIFY(audit.warnings.constFirst().contains(QStringLiteral("kept apart")));
    }
    for (const FleetMachine &machine : audit.machines) {
        QVERIFY2(!machine.advice.isEmpty(), qPrintable(machine.displayName()));
        for (const FleetHost &member : machine.hosts) {
            if (machine.hosts.size() + (machine.report ? 1 : 0) > 1)
                QVERIFY2(member.joinedBy.has_value(), qPrintable(member.host.id));
        }
    }
}

void TestFleetJoin::verdictOrderAndExitCode()
{
    FleetInputs inputs;
    inputs.hosts = {agentHost(QStringLiteral("Z1"), QStringLiteral("zz-ok")), integrationHost(QStringLiteral("H1"), Ec2A),
                    integrationHost(QStringLiteral("H2"), Ec2A)};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 2);
    QCOMPARE(audit.machines.at(0).verdict, FleetVerdict::Duplicate); // problems first
    QVERIFY(audit.hasProblems());
    QCOMPARE(audit.summaryJson().value(QStringLiteral("duplicate")).toInt(), 1);
    QCOMPARE(audit.summaryJson().value(QStringLiteral("ok")).toInt(), 1);
    QCOMPARE(audit.summaryJson().size(), allFleetVerdicts().size()); // every verdict, zeros included

    FleetInputs calm;
    calm.hosts = {integrationHost(QStringLiteral("H1"), Ec2A)};
    calm.reports = {report(QStringLiteral("web"), QStringLiteral("ec2"), ec2Identifier(Ec2A))};
    QVERIFY(!joinFleet(calm).hasProblems()); // will-attach is no problem
}

// The join's indexes are hashes whose order changes from process to process: the evidence is sorted
// (within a key, by value), and of many shared addresses the same first ones are shown in every run.
void TestFleetJoin::evidenceIsInTheOrderOfItsValues()
{
    QJsonArray interfaces;
    QStringList macs, addresses;
    for (int n = 0; n < 3; ++n) {
        const QString mac = QStringLiteral("06:00:00:00:00:%1").arg(0x20 - n, 2, 16, QLatin1Char('0'));
        QJsonArray ipv4;
        for (int a = 0; a < 14; ++a) {
            const QString address = QStringLiteral("10.%1.%2.7").arg(n).arg(99 - a);
            ipv4.append(address);
            addresses << address;
        }
        interfaces.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("eth%1").arg(n)},
                                      {QStringLiteral("macAddress"), mac},
                                      {QStringLiteral("ipv4Addresses"), ipv4}});
        macs << mac;
    }
    FleetInputs inputs;
    inputs.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("vm"), {{QStringLiteral("interfaces"), interfaces}})};
    inputs.reports = {report(QStringLiteral("vm"), QStringLiteral("none"), QString(), QString(), QString(), interfaces)};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 1);
    QStringList joiningMacs, shownAddresses;
    QString countedRest;
    for (const FleetEvidence &evidence : audit.machines.constFirst().evidence) {
        if (evidence.key == QLatin1String("macAddress"))
            joiningMacs << evidence.value;
        else if (evidence.key == QLatin1String("ipAddress") && !evidence.value.isEmpty())
            shownAddresses << evidence.value;
        else if (evidence.key == QLatin1String("ipAddress"))
            countedRest = evidence.text;
    }
    macs.sort();
    QCOMPARE(joiningMacs, macs);
    addresses.sort();
    QCOMPARE(shownAddresses, addresses.mid(0, 16)); // MaxSupportEvidence, the smallest first
    QVERIFY2(countedRest.contains(QLatin1String("26")), qPrintable(countedRest));
}

void TestFleetJoin::evidenceNamesTheJoiningKey()
{
    FleetInputs inputs;
    inputs.hosts = {integrationHost(QStringLiteral("H1"), Ec2A),
                    agentHost(QStringLiteral("A1"), QStringLiteral("vm"), {{QStringLiteral("meta"), ec2Cloud(Ec2A)},
                                                                           {QStringLiteral("interfaces"), nic(QStringLiteral("06:00:00:00:00:01"))}})};
    inputs.reports = {report(QStringLiteral("vm"), QStringLiteral("ec2"), ec2Identifier(Ec2A), QStringLiteral("present"),
                              QStringLiteral("A1"), nic(QStringLiteral("06:00:00:00:00:01")), ec2Cloud(Ec2A))};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 1);
    const FleetMachine &machine = audit.machines.constFirst();
    QCOMPARE(machine.verdict, FleetVerdict::Duplicate);
    QCOMPARE(machine.reportJoinedBy, std::optional<JoinKey>(JoinKey::CustomIdentifier));
    QStringList keys;
    for (const FleetEvidence &evidence : machine.evidence) {
        if (evidence.joins)
            keys << evidence.key;
        QVERIFY(!evidence.text.isEmpty());
    }
    QVERIFY2(keys.contains(QStringLiteral("customIdentifier")), qPrintable(keys.join(QLatin1Char(','))));
    QVERIFY(keys.contains(QStringLiteral("idFile")));
    QVERIFY(keys.contains(QStringLiteral("instanceId")));
    QVERIFY(keys.contains(QStringLiteral("macAddress")));
    for (const FleetHost &member : machine.hosts) {
        if (member.host.id == QLatin1String("H1"))
            QCOMPARE(member.joinedBy, std::optional<JoinKey>(JoinKey::CustomIdentifier));
        else
            QCOMPARE(member.joinedBy, std::optional<JoinKey>(JoinKey::IdFile));
    }
    QCOMPARE(machine.instanceId, Ec2A);
}

void TestFleetJoin::idFileOfAnotherMachineDoesNotJoin()
{
    // web-3's id file names web-1's host: the two machines stay two, web-3 is the mismatch.
    FleetInputs inputs;
    inputs.hosts = {agentHost(QStringLiteral("W1"), QStringLiteral("web-1"), {{QStringLiteral("customIdentifier"), ec2Identifier(Ec2A)}})};
    inputs.reports = {report(QStringLiteral("web-3"), QStringLiteral("ec2"), ec2Identifier(Ec2B), QStringLiteral("present"), QStringLiteral("W1"))};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(outcome(audit), (QStringList{QStringLiteral("web-1=ok"), QStringLiteral("web-3=mismatch")}));
    const FleetMachine *copy = machineNamed(audit, QStringLiteral("web-3"));
    QVERIFY(copy);
    QVERIFY(copy->hosts.isEmpty());
    QVERIFY2(copy->advice.contains(QStringLiteral("move /var/lib/mackerel-agent/id aside")), qPrintable(copy->advice));
    // The remedy, checked by the agent's decision: moved aside, web-3 registers anew (nothing else is it).
    QVERIFY(copy->remedy);
    QCOMPARE(copy->remedy->action(), QStringLiteral("move-id-file-aside"));
    QCOMPARE(copy->remedy->endVerdict, MatchVerdict::Create);
    QVERIFY(copy->agentDecision && !copy->agentDecision->agentError.isEmpty());
}

void TestFleetJoin::secondReportOfOneMachineIsLeftOut_data()
{
    QTest::addColumn<FleetInputs>("inputs");
    QTest::addColumn<QString>("warning");

    FleetInputs sameIdentifier;
    sameIdentifier.reports = {report(QStringLiteral("web-1"), QStringLiteral("ec2"), ec2Identifier(Ec2A)),
                              report(QStringLiteral("web-1.example.com"), QStringLiteral("ec2"), ec2Identifier(Ec2A))};
    QTest::newRow("one machine under two inventory names") << sameIdentifier << QStringLiteral("two inventory names");

    FleetInputs sameIdFile;
    sameIdFile.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("onprem"))};
    sameIdFile.reports = {report(QStringLiteral("clone-a"), QStringLiteral("none"), {}, QStringLiteral("present"), QStringLiteral("A1")),
                          report(QStringLiteral("clone-b"), QStringLiteral("none"), {}, QStringLiteral("present"), QStringLiteral("A1"))};
    QTest::newRow("two reports claim the same id file host") << sameIdFile << QStringLiteral("id file copied");
}

void TestFleetJoin::secondReportOfOneMachineIsLeftOut()
{
    QFETCH(FleetInputs, inputs);
    QFETCH(QString, warning);
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 1);
    QCOMPARE(audit.reportsRead, 1);
    QVERIFY(audit.machines.constFirst().report);
    QCOMPARE(audit.machines.constFirst().report->inventoryName, inputs.reports.constFirst().inventoryName);
    const QString joined = audit.warnings.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(inputs.reports.at(1).file) && joined.contains(warning), qPrintable(joined));
}

void TestFleetJoin::sharedAddressesJoinNothing()
{
    // Same private address, same host name, a VRRP MAC: three hints, no join.
    FleetInputs inputs;
    const QJsonArray vrrp = nic(QStringLiteral("00:00:5e:00:01:01"), QStringLiteral("10.0.0.5"));
    inputs.hosts = {agentHost(QStringLiteral("A1"), QStringLiteral("router"), {{QStringLiteral("interfaces"), vrrp}}),
                    agentHost(QStringLiteral("A2"), QStringLiteral("router"), {{QStringLiteral("interfaces"), vrrp}})};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 2);
    for (const FleetMachine &machine : audit.machines)
        QCOMPARE(machine.verdict, FleetVerdict::Ok);

    // A MAC address on more hosts than one machine has is no key either, and it says so.
    FleetInputs cloned;
    for (int i = 0; i < 12; ++i)
        cloned.hosts << agentHost(QStringLiteral("C%1").arg(i), QStringLiteral("c%1").arg(i),
                                  {{QStringLiteral("interfaces"), nic(QStringLiteral("52:54:00:12:34:56"))}});
    const FleetAudit many = joinFleet(cloned);
    QCOMPARE(many.machines.size(), 12);
    QVERIFY(many.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("52:54:00:12:34:56")));
}

void TestFleetJoin::adviceNamesTheHostToKeep_data()
{
    QTest::addColumn<FleetInputs>("inputs");
    QTest::addColumn<QString>("keep");

    FleetInputs integration;
    integration.hosts = {integrationHost(QStringLiteral("H1"), Ec2A),
                         agentHost(QStringLiteral("A1"), QStringLiteral("vm"), {{QStringLiteral("meta"), ec2Cloud(Ec2A)}})};
    QTest::newRow("the host carrying the identifier, which the integration finds again") << integration << QStringLiteral("H1");

    FleetInputs sackerel;
    sackerel.hosts = {host(QStringLiteral("S1"), QStringLiteral("sakuracloud-is1b-113000001234"),
                           {{QStringLiteral("interfaces"), nic(QStringLiteral("9c:a3:ba:30:12:34"))}}, 10),
                      agentHost(QStringLiteral("A1"), QStringLiteral("app"), {{QStringLiteral("interfaces"), nic(QStringLiteral("9c:a3:ba:30:12:34"))}})};
    QTest::newRow("the agent's host, which sackerel finds by MAC") << sackerel << QStringLiteral("A1");
}

void TestFleetJoin::adviceNamesTheHostToKeep()
{
    QFETCH(FleetInputs, inputs);
    QFETCH(QString, keep);
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 1);
    QCOMPARE(audit.machines.constFirst().keepHostId, keep);
    QVERIFY(audit.machines.constFirst().advice.contains(QStringLiteral("Keep ") + keep));
}

void TestFleetJoin::firmwareInstanceJoinsTheIntegrationHost()
{
    // IMDS blocked: the agent confirms no cloud, but the report's firmware view names the instance.
    const QJsonObject object{
        {QStringLiteral("platform"), QStringLiteral("none")},
        {QStringLiteral("customIdentifier"), QJsonValue()},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), QStringLiteral("blocked")}}},
        {QStringLiteral("hostedOn"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                                                 {QStringLiteral("instanceId"), Ec2A},
                                                 {QStringLiteral("evidence"), QJsonArray()}}},
        {QStringLiteral("probes"), QJsonArray()},
    };
    QString error;
    const auto parsed = parseFleetReport(QJsonDocument(object).toJson(), QStringLiteral("blocked.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    FleetInputs inputs;
    inputs.hosts = {integrationHost(QStringLiteral("H1"), Ec2A)};
    inputs.reports = {*parsed};
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(outcome(audit), QStringList{QStringLiteral("blocked=will-create")});
    const FleetMachine &machine = audit.machines.constFirst();
    QCOMPARE(machine.hosts.size(), 1);
    QCOMPARE(machine.reportJoinedBy, std::optional<JoinKey>(JoinKey::InstanceId));
    QVERIFY2(machine.advice.contains(QStringLiteral("a duplicate")), qPrintable(machine.advice));
}

void TestFleetJoin::lookupsNeeded()
{
    const QList<MackerelHost> hosts{integrationHost(QStringLiteral("H1"), Ec2A)};
    const QList<FleetReport> reports{
        report(QStringLiteral("a"), QStringLiteral("ec2"), ec2Identifier(Ec2A), QStringLiteral("present"), QStringLiteral("H1")),
        report(QStringLiteral("b"), QStringLiteral("ec2"), ec2Identifier(Ec2B), QStringLiteral("present"), QStringLiteral("GONE")),
        report(QStringLiteral("c"), QStringLiteral("none"), {}, QStringLiteral("present"), QStringLiteral("GONE")),
    };
    const FleetLookups whole = fleetLookupsNeeded(hosts, reports, false);
    QCOMPARE(whole.hostIds, QStringList{QStringLiteral("GONE")}); // once
    QVERIFY(whole.customIdentifiers.isEmpty());
    const FleetLookups narrowed = fleetLookupsNeeded(hosts, reports, true);
    QCOMPARE(narrowed.customIdentifiers, QStringList{ec2Identifier(Ec2B)});
}

void TestFleetJoin::jsonAndCsvContract()
{
    FleetInputs inputs;
    inputs.hosts = {integrationHost(QStringLiteral("H1"), Ec2A)};
    inputs.reports = {report(QStringLiteral("web, \"2\""), QStringLiteral("ec2"), ec2Identifier(Ec2A))};
    const FleetAudit audit = joinFleet(inputs);
    const QJsonObject json = audit.toJson();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("hostsListed"), QStringLiteral("machines"), QStringLiteral("reportsRead"),
                                       QStringLiteral("summary"), QStringLiteral("warnings")}));
    const QJsonObject machine = json.value(QStringLiteral("machines")).toArray().first().toObject();
    QCOMPARE(machine.keys(), (QStringList{QStringLiteral("advice"), QStringLiteral("agentVerdict"), QStringLiteral("customIdentifier"),
                                          QStringLiteral("evidence"), QStringLiteral("hosts"), QStringLiteral("instanceId"),
                                          QStringLiteral("keepHostId"), QStringLiteral("remedy"), QStringLiteral("report"),
                                          QStringLiteral("verdict")}));
    QCOMPARE(machine.value(QStringLiteral("verdict")).toString(), QStringLiteral("will-attach"));
    QVERIFY(machine.value(QStringLiteral("remedy")).isNull()); // nothing to change: the agent attaches
    QCOMPARE(machine.value(QStringLiteral("agentVerdict")).toString(), QStringLiteral("attach"));
    const QJsonObject hostJson = machine.value(QStringLiteral("hosts")).toArray().first().toObject();
    QCOMPARE(hostJson.keys(), (QStringList{QStringLiteral("agentVersion"), QStringLiteral("customIdentifier"), QStringLiteral("displayName"),
                                           QStringLiteral("id"), QStringLiteral("joinedBy"), QStringLiteral("name"),
                                           QStringLiteral("roleFullnames"), QStringLiteral("source"), QStringLiteral("status")}));
    QCOMPARE(hostJson.value(QStringLiteral("source")).toString(), QStringLiteral("integration"));
    const QJsonObject reportJson = machine.value(QStringLiteral("report")).toObject();
    QCOMPARE(reportJson.keys(), (QStringList{QStringLiteral("customIdentifier"), QStringLiteral("file"), QStringLiteral("hostName"),
                                             QStringLiteral("idFile"), QStringLiteral("inspectorVersion"), QStringLiteral("inventoryName"),
                                             QStringLiteral("joinedBy"), QStringLiteral("platform")}));
    const QJsonObject evidence = machine.value(QStringLiteral("evidence")).toArray().first().toObject();
    QCOMPARE(evidence.keys(), (QStringList{QStringLiteral("joins"), QStringLiteral("key"), QStringLiteral("members"),
                                           QStringLiteral("text"), QStringLiteral("value")}));

    const QStringList lines = audit.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("verdict,name,customIdentifier,")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("will-attach,\"web, \"\"2\"\"\",")), qPrintable(lines.at(1)));
}

void TestFleetJoin::supportKeysNeverJoin()
{
    // 20,000 hosts on one private address and one host name (docker0, "localhost") stay 20,000
    // machines: support keys never join, and an address that common is not even support. The
    // benchmark (bench/fleet.py) measures that the join grows linearly.
    FleetInputs inputs;
    for (int i = 0; i < 20000; ++i)
        inputs.hosts << agentHost(QStringLiteral("H%1").arg(i), QStringLiteral("localhost"),
                                  {{QStringLiteral("interfaces"), nic(QStringLiteral("02:00:00:%1:%2:%3")
                                                                          .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                                                          .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                                                          .arg(i & 0xff, 2, 16, QLatin1Char('0')),
                                                                      QStringLiteral("172.17.0.1"))}});
    const FleetAudit audit = joinFleet(inputs);
    QCOMPARE(audit.machines.size(), 20000);
}

QTEST_GUILESS_MAIN(TestFleetJoin)
#include "tst_fleetjoin.moc"
