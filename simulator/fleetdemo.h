#pragma once

#include "mackerelapisimulator.h"
#include "scratchdir.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace mi::sim {

// A realistic organization for `fleet --demo` and `--seed org`, with the inspect reports its
// machines would send through the Ansible playbook. Hosts and reports agree with each other, so that
// every fleet verdict appears once or more, and no two live hosts carry one customIdentifier (the
// documentation makes it unique in the organization):
//   web-1      EC2, the agent adopted the AWS integration's host                     -> ok
//   web-2      EC2, integration host, agent not installed yet, report                -> will-attach
//   batch-1    EC2, integration host, no agent, no report                            -> integration-only
//   api-1      EC2, integration host and an agent host without customIdentifier     -> duplicate
//   sakura-app Sakura Cloud, sackerel's host and the agent's host (one MAC address)  -> duplicate
//   gce-1      GCE, the agent's host with its identifier, report                     -> ok
//   old-db     report whose id file names a retired host                             -> retired-host
//   old-app    report whose id file names a host the organization does not have      -> missing-host
//   tmp-1      report where a directory stands at the id file's path                 -> id-file-directory
//   web-3      EC2, made from web-1's image: its id file names web-1's host          -> mismatch
//   worker-9   EC2, agent host with meta.cloud but no customIdentifier               -> identifier-missing
//   office-1   on-premises report, nothing registered yet                            -> will-create
//   db-01      on-premises agent host                                                -> ok
struct FleetDemo
{
    QList<QJsonObject> hosts;                   // as the API stores them (ids fixed), retired ones included
    QList<QPair<QString, QJsonObject>> reports; // inventory name -> `inspect --json` of that machine
};
FleetDemo fleetDemo();

// Writes the demo's reports as <dir>/<inventory name>.json. Returns false with *error.
bool writeFleetDemoReports(const QString &dir, QString *error);

// `--demo` for the fleet: the simulated Mackerel API on 127.0.0.1 seeded with the organization, and
// a temporary folder holding the reports (removed with this object).
class FleetDemoEnvironment
{
public:
    // Returns nullptr and sets *error when the API cannot listen or the folder cannot be written.
    static std::unique_ptr<FleetDemoEnvironment> start(QString *error);

    MackerelApiSimulator &mackerel() { return *m_mackerel; }
    QUrl apiBase() const { return m_mackerel->baseUrl(); }
    QString apiKey() const { return QString::fromLatin1(DemoApiKey); }
    QString reportsDir() const { return m_reports.path(); }

private:
    FleetDemoEnvironment() = default;
    std::unique_ptr<MackerelApiSimulator> m_mackerel;
    QTemporaryDir m_reports{scratchDirTemplate()};
};

} // namespace mi::sim
