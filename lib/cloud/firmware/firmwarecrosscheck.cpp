#include "firmwarecrosscheck.h"

#include <QCoreApplication>

#include "firmwareclouds.h"

#include <algorithm>

namespace mi {

namespace {
struct FirmwareCrossCheckText
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareCrossCheck)
};
} // namespace

namespace {

struct LikelyCause
{
    QString cause;
    QString advice;
};

bool hasOutcome(const QList<ProbeRecord> &records, ProbeOutcome outcome)
{
    return std::any_of(records.cbegin(), records.cend(), [outcome](const ProbeRecord &record) { return record.outcome == outcome; });
}

bool hasStatus(const QList<ProbeRecord> &records, int status)
{
    return std::any_of(records.cbegin(), records.cend(), [status](const ProbeRecord &record) { return record.status == status; });
}

// Reads the cause off the agent-faithful evidence: the requests made for the firmware's cloud.
LikelyCause likelyCause(const FirmwareCloud &cloud, const HostedOn &hostedOn, const DetectionResult &result)
{
    const QString platformName = cloudPlatformName(*cloud.agentPlatform);
    if (result.source == DetectionSource::Override) {
        return {FirmwareCrossCheckText::tr("cloud_platform in mackerel-agent.conf is \"%1\", so the agent does not look for %2")
                    .arg(cloudPlatformName(result.platform), cloud.displayName),
                FirmwareCrossCheckText::tr("remove cloud_platform from mackerel-agent.conf, or set it to \"%1\"").arg(platformName)};
    }
    QList<ProbeRecord> requests;
    QList<ProbeRecord> reads;
    for (const ProbeRecord &record : result.probes) {
        if (record.platform != platformName)
            continue;
        (record.method == QLatin1String("READ") ? reads : requests).append(record);
    }
    const QString service = cloud.metadataService;
    const QString instance = hostedOn.instanceId.isEmpty() ? FirmwareCrossCheckText::tr("<instance id>") : hostedOn.instanceId;
    if (requests.isEmpty() && !reads.isEmpty() && !hasOutcome(reads, ProbeOutcome::Ok)) {
        return {FirmwareCrossCheckText::tr("the agent's UUID pre-check found no EC2 UUID in /sys/hypervisor/uuid or "
                               "/sys/devices/virtual/dmi/id/product_uuid, so it never asks %1").arg(service),
                FirmwareCrossCheckText::tr("let the agent read product_uuid (it runs as root; a container needs /sys/devices/virtual/dmi/id)")};
    }
    if (hasOutcome(requests, ProbeOutcome::Cancelled) && result.platform != CloudPlatform::None) {
        return {FirmwareCrossCheckText::tr("another cloud's metadata service answered first (%1)").arg(cloudPlatformName(result.platform)),
                FirmwareCrossCheckText::tr("find what answers as %1 on this network").arg(cloudDisplayName(result.platform))};
    }
    if (hasOutcome(requests, ProbeOutcome::Redirect) || hasOutcome(requests, ProbeOutcome::Invalid)) {
        return {FirmwareCrossCheckText::tr("%1 was answered with a redirect or a page no metadata service sends: a proxy (http_proxy) "
                               "or captive portal is in the way").arg(service),
                FirmwareCrossCheckText::tr("exempt the metadata address from the proxy (no_proxy=169.254.169.254,metadata.google.internal) "
                               "or remove the interception")};
    }
    if (*cloud.agentPlatform == CloudPlatform::Ec2 && hasStatus(requests, 401)) {
        return {FirmwareCrossCheckText::tr("IMDS answered 401 to requests without a token: it requires IMDSv2 and no token reached "
                               "the agent, as with a PUT response hop limit of 1 seen from a container"),
                FirmwareCrossCheckText::tr("raise the hop limit (aws ec2 modify-instance-metadata-options --instance-id %1 "
                               "--http-put-response-hop-limit 2) or run the agent in the host's network").arg(instance)};
    }
    if (hasOutcome(requests, ProbeOutcome::Unreachable)) {
        return {FirmwareCrossCheckText::tr("%1 could not be reached by name: a DNS failure (custom DNS that does not resolve "
                               "metadata.google.internal) or no route").arg(service),
                FirmwareCrossCheckText::tr("resolve it (add \"169.254.169.254 metadata.google.internal\" to /etc/hosts, or use the "
                               "cloud's resolver) and give the host a route to 169.254.169.254")};
    }
    if (hasOutcome(requests, ProbeOutcome::Refused)) {
        return {FirmwareCrossCheckText::tr("%1 refused the connection: a host firewall, or a network namespace without the metadata "
                               "route").arg(service),
                FirmwareCrossCheckText::tr("allow the agent to reach 169.254.169.254:80 (firewall rule, or the host's network)")};
    }
    if (hasOutcome(requests, ProbeOutcome::Timeout)) {
        return {FirmwareCrossCheckText::tr("%1 did not answer in time: packets dropped by a firewall, or the answer lost on the way "
                               "(a hop limit from a container)").arg(service),
                FirmwareCrossCheckText::tr("allow the agent to reach 169.254.169.254:80 and check the hop limit")};
    }
    if (hasOutcome(requests, ProbeOutcome::HttpError) || hasOutcome(requests, ProbeOutcome::NoMatch)) {
        return {FirmwareCrossCheckText::tr("%1 answered, but not as %2 does (see the evidence)").arg(service, cloud.displayName),
                FirmwareCrossCheckText::tr("find what answers at the metadata address")};
    }
    if (hasOutcome(requests, ProbeOutcome::NetworkError)) {
        return {FirmwareCrossCheckText::tr("the requests to %1 failed (see the evidence)").arg(service),
                FirmwareCrossCheckText::tr("allow the agent to reach 169.254.169.254:80")};
    }
    return {FirmwareCrossCheckText::tr("the evidence does not show why"), FirmwareCrossCheckText::tr("run the inspector as root to see the agent's exact requests")};
}

FirmwareFinding agentMissesCloud(const FirmwareCloud &cloud, const HostedOn &hostedOn, const DetectionResult &result)
{
    FirmwareFinding finding;
    finding.kind = FirmwareFinding::Kind::AgentMissesCloud;
    finding.provider = cloud.provider;
    finding.integration = cloud.integration;
    if (!hostedOn.instanceId.isEmpty())
        finding.expectedIdentifier = cloud.customIdentifierFormat.arg(hostedOn.instanceId);

    const LikelyCause cause = likelyCause(cloud, hostedOn, result);
    const QString sends = result.customIdentifier.isEmpty()
        ? FirmwareCrossCheckText::tr("It will send no customIdentifier")
        : FirmwareCrossCheckText::tr("It will send %1 as %2").arg(result.customIdentifier, cloudDisplayName(result.platform));
    const QString verdict = result.platform == CloudPlatform::None
        ? FirmwareCrossCheckText::tr("mackerel-agent will not confirm it")
        : FirmwareCrossCheckText::tr("mackerel-agent will take it for %1").arg(cloudDisplayName(result.platform));
    const QString whose = hostedOn.instanceId.isEmpty() ? FirmwareCrossCheckText::tr("this instance") : hostedOn.instanceId;
    QString message = FirmwareCrossCheckText::tr("This is %1 by its firmware (%2), but %3. %4, and the %5's host for %6 will not be "
                                     "matched: a second host.")
                          .arg(cloud.displayName, hostedOn.evidenceText(), verdict, sends, integrationDisplayName(cloud.integration), whose);
    if (!finding.expectedIdentifier.isEmpty())
        message += FirmwareCrossCheckText::tr(" The customIdentifier it should send is %1.").arg(finding.expectedIdentifier);
    message += FirmwareCrossCheckText::tr(" Likely cause: %1. What to do: %2.").arg(cause.cause, cause.advice);
    finding.message = message;
    return finding;
}

FirmwareFinding cloudBeyondAgent(const FirmwareCloud &cloud, const HostedOn &hostedOn)
{
    FirmwareFinding finding;
    finding.kind = FirmwareFinding::Kind::CloudBeyondAgent;
    finding.provider = cloud.provider;
    finding.message = FirmwareCrossCheckText::tr("This is %1 by its firmware (%2): mackerel-agent sends no customIdentifier there and "
                                     "Mackerel has no integration for %1, so the agent creates a new host and there is "
                                     "nothing to match.")
                          .arg(cloud.displayName, hostedOn.evidenceText());
    return finding;
}

FirmwareFinding agentContradicted(const FirmwareCloud &cloud, const HostedOn &hostedOn, const DetectionResult &result)
{
    FirmwareFinding finding;
    finding.kind = FirmwareFinding::Kind::AgentContradicted;
    finding.provider = cloud.provider;
    const QString agentCloud = cloudDisplayName(result.platform);
    const QString how = result.source == DetectionSource::Override
        ? FirmwareCrossCheckText::tr("cloud_platform in mackerel-agent.conf says %1").arg(agentCloud)
        : FirmwareCrossCheckText::tr("mackerel-agent confirms %1 through its metadata service").arg(agentCloud);
    QString message = FirmwareCrossCheckText::tr("%1, but the firmware says %2 (%3).").arg(how, cloud.displayName, hostedOn.evidenceText());
    if (result.source == DetectionSource::Metadata)
        message += FirmwareCrossCheckText::tr(" A %1-compatible metadata service answered as the real one does.").arg(agentCloud);
    message += result.agentCustomIdentifier.isEmpty()
        ? FirmwareCrossCheckText::tr(" Check which cloud this is before trusting the agent's cloud metadata.")
        : FirmwareCrossCheckText::tr(" The customIdentifier the agent sends (%1) names no %2 instance that Mackerel's integration "
                         "knows: check which cloud this is before trusting it.")
              .arg(result.agentCustomIdentifier, agentCloud);
    finding.message = message;
    return finding;
}

} // namespace

QList<FirmwareFinding> crossCheckFirmware(const HostedOn &hostedOn, const DetectionResult &result)
{
    const FirmwareCloud *cloud = findFirmwareCloud(hostedOn.provider);
    if (!cloud)
        return {};
    if (cloud->agentPlatform) {
        if (result.platform == *cloud->agentPlatform)
            return {};
        QList<FirmwareFinding> findings{agentMissesCloud(*cloud, hostedOn, result)};
        return findings;
    }
    if (result.platform == CloudPlatform::None)
        return {cloudBeyondAgent(*cloud, hostedOn)};
    return {agentContradicted(*cloud, hostedOn, result)};
}

} // namespace mi
