#include "platformprobe.h"

#include <QCoreApplication>
#include <QTimer>

namespace mi {

namespace {
struct PlatformProbeText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformProbe)
};
} // namespace

PlatformProbe::PlatformProbe(CloudPlatform platform, const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_platform(platform)
{
}

void PlatformProbe::cancel(const QString &reason)
{
    m_cancelled = true;
    const auto calls = m_calls;
    for (const auto &call : calls) {
        if (call)
            call->cancel(reason);
    }
    m_calls.clear();
    blockSignals(true);
}

void PlatformProbe::call(const HttpRequestSpec &spec, RetryPolicy retry, Judge judge,
                         std::function<void(const HttpResult &, bool)> onDone)
{
    if (m_cancelled)
        return;
    auto *metadataCall = new MetadataCall(m_settings.network, platformName(), spec, retry, std::move(judge), this);
    m_calls.append(metadataCall);
    connect(metadataCall, &MetadataCall::recorded, this, &PlatformProbe::recorded);
    connect(metadataCall, &MetadataCall::finished, this,
            [this, metadataCall, onDone = std::move(onDone)](const HttpResult &result, bool succeeded) {
                m_calls.removeAll(metadataCall);
                metadataCall->deleteLater();
                if (!m_cancelled)
                    onDone(result, succeeded);
            });
    metadataCall->start();
}

HttpRequestSpec PlatformProbe::request(const QByteArray &method, const QUrl &url,
                                       QList<QPair<QByteArray, QByteArray>> headers) const
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.headers = std::move(headers);
    spec.timeoutMs = m_settings.timeoutMs;
    spec.maxBodyBytes = m_settings.maxBodyBytes;
    return spec;
}

RetryPolicy PlatformProbe::retry(int attempts, RetryPolicy::On on) const
{
    return RetryPolicy{attempts, m_settings.retryWaitMs, on};
}

void PlatformProbe::emitLater(std::function<void()> emitter)
{
    QTimer::singleShot(0, this, [this, emitter = std::move(emitter)] {
        if (!m_cancelled)
            emitter();
    });
}

Judgement judgeTextValue(const HttpResult &result, const QString &what)
{
    if (result.status == 200)
        return {ProbeOutcome::Ok, QStringLiteral("%1: \"%2\"").arg(what, bodyExcerpt(result.body))};
    if (result.status == 404)
        return {ProbeOutcome::HttpError, PlatformProbeText::tr("%1: not found (404)").arg(what)};
    return {ProbeOutcome::HttpError, QStringLiteral("%1: status %2").arg(what).arg(result.status)};
}

} // namespace mi
