#pragma once

#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace mi::app {

// `mackerel-inspector simulate --cloud CLOUD [--port N] [--mackerel [--seed SEED]]`: serves a cloud's metadata service on
// 127.0.0.1 until interrupted, and prints how to point the inspector at it.
class SimulateCommand
{
public:
    // Returns false and sets *error if the server cannot start.
    bool start(sim::SimulatedCloud cloud, quint16 port, QString *error);
    // `--mackerel --seed SEED`: also serves the Mackerel API holding the seed's hosts, on another port,
    // and writes the id file and the demo key file the seed goes with.
    // `--hosts FILE` ({"hosts": [...]} as the API lists them) replaces the seed's hosts: a large
    // organization for benchmarks.
    bool startMackerel(sim::SimulatedCloud cloud, sim::MackerelSeed seed, QString *error, const QString &hostsFile = QString());

private:
    std::unique_ptr<sim::MetadataSimulator> m_simulator;
    std::unique_ptr<sim::MackerelApiSimulator> m_mackerel;
    QTemporaryDir m_sysRoot;
    QUrl m_baseUrl; // the metadata service's; for a cloud whose service refuses (ec2-blocked), a closed port
};

} // namespace mi::app
