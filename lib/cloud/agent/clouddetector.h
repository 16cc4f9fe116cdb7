#pragma once

#include "cloudplatform.h"
#include "detectionresult.h"
#include "hostedon.h"
#include "metadataendpoints.h"
#include "platformprobe.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace mi {

struct DetectorOptions
{
    CloudPlatform cloudPlatform = CloudPlatform::Auto; // mackerel-agent.conf's cloud_platform
    MetadataEndpoints endpoints;
    QString root = QStringLiteral("/"); // local files (/sys) are read below this
    int timeoutMs = 3000;               // the agent's per-request timeout
    int retryWaitMs = 2000;             // the agent's wait between tries
    qint64 maxBodyBytes = 64 * 1024;
};

// Decides the cloud platform and customIdentifier the way mackerel-agent does: in automatic mode the
// three probes run in parallel, the first confirmed platform wins and the others are cancelled;
// with an override only that platform's collection runs. Every request is recorded as evidence.
//
// Asynchronous: start() returns at once; probeRecorded() is emitted as each request ends and
// finished() once at the end, always from the event loop. The result also carries the inspector's
// own firmware view (hostedOn) and its disagreements with the agent, which never change the rest. Metadata requests never use a proxy:
// the detector sets QNetworkProxy::NoProxy on the manager it uses, so give it one of its own.
class CloudDetector : public QObject
{
    Q_OBJECT
public:
    explicit CloudDetector(QObject *parent = nullptr);
    // Uses `network` (not owned) instead of an internal manager; it must outlive the detector.
    explicit CloudDetector(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CloudDetector() override;

    void start(const DetectorOptions &options);
    // Stops a running detection; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void probeRecorded(const mi::ProbeRecord &record);
    void finished(const mi::DetectionResult &result);

private:
    PlatformProbe *createProbe(CloudPlatform platform, const ProbeSettings &settings);
    void onDetectionFinished(PlatformProbe *probe, bool confirmed);
    void onCollectionFinished(const CloudFindings &findings);
    void finish();
    void clearProbes();

    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<PlatformProbe>> m_probes;
    QPointer<PlatformProbe> m_winner;
    DetectionResult m_result;
    HostedOn m_hostedOn;
    bool m_running = false;
};

} // namespace mi
