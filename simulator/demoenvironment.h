#pragma once

#include "mackerelapisimulator.h"
#include "metadatasimulator.h"
#include "scratchdir.h"

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

    // Also serves a simulated Mackerel API on 127.0.0.1 seeded with `seed` for this instance, and
    // writes the id file that the seed stages below the demo root. Returns false with *error.
    bool startMackerel(MackerelSeed seed, QString *error);
    MackerelApiSimulator *mackerel() { return m_mackerel.get(); }
    // <demo root>/var/lib/mackerel-agent/id: holds the seed's host id, or is absent.
    QString idFilePath() const;

    MetadataSimulator &simulator() { return *m_simulator; }
    // Where the metadata service is; for a cloud whose service refuses (ec2-blocked), a closed port.
    QUrl baseUrl() const { return m_refusingUrl.isEmpty() ? m_simulator->baseUrl() : m_refusingUrl; }
    // Root for the /sys files of the simulated instance.
    QString sysRoot() const { return m_sysRoot.path(); }

private:
    DemoEnvironment() = default;
    std::unique_ptr<MetadataSimulator> m_simulator;
    std::unique_ptr<MackerelApiSimulator> m_mackerel;
    QTemporaryDir m_sysRoot{scratchDirTemplate()};
    QUrl m_refusingUrl;
};

// Writes the simulated instance's /sys files (hypervisor UUID, DMI) below `root`.
bool writeSysFixture(const SimulatedInstance &instance, const QString &root, QString *error);

} // namespace mi::sim
