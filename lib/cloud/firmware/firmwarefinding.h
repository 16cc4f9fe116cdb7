#pragma once

#include <QString>

namespace mi {

// One disagreement between the firmware and mackerel-agent's own detection.
struct FirmwareFinding
{
    enum class Kind {
        AgentMissesCloud,  // the firmware names ec2, gce or azure; the agent will not confirm it
        CloudBeyondAgent,  // the firmware names a cloud the agent and Mackerel do not know
        AgentContradicted, // the agent confirms (or is told) a cloud the firmware contradicts
    };

    Kind kind = Kind::AgentMissesCloud;
    QString provider;           // the firmware's provider
    QString message;            // the whole warning, for `warnings` and the window's banner
    QString expectedIdentifier; // AgentMissesCloud: the customIdentifier the agent should send, when the firmware gives the id
    QString integration;        // AgentMissesCloud: the Mackerel integration that registers this instance
};

} // namespace mi
