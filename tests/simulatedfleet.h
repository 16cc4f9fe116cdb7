#pragma once

// A fleet of simulated machines for the tests that collect reports with Ansible (and join them with
// Mackerel): each machine has a fixture root under tests/data/fleet and, where it is on a cloud, its
// own metadata simulator on a 127.0.0.1 ephemeral port. Every endpoint of every machine points at
// 127.0.0.1: its simulator, or a closed port.
#include "metadatasimulator.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>

namespace testing {

struct FleetMachine
{
    enum class Fate {
        Report,       // inspect runs and its report is saved
        CommandFails, // the executable does not exist on the target: Ansible reports the failure
        HalfPrinted,  // the command exits 0 with half an answer: the playbook refuses to save it
        Unreachable,  // Ansible cannot connect: reported as unreachable
    };

    QString name;                           // inventory_hostname, and <name>.json in the reports dir
    Fate fate = Fate::Report;
    QString fixture;                        // directory below tests/data/fleet; empty: none
    std::optional<mi::sim::SimulatedCloud> cloud; // its metadata simulator; none: every endpoint refused
    // What its report says.
    QString platform;                       // "ec2", "gce", "azurevm", "none"
    QString customIdentifier;               // empty: null
    QString idFile;                         // the id file's path below the fixture root
    QString idFileState;                    // "absent", "empty", "present"
    QString hostId;                         // with "present"
    QString displayName;                    // from the conf; empty: none
};

struct PlaybookRun
{
    int exitCode = -1; // -1: crashed or killed after the time limit
    QByteArray output; // stdout and stderr together, as a person reads them
};

class SimulatedFleet
{
public:
    SimulatedFleet();
    ~SimulatedFleet();

    // The machines, in inventory order: four that report (EC2 with an id file, GCE with an empty one,
    // Azure whose conf moves the id file, no cloud without one), one whose command fails, one that
    // prints half an answer and one that is unreachable.
    static QList<FleetMachine> machines();
    static QString fixtureRoot(const FleetMachine &machine);

    // Starts one metadata simulator per cloud machine. Returns false with *error.
    bool start(QString *error);
    mi::sim::MetadataSimulator *simulator(const QString &machine) const;

    // The arguments of `inspect` on `machine`: its root and all three endpoints on 127.0.0.1.
    QStringList inspectArguments(const FleetMachine &machine) const;
    // An Ansible inventory (JSON, which is YAML) of every machine, connected locally, `mackerel_inspector`
    // being `inspector`.
    QByteArray inventory(const QString &inspector) const;

    // Runs `ansible-playbook -i <workDir>/inventory.yml contrib/ansible/inspect.yml -e reports_dir=<reportsDir>`
    // with Ansible's state, temporary files and configuration kept in workDir. The caller's event loop
    // runs meanwhile, so the simulators answer. Empty playbook: ansible-playbook is not installed.
    static QString ansiblePlaybook();
    PlaybookRun runPlaybook(const QString &inspector, const QString &reportsDir, const QString &workDir) const;

private:
    std::map<QString, std::unique_ptr<mi::sim::MetadataSimulator>> m_simulators;
    quint16 m_closedPort = 0;
};

} // namespace testing
