#include "firmwareidentifiercheck.h"

#include "firmwareclouds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mi {

namespace {
struct FirmwareIdentifierCheckText
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareIdentifierCheck)
};
} // namespace

QJsonObject FirmwareIdentifierCheck::toJson() const
{
    QJsonArray hostArray;
    for (const MackerelHost &host : hosts)
        hostArray.append(host.summaryJson());
    return QJsonObject{
        {QStringLiteral("customIdentifier"), customIdentifier},
        {QStringLiteral("hosts"), hostArray},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {QStringLiteral("message"), message},
    };
}

FirmwareIdentifierCheck checkFirmwareIdentifier(const FirmwareFinding &finding, const MackerelApiResult &lookup)
{
    FirmwareIdentifierCheck check;
    check.customIdentifier = finding.expectedIdentifier;
    if (!lookup.ok()) {
        check.error = lookup.errorString;
        check.message = FirmwareIdentifierCheckText::tr("Could not ask Mackerel whether a host carries %1: %2")
                            .arg(finding.expectedIdentifier, lookup.errorString);
        return check;
    }
    for (const MackerelHost &host : lookup.hosts) {
        if (!host.isRetired)
            check.hosts.append(host);
    }
    if (check.hosts.isEmpty()) {
        check.message = FirmwareIdentifierCheckText::tr("No host on Mackerel carries %1 yet: the %2 has not registered this instance, "
                                       "but the agent's host will not take that identifier either.")
                            .arg(finding.expectedIdentifier, integrationDisplayName(finding.integration));
        return check;
    }
    const MackerelHost &host = check.hosts.constFirst();
    check.message = FirmwareIdentifierCheckText::tr("Mackerel already holds host %1 \"%2\" (%3, %4) under %5. The agent, sending no "
                                   "such identifier, will not be matched to it and creates a second host next to it.")
                        .arg(host.id, host.name, host.status, host.origin(), finding.expectedIdentifier);
    return check;
}

} // namespace mi
