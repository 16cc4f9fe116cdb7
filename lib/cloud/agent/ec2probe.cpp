#include "ec2probe.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace mi {

namespace {
struct Ec2ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Ec2Probe)
};
} // namespace

namespace {
const QByteArray TokenHeader = QByteArrayLiteral("X-aws-ec2-metadata-token");
const QByteArray TokenTtlHeader = QByteArrayLiteral("X-aws-ec2-metadata-token-ttl-seconds");
const QByteArray TokenTtlSeconds = QByteArrayLiteral("21600"); // the agent asks for six hours
} // namespace

bool looksLikeEc2InstanceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^i-([0-9a-f]{8}|[0-9a-f]{17})$"));
    return pattern.match(id).hasMatch();
}

bool isPlainIdentifierToken(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

Ec2Probe::Ec2Probe(const ProbeSettings &settings, QObject *parent)
    : PlatformProbe(CloudPlatform::Ec2, settings, parent)
{
}

QStringList Ec2Probe::metadataKeys()
{
    return {QStringLiteral("instance-id"),     QStringLiteral("instance-type"),
            QStringLiteral("placement/availability-zone"), QStringLiteral("security-groups"),
            QStringLiteral("ami-id"),          QStringLiteral("hostname"),
            QStringLiteral("local-hostname"),  QStringLiteral("public-hostname"),
            QStringLiteral("local-ipv4"),      QStringLiteral("public-ipv4"),
            QStringLiteral("reservation-id")};
}

QUrl Ec2Probe::url(const QString &path) const
{
    return MetadataEndpoints::resolve(m_settings.endpoints.ec2, QStringLiteral("/latest") + path);
}

QList<QPair<QByteArray, QByteArray>> Ec2Probe::tokenHeaders() const
{
    if (m_token.isEmpty())
        return {};
    return {{TokenHeader, m_token}};
}

void Ec2Probe::startDetection()
{
    // Reading two sysfs files is local and instant; it still runs from the event loop so that
    // every result of a probe arrives the same way.
    QTimer::singleShot(0, this, [this] {
        const Ec2UuidCheck check = checkEc2UuidFiles(m_settings.root);
        for (const ProbeRecord &record : check.records)
            Q_EMIT recorded(record);
        if (!check.looksLikeEc2 && !check.anyUnreadable) {
            Q_EMIT detectionFinished(false);
            return;
        }
        m_uuidUnreadable = !check.looksLikeEc2;
        withToken([this] { askPartition(); });
    });
}

void Ec2Probe::withToken(std::function<void()> next)
{
    if (m_tokenAttempted) {
        next();
        return;
    }
    m_tokenAttempted = true;
    // Like the agent, a failed token request is not repeated: everything after it uses IMDSv1.
    call(request("PUT", url(QStringLiteral("/api/token")), {{TokenTtlHeader, TokenTtlSeconds}}),
         retry(1, RetryPolicy::On::TransportFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status == 200 && !result.body.isEmpty())
                 return {ProbeOutcome::Ok, Ec2ProbeText::tr("IMDSv2 token received")};
             if (result.status == 200)
                 return {ProbeOutcome::Invalid, Ec2ProbeText::tr("empty token; continuing without one (IMDSv1), as the agent does")};
             return {ProbeOutcome::HttpError,
                     Ec2ProbeText::tr("no IMDSv2 token (status %1); falling back to IMDSv1, as the agent does").arg(result.status)};
         },
         [this, next = std::move(next)](const HttpResult &result, bool succeeded) {
             if (succeeded)
                 m_token = result.body.trimmed();
             next();
         });
}

void Ec2Probe::askPartition()
{
    call(request("GET", url(QStringLiteral("/meta-data/services/partition")), tokenHeaders()),
         retry(3, RetryPolicy::On::TransportFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status != 200)
                 return {ProbeOutcome::HttpError,
                         Ec2ProbeText::tr("status %1: not an AWS metadata service").arg(result.status)};
             if (result.body.startsWith("aws"))
                 return {ProbeOutcome::Ok, Ec2ProbeText::tr("partition \"%1\": this is EC2").arg(bodyExcerpt(result.body))};
             if (looksLikeHtml(result.body))
                 return {ProbeOutcome::Invalid, Ec2ProbeText::tr("an HTML page (captive portal or proxy?), not a partition")};
             return {ProbeOutcome::NoMatch,
                     Ec2ProbeText::tr("partition \"%1\" does not start with \"aws\": an EC2 look-alike (OpenStack?), not EC2")
                         .arg(bodyExcerpt(result.body))};
         },
         [this](const HttpResult &, bool succeeded) { Q_EMIT detectionFinished(succeeded); });
}

void Ec2Probe::startCollection()
{
    m_findings = CloudFindings();
    m_cloudBroken = false;
    if (m_uuidUnreadable)
        m_findings.warnings.append(
            Ec2ProbeText::tr("The /sys UUID files could not be read by this user, so EC2 was confirmed by the metadata service alone. "
                           "mackerel-agent runs as root and reads them first: run the inspector as root to see its exact decision."));
    withToken([this] {
        const QStringList keys = metadataKeys();
        m_pendingKeys = keys.size();
        for (const QString &key : keys) {
            call(request("GET", url(QStringLiteral("/meta-data/") + key), tokenHeaders()),
                 retry(1, RetryPolicy::On::TransportFailure),
                 [key](const HttpResult &result) { return judgeTextValue(result, key); },
                 [this, key](const HttpResult &result, bool succeeded) {
                     // The agent stores "" for a non-200 answer, and drops the whole cloud block on a transport error.
                     if (!result.hasResponse())
                         m_cloudBroken = true;
                     m_findings.metadata.insert(key, succeeded ? QString::fromUtf8(result.body) : QString());
                     if (--m_pendingKeys == 0)
                         fetchInstanceId();
                 });
        }
    });
}

void Ec2Probe::fetchInstanceId()
{
    m_findings.hasCloud = !m_cloudBroken;
    if (m_cloudBroken) {
        m_findings.metadata.clear();
        m_findings.warnings.append(Ec2ProbeText::tr("An EC2 metadata request failed without an answer, so mackerel-agent "
                                                  "would send no cloud metadata for this host."));
    }
    call(request("GET", url(QStringLiteral("/meta-data/instance-id")), tokenHeaders()),
         retry(3, RetryPolicy::On::AnyFailure),
         [](const HttpResult &result) -> Judgement {
             if (result.status != 200)
                 return {ProbeOutcome::HttpError, Ec2ProbeText::tr("instance-id: status %1").arg(result.status)};
             if (result.body.isEmpty())
                 return {ProbeOutcome::Invalid, Ec2ProbeText::tr("empty instance id: the agent reports \"invalid instance id\"")};
             return {ProbeOutcome::Ok, Ec2ProbeText::tr("instance id \"%1\"").arg(bodyExcerpt(result.body))};
         },
         [this](const HttpResult &result, bool succeeded) {
             if (!succeeded) {
                 m_findings.warnings.append(
                     Ec2ProbeText::tr("The instance id could not be read, so mackerel-agent would send no customIdentifier "
                                    "and could not match the host registered by the AWS integration."));
             } else {
                 const QString instanceId = QString::fromUtf8(result.body);
                 m_findings.agentIdentifier = instanceId + QStringLiteral(".ec2.amazonaws.com");
                 m_findings.identifierValid = isPlainIdentifierToken(instanceId);
                 if (!m_findings.identifierValid) {
                     m_findings.warnings.append(
                         Ec2ProbeText::tr("IMDS answered \"%1\" as the instance id. That is no EC2 identity (%2), but mackerel-agent "
                                        "would send it as its customIdentifier.")
                             .arg(bodyExcerpt(result.body), looksLikeHtml(result.body) ? Ec2ProbeText::tr("an HTML page")
                                                                                       : Ec2ProbeText::tr("not a plain id")));
                 } else if (!looksLikeEc2InstanceId(instanceId)) {
                     m_findings.warnings.append(
                         Ec2ProbeText::tr("The instance id \"%1\" does not look like an EC2 instance id (i- and 8 or 17 hex digits); "
                                        "the AWS integration would not have registered a host with it.")
                             .arg(instanceId));
                 }
             }
             Q_EMIT collectionFinished(m_findings);
         });
}

} // namespace mi
