#include "simulatedfleet.h"

#include "inspectorrun.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <unistd.h>

namespace testing {

using mi::sim::SimulatedCloud;
using Fate = FleetMachine::Fate;

SimulatedFleet::SimulatedFleet() = default;
SimulatedFleet::~SimulatedFleet() = default;

QList<FleetMachine> SimulatedFleet::machines()
{
    auto reporting = [](const QString &name, std::optional<SimulatedCloud> cloud, const QString &platform,
                        const QString &idFile, const QString &idFileState, const QString &hostId) {
        FleetMachine machine;
        machine.name = name;
        machine.fixture = name;
        machine.cloud = cloud;
        machine.platform = platform;
        if (cloud)
            machine.customIdentifier = mi::sim::simulatedInstance(*cloud).customIdentifier;
        machine.idFile = idFile;
        machine.idFileState = idFileState;
        machine.hostId = hostId;
        return machine;
    };
    auto failing = [](const QString &name, Fate fate) {
        FleetMachine machine;
        machine.name = name;
        machine.fate = fate;
        return machine;
    };
    const QString agentIdFile = QStringLiteral("var/lib/mackerel-agent/id");
    FleetMachine cache = reporting(QStringLiteral("cache-azure"), SimulatedCloud::Azure, QStringLiteral("azurevm"),
                                   QStringLiteral("srv/mackerel-agent/id"), QStringLiteral("present"),
                                   QStringLiteral("5cAzureHost1"));
    // Looks like Jinja: a target's strings must stay data on the controller.
    cache.displayName = QStringLiteral("cache {{ 7 * 7 }}");
    return {
        reporting(QStringLiteral("web-ec2"), SimulatedCloud::Ec2, QStringLiteral("ec2"), agentIdFile,
                  QStringLiteral("present"), QStringLiteral("4DGFkm3Xfz2")),
        reporting(QStringLiteral("db-gce"), SimulatedCloud::Gce, QStringLiteral("gce"), agentIdFile, QStringLiteral("empty"),
                  QString()),
        cache,
        reporting(QStringLiteral("batch-none"), std::nullopt, QStringLiteral("none"), agentIdFile, QStringLiteral("absent"),
                  QString()),
        failing(QStringLiteral("broken-binary"), Fate::CommandFails),
        failing(QStringLiteral("half-printed"), Fate::HalfPrinted),
        failing(QStringLiteral("unreachable"), Fate::Unreachable),
    };
}

QString SimulatedFleet::fixtureRoot(const FleetMachine &machine)
{
    return QStringLiteral(MI_TEST_DATA "/fleet/") + machine.fixture;
}

bool SimulatedFleet::start(QString *error)
{
    m_closedPort = closedPort();
    for (const FleetMachine &machine : machines()) {
        if (!machine.cloud)
            continue;
        auto simulator = std::make_unique<mi::sim::MetadataSimulator>(*machine.cloud);
        if (!simulator->listenOnLoopback()) {
            *error = QStringLiteral("the %1 simulator cannot listen on 127.0.0.1").arg(machine.name);
            return false;
        }
        m_simulators[machine.name] = std::move(simulator);
    }
    return true;
}

mi::sim::MetadataSimulator *SimulatedFleet::simulator(const QString &machine) const
{
    const auto it = m_simulators.find(machine);
    return it == m_simulators.end() ? nullptr : it->second.get();
}

QStringList SimulatedFleet::inspectArguments(const FleetMachine &machine) const
{
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort);
    const mi::sim::MetadataSimulator *own = simulator(machine.name);
    auto endpoint = [&](std::initializer_list<SimulatedCloud> clouds) {
        for (SimulatedCloud cloud : clouds) {
            if (own && own->cloud() == cloud)
                return own->baseUrl().toString();
        }
        return closed;
    };
    QStringList arguments{QStringLiteral("--ec2-endpoint"), endpoint({SimulatedCloud::Ec2, SimulatedCloud::Ec2ImdsV1}),
                          QStringLiteral("--gce-endpoint"), endpoint({SimulatedCloud::Gce}),
                          QStringLiteral("--azure-endpoint"), endpoint({SimulatedCloud::Azure})};
    if (!machine.fixture.isEmpty())
        arguments << QStringLiteral("--root") << fixtureRoot(machine);
    return arguments;
}

QByteArray SimulatedFleet::inventory(const QString &inspector) const
{
    QJsonObject hosts;
    for (const FleetMachine &machine : machines()) {
        QJsonObject host{{QStringLiteral("mackerel_inspector_args"), QJsonArray::fromStringList(inspectArguments(machine))}};
        switch (machine.fate) {
        case Fate::Report:
            break;
        case Fate::CommandFails:
            host.insert(QStringLiteral("mackerel_inspector"), QStringLiteral("/nonexistent/mackerel-inspector"));
            break;
        case Fate::HalfPrinted:
            host.insert(QStringLiteral("mackerel_inspector"), QStringLiteral(MI_TEST_DATA "/fleet/half-printed-inspector"));
            break;
        case Fate::Unreachable:
            // ssh to a closed port on 127.0.0.1: refused at once, whatever the user's ssh config says.
            host.insert(QStringLiteral("ansible_connection"), QStringLiteral("ssh"));
            host.insert(QStringLiteral("ansible_host"), QStringLiteral("127.0.0.1"));
            host.insert(QStringLiteral("ansible_port"), int(m_closedPort));
            host.insert(QStringLiteral("ansible_ssh_common_args"),
                        QStringLiteral("-F /dev/null -o BatchMode=yes -o ConnectTimeout=10"));
            break;
        }
        hosts.insert(machine.name, host);
    }
    QJsonObject vars{
        {QStringLiteral("ansible_connection"), QStringLiteral("local")},
        {QStringLiteral("ansible_python_interpreter"), QStringLiteral("{{ ansible_playbook_python }}")},
        {QStringLiteral("mackerel_inspector"), inspector},
    };
    // As root, become is what the playbook does by default (Ansible skips sudo for the same user);
    // another user would need a sudo password, so the test runs inspect as that user.
    if (geteuid() != 0)
        vars.insert(QStringLiteral("mackerel_inspector_become"), false);
    const QJsonObject inventory{
        {QStringLiteral("all"), QJsonObject{{QStringLiteral("vars"), vars}, {QStringLiteral("hosts"), hosts}}}};
    return QJsonDocument(inventory).toJson(QJsonDocument::Indented);
}

QString SimulatedFleet::ansiblePlaybook()
{
    return QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
}

PlaybookRun SimulatedFleet::runPlaybook(const QString &inspector, const QString &reportsDir, const QString &workDir) const
{
    const QDir work(workDir);
    QFile inventoryFile(work.filePath(QStringLiteral("inventory.yml")));
    QFile configFile(work.filePath(QStringLiteral("ansible.cfg")));
    if (!inventoryFile.open(QIODevice::WriteOnly) || inventoryFile.write(inventory(inspector)) < 0
        || !configFile.open(QIODevice::WriteOnly))
        return {};
    inventoryFile.close();
    configFile.close();

    // Nothing from the user's ~/.ansible, /etc/ansible or the working directory; nothing left behind.
    QProcessEnvironment environment = cleanEnvironment();
    const QList<QPair<QString, QString>> settings{
        {QStringLiteral("ANSIBLE_CONFIG"), configFile.fileName()},
        {QStringLiteral("ANSIBLE_HOME"), work.filePath(QStringLiteral("home"))},
        {QStringLiteral("ANSIBLE_LOCAL_TEMP"), work.filePath(QStringLiteral("local-tmp"))},
        {QStringLiteral("ANSIBLE_REMOTE_TEMP"), work.filePath(QStringLiteral("remote-tmp"))},
        {QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1")},
        {QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("False")},
        {QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("False")},
    };
    for (const auto &[name, value] : settings)
        environment.insert(name, value);
    environment.remove(QStringLiteral("ANSIBLE_FORCE_COLOR"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    // -e as JSON: a path is a path, spaces and all.
    const QJsonObject extraVars{{QStringLiteral("reports_dir"), reportsDir}};
    process.start(ansiblePlaybook(), {QStringLiteral("-i"), inventoryFile.fileName(), QStringLiteral(MI_PLAYBOOK),
                                      QStringLiteral("-e"),
                                      QString::fromUtf8(QJsonDocument(extraVars).toJson(QJsonDocument::Compact))});
    if (!process.waitForStarted())
        return {-1, process.errorString().toUtf8()};
    // Generous: a loaded CI machine; the run takes a few seconds.
    if (!finished.wait(180000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

} // namespace testing
