#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace mi::sim {

// One request as LoopbackHttpServer read it off a connection.
struct LoopbackHttpRequest
{
    QByteArray method;                            // as sent: "GET", "PUT", ...
    QByteArray path;                              // origin-form path, percent-encoded as sent: "/a%20b"
    QByteArray query;                             // what followed '?', percent-encoded as sent; empty when none
    int minorVersion = 1;                         // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // in the order sent, names as sent, values trimmed
    QByteArray body;                              // exactly Content-Length bytes

    // The first value of the header `name`, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// What a subclass answers. The server writes the status line with its reason phrase, these headers,
// Content-Length and, when it closes the connection after the answer, Connection: close. The body is
// left out for HEAD requests and 204/304 answers.
struct LoopbackHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // neither Content-Length nor Connection: the server's
    QByteArray body;
};

// "OK", "Not Found", ... for the codes the simulators and this server use; empty for others.
QByteArray httpReasonPhrase(int status);

// A small HTTP/1.1 server on 127.0.0.1 for the simulators (plain TCP: nothing here loads TLS).
// Connections are persistent for HTTP/1.1 unless the client sends Connection: close, closed after
// one answer for HTTP/1.0; requests on one connection are answered in the order they arrive. A
// request body needs Content-Length (a chunked one gets 501). The server answers by itself, and
// then closes the connection: 400 to a malformed request line or header, 431 to a head over
// MaxHeaderBytes, 413 to a body over MaxBodyBytes, 505 to an HTTP version other than 1.x.
// Everything else goes to respond(), synchronously, on the thread that owns the server.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    // Request line and headers together.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    // The largest request body; the Mackerel API simulator gets host payloads of a few KiB to a few MiB.
    static constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 (port 0: an ephemeral port). Returns false if the port is taken.
    bool listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    // Connections accepted and not yet closed (for tests: a client that leaves takes its state along).
    int openConnectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // After an answer from respond() was handed to the socket. `path` is percent-decoded.
    void requestServed(const QString &method, const QString &path, int status);

protected:
    // Answers one complete request. Called once a request, in order, from the event loop.
    virtual LoopbackHttpResponse respond(const LoopbackHttpRequest &request) = 0;

private:
    struct Connection;
    void accept();
    void readFrom(QTcpSocket *socket);
    // Parses the request head at the start of the buffer; false when the connection was refused.
    bool readHead(QTcpSocket *socket, Connection &connection, qsizetype headEnd);
    Connection *connectionOf(QTcpSocket *socket) const;
    void answer(QTcpSocket *socket, const LoopbackHttpResponse &response, bool headRequest, bool close);
    void refuse(QTcpSocket *socket, Connection &connection, int status);
    void forget(QTcpSocket *socket);

    QTcpServer *m_server = nullptr; // a child; the sockets are its children
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    quint16 m_port = 0;
};

} // namespace mi::sim
