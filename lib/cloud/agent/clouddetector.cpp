#include "clouddetector.h"

#include "azureprobe.h"
#include "ec2probe.h"
#include "firmwarecrosscheck.h"
#include "firmwarereader.h"
#include "gceprobe.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

namespace mi {

namespace {
struct CloudDetectorText
{
    Q_DECLARE_TR_FUNCTIONS(CloudDetector)
};
} // namespace

CloudDetector::CloudDetector(QObject *parent)
    : CloudDetector(new QNetworkAccessManager, parent)
{
    m_network->setParent(this);
}

CloudDetector::CloudDetector(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    // The agent's metadata client has no proxy; bastion hosts usually set http_proxy.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

CloudDetector::~CloudDetector()
{
    cancel();
}

PlatformProbe *CloudDetector::createProbe(CloudPlatform platform, const ProbeSettings &settings)
{
    switch (platform) {
    case CloudPlatform::Ec2: return new Ec2Probe(settings, this);
    case CloudPlatform::Gce: return new GceProbe(settings, this);
    case CloudPlatform::AzureVm: return new AzureProbe(settings, this);
    case CloudPlatform::Auto:
    case CloudPlatform::None: break;
    }
    return nullptr;
}

void CloudDetector::start(const DetectorOptions &options)
{
    cancel();
    m_running = true;
    m_result = DetectionResult();
    m_network->setProxy(QNetworkProxy::NoProxy);
    // The inspector's own view, apart from the agent's: a few local sysfs files, read in place.
    m_hostedOn = identifyHostedOn(FirmwareReader(options.root));

    ProbeSettings settings;
    settings.network = m_network;
    settings.endpoints = options.endpoints;
    settings.root = options.root;
    settings.timeoutMs = options.timeoutMs;
    settings.retryWaitMs = options.retryWaitMs;
    settings.maxBodyBytes = options.maxBodyBytes;

    if (options.cloudPlatform == CloudPlatform::None) {
        m_result.source = DetectionSource::Override;
        QTimer::singleShot(0, this, &CloudDetector::finish);
        return;
    }

    const bool automatic = options.cloudPlatform == CloudPlatform::Auto;
    const QList<CloudPlatform> platforms = automatic
        ? QList<CloudPlatform>{CloudPlatform::Ec2, CloudPlatform::Gce, CloudPlatform::AzureVm}
        : QList<CloudPlatform>{options.cloudPlatform};
    for (CloudPlatform platform : platforms) {
        PlatformProbe *probe = createProbe(platform, settings);
        m_probes.append(probe);
        connect(probe, &PlatformProbe::recorded, this, [this](const ProbeRecord &record) {
            m_result.probes.append(record);
            Q_EMIT probeRecorded(record);
        });
        connect(probe, &PlatformProbe::detectionFinished, this,
                [this, probe](bool confirmed) { onDetectionFinished(probe, confirmed); });
        connect(probe, &PlatformProbe::collectionFinished, this, &CloudDetector::onCollectionFinished);
    }

    if (automatic) {
        for (const auto &probe : std::as_const(m_probes))
            probe->startDetection();
    } else {
        // As with the agent's cloud_platform setting: no detection, straight to collection.
        m_winner = m_probes.constFirst();
        m_result.platform = options.cloudPlatform;
        m_result.source = DetectionSource::Override;
        m_winner->startCollection();
    }
}

void CloudDetector::onDetectionFinished(PlatformProbe *probe, bool confirmed)
{
    if (m_winner)
        return;
    if (confirmed) {
        m_winner = probe;
        m_result.platform = probe->platform();
        m_result.source = DetectionSource::Metadata;
        const QString reason = CloudDetectorText::tr("%1 was confirmed first").arg(probe->platformName());
        for (const auto &other : std::as_const(m_probes)) {
            if (other && other != probe)
                other->cancel(reason);
        }
        probe->startCollection();
        return;
    }
    m_probes.removeAll(probe);
    probe->deleteLater();
    if (m_probes.isEmpty())
        finish();
}

void CloudDetector::onCollectionFinished(const CloudFindings &findings)
{
    m_result.hasCloud = findings.hasCloud;
    m_result.cloudMetadata = findings.metadata;
    m_result.agentCustomIdentifier = findings.agentIdentifier;
    if (findings.identifierValid)
        m_result.customIdentifier = findings.agentIdentifier;
    m_result.warnings += findings.warnings;
    finish();
}

// Answers that no metadata service gives, told once per URL: the agent would take them in.
static QStringList suspiciousAnswerWarnings(const QList<ProbeRecord> &probes)
{
    QStringList warnings;
    QStringList seen;
    for (const ProbeRecord &record : probes) {
        if (seen.contains(record.url))
            continue;
        if (record.outcome == ProbeOutcome::Redirect) {
            warnings << CloudDetectorText::tr("%1 answered with a redirect (%2). A metadata service never redirects: "
                                       "a proxy or captive portal is in the way. mackerel-agent would follow it; "
                                       "the inspector does not.")
                            .arg(record.url, record.detail);
            seen << record.url;
        } else if (record.outcome == ProbeOutcome::TooLarge) {
            warnings << CloudDetectorText::tr("%1 sent an answer too large for a metadata service (%2). "
                                       "mackerel-agent would read all of it; the inspector stops.")
                            .arg(record.url, record.detail);
            seen << record.url;
        }
    }
    return warnings;
}

void CloudDetector::finish()
{
    m_result.warnings = suspiciousAnswerWarnings(m_result.probes) + m_result.warnings;
    m_result.hostedOn = m_hostedOn;
    m_result.firmwareFindings = crossCheckFirmware(m_hostedOn, m_result);
    for (const FirmwareFinding &finding : std::as_const(m_result.firmwareFindings))
        m_result.warnings.append(finding.message);
    clearProbes();
    m_running = false;
    Q_EMIT finished(m_result);
}

void CloudDetector::clearProbes()
{
    for (const auto &probe : std::as_const(m_probes)) {
        if (probe) {
            probe->cancel(CloudDetectorText::tr("detection stopped"));
            probe->deleteLater();
        }
    }
    m_probes.clear();
    m_winner.clear();
}

void CloudDetector::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    clearProbes();
}

} // namespace mi
