#pragma once

#include "cloudplatform.h"
#include "metadatacall.h"
#include "metadataendpoints.h"
#include "proberecord.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace mi {

// What every platform probe needs: where to ask, how long to wait, where the local files are.
struct ProbeSettings
{
    QNetworkAccessManager *network = nullptr;
    MetadataEndpoints endpoints;
    QString root = QStringLiteral("/");
    int timeoutMs = 3000;    // the agent's per-request timeout
    int retryWaitMs = 2000;  // the agent's wait between tries
    qint64 maxBodyBytes = 64 * 1024;
};

// What the agent's Generate() and SuggestCustomIdentifier() produce for the confirmed platform.
struct CloudFindings
{
    bool hasCloud = false;              // false: the agent sends no `cloud` block
    QMap<QString, QString> metadata;
    QString agentIdentifier;            // what the agent would send as customIdentifier ("" for none)
    bool identifierValid = false;       // false: the answer is no real identity (warnings say why)
    QStringList warnings;
};

// One cloud's detection and collection, mirroring the agent's IsXxx(), Generate() and
// SuggestCustomIdentifier(). Asynchronous: each start… call ends with exactly one …Finished signal,
// emitted from the event loop. cancel() stops all requests and silences the probe.
class PlatformProbe : public QObject
{
    Q_OBJECT
public:
    PlatformProbe(CloudPlatform platform, const ProbeSettings &settings, QObject *parent = nullptr);

    CloudPlatform platform() const { return m_platform; }
    QString platformName() const { return cloudPlatformName(m_platform); }

    virtual void startDetection() = 0;
    virtual void startCollection() = 0;
    void cancel(const QString &reason);

Q_SIGNALS:
    void recorded(const mi::ProbeRecord &record);
    void detectionFinished(bool confirmed);
    void collectionFinished(const mi::CloudFindings &findings);

protected:
    // Starts a request below this platform's endpoint; `onDone` runs with the last result.
    void call(const HttpRequestSpec &spec, RetryPolicy retry, Judge judge,
              std::function<void(const HttpResult &, bool succeeded)> onDone);
    HttpRequestSpec request(const QByteArray &method, const QUrl &url,
                            QList<QPair<QByteArray, QByteArray>> headers = {}) const;
    RetryPolicy retry(int attempts, RetryPolicy::On on) const;
    void emitLater(std::function<void()> emitter);

    const ProbeSettings m_settings;

private:
    CloudPlatform m_platform;
    QList<QPointer<MetadataCall>> m_calls;
    bool m_cancelled = false;
};

// The judge for a plain text metadata value: 200 is the value, anything else is not.
Judgement judgeTextValue(const HttpResult &result, const QString &what);

} // namespace mi
