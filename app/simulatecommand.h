#pragma once

#include "metadatasimulator.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace mi::app {

// `mackerel-inspector simulate --cloud CLOUD [--port N]`: serves a cloud's metadata service on
// 127.0.0.1 until interrupted, and prints how to point the inspector at it.
class SimulateCommand
{
public:
    // Returns false and sets *error if the server cannot start.
    bool start(sim::SimulatedCloud cloud, quint16 port, QString *error);

private:
    std::unique_ptr<sim::MetadataSimulator> m_simulator;
    QTemporaryDir m_sysRoot;
};

} // namespace mi::app
