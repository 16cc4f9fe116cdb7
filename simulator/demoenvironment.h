#pragma once

#include "metadatasimulator.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace mi::sim {

// A simulated instance for `--demo CLOUD`: its metadata service on an ephemeral 127.0.0.1 port and a
// small root that holds the instance's /sys UUID and DMI files for the agent's EC2 pre-check.
class DemoEnvironment
{
public:
    // Returns nullptr and sets *error if the server cannot listen or the directory cannot be written.
    static std::unique_ptr<DemoEnvironment> start(SimulatedCloud cloud, QString *error, quint16 port = 0);

    MetadataSimulator &simulator() { return *m_simulator; }
    QUrl baseUrl() const { return m_simulator->baseUrl(); }
    // Root for the /sys files of the simulated instance.
    QString sysRoot() const { return m_sysRoot.path(); }

private:
    DemoEnvironment() = default;
    std::unique_ptr<MetadataSimulator> m_simulator;
    QTemporaryDir m_sysRoot;
};

// Writes the simulated instance's /sys files (hypervisor UUID, DMI) below `root`.
bool writeSysFixture(const SimulatedInstance &instance, const QString &root, QString *error);

} // namespace mi::sim
