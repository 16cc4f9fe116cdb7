#pragma once

#include "detectionresult.h"

#include <QString>

namespace mi::app {

// One aligned "label  value" line of the human-readable reports.
QString reportRow(const QString &label, const QString &value);

// The human-readable `detect` report: a short aligned summary, then the evidence and warnings.
QString detectionReport(const DetectionResult &result);

} // namespace mi::app
