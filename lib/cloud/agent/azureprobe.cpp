#include "azureprobe.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mi {

namespace {
struct AzureProbeText
{
    Q_DECLARE_TR_FUNCTIONS(AzureProbe)
};
} // namespace

namespace {
const QString ApiQuery = QStringLiteral("?api-version=2017-04-02&format=text");
const QString VmIdPath = QStringLiteral("/compute/vmId");
} // namespace

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

AzureProbe::AzureProbe(const ProbeSettings &settings, QObject *parent)
    : PlatformProbe(CloudPlatform::AzureVm, settings, parent)
{
}

QList<QPair<QString, QString>> AzureProbe::metadataKeys()
{
    const QString compute = QStringLiteral("/compute/");
    const QString address = QStringLiteral("/network/interface/0/ipv4/ipAddress/0/");
    return {
        {compute + QStringLiteral("location"), QStringLiteral("location")},
        {compute + QStringLiteral("offer"), QStringLiteral("imageReferenceOffer")},
        {compute + QStringLiteral("osType"), QStringLiteral("osSystemType")},
        {compute + QStringLiteral("publisher"), QStringLiteral("imageReferencePublisher")},
        {compute + QStringLiteral("sku"), QStringLiteral("imageReferenceSku")},
        {compute + QStringLiteral("vmId"), QStringLiteral("vmID")},
        {compute + QStringLiteral("vmSize"), QStringLiteral("virtualMachineSizeType")},
        {address + QStringLiteral("privateIpAddress"), QStringLiteral("privateIpAddress")},
        {address + QStringLiteral("publicIpAddress"), QStringLiteral("publicIpAddress")},
    };
}

HttpRequestSpec AzureProbe::textRequest(const QString &path) const
{
    return request("GET",
                   MetadataEndpoints::resolve(m_settings.endpoints.azure, QStringLiteral("/metadata/instance") + path + ApiQuery),
                   {{QByteArrayLiteral("Metadata"), QByteArrayLiteral("true")}});
}

void AzureProbe::startDetection()
{
    call(textRequest(VmIdPath), retry(2, RetryPolicy::On::TransportFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status == 200)
                 return {ProbeOutcome::Ok, AzureProbeText::tr("vmId \"%1\": this is Azure").arg(bodyExcerpt(result.body))};
             return {ProbeOutcome::HttpError, AzureProbeText::tr("status %1: not Azure IMDS").arg(result.status)};
         },
         [this](const HttpResult &, bool succeeded) { Q_EMIT detectionFinished(succeeded); });
}

void AzureProbe::startCollection()
{
    m_findings = CloudFindings();
    m_findings.hasCloud = true; // the agent always sends the block, with whatever keys answered
    const auto keys = metadataKeys();
    m_pendingKeys = keys.size();
    m_keyFailed = false;
    for (const auto &[path, name] : keys) {
        call(textRequest(path), retry(1, RetryPolicy::On::TransportFailure),
             [name = name](const HttpResult &result) { return judgeTextValue(result, name); },
             [this, name = name](const HttpResult &result, bool succeeded) {
                 if (succeeded)
                     m_findings.metadata.insert(name, QString::fromUtf8(result.body));
                 if (!result.hasResponse())
                     m_keyFailed = true;
                 if (--m_pendingKeys > 0)
                     return;
                 if (m_keyFailed)
                     m_findings.warnings.append(AzureProbeText::tr("An Azure metadata request failed without an answer; mackerel-agent "
                                                               "stops at the first such failure, so it may send fewer keys."));
                 fetchVmId();
             });
    }
}

void AzureProbe::fetchVmId()
{
    call(textRequest(VmIdPath), retry(3, RetryPolicy::On::AnyFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status != 200)
                 return {ProbeOutcome::HttpError, AzureProbeText::tr("vmId: status %1").arg(result.status)};
             if (result.body.isEmpty())
                 return {ProbeOutcome::Invalid, AzureProbeText::tr("empty vmId: the agent reports \"invalid instance id\"")};
             if (!isUuid(QString::fromUtf8(result.body)))
                 return {ProbeOutcome::Ok, AzureProbeText::tr("vmId \"%1\" is not a UUID").arg(bodyExcerpt(result.body))};
             return {ProbeOutcome::Ok, QStringLiteral("vmId \"%1\"").arg(bodyExcerpt(result.body))};
         },
         [this](const HttpResult &result, bool succeeded) {
             if (!succeeded) {
                 m_findings.warnings.append(AzureProbeText::tr("The vmId could not be read, so mackerel-agent would send no customIdentifier "
                                                           "and could not match the host registered by the Azure integration."));
             } else {
                 const QString vmId = QString::fromUtf8(result.body);
                 m_findings.agentIdentifier = vmId + QStringLiteral(".virtual_machine.azure.microsoft.com");
                 m_findings.identifierValid = isUuid(vmId);
                 if (!m_findings.identifierValid)
                     m_findings.warnings.append(AzureProbeText::tr("Azure IMDS answered \"%1\" as the vmId. That is not a UUID, so no Azure VM "
                                                               "has it, but mackerel-agent would send it as its customIdentifier.")
                                                    .arg(bodyExcerpt(result.body)));
             }
             Q_EMIT collectionFinished(m_findings);
         });
}

} // namespace mi
