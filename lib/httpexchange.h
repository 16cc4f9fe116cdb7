#pragma once

#include "proberecord.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <memory>
#include <QTimer>
#include <QUrl>

#include <QNetworkAccessManager>
class QNetworkReply;

namespace mi {

// Default cap on a response body. Metadata answers are a few KiB; the Mackerel API pages are larger.
inline constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 3000;                    // whole exchange, connect to last byte
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
};

// What came back. `transport` is Ok whenever a complete HTTP response arrived, whatever its status;
// the status is judged by the caller (HTTP status and transport error are two separate axes).
struct HttpResult
{
    ProbeOutcome transport = ProbeOutcome::Ok; // Ok, TooLarge, Refused, Unreachable, Timeout, NetworkError
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;    // Location header of a redirect, never followed
    QByteArray retryAfter;  // Retry-After header, for 429/503
    QString errorString;    // transport failure in words
    qint64 elapsedMs = 0;

    bool hasResponse() const { return transport == ProbeOutcome::Ok; }
};

// One HTTP request with a total timeout, a body-size cap, no redirects followed and no caching.
// Asynchronous: start() returns at once and finished() is emitted exactly once, later, from the
// event loop. After cancel() nothing is emitted. The reply is owned and deleted here.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QNetworkAccessManager *network, HttpRequestSpec spec, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void cancel();

    const HttpRequestSpec &spec() const { return m_spec; }

Q_SIGNALS:
    void finished(const mi::HttpResult &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void abortWith(ProbeOutcome outcome, const QString &reason);

    QPointer<QNetworkAccessManager> m_network;
    HttpRequestSpec m_spec;
    struct DeleteLater
    {
        void operator()(QObject *object) const { object->deleteLater(); }
    };
    std::unique_ptr<QNetworkReply, DeleteLater> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    ProbeOutcome m_abortOutcome = ProbeOutcome::Ok;
    QString m_abortReason;
};

// Describes a transport failure in words a person can act on.
QString describeTransportFailure(const HttpResult &result);

} // namespace mi

Q_DECLARE_METATYPE(mi::HttpResult)
