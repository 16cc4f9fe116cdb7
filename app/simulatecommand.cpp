#include "simulatecommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "commandline.h"
#include "demoenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTextStream>

namespace mi::app {

namespace {
struct SimulateCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};
} // namespace

bool SimulateCommand::start(sim::SimulatedCloud cloud, quint16 port, QString *error)
{
    m_simulator = std::make_unique<sim::MetadataSimulator>(cloud);
    if (!m_sysRoot.isValid() || !sim::writeSysFixture(m_simulator->instance(), m_sysRoot.path(), error)) {
        if (error->isEmpty())
            *error = SimulateCommandText::tr("cannot create a temporary directory");
        return false;
    }
    const QString name = sim::simulatedCloudName(cloud);
    if (sim::metadataRefuses(cloud)) {
        // As --demo does: a port that was free a moment ago and is closed again, so that every
        // connection to it is refused, and only the firmware files tell the instance.
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost, port)) {
            *error = SimulateCommandText::tr("cannot listen on 127.0.0.1:%1 (is the port taken?)").arg(port);
            return false;
        }
        m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    } else {
        if (!m_simulator->listenOnLoopback(port)) {
            *error = SimulateCommandText::tr("cannot listen on 127.0.0.1:%1 (is the port taken?)").arg(port);
            return false;
        }
        m_baseUrl = m_simulator->baseUrl();
    }
    const QString base = m_baseUrl.toString();
    QTextStream out(stdout);
    out << base << "\n";
    if (sim::metadataRefuses(cloud)) {
        out << SimulateCommandText::tr("Simulating %1: its instance metadata service refuses every connection (blocked); "
                                       "instance %2, named only by its firmware. Stop with Ctrl+C.")
                   .arg(name, m_simulator->instance().instanceId)
            << "\n";
        out << SimulateCommandText::tr("Its /sys UUID and DMI (firmware) files are under %1").arg(m_sysRoot.path()) << "\n";
    } else {
        out << SimulateCommandText::tr("Simulating the %1 instance metadata service; instance %2. Stop with Ctrl+C.")
                   .arg(name, m_simulator->instance().instanceId)
            << "\n";
        out << SimulateCommandText::tr("Its /sys UUID files are under %1").arg(m_sysRoot.path()) << "\n";
    }
    out << SimulateCommandText::tr("Try:") << " mackerel-inspector detect --ec2-endpoint " << base << " --gce-endpoint " << base
        << " --azure-endpoint " << base << " --root " << m_sysRoot.path() << "\n";
    out.flush();
    QObject::connect(m_simulator.get(), &sim::MetadataSimulator::requestServed, m_simulator.get(),
                     [](const QString &method, const QString &path, int status) {
                         writeText(stderr, QStringLiteral("%1 %2 -> %3\n").arg(method, path).arg(status));
                     });
    return true;
}

static bool writeDemoFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size()) {
        *error = SimulateCommandText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool SimulateCommand::startMackerel(sim::SimulatedCloud cloud, sim::MackerelSeed seed, QString *error, const QString &hostsFile)
{
    m_mackerel = std::make_unique<sim::MackerelApiSimulator>();
    m_mackerel->seed(seed, cloud);
    if (!hostsFile.isEmpty()) {
        QFile file(hostsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = SimulateCommandText::tr("--hosts: cannot read %1: %2").arg(hostsFile, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.object().value(QStringLiteral("hosts")).isArray()) {
            *error = SimulateCommandText::tr("--hosts: %1 is not {\"hosts\": [...]} (%2)").arg(hostsFile, parseError.errorString());
            return false;
        }
        QList<QJsonObject> hosts;
        const QJsonArray array = document.object().value(QStringLiteral("hosts")).toArray();
        for (const QJsonValue &host : array)
            hosts.append(host.toObject());
        m_mackerel->replaceHosts(hosts);
    }
    if (!m_mackerel->listenOnLoopback()) {
        *error = SimulateCommandText::tr("the Mackerel API simulator cannot listen on 127.0.0.1");
        return false;
    }
    const QString keyFile = m_sysRoot.filePath(QStringLiteral("apikey"));
    const QString idFile = m_sysRoot.filePath(QStringLiteral("var/lib/mackerel-agent/id"));
    if (!writeDemoFile(keyFile, QByteArray(sim::DemoApiKey) + '\n', error))
        return false;
    if (!m_mackerel->localHostId().isEmpty() && !writeDemoFile(idFile, m_mackerel->localHostId().toUtf8(), error))
        return false;
    const QString base = m_baseUrl.toString();
    QTextStream out(stdout);
    out << SimulateCommandText::tr("Mackerel API: %1 (seed %2, %n host(s))", nullptr, int(m_mackerel->hosts().size()))
               .arg(m_mackerel->baseUrl().toString(), sim::mackerelSeedName(seed))
        << "\n";
    out << SimulateCommandText::tr("Demo API key (opens only this simulator): %1, also in %2")
               .arg(QLatin1String(sim::DemoApiKey), keyFile)
        << "\n";
    out << SimulateCommandText::tr("Id file:") << " " << (m_mackerel->localHostId().isEmpty() ? SimulateCommandText::tr("none (the agent has not run here)") : idFile)
        << "\n";
    out << SimulateCommandText::tr("Try:") << " mackerel-inspector match --apibase " << m_mackerel->baseUrl().toString() << " --apikey-file " << keyFile
        << " --id-file " << idFile << " --ec2-endpoint " << base << " --gce-endpoint " << base << " --azure-endpoint "
        << base << " --root " << m_sysRoot.path() << "\n";
    out.flush();
    QObject::connect(m_mackerel.get(), &sim::MackerelApiSimulator::requestServed, m_mackerel.get(),
                     [](const QString &method, const QString &path, int status) {
                         writeText(stderr, QStringLiteral("mackerel: %1 %2 -> %3\n").arg(method, path).arg(status));
                     });
    return true;
}

} // namespace mi::app
