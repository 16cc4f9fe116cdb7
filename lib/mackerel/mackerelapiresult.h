#pragma once

#include "mackerelapierror.h"
#include "mackerelhost.h"
#include "proberecord.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

enum class MackerelApiOperation {
    FindHosts,
    GetHost,
    CreateHost,
    UpdateHost,
    ListHosts,
    RetireHost,
    ListMetricNames,
    UpdateRoles,           // PUT /api/v0/hosts/<id>/role-fullnames
    ListMonitoredStatuses, // GET /api/v0/hosts/<id>/monitored-statuses
    GetCheckMonitor,       // GET /api/v0/monitoring/checks/<id>
};

// One entry of GET /api/v0/hosts/<id>/monitored-statuses.
struct MackerelMonitoredStatus
{
    QString monitorId;
    QString status;     // "OK", "CRITICAL", "WARNING", "UNKNOWN"
    QString detailType; // "check" for a check monitor; empty for the other kinds
    QString memo;       // the check monitor's memo, if any
};

// The value a MackerelApiCall delivers. Every string in it is free of the API key.
struct MackerelApiResult
{
    MackerelApiOperation operation = MackerelApiOperation::GetHost;
    MackerelApiError error = MackerelApiError::NoError;
    QString errorString;               // a sentence for people; empty on success
    QString serverMessage;             // the API's own {"error":{"message"}} text, if it gave one
    int status = 0;                    // HTTP status of the last attempt; 0 when none arrived
    int attempts = 0;
    // Create after a timeout or 5xx: the host may have been created all the same. Look the
    // customIdentifier up before trying again; never post a second time blindly.
    bool outcomeUnknown = false;
    QList<MackerelHost> hosts;         // FindHosts, ListHosts
    std::optional<MackerelHost> host;  // GetHost
    QString hostId;                    // CreateHost, UpdateHost
    QStringList metricNames;           // ListMetricNames
    QList<MackerelMonitoredStatus> monitoredStatuses; // ListMonitoredStatuses
    QString monitorName;               // GetCheckMonitor: the check monitor's name
    QList<ProbeRecord> probes;         // one record an HTTP attempt (platform "mackerel")

    bool ok() const { return error == MackerelApiError::NoError; }
};

} // namespace mi

Q_DECLARE_METATYPE(mi::MackerelApiResult)
