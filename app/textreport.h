#pragma once

#include "detectionresult.h"

#include <QString>

namespace mi::app {

// The human-readable `detect` report: a short aligned summary, then the evidence and warnings.
QString detectionReport(const DetectionResult &result);

} // namespace mi::app
