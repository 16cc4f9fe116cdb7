// mackerel-agent's start-up decision (command.go prepareHost, mackerel-agent 1b684c4), one row a branch,
// run through `match`'s decision (decideMatch), `fleet`'s verdict (joinFleet) and `guard`'s
// (decideGuard) so that they cannot disagree; and every remedy they give, applied to the inputs and run
// through the same decision, held to an end state where the agent attaches or updates (or registers
// afresh where nothing in the organization is this machine).
#include "fleetjoin.h"
#include "guarddecision.h"
#include "matchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mi;

namespace {

const QString IdPath = QStringLiteral("/var/lib/mackerel-agent/id");
const QString Mac = QStringLiteral("06:1a:00:00:00:01");
const QString Instance = QStringLiteral("i-0aaaaaaaaaaaaaaa1");
const QString Local = Instance + QStringLiteral(".ec2.amazonaws.com");
const QString Other = QStringLiteral("i-0bbbbbbbbbbbbbbb2.ec2.amazonaws.com");
const QString SakuraIdentifier = QStringLiteral("sakuracloud-is1b-113000001234");

QJsonArray nic(const QString &mac)
{
    return QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eth0")},
                                  {QStringLiteral("macAddress"), mac},
                                  {QStringLiteral("ipv4Addresses"), QJsonArray{QStringLiteral("10.0.0.1")}}}};
}

QJsonObject ec2Cloud(const QString &instance)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), instance}}}};
}

// A host of the organization. kind: "agent" (meta agent-version, this machine's MAC), "integration"
// (meta.cloud of this instance), "sackerel" (SakuraCloud roles, this machine's MAC), "other" (nothing of
// this machine).
MackerelHost host(const QString &id, const QString &kind, const QString &identifier = QString(), bool retired = false)
{
    QJsonObject fields{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id + QStringLiteral("-name")},
                       {QStringLiteral("status"), QStringLiteral("working")},
                       {QStringLiteral("isRetired"), retired},
                       {QStringLiteral("createdAt"), 1000}};
    if (!identifier.isEmpty())
        fields.insert(QStringLiteral("customIdentifier"), identifier);
    if (kind == QLatin1String("agent")) {
        fields.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")}});
        fields.insert(QStringLiteral("interfaces"), nic(Mac));
    } else if (kind == QLatin1String("integration")) {
        fields.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(Instance)}});
    } else if (kind == QLatin1String("sackerel")) {
        fields.insert(QStringLiteral("roles"), QJsonObject{{QStringLiteral("SakuraCloud"), QJsonArray{QStringLiteral("Server")}}});
        fields.insert(QStringLiteral("interfaces"), nic(Mac.toUpper()));
    } else {
        fields.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")}});
        fields.insert(QStringLiteral("interfaces"), nic(QStringLiteral("06:1a:00:00:00:99")));
    }
    return *MackerelHost::fromJson(fields);
}

MackerelApiResult failure(MackerelApiError error, int status, const QString &message)
{
    MackerelApiResult result;
    result.error = error;
    result.status = status;
    result.serverMessage = message;
    result.errorString = status > 0 ? QStringLiteral("the API answered %1").arg(status) : QStringLiteral("connection refused");
    return result;
}

// One branch of prepareHost: what the machine starts from and what the organization holds.
struct Branch
{
    QString identifier;                 // what the agent sends
    QString idState = QStringLiteral("absent"); // absent, empty, present, directory
    QString idHost;
    QList<MackerelHost> hosts;          // the organization, retired hosts included
    std::optional<MackerelApiResult> byIdFailure; // the lookup of the id file's host failed so
    bool onCloud = false;               // this machine is the EC2 instance (its firmware says so)
};

HostIdFile idFile(const Branch &branch)
{
    HostIdFile file;
    file.path = IdPath;
    if (branch.idState == QLatin1String("present")) {
        file.state = HostIdFile::State::Present;
        file.hostId = branch.idHost;
    } else if (branch.idState == QLatin1String("empty")) {
        file.state = HostIdFile::State::Empty;
    } else if (branch.idState == QLatin1String("directory")) {
        file.state = HostIdFile::State::Unreadable;
        file.isDirectory = true;
        file.errorString = QStringLiteral("it is a directory");
    }
    return file;
}

MachineKeys localKeys(const Branch &branch)
{
    QJsonObject meta;
    if (branch.onCloud)
        meta.insert(QStringLiteral("cloud"), ec2Cloud(Instance));
    return MachineKeys::fromHost(QStringLiteral("this-machine"), branch.identifier, meta, nic(Mac));
}

// What `match` asks the API: the id file's host, and the agent's search.
RemedyInputs matchInputs(const Branch &branch)
{
    RemedyInputs inputs;
    inputs.facts.customIdentifier = branch.identifier;
    inputs.facts.idFile = idFile(branch);
    inputs.localKeys = localKeys(branch);
    inputs.hosts = branch.hosts;
    if (inputs.facts.idFile.state == HostIdFile::State::Present) {
        MackerelApiResult byId;
        if (branch.byIdFailure) {
            byId = *branch.byIdFailure;
        } else {
            byId.status = 404;
            byId.error = MackerelApiError::NotFound;
            byId.serverMessage = QStringLiteral("Host Not Found.");
            for (const MackerelHost &known : branch.hosts) {
                if (known.id == branch.idHost) {
                    byId = MackerelApiResult();
                    byId.status = 200;
                    byId.host = known;
                }
            }
        }
        inputs.facts.hostById = byId;
    }
    if (!branch.identifier.isEmpty()) {
        MackerelApiResult search;
        search.operation = MackerelApiOperation::FindHosts;
        search.status = 200;
        for (const MackerelHost &known : branch.hosts) {
            if (!known.isRetired && known.customIdentifier == branch.identifier)
                search.hosts << known;
        }
        inputs.facts.hostsByIdentifier = search;
    }
    return inputs;
}

MatchReport runMatch(const Branch &branch)
{
    const RemedyInputs inputs = matchInputs(branch);
    MatchReport report = decideMatch(inputs.facts);
    if (report.verdict == MatchVerdict::Create)
        report.lookalikes = findLookalikes(inputs.localKeys, inputs.hosts);
    adviseRemedy(&report, inputs);
    return report;
}

// What `fleet` reads: the listing (live hosts), the machine's report, and the id file's host looked up.
FleetMachine runFleet(const Branch &branch)
{
    FleetInputs inputs;
    for (const MackerelHost &known : branch.hosts) {
        if (!known.isRetired)
            inputs.hosts << known;
    }
    QJsonObject hostObject{{QStringLiteral("name"), QStringLiteral("this-machine")}, {QStringLiteral("interfaces"), nic(Mac)}};
    if (branch.onCloud)
        hostObject.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), ec2Cloud(Instance)}});
    const HostIdFile file = idFile(branch);
    QJsonObject idObject = file.toJson();
    const QJsonObject object{
        {QStringLiteral("platform"), branch.identifier.isEmpty() ? QStringLiteral("none") : QStringLiteral("ec2")},
        {QStringLiteral("customIdentifier"), branch.identifier.isEmpty() ? QJsonValue() : QJsonValue(branch.identifier)},
        {QStringLiteral("host"), hostObject},
        {QStringLiteral("idFile"), idObject},
        {QStringLiteral("inspectorVersion"), QStringLiteral("0.1.0")},
        {QStringLiteral("probes"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
    };
    QString error;
    const auto parsed = parseFleetReport(QJsonDocument(object).toJson(), QStringLiteral("reports/this-machine.json"), &error);
    if (!parsed)
        qFatal("bad test report: %s", qPrintable(error));
    inputs.reports << *parsed;
    const RemedyInputs match = matchInputs(branch);
    if (match.facts.hostById && !(match.facts.hostById->host && !match.facts.hostById->host->isRetired))
        inputs.hostsById.insert(branch.idHost, *match.facts.hostById);
    else if (match.facts.hostById && match.facts.hostById->host && match.facts.hostById->host->isRetired)
        inputs.hostsById.insert(branch.idHost, *match.facts.hostById);
    const FleetAudit audit = joinFleet(inputs);
    for (const FleetMachine &machine : audit.machines) {
        if (machine.report)
            return machine;
    }
    qFatal("the report made no machine");
}

GuardDecision runGuard(const Branch &branch, const MatchReport &match)
{
    GuardEvidence evidence;
    evidence.match = match;
    evidence.localKeys = localKeys(branch);
    return decideGuard(evidence, GuardPolicy());
}

// A remedy, applied to the branch's inputs and decided again: where it ends, and is that a start.
void verifyRemedy(const Branch &branch, const AgentRemedy &remedy, const char *who)
{
    const MatchReport end = applyRemedy(matchInputs(branch), remedy);
    QVERIFY2(remedyEndAcceptable(end), qPrintable(QStringLiteral("%1's remedy %2 ends in %3")
                                                       .arg(QLatin1String(who), remedy.action(), matchVerdictName(end.verdict))));
    QCOMPARE(matchVerdictName(end.verdict), matchVerdictName(remedy.endVerdict));
    QCOMPARE(end.host && end.verdict != MatchVerdict::Create ? end.host->id : QString(), remedy.endHostId);
    // The agent refuses an id file naming a host with another identifier, also when it sends none.
    if (!remedy.writeHostId.isEmpty()) {
        const QString sent = remedy.sendIdentifier.isEmpty() ? branch.identifier : remedy.sendIdentifier;
        for (const MackerelHost &known : branch.hosts) {
            if (known.id == remedy.writeHostId)
                QVERIFY(known.customIdentifier.isEmpty() || known.customIdentifier == sent);
        }
    }
}

} // namespace

Q_DECLARE_METATYPE(Branch)

class TestAgentDecision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void branches_data();
    void branches();
    void remedyEndsWhereItSays_data();
    void remedyEndsWhereItSays();
};

void TestAgentDecision::branches_data()
{
    QTest::addColumn<Branch>("branch");
    QTest::addColumn<QString>("matchVerdict");
    QTest::addColumn<QString>("fleetVerdict");  // empty: the row has no fleet form
    QTest::addColumn<int>("guardExit");
    QTest::addColumn<QString>("agentError");    // how the agent's own error begins; empty: none
    QTest::addColumn<QString>("remedy");        // the checked remedy's action; empty: none given
    QTest::addColumn<QString>("remedyEnd");     // and where it ends

    const MackerelHost agentLocal = host(QStringLiteral("A1"), QStringLiteral("agent"), Local);
    const MackerelHost agentBare = host(QStringLiteral("A2"), QStringLiteral("agent"));
    const MackerelHost integration = host(QStringLiteral("I1"), QStringLiteral("integration"), Local);
    const MackerelHost elsewhere = host(QStringLiteral("O1"), QStringLiteral("other"), Other);
    const MackerelHost retired = host(QStringLiteral("R1"), QStringLiteral("agent"), QString(), true);
    const MackerelHost retiredOther = host(QStringLiteral("R2"), QStringLiteral("other"), Other, true);
    const MackerelHost sackerel = host(QStringLiteral("S1"), QStringLiteral("sackerel"), SakuraIdentifier);
    const QString lookupError = QStringLiteral("failed to find this host on mackerel (You may want to delete file \"%1\"").arg(IdPath);

    // No id file (LoadHostID fails): search by customIdentifier, else register.
    QTest::newRow("no id file, no identifier: create")
        << Branch{QString(), QStringLiteral("absent"), QString(), {elsewhere}, {}, false}
        << "create" << "will-create" << 0 << "" << "" << "";
    QTest::newRow("empty id file: as absent, create")
        << Branch{QString(), QStringLiteral("empty"), QString(), {elsewhere}, {}, false}
        << "create" << "will-create" << 0 << "" << "" << "";
    QTest::newRow("no id file, a host carries the identifier: attach")
        << Branch{Local, QStringLiteral("absent"), QString(), {integration}, {}, true}
        << "attach" << "will-attach" << 0 << "" << "" << "";
    QTest::newRow("no id file, no host carries the identifier: create")
        << Branch{Local, QStringLiteral("absent"), QString(), {elsewhere}, {}, true}
        << "create" << "will-create" << 0 << "" << "" << "";
    // ec2-blocked: IMDS blocked, the integration's host is this instance. Writing its id would be refused
    // (custom identifiers mismatch: this host = ""): the remedy is the agent detecting its cloud.
    QTest::newRow("no id file, no identifier, the integration's host is this instance: detect the cloud")
        << Branch{QString(), QStringLiteral("absent"), QString(), {integration}, {}, true}
        << "create" << "will-create" << 10 << "" << "detect-cloud" << "attach";
    QTest::newRow("no id file, no identifier, an agent host of this machine without identifier: write its id")
        << Branch{QString(), QStringLiteral("absent"), QString(), {agentBare}, {}, false}
        << "create" << "will-create" << 10 << "" << "write-id-file" << "update";

    // An id file naming a host: FindHost, then the customIdentifier check. A9 is outside the listing, so
    // that fleet looks it up by id as match does.
    QTest::newRow("id file, the host carries the identifier: update")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("A1"), {agentLocal}, {}, true}
        << "update" << "ok" << 0 << "" << "" << "";
    QTest::newRow("id file, the host carries none: update")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("A2"), {agentBare}, {}, false}
        << "update" << "ok" << 0 << "" << "" << "";
    QTest::newRow("id file copied from another instance: mismatch, move it aside, attach")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("O1"), {elsewhere, integration}, {}, true}
        << "mismatch" << "mismatch" << 11 << QStringLiteral("custom identifiers mismatch: this host = \"") + Local << "move-id-file-aside"
        << "attach";
    QTest::newRow("id file copied, no identifier sent: mismatch, move aside, create")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("O1"), {elsewhere}, {}, false}
        << "mismatch" << "mismatch" << 14 << "custom identifiers mismatch: this host = \"\"" << "move-id-file-aside" << "create";
    // The id file names this instance's own host, but IMDS is blocked: moving it aside would duplicate.
    QTest::newRow("id file names this instance's host, detection failed: detect the cloud")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("I1"), {integration}, {}, true}
        << "mismatch" << "mismatch" << 14 << "custom identifiers mismatch: this host = \"\"" << "detect-cloud" << "update";
    QTest::newRow("id file, the host is not found (404): missing-host")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("G1"), {integration}, {}, true}
        << "missing-host" << "missing-host" << 13 << lookupError << "move-id-file-aside" << "attach";
    QTest::newRow("id file, 401: lookup-failed")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("A9"), {integration},
                  failure(MackerelApiError::InvalidKey, 401, QStringLiteral("Authentication failed")), true}
        << "lookup-failed" << "ok" << 0 << lookupError + QStringLiteral(" to register this host to an another organization): "
                                                                       "API request failed: Authentication failed")
        << "" << "";
    QTest::newRow("id file, 403: lookup-failed")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("A9"), {integration},
                  failure(MackerelApiError::Forbidden, 403, QStringLiteral("Forbidden")), true}
        << "lookup-failed" << "ok" << 0 << lookupError << "" << "";
    QTest::newRow("id file, 5xx through the retries: lookup-failed")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("A9"), {integration},
                  failure(MackerelApiError::ServerError, 503, QString()), true}
        << "lookup-failed" << "ok" << 0 << lookupError << "" << "";
    QTest::newRow("id file, the network fails: lookup-failed")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("A9"), {integration},
                  failure(MackerelApiError::NetworkError, 0, QString()), true}
        << "lookup-failed" << "ok" << 0 << lookupError << "" << "";
    // isRetired is checked nowhere in prepareHost: the host is used (the identifier check comes first).
    QTest::newRow("id file names a retired host: retired-host, move aside, create")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("R1"), {retired}, {}, false}
        << "retired-host" << "retired-host" << 13 << "" << "move-id-file-aside" << "create";
    QTest::newRow("id file names a retired host, the identifier's host lives: move aside, attach")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("R1"), {retired, integration}, {}, true}
        << "retired-host" << "retired-host" << 13 << "" << "move-id-file-aside" << "attach";
    QTest::newRow("id file names a retired host of another identifier: mismatch first")
        << Branch{Local, QStringLiteral("present"), QStringLiteral("R2"), {retiredOther}, {}, true}
        << "mismatch" << "mismatch" << 11 << "custom identifiers mismatch" << "move-id-file-aside" << "create";
    // LoadHostID fails on a directory; SaveHostID (os.Create) fails after the host is found or made.
    QTest::newRow("id file is a directory, no identifier: registers, cannot save")
        << Branch{QString(), QStringLiteral("directory"), QString(), {elsewhere}, {}, false}
        << "id-file-directory" << "id-file-directory" << 17
        << QStringLiteral("failed to save host ID: open %1: is a directory").arg(IdPath) << "move-id-file-aside" << "create";
    QTest::newRow("id file is a directory, a host carries the identifier: finds it, cannot save")
        << Branch{Local, QStringLiteral("directory"), QString(), {integration}, {}, true}
        << "id-file-directory" << "id-file-directory" << 17 << "failed to save host ID" << "move-id-file-aside" << "attach";

    // Duplicates in the forms the service allows (customIdentifier is unique among live hosts).
    QTest::newRow("sackerel's host and the agent's, id file names the agent's: update")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("A2"), {sackerel, agentBare}, {}, false}
        << "update" << "duplicate" << 0 << "" << "" << "";
    QTest::newRow("sackerel's host and the agent's, no id file: write the agent host's id, never sackerel's")
        << Branch{QString(), QStringLiteral("absent"), QString(), {sackerel, agentBare}, {}, false}
        << "create" << "duplicate" << 10 << "" << "write-id-file" << "update";
    QTest::newRow("integration host and an agent host without identifier, id file names the agent's")
        << Branch{QString(), QStringLiteral("present"), QStringLiteral("A2"), {integration, agentBare}, {}, true}
        << "update" << "duplicate" << 0 << "" << "" << "";
}

void TestAgentDecision::branches()
{
    QFETCH(Branch, branch);
    QFETCH(QString, matchVerdict);
    QFETCH(QString, fleetVerdict);
    QFETCH(int, guardExit);
    QFETCH(QString, agentError);
    QFETCH(QString, remedy);
    QFETCH(QString, remedyEnd);

    const MatchReport match = runMatch(branch);
    QCOMPARE(matchVerdictName(match.verdict), matchVerdict);
    if (agentError.isEmpty())
        QVERIFY2(match.agentError.isEmpty(), qPrintable(match.agentError));
    else
        QVERIFY2(match.agentError.startsWith(agentError), qPrintable(match.agentError));
    QCOMPARE(match.remedy ? match.remedy->action() : QString(), remedy);
    QCOMPARE(match.remedy ? matchVerdictName(match.remedy->endVerdict) : QString(), remedyEnd);
    if (match.remedy) {
        verifyRemedy(branch, *match.remedy, "match");
        QVERIFY2(match.message.contains(match.remedy->text(IdPath)), qPrintable(match.message));
    }
    if (match.verdict == MatchVerdict::LookupFailed)
        QCOMPARE(match.toJson().value(QStringLiteral("error")).toString(), mackerelApiErrorName(branch.byIdFailure->error));
    if (branch.byIdFailure && (branch.byIdFailure->error == MackerelApiError::ServerError
                               || branch.byIdFailure->error == MackerelApiError::NetworkError))
        QVERIFY2(match.warnings.join(QLatin1Char('\n')).contains(QLatin1String("20 times, 3 s apart")),
                 qPrintable(match.warnings.join(QLatin1Char('\n'))));

    // The same branch as the fleet sees it: the same decision function, the same verdict, and a remedy
    // that the decision accepts.
    const FleetMachine machine = runFleet(branch);
    QVERIFY(machine.agentDecision);
    QCOMPARE(matchVerdictName(machine.agentDecision->verdict), matchVerdict);
    QCOMPARE(machine.agentDecision->agentError, match.agentError);
    QCOMPARE(fleetVerdictName(machine.verdict), fleetVerdict);
    if (machine.remedy) {
        verifyRemedy(branch, *machine.remedy, "fleet");
        QCOMPARE(machine.keepHostId, machine.remedy->endHostId);
    }
    if (!remedy.isEmpty() && machine.verdict != FleetVerdict::Duplicate)
        QCOMPARE(machine.remedy ? machine.remedy->action() : QString(), remedy);
    // The agent's code does not refuse a retired host: no one says it does.
    if (match.verdict == MatchVerdict::RetiredHost)
        QVERIFY2(!machine.advice.contains(QLatin1String("refuses")), qPrintable(machine.advice));
    QVERIFY2(!machine.advice.contains(QLatin1String("write that host's id")), qPrintable(machine.advice));

    const GuardDecision guard = runGuard(branch, match);
    QVERIFY2(guard.exitStatus == guardExit, qPrintable(guard.line));
    if (match.verdict == MatchVerdict::RetiredHost)
        QVERIFY2(guard.line.contains(QLatin1String("retired")), qPrintable(guard.line));
}

// Every remedy the decision may give, on every branch where one is needed, and brute force: each
// combination of moving, writing any host's id and sending any identifier the agent can make is either
// rejected by remedyEndAcceptable or ends where its decision says.
void TestAgentDecision::remedyEndsWhereItSays_data()
{
    branches_data();
}

void TestAgentDecision::remedyEndsWhereItSays()
{
    QFETCH(Branch, branch);
    const RemedyInputs inputs = matchInputs(branch);
    QStringList identifiers{QString()};
    QStringList ids{QString()};
    for (const MackerelHost &known : branch.hosts) {
        ids << known.id;
        if (!instanceKeyFromIdentifier(known.customIdentifier).isEmpty())
            identifiers << known.customIdentifier;
    }
    for (bool move : {false, true}) {
        for (const QString &id : std::as_const(ids)) {
            for (const QString &identifier : std::as_const(identifiers)) {
                AgentRemedy remedy;
                remedy.moveIdFileAside = move;
                remedy.writeHostId = id;
                remedy.sendIdentifier = identifier;
                const MatchReport end = applyRemedy(inputs, remedy);
                if (!remedyEndAcceptable(end))
                    continue;
                // An accepted end never has the agent refusing or exiting, and a write is never refused.
                QVERIFY(!agentWouldNotStart(end.verdict));
                if (!id.isEmpty()) {
                    QCOMPARE(end.verdict, MatchVerdict::Update);
                    QCOMPARE(end.host->id, id);
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestAgentDecision)
#include "tst_agentdecision.moc"
