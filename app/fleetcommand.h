#pragma once

#include "fleetauditor.h"
#include "fleetdemo.h"
#include "mackerelsettings.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>

namespace mi::app {

// `mackerel-inspector fleet`: the organization's hosts (one read-only listing) joined with the
// reports the Ansible playbook fetched, one verdict a machine. Exit code: 0 when no machine is
// duplicate, mismatch or missing-host; 3 otherwise; 1 when the organization could not be read;
// 2 usage.
class FleetCommand : public QObject
{
    Q_OBJECT
public:
    enum class Format { Text, Json, Csv };
    struct Options
    {
        QStringList reportPaths;  // --reports, folders or files
        HostListFilter filter;    // --service, --role
        Format format = Format::Text;
        bool demo = false;        // --demo: the simulated organization and its reports
        QString planPath;         // --plan: write the repair plan there (and print it)
        MackerelSettings settings;
    };

    explicit FleetCommand(Options options, QObject *parent = nullptr);
    void start();

private:
    void onAudited(const FleetAuditResult &result);
    void print(const QString &text, FILE *stream);

    Options m_options;
    std::unique_ptr<sim::FleetDemoEnvironment> m_demo;
    MackerelApiClient *m_client = nullptr;
    FleetAuditor *m_auditor = nullptr;
};

// The human report: the summary, then the problems, then every other machine.
QString fleetReportText(const FleetAudit &audit);

// Parses `fleet`'s arguments and runs it; returns the exit code.
int runFleet(const QStringList &arguments);

} // namespace mi::app
