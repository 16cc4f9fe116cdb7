#pragma once

#include "detectionresult.h"
#include "hostidfile.h"
#include "untrustedtext.h"

#include <QString>

namespace mi::app {

// The columns `text` takes in a terminal: two for East Asian wide characters (Japanese, Korean), one otherwise.
int displayWidth(const QString &text);
// `text` followed by spaces up to `width` terminal columns.
QString padToWidth(const QString &text, int width);

// One aligned "label  value" line of the human-readable reports; the value is shown escaped (escapeUntrusted).
QString reportRow(const QString &label, const QString &value);

// The id file as the reports show it: "PATH (state)", "PATH (present: ID)", "PATH (unreadable: why)".
QString idFileSummary(const HostIdFile &file);

// The firmware's view for the reports: "Amazon EC2 (sys_vendor Amazon EC2, …), by the firmware …".
QString hostedOnText(const HostedOn &hostedOn);

// The human-readable `detect` report: a short aligned summary, then the evidence and warnings.
QString detectionReport(const DetectionResult &result);

} // namespace mi::app
