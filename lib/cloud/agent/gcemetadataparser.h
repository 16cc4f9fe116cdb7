#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace mi {

// What mackerel-agent's GCE generator makes of the answer to /computeMetadata/v1?recursive=true.
struct GceMetadata
{
    bool ok = false;               // false where the agent's json.Unmarshal fails: no cloud, no identifier
    QString error;                 // why, in words
    bool hasInstance = false;      // the "instance" object was present
    quint64 instanceId = 0;        // exact: every digit of the uint64 survives
    QMap<QString, QString> meta;   // hostname, instance-id, instance-type, zone, projectId
};

// Pure: body in, the agent's reading out. Keys match case-insensitively, as Go's encoding/json does;
// machineType and zone are cut to their last path segment.
GceMetadata parseGceMetadata(const QByteArray &body);

} // namespace mi
