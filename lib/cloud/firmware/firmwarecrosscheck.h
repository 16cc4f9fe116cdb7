#pragma once

#include "detectionresult.h"
#include "firmwarefinding.h"
#include "hostedon.h"

#include <QList>

namespace mi {

// Compares the firmware's view with mackerel-agent's verdict (platform, source and the requests
// it made) and says where they disagree, why the agent likely missed its cloud, and what to do.
// Pure: no file, no request. Nothing is found when they agree, or when the firmware names no cloud.
QList<FirmwareFinding> crossCheckFirmware(const HostedOn &hostedOn, const DetectionResult &result);

} // namespace mi
