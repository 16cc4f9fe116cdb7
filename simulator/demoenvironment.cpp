#include "demoenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>

namespace mi::sim {

namespace {
struct DemoEnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
};
} // namespace

static bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = DemoEnvironmentText::tr("cannot create %1").arg(QFileInfo(path).path());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = DemoEnvironmentText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeSysFixture(const SimulatedInstance &instance, const QString &root, QString *error)
{
    const QString dmi = root + QStringLiteral("/sys/devices/virtual/dmi/id/");
    if (!instance.hypervisorUuid.isEmpty()
        && !writeFile(root + QStringLiteral("/sys/hypervisor/uuid"), instance.hypervisorUuid, error))
        return false;
    for (const auto &file : instance.firmware) {
        if (!writeFile(dmi + file.first, file.second, error))
            return false;
    }
    return writeFile(dmi + QStringLiteral("product_uuid"), instance.productUuid, error)
        && writeFile(dmi + QStringLiteral("product_name"), instance.productName, error)
        && writeFile(dmi + QStringLiteral("sys_vendor"), instance.sysVendor, error);
}

std::unique_ptr<DemoEnvironment> DemoEnvironment::start(SimulatedCloud cloud, QString *error, quint16 port)
{
    std::unique_ptr<DemoEnvironment> demo(new DemoEnvironment);
    if (!demo->m_sysRoot.isValid()) {
        *error = DemoEnvironmentText::tr("cannot create a temporary directory: %1").arg(demo->m_sysRoot.errorString());
        return nullptr;
    }
    demo->m_simulator = std::make_unique<MetadataSimulator>(cloud);
    if (!writeSysFixture(demo->m_simulator->instance(), demo->m_sysRoot.path(), error))
        return nullptr;
    if (metadataRefuses(cloud)) {
        // A port that was just free and is closed again: connections to it are refused.
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost, port)) {
            *error = DemoEnvironmentText::tr("cannot find a free port on 127.0.0.1");
            return nullptr;
        }
        demo->m_refusingUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        return demo;
    }
    if (!demo->m_simulator->listenOnLoopback(port)) {
        *error = DemoEnvironmentText::tr("the simulator cannot listen on 127.0.0.1:%1").arg(port);
        return nullptr;
    }
    return demo;
}

} // namespace mi::sim

namespace mi::sim {

QString DemoEnvironment::idFilePath() const
{
    return m_sysRoot.path() + QStringLiteral("/var/lib/mackerel-agent/id");
}

bool DemoEnvironment::startMackerel(MackerelSeed seed, QString *error)
{
    m_mackerel = std::make_unique<MackerelApiSimulator>(QString::fromLatin1(DemoApiKey));
    m_mackerel->seed(seed, m_simulator->cloud());
    if (!m_mackerel->listenOnLoopback()) {
        *error = DemoEnvironmentText::tr("cannot start the simulated Mackerel API on 127.0.0.1");
        return false;
    }
    QFile::remove(idFilePath());
    if (!m_mackerel->localHostId().isEmpty() && !writeFile(idFilePath(), m_mackerel->localHostId().toUtf8(), error))
        return false;
    return true;
}

} // namespace mi::sim
