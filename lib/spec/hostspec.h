#pragma once

#include "specsection.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace mi {

// The body mackerel-agent would POST to /api/v0/hosts (and PUT every hour), and how it was made.
struct HostSpec
{
    // CreateHostParam: {"name","meta","interfaces","roleFullnames","checks"} always (interfaces may
    // be null), "displayName" and "customIdentifier" only when not empty; meta holds kernel, cpu,
    // memory, block_device, filesystem and cloud where collected and not empty. meta's agent-version,
    // agent-revision and agent-name are left out: the agent fills them with its own build.
    QJsonObject host;
    QList<SpecSection> sections; // kernel, cpu, memory, block_device, filesystem, interfaces, name
    QStringList warnings;        // sections left out, differences the inspector knows of

    // "agent-version", "agent-revision", "agent-name".
    static QStringList agentOwnMetaFields();
    // One sentence for people on what the agent puts in those fields.
    static QString agentOwnMetaNote();
};

} // namespace mi

Q_DECLARE_METATYPE(mi::HostSpec)
