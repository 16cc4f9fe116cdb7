#pragma once

#include "agentconfig.h"
#include "detectionresult.h"
#include "hostspec.h"
#include "interfacespec.h"

#include <QObject>
#include <optional>

namespace mi {

struct HostSpecOptions
{
    QString root = QStringLiteral("/"); // every file is read below this directory
    // Replaces the live interface list (tests); the live host's list when empty.
    std::optional<QList<InterfaceAddresses>> interfaces;
    // Replaces the host name; otherwise /proc/sys/kernel/hostname below root, else gethostname(2).
    QString hostName;
};

// Collects the host's specs as mackerel-agent's generators do and assembles the host payload from
// them, the detection (meta.cloud, customIdentifier) and the agent's configuration (roles, checks,
// display name). A section that cannot be collected is left out with a warning; the rest still comes.
//
// Asynchronous: start() returns at once; finished() is emitted once, from the event loop. The
// collection reads small local files (/proc, /sys, /etc) and makes stat/statvfs calls on local
// mount points only, within one turn of the loop.
class HostSpecCollector : public QObject
{
    Q_OBJECT
public:
    explicit HostSpecCollector(QObject *parent = nullptr);

    void start(const DetectionResult &detection, const AgentConfig &config, const HostSpecOptions &options);
    bool isRunning() const { return m_running; }

    // The whole collection, synchronously: what start() delivers.
    static HostSpec collect(const DetectionResult &detection, const AgentConfig &config, const HostSpecOptions &options);

Q_SIGNALS:
    void finished(const mi::HostSpec &spec);

private:
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace mi
