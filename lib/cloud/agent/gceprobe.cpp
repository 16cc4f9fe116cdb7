#include "gceprobe.h"

#include <QCoreApplication>

#include "gcemetadataparser.h"

namespace mi {

namespace {
struct GceProbeText
{
    Q_DECLARE_TR_FUNCTIONS(GceProbe)
};
} // namespace

GceProbe::GceProbe(const ProbeSettings &settings, QObject *parent)
    : PlatformProbe(CloudPlatform::Gce, settings, parent)
{
}

HttpRequestSpec GceProbe::metadataRequest() const
{
    return request("GET",
                   MetadataEndpoints::resolve(m_settings.endpoints.gce, QStringLiteral("/computeMetadata/v1?recursive=true")),
                   {{QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")}});
}

void GceProbe::startDetection()
{
    call(metadataRequest(), retry(2, RetryPolicy::On::AnyFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status == 200) {
                 if (looksLikeHtml(result.body))
                     return {ProbeOutcome::Ok, GceProbeText::tr("status 200 with an HTML page; the agent still takes this as GCE")};
                 return {ProbeOutcome::Ok, GceProbeText::tr("status 200 (%1 bytes): this is GCE").arg(result.body.size())};
             }
             if (result.status == 403)
                 return {ProbeOutcome::HttpError, GceProbeText::tr("status 403: the server refused the request")};
             return {ProbeOutcome::HttpError, GceProbeText::tr("status %1: not a GCE metadata server").arg(result.status)};
         },
         [this](const HttpResult &, bool succeeded) { Q_EMIT detectionFinished(succeeded); });
}

void GceProbe::startCollection()
{
    call(metadataRequest(), retry(1, RetryPolicy::On::TransportFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status != 200)
                 return {ProbeOutcome::HttpError, QStringLiteral("status %1").arg(result.status)};
             const GceMetadata parsed = parseGceMetadata(result.body);
             if (!parsed.ok)
                 return {ProbeOutcome::Invalid,
                         QStringLiteral("%1%2").arg(looksLikeHtml(result.body) ? GceProbeText::tr("an HTML page, ") : QString(),
                                                    parsed.error)};
             if (!parsed.hasInstance)
                 return {ProbeOutcome::Invalid, GceProbeText::tr("JSON without an \"instance\" object")};
             return {ProbeOutcome::Ok, GceProbeText::tr("instance id %1").arg(parsed.instanceId)};
         },
         [this](const HttpResult &result, bool) {
             CloudFindings findings;
             if (!result.hasResponse() || result.status != 200) {
                 findings.warnings.append(GceProbeText::tr("The GCE metadata request failed on the second ask (%1), so mackerel-agent "
                                                         "would send no cloud metadata and no customIdentifier.")
                                              .arg(result.hasResponse() ? QStringLiteral("status %1").arg(result.status)
                                                                        : describeTransportFailure(result)));
                 Q_EMIT collectionFinished(findings);
                 return;
             }
             const GceMetadata parsed = parseGceMetadata(result.body);
             if (!parsed.ok) {
                 findings.warnings.append(GceProbeText::tr("metadata.google.internal answered 200 with a body the agent cannot read "
                                                         "(%1). mackerel-agent would still choose GCE, but send no cloud metadata and "
                                                         "no customIdentifier.")
                                              .arg(parsed.error));
                 Q_EMIT collectionFinished(findings);
                 return;
             }
             findings.hasCloud = true;
             findings.metadata = parsed.meta;
             if (!parsed.hasInstance) {
                 findings.warnings.append(GceProbeText::tr("The GCE metadata has no \"instance\" object: mackerel-agent would stop "
                                                         "with a nil-pointer panic while suggesting its customIdentifier."));
             } else {
                 findings.agentIdentifier = QString::number(parsed.instanceId) + QStringLiteral(".gce.cloud.google.com");
                 findings.identifierValid = parsed.instanceId != 0;
                 if (!findings.identifierValid)
                     findings.warnings.append(GceProbeText::tr("The GCE instance id is 0 (or missing): no instance has that id, but "
                                                             "mackerel-agent would send \"%1\".")
                                                  .arg(findings.agentIdentifier));
             }
             Q_EMIT collectionFinished(findings);
         });
}

} // namespace mi
