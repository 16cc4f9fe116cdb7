#pragma once

#include "fleetapplier.h"
#include "fleetplan.h"

#include <QString>
#include <QStringList>

namespace mi::app {

// `fleet apply`'s exit statuses (README, "fleet apply"): every automatic step done; some machine
// stopped (stale, failed, unreachable); nothing left to do. 1: cannot run; 2: usage.
inline constexpr int ExitApplyDone = 0;
inline constexpr int ExitApplyStopped = 4;
inline constexpr int ExitApplyNothingToDo = 5;

// The plan for people: one block a machine, its steps in order or why it is blocked.
QString fleetPlanText(const FleetPlan &plan);
// What apply did (or, dry run, would do), machine by machine, with the after-audit's verdicts.
QString fleetApplyText(const FleetPlan &plan, const FleetApplyResult &result, bool dryRun);
int fleetApplyExitCode(const FleetApplyResult &result);

// `mackerel-inspector fleet apply PLAN --inventory INVENTORY [--yes]`; arguments[1] is "apply".
int runFleetApply(const QStringList &arguments);

} // namespace mi::app
