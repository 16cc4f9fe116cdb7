#include "simulatecommand.h"

#include "demoenvironment.h"

#include <QTextStream>

namespace mi::app {

bool SimulateCommand::start(sim::SimulatedCloud cloud, quint16 port, QString *error)
{
    m_simulator = std::make_unique<sim::MetadataSimulator>(cloud);
    if (!m_sysRoot.isValid() || !sim::writeSysFixture(m_simulator->instance(), m_sysRoot.path(), error)) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!m_simulator->listenOnLoopback(port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (is the port taken?)").arg(port);
        return false;
    }
    const QString base = m_simulator->baseUrl().toString();
    const QString name = sim::simulatedCloudName(cloud);
    QTextStream out(stdout);
    out << base << "\n";
    out << "Simulating the " << name << " instance metadata service; instance "
        << m_simulator->instance().instanceId << ". Stop with Ctrl+C.\n";
    out << "Its /sys UUID files are under " << m_sysRoot.path() << "\n";
    out << "Try: mackerel-inspector detect --ec2-endpoint " << base << " --gce-endpoint " << base
        << " --azure-endpoint " << base << " --root " << m_sysRoot.path() << "\n";
    out.flush();
    QObject::connect(m_simulator.get(), &sim::MetadataSimulator::requestServed, m_simulator.get(),
                     [](const QString &method, const QString &path, int status) {
                         QTextStream(stderr) << method << " " << path << " -> " << status << "\n";
                     });
    return true;
}

} // namespace mi::app
