// `fleet --plan` and `fleet apply` end to end (issue 21): a simulated organization, local machines
// on Ansible's local connection (each a copy of a tests/data/fleet root with its own metadata
// simulator), contrib/ansible/repair.yml run by the real ansible-playbook. Each machine's "agent
// restart" does what mackerel-agent does at its start: the inspector's own `register --yes
// --write-id-file` with the machine's own key (a file in its root), then the agent's first post (meta
// agent-version, a loadavg5 value). The bastion's key is given to apply through MACKEREL_APIKEY and
// another variable, and must reach no machine.
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "simulatedfleet.h"
#include "testservers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mi::sim::MackerelApiSimulator;
using mi::sim::MetadataSimulator;
using mi::sim::SimulatedCloud;

namespace {

const QString BastionKey = QStringLiteral("bastion-S3cret-k3y-0f-the-operator");
const QString MachineKey = QStringLiteral("machine-agent-k3y-0f-its-own");

// mackerel-agent's first minutes, after `register`: it updates its host with its own meta fields
// and posts its metrics. Reads the machine's own key from a file, never from its environment.
const char AgentPost[] = R"(import json, sys, time, urllib.request
api, keyfile, idfile = sys.argv[1:4]
key = open(keyfile).read().strip()
hid = open(idfile).read().strip()
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(api.rstrip('/') + path, data=data, method=method,
                                     headers={'X-Api-Key': key, 'Content-Type': 'application/json'})
    with opener.open(request, timeout=20) as answer:
        return json.load(answer)
host = call('GET', '/api/v0/hosts/' + hid)['host']
meta = dict(host.get('meta') or {})
meta['agent-version'] = '0.85.0'
roles = [service + ':' + role for service, names in (host.get('roles') or {}).items() for role in names]
body = {'name': host['name'], 'meta': meta, 'interfaces': host.get('interfaces') or [], 'roleFullnames': roles,
        'memo': host.get('memo') or ''}
for field in ('displayName', 'customIdentifier'):
    if host.get(field):
        body[field] = host[field]
call('PUT', '/api/v0/hosts/' + hid, body)
call('POST', '/api/v0/tsdb', [{'hostId': hid, 'name': 'loadavg5', 'time': int(time.time()), 'value': 0.25}])
)";

struct Machine
{
    QString name;
    QString fixture;
    std::optional<SimulatedCloud> cloud;
    QString idFile; // below the root
};

QList<Machine> machines()
{
    return {
        {QStringLiteral("web-ec2"), QStringLiteral("web-ec2"), SimulatedCloud::Ec2, QStringLiteral("var/lib/mackerel-agent/id")},
        {QStringLiteral("cache-azure"), QStringLiteral("cache-azure"), SimulatedCloud::Azure, QStringLiteral("srv/mackerel-agent/id")},
        {QStringLiteral("db-gce"), QStringLiteral("db-gce"), SimulatedCloud::Gce, QStringLiteral("var/lib/mackerel-agent/id")},
        {QStringLiteral("batch-none"), QStringLiteral("batch-none"), std::nullopt, QStringLiteral("var/lib/mackerel-agent/id")},
    };
}

QJsonObject agentMeta(const QJsonObject &cloud = QJsonObject())
{
    QJsonObject meta{{QStringLiteral("agent-version"), QStringLiteral("0.84.0")}};
    if (!cloud.isEmpty())
        meta.insert(QStringLiteral("cloud"), cloud);
    return meta;
}

QJsonObject cloudMeta(const QString &provider, const QString &id)
{
    return QJsonObject{{QStringLiteral("provider"), provider}, {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), id}}}};
}

//   web-ec2      its id file names 4DGFkm3Xfz2, another instance's host (a copied image)  -> mismatch
//   cache-azure  its id file names 5cAzureHost1, which the organization does not have    -> missing-host
//   db-gce       the integration's host and its agent's old host without identifier      -> duplicate
//   batch-none   nothing registered yet                                                  -> will-create (no remedy needed)
//   4AgtNoIdent  an agent host on EC2 without identifier, no report                      -> identifier-missing (manual)
void seed(MackerelApiSimulator &api)
{
    const auto ec2 = mi::sim::simulatedInstance(SimulatedCloud::Ec2);
    const auto gce = mi::sim::simulatedInstance(SimulatedCloud::Gce);
    const QString other = QStringLiteral("i-0ffffffffffffff01");
    api.addHost({{QStringLiteral("id"), QStringLiteral("4DGFkm3Xfz2")}, {QStringLiteral("name"), QStringLiteral("web-old")},
                 {QStringLiteral("status"), QStringLiteral("working")},
                 {QStringLiteral("customIdentifier"), other + QStringLiteral(".ec2.amazonaws.com")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("ec2"), other))}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntEc2Web1")}, {QStringLiteral("name"), ec2.instanceId},
                 {QStringLiteral("status"), QStringLiteral("working")},
                 {QStringLiteral("customIdentifier"), ec2.customIdentifier},
                 {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), cloudMeta(QStringLiteral("ec2"), ec2.instanceId)}}}});
    // 5cAzureHost1, which cache-azure's id file names, is not there (deleted): a 404, missing-host. (A
    // retired host is retired-host, a manual step: what the service does with its agent is undocumented.)
    api.addHost({{QStringLiteral("id"), QStringLiteral("4IntGceDb01")}, {QStringLiteral("name"), QStringLiteral("db-gce")},
                 {QStringLiteral("status"), QStringLiteral("working")},
                 {QStringLiteral("customIdentifier"), gce.customIdentifier},
                 {QStringLiteral("meta"), QJsonObject{{QStringLiteral("cloud"), cloudMeta(QStringLiteral("gce"), gce.instanceId)}}}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4AgtGceDb01")}, {QStringLiteral("name"), QStringLiteral("db-gce.internal")},
                 {QStringLiteral("status"), QStringLiteral("working")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("gce"), gce.instanceId))}});
    api.addHost({{QStringLiteral("id"), QStringLiteral("4AgtNoIdent")}, {QStringLiteral("name"), QStringLiteral("ip-10-8-0-9")},
                 {QStringLiteral("status"), QStringLiteral("working")},
                 {QStringLiteral("meta"), agentMeta(cloudMeta(QStringLiteral("ec2"), QStringLiteral("i-0a0000000000000e1")))}});
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    if (!QDir().mkpath(to))
        return false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One organization and its machines in a folder of their own.
class Scenario
{
public:
    bool start(QString *error)
    {
        if (!m_work.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        m_api = std::make_unique<MackerelApiSimulator>(BastionKey);
        m_api->addWriteKey(MachineKey);
        seed(*m_api);
        if (!m_api->listenOnLoopback()) {
            *error = QStringLiteral("the API simulator cannot listen");
            return false;
        }
        m_closedPort = testing::closedPort();
        QDir().mkpath(path(QStringLiteral("reports")));
        writeFile(path(QStringLiteral("agent-post.py")), AgentPost);
        writeFile(path(QStringLiteral("bastion-key")), BastionKey.toUtf8() + '\n');
        for (const Machine &machine : machines()) {
            const QString root = rootOf(machine);
            if (!copyTree(QStringLiteral(MI_TEST_DATA "/fleet/") + machine.fixture, root)) {
                *error = QStringLiteral("cannot copy the root of ") + machine.name;
                return false;
            }
            if (machine.cloud) {
                auto simulator = std::make_unique<MetadataSimulator>(*machine.cloud);
                if (!simulator->listenOnLoopback()) {
                    *error = QStringLiteral("a metadata simulator cannot listen");
                    return false;
                }
                m_metadata[machine.name] = std::move(simulator);
            }
            // The machine's own agent key, readable there only.
            QDir().mkpath(root + QStringLiteral("/etc/mackerel-agent"));
            writeFile(root + QStringLiteral("/etc/mackerel-agent/agent-key"), MachineKey.toUtf8() + '\n');
            const QString restart = QStringLiteral("#!/bin/sh\nset -e\n"
                                                   "env > '%1/restart.env'\n"
                                                   "printf '%s\\n' \"$0\" \"$@\" >> '%1/restart.argv'\n"
                                                   "echo restart >> '%1/restarts'\n"
                                                   "'%2' register --yes --write-id-file --checks none %3 --apibase '%4' --apikey-file '%1/etc/mackerel-agent/agent-key'\n"
                                                   "'%5' '%6' '%4' '%1/etc/mackerel-agent/agent-key' '%1/%7'\n")
                                        .arg(root, QStringLiteral(MI_INSPECTOR_BINARY), inspectArguments(machine).join(QLatin1Char(' ')),
                                             m_api->baseUrl().toString(), QStandardPaths::findExecutable(QStringLiteral("python3")),
                                             path(QStringLiteral("agent-post.py")), machine.idFile);
            writeFile(path(QStringLiteral("restart-") + machine.name + QStringLiteral(".sh")), restart.toUtf8(),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        // db-gce's agent registered its host without identifier: its id file names it.
        writeFile(rootOf(machines().at(2)) + QStringLiteral("/var/lib/mackerel-agent/id"), "4AgtGceDb01");
        // Each machine's report, as inspect.yml would fetch it.
        for (const Machine &machine : machines()) {
            const testing::InspectorRun run = testing::runInspector(QStringList{QStringLiteral("inspect"), QStringLiteral("--json")}
                                                                    + inspectArguments(machine));
            if (run.exitCode != 0 || !writeFile(path(QStringLiteral("reports/")) + machine.name + QStringLiteral(".json"), run.out)) {
                *error = QStringLiteral("inspect failed on ") + machine.name + QString::fromUtf8(run.err);
                return false;
            }
        }
        return writeInventory({});
    }

    QString path(const QString &name) const { return m_work.filePath(name); }
    QString rootOf(const Machine &machine) const { return path(QStringLiteral("roots/") + machine.name); }
    MackerelApiSimulator &api() { return *m_api; }

    QStringList inspectArguments(const Machine &machine) const
    {
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort);
        const auto found = m_metadata.find(machine.name);
        const MetadataSimulator *own = found == m_metadata.end() ? nullptr : found->second.get();
        auto endpoint = [&](SimulatedCloud cloud) { return own && own->cloud() == cloud ? own->baseUrl().toString() : closed; };
        return {QStringLiteral("--ec2-endpoint"), endpoint(SimulatedCloud::Ec2), QStringLiteral("--gce-endpoint"),
                endpoint(SimulatedCloud::Gce), QStringLiteral("--azure-endpoint"), endpoint(SimulatedCloud::Azure),
                QStringLiteral("--root"), rootOf(machine)};
    }

    // `unreachable`: machines Ansible cannot connect to (ssh to a closed port).
    bool writeInventory(const QStringList &unreachable)
    {
        QJsonObject hosts;
        for (const Machine &machine : machines()) {
            QJsonObject host{
                {QStringLiteral("mackerel_agent_id_file"), rootOf(machine) + QLatin1Char('/') + machine.idFile},
                {QStringLiteral("mackerel_agent_restart"), path(QStringLiteral("restart-") + machine.name + QStringLiteral(".sh"))},
                {QStringLiteral("mackerel_agent_become"), false},
                {QStringLiteral("mackerel_agent_wait"), 5},
                {QStringLiteral("mackerel_inspector_args"), QJsonArray::fromStringList(inspectArguments(machine))},
            };
            if (unreachable.contains(machine.name)) {
                host.insert(QStringLiteral("ansible_connection"), QStringLiteral("ssh"));
                host.insert(QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1"));
                host.insert(QStringLiteral("ansible_port"), int(m_closedPort));
                host.insert(QStringLiteral("ansible_ssh_common_args"), QStringLiteral("-F /dev/null -o BatchMode=yes -o ConnectTimeout=10"));
            }
            hosts.insert(machine.name, host);
        }
        const QJsonObject vars{{QStringLiteral("ansible_connection"), QStringLiteral("local")},
                               {QStringLiteral("ansible_python_interpreter"), QStringLiteral("{{ ansible_playbook_python }}")},
                               {QStringLiteral("mackerel_inspector"), QStringLiteral(MI_INSPECTOR_BINARY)},
                               {QStringLiteral("mackerel_inspector_become"), false}};
        return writeFile(path(QStringLiteral("inventory.yml")),
                         QJsonDocument(QJsonObject{{QStringLiteral("all"), QJsonObject{{QStringLiteral("vars"), vars},
                                                                                       {QStringLiteral("hosts"), hosts}}}})
                             .toJson());
    }

    // The inspector with the bastion's key in its environment (MACKEREL_APIKEY and another variable),
    // Ansible's state kept in the scenario's folder. The test's event loop runs meanwhile.
    Run inspector(const QStringList &arguments)
    {
        QProcessEnvironment environment = testing::cleanEnvironment();
        environment.insert(QStringLiteral("MACKEREL_APIKEY"), BastionKey);
        environment.insert(QStringLiteral("DEPLOY_TOKEN"), QStringLiteral("token=") + BastionKey);
        environment.insert(QStringLiteral("MACKEREL_APIBASE"), m_api->baseUrl().toString());
        environment.insert(QStringLiteral("ANSIBLE_CONFIG"), path(QStringLiteral("ansible.cfg")));
        environment.insert(QStringLiteral("ANSIBLE_HOME"), path(QStringLiteral("ansible-home")));
        environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), path(QStringLiteral("ansible-local-tmp")));
        environment.insert(QStringLiteral("ANSIBLE_REMOTE_TEMP"), path(QStringLiteral("ansible-remote-tmp")));
        environment.insert(QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("False"));
        writeFile(path(QStringLiteral("ansible.cfg")), QByteArray());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_work.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(MI_INSPECTOR_BINARY), arguments);
        if (!finished.wait(240000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    Run plan()
    {
        return inspector({QStringLiteral("fleet"), QStringLiteral("--reports"), path(QStringLiteral("reports")),
                          QStringLiteral("--plan"), path(QStringLiteral("plan.json"))});
    }

    Run apply(bool yes)
    {
        QStringList arguments{QStringLiteral("fleet"), QStringLiteral("apply"), path(QStringLiteral("plan.json")),
                              QStringLiteral("--inventory"), path(QStringLiteral("inventory.yml")),
                              QStringLiteral("--playbook"), QStringLiteral(MI_REPAIR_PLAYBOOK), QStringLiteral("--verify-wait"),
                              QStringLiteral("1")};
        if (yes)
            arguments << QStringLiteral("--yes");
        return inspector(arguments);
    }

    int count(const QByteArray &method, const QString &pathSuffix) const
    {
        int n = 0;
        for (const mi::sim::MackerelRequest &request : m_api->requests())
            n += request.method == method && request.path.endsWith(pathSuffix) ? 1 : 0;
        return n;
    }

private:
    QTemporaryDir m_work;
    std::unique_ptr<MackerelApiSimulator> m_api;
    std::map<QString, std::unique_ptr<MetadataSimulator>> m_metadata;
    quint16 m_closedPort = 0;
};

QString verdictLine(const QByteArray &out, const QString &machine)
{
    for (const QByteArray &line : out.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.section(QStringLiteral("  "), 1, 1) == machine)
            return text;
    }
    return QString();
}

} // namespace

class TestFleetApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void planAndApply();
    void stalePlanStopsThatMachineOnly();
    void faultsThenResumeWithoutRepeating();
};

void TestFleetApply::initTestCase()
{
    if (testing::SimulatedFleet::ansiblePlaybook().isEmpty())
        QSKIP("ansible-playbook is not installed (scripts/install-deps.sh installs ansible-core)");
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
}

void TestFleetApply::planAndApply()
{
    Scenario scenario;
    QString error;
    QVERIFY2(scenario.start(&error), qPrintable(error));

    const Run plan = scenario.plan();
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    QVERIFY2(plan.out.contains("4AgtGceDb01"), plan.out.constData());
    const QJsonObject planJson = QJsonDocument::fromJson(readAll(scenario.path(QStringLiteral("plan.json")))).object();
    QCOMPARE(planJson.value(QStringLiteral("version")).toInt(), 1);
    QHash<QString, QString> steps;
    for (const QJsonValue &value : planJson.value(QStringLiteral("machines")).toArray()) {
        QStringList kinds;
        for (const QJsonValue &step : value.toObject().value(QStringLiteral("steps")).toArray())
            kinds << step.toObject().value(QStringLiteral("kind")).toString();
        steps.insert(value.toObject().value(QStringLiteral("machine")).toString(), kinds.join(QLatin1Char(',')));
    }
    QCOMPARE(steps.value(QStringLiteral("web-ec2")), QStringLiteral("move-id-file,restart-agent,verify"));
    QCOMPARE(steps.value(QStringLiteral("cache-azure")), QStringLiteral("move-id-file,restart-agent,verify"));
    QCOMPARE(steps.value(QStringLiteral("db-gce")), QStringLiteral("move-id-file,restart-agent,verify,retire-host"));
    QCOMPARE(steps.value(QStringLiteral("ip-10-8-0-9")), QStringLiteral("manual"));
    QVERIFY(!steps.contains(QStringLiteral("batch-none")));

    // The dry run changes nothing, anywhere.
    scenario.api().clearRequests();
    const Run dry = scenario.apply(false);
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("Dry run"), dry.out.constData());
    for (const mi::sim::MackerelRequest &request : scenario.api().requests())
        QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(!QFile::exists(scenario.path(QStringLiteral("plan.json.journal"))));
    QCOMPARE(readAll(scenario.rootOf(machines().at(0)) + QStringLiteral("/var/lib/mackerel-agent/id")), QByteArray("4DGFkm3Xfz2"));

    scenario.api().clearRequests();
    const Run apply = scenario.apply(true);
    QVERIFY2(apply.exitCode == 0, (apply.out + apply.err).constData());
    // Every remediable verdict ends ok; the manual one stays, with its reason.
    for (const QString &machine : {QStringLiteral("web-ec2"), QStringLiteral("cache-azure"), QStringLiteral("db-gce")}) {
        const QString line = verdictLine(apply.out, machine);
        QVERIFY2(line.startsWith(QLatin1String("done  ")) && line.endsWith(QLatin1String("-> ok")), qPrintable(line + QLatin1Char('\n') + QString::fromUtf8(apply.out)));
    }
    QVERIFY2(verdictLine(apply.out, QStringLiteral("ip-10-8-0-9")).startsWith(QLatin1String("blocked  ip-10-8-0-9  identifier-missing -> identifier-missing")),
             apply.out.constData());

    // The id files were moved aside, not deleted.
    const QDir webIdDir(scenario.rootOf(machines().at(0)) + QStringLiteral("/var/lib/mackerel-agent"));
    const QStringList copied = webIdDir.entryList({QStringLiteral("id.copied-*")}, QDir::Files);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(readAll(webIdDir.filePath(copied.constFirst())), QByteArray("4DGFkm3Xfz2"));
    QCOMPARE(readAll(webIdDir.filePath(QStringLiteral("id"))), QByteArray("4IntEc2Web1"));

    // One retire, of the host the plan named, after its machine's check (the metric names of the
    // host kept) and after reading the host once more.
    int metricNamesAt = -1, readAgainAt = -1, retireAt = -1;
    const QList<mi::sim::MackerelRequest> requests = scenario.api().requests();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const mi::sim::MackerelRequest &request = requests.at(i);
        if (request.method == "POST" && request.path.endsWith(QLatin1String("/retire"))) {
            QCOMPARE(request.path, QStringLiteral("/api/v0/hosts/4AgtGceDb01/retire"));
            QCOMPARE(retireAt, -1);
            retireAt = int(i);
        }
        if (request.method == "GET" && request.path == QLatin1String("/api/v0/hosts/4IntGceDb01/metric-names"))
            metricNamesAt = int(i);
        if (request.method == "GET" && request.path == QLatin1String("/api/v0/hosts/4AgtGceDb01") && retireAt < 0)
            readAgainAt = int(i);
    }
    QVERIFY(retireAt > 0);
    QVERIFY(metricNamesAt >= 0 && metricNamesAt < retireAt);
    QVERIFY(readAgainAt > metricNamesAt && readAgainAt < retireAt);
    QVERIFY(scenario.api().host(QStringLiteral("4AgtGceDb01"))->value(QStringLiteral("isRetired")).toBool());
    QVERIFY(!scenario.api().host(QStringLiteral("4IntGceDb01"))->value(QStringLiteral("isRetired")).toBool());

    // The bastion's key reached no machine: not the restart's environment or arguments, no file.
    for (const Machine &machine : machines()) {
        QDirIterator it(scenario.rootOf(machine), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(!readAll(file).contains(BastionKey.toUtf8()), qPrintable(file));
        }
        if (machine.name != QLatin1String("batch-none")) {
            QVERIFY2(!readAll(scenario.rootOf(machine) + QStringLiteral("/restart.env")).isEmpty(), qPrintable(machine.name));
            QVERIFY(readAll(scenario.rootOf(machine) + QStringLiteral("/restart.env")).contains("ANSIBLE"));
        }
    }
    QVERIFY(!apply.out.contains(BastionKey.toUtf8()));
    QVERIFY(!apply.err.contains(BastionKey.toUtf8()));

    // Again: nothing to do, nothing repeated.
    scenario.api().clearRequests();
    const Run again = scenario.apply(true);
    QVERIFY2(again.exitCode == 5, (again.out + again.err).constData());
    QCOMPARE(scenario.count("POST", QStringLiteral("/retire")), 0);
    for (const Machine &machine : machines()) {
        if (machine.name != QLatin1String("batch-none"))
            QCOMPARE(readAll(scenario.rootOf(machine) + QStringLiteral("/restarts")), QByteArray("restart\n"));
    }
}

void TestFleetApply::stalePlanStopsThatMachineOnly()
{
    Scenario scenario;
    QString error;
    QVERIFY2(scenario.start(&error), qPrintable(error));
    QVERIFY(scenario.plan().exitCode == 0);

    // After the plan, someone gives db-gce's old agent host an identifier.
    QList<QJsonObject> hosts = scenario.api().hosts();
    for (QJsonObject &host : hosts) {
        if (host.value(QStringLiteral("id")).toString() == QLatin1String("4AgtGceDb01"))
            host.insert(QStringLiteral("customIdentifier"), QStringLiteral("db-gce.example"));
    }
    scenario.api().replaceHosts(hosts);
    scenario.api().clearRequests();

    const Run apply = scenario.apply(true);
    QVERIFY2(apply.exitCode == 4, (apply.out + apply.err).constData());
    QVERIFY2(verdictLine(apply.out, QStringLiteral("db-gce")).startsWith(QLatin1String("stale  ")), apply.out.constData());
    QVERIFY2(verdictLine(apply.out, QStringLiteral("web-ec2")).startsWith(QLatin1String("done  ")), apply.out.constData());
    QVERIFY2(verdictLine(apply.out, QStringLiteral("cache-azure")).startsWith(QLatin1String("done  ")), apply.out.constData());
    // Nothing happened to the stale machine: its id file is where it was, no restart, no retire.
    QCOMPARE(readAll(scenario.rootOf(machines().at(2)) + QStringLiteral("/var/lib/mackerel-agent/id")), QByteArray("4AgtGceDb01"));
    QVERIFY(!QFile::exists(scenario.rootOf(machines().at(2)) + QStringLiteral("/restarts")));
    QCOMPARE(scenario.count("POST", QStringLiteral("/retire")), 0);
}

void TestFleetApply::faultsThenResumeWithoutRepeating()
{
    Scenario scenario;
    QString error;
    QVERIFY2(scenario.start(&error), qPrintable(error));
    QVERIFY(scenario.plan().exitCode == 0);

    // web-ec2 cannot be reached; the retire is carried out but its answer is a 500.
    QVERIFY(scenario.writeInventory({QStringLiteral("web-ec2")}));
    mi::sim::MackerelFault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/api/v0/hosts/4AgtGceDb01/retire");
    fault.status = 500;
    fault.applyFirst = true;
    scenario.api().addFault(fault);
    scenario.api().clearRequests();

    const Run first = scenario.apply(true);
    QVERIFY2(first.exitCode == 4, (first.out + first.err).constData());
    QVERIFY2(verdictLine(first.out, QStringLiteral("web-ec2")).startsWith(QLatin1String("unreachable  ")), first.out.constData());
    QVERIFY2(verdictLine(first.out, QStringLiteral("db-gce")).startsWith(QLatin1String("failed  ")), first.out.constData());
    QVERIFY2(verdictLine(first.out, QStringLiteral("cache-azure")).startsWith(QLatin1String("done  ")), first.out.constData());
    QCOMPARE(scenario.count("POST", QStringLiteral("/retire")), 1);

    QVERIFY(scenario.writeInventory({}));
    scenario.api().clearRequests();
    const Run second = scenario.apply(true);
    QVERIFY2(second.exitCode == 0, (second.out + second.err).constData());
    for (const QString &machine : {QStringLiteral("web-ec2"), QStringLiteral("cache-azure"), QStringLiteral("db-gce")})
        QVERIFY2(verdictLine(second.out, machine).endsWith(QLatin1String("-> ok")), second.out.constData());
    // The retire whose answer was lost is found done: no second retire. No machine restarted twice.
    QCOMPARE(scenario.count("POST", QStringLiteral("/retire")), 0);
    QVERIFY(scenario.api().host(QStringLiteral("4AgtGceDb01"))->value(QStringLiteral("isRetired")).toBool());
    for (const Machine &machine : machines()) {
        if (machine.name != QLatin1String("batch-none"))
            QCOMPARE(readAll(scenario.rootOf(machine) + QStringLiteral("/restarts")), QByteArray("restart\n"));
    }
    // cache-azure was done in the first apply: the second only audits it.
    QVERIFY2(!verdictLine(second.out, QStringLiteral("cache-azure")).isEmpty(), second.out.constData());
}

QTEST_GUILESS_MAIN(TestFleetApply)
#include "tst_fleetapply.moc"
