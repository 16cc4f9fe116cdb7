#pragma once

#include "fleetaudit.h"
#include "fleetreport.h"
#include "mackerelapiresult.h"
#include "mackerelhost.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mi {

// What the join is made from.
struct FleetInputs
{
    QList<MackerelHost> hosts;   // GET /api/v0/hosts: the live hosts (working, standby, maintenance, poweroff)
    QList<FleetReport> reports;  // at most one an inventory name
    // GET /api/v0/hosts/<id> for the id-file hosts the listing lacks (retired, of another organization,
    // or outside a --service/--role narrowing). An id absent here was not looked up.
    QHash<QString, MackerelApiResult> hostsById;
    // The agent's search by customIdentifier for the reports' identifiers a narrowed listing lacks.
    QHash<QString, MackerelApiResult> hostsByIdentifier;
    bool listingNarrowed = false; // --service/--role: hosts outside it are not listed
    QStringList warnings;         // carried into the audit first (reports left out, lookups not made)
};

// Joins hosts and reports into machines and gives each its verdict, evidence and advice (pure).
// Keys, strongest first: customIdentifier, the id file's host id, the cloud instance id, a MAC address.
// A report's id file joins only a host whose customIdentifier agrees with the report's (otherwise the
// agent refuses to start: mismatch). Linear in the number of hosts and reports.
FleetAudit joinFleet(const FleetInputs &inputs);

// What the join needs looked up beyond the listing: the reports' id-file host ids the listing lacks,
// and, where the listing is narrowed, the reports' customIdentifiers it lacks.
struct FleetLookups
{
    QStringList hostIds;
    QStringList customIdentifiers;
};
FleetLookups fleetLookupsNeeded(const QList<MackerelHost> &hosts, const QList<FleetReport> &reports, bool listingNarrowed);

} // namespace mi
