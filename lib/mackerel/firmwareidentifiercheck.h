#pragma once

#include "firmwarefinding.h"
#include "mackerelapiresult.h"
#include "mackerelhost.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mi {

// What Mackerel holds under the customIdentifier the firmware says the agent should send but will
// not (FirmwareFinding::AgentMissesCloud): is the integration's host already there, waiting for a
// match that will not happen? Read-only: the answer of GET /api/v0/hosts?customIdentifier=….
struct FirmwareIdentifierCheck
{
    QString customIdentifier;
    QList<MackerelHost> hosts; // the live hosts carrying it, in the API's order
    QString error;             // the API could not be asked: why; empty otherwise
    QString message;           // the answer for people

    // {"customIdentifier","hosts":[host summary...],"error","message"}
    QJsonObject toJson() const;
};

FirmwareIdentifierCheck checkFirmwareIdentifier(const FirmwareFinding &finding, const MackerelApiResult &lookup);

} // namespace mi
