#pragma once

#include "cloudplatform.h"
#include "firmwarefinding.h"
#include "hostedon.h"
#include "proberecord.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace mi {

// Why the platform is what it is.
enum class DetectionSource {
    Metadata, // a metadata service confirmed it, as the agent's automatic detection would
    Override, // cloud_platform (or --cloud-platform) names it; the agent skips detection
    None,     // nothing was confirmed
};
QString detectionSourceName(DetectionSource source);

// The answer to "what would mackerel-agent detect and send here".
struct DetectionResult
{
    CloudPlatform platform = CloudPlatform::None; // never Auto
    DetectionSource source = DetectionSource::None;
    QString customIdentifier;      // a valid identifier, or empty (JSON null)
    QString agentCustomIdentifier; // what the agent would send, even if it is no real identity; empty: nothing
    bool hasCloud = false;         // the agent would send meta.cloud
    QMap<QString, QString> cloudMetadata;
    QList<ProbeRecord> probes;
    QStringList warnings;

    // Not the agent's: the inspector's own view from the firmware, and where it disagrees with the
    // agent (each finding's message is also in `warnings`). The fields above never depend on it.
    HostedOn hostedOn;
    QList<FirmwareFinding> firmwareFindings;

    QString provider() const { return cloudProviderName(platform); }
    // {"platform","source","customIdentifier","agentCustomIdentifier","cloud","probes","warnings","hostedOn"}
    QJsonObject toJson() const;
    // The agent's meta.cloud object ({"provider","metadata"}), or a null value.
    QJsonValue cloudJson() const;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::DetectionResult)
