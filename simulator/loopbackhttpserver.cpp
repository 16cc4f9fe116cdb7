#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLoopbackHttp, "mi.sim.http", QtWarningMsg)

namespace mi::sim {

namespace {

// RFC 9110, 5.6.2: the characters of a token (methods, header names).
bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII only: no spaces, controls or raw non-ASCII bytes in a request target.
bool isVisibleAscii(QByteArrayView text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return false;
    }
    return true;
}

// Where the request head ends (just past its empty line), or -1 while it is incomplete. Lines may
// end in CRLF or a bare LF (RFC 9112, 2.2). Searching resumes at `from`.
qsizetype headEnd(const QByteArray &buffer, qsizetype from)
{
    const qsizetype crlf = buffer.indexOf("\n\r\n", from);
    const qsizetype lf = buffer.indexOf("\n\n", from);
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}

QByteArray withoutCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// "METHOD SP request-target SP HTTP/1.x". Returns 0, or the status to refuse it with.
int parseRequestLine(const QByteArray &line, LoopbackHttpRequest *request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !isVisibleAscii(parts.at(1)) || parts.at(1).contains('#'))
        return 400;
    const QByteArray &version = parts.at(2);
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version.at(5)) || version.at(6) != '.' || !isDigit(version.at(7)))
        return 400;
    if (version.at(5) != '1')
        return 505;

    QByteArray target = parts.at(1);
    // The absolute form (what a client sends to a proxy) names the same resource (RFC 9112, 3.2.2).
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype pathStart = target.indexOf('/', authority);
        const qsizetype queryStart = target.indexOf('?', authority);
        if (pathStart >= 0 && (queryStart < 0 || pathStart < queryStart))
            target = target.mid(pathStart);
        else
            target = '/' + (queryStart >= 0 ? target.mid(queryStart) : QByteArray());
    }
    if (!target.startsWith('/'))
        return 400;
    const qsizetype question = target.indexOf('?');
    request->method = parts.at(0);
    request->path = question < 0 ? target : target.left(question);
    request->query = question < 0 ? QByteArray() : target.mid(question + 1);
    request->minorVersion = version.at(7) - '0';
    return 0;
}

// The header lines after the request line. Returns 0, or the status to refuse them with.
int parseHeaderLines(const QList<QByteArray> &lines, LoopbackHttpRequest *request)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCarriageReturn(lines.at(i));
        if (line.isEmpty())
            continue; // the empty line that ends the head
        // Line folding is obsolete and a space before the colon is a known smuggling vector (RFC 9112, 5).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return 400;
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && c != '\t') || byte == 0x7f)
                return 400;
        }
        request->headers.append({line.left(colon), value});
    }
    return 0;
}

bool headerHasToken(const LoopbackHttpRequest &request, const QByteArray &name, const QByteArray &token)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> values = header.second.split(',');
        for (const QByteArray &value : values) {
            if (value.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

QByteArray LoopbackHttpRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool LoopbackHttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 304: return QByteArrayLiteral("Not Modified");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: break;
    }
    return QByteArray();
}

// What one connection has read and not yet answered.
struct LoopbackHttpServer::Connection
{
    QByteArray buffer;
    qsizetype scannedUpTo = 0;   // the head's end is not before this offset of the buffer
    bool readingBody = false;    // the head is parsed into `request`; its body is in coming
    qint64 bodyLength = 0;
    bool closeAfterAnswer = false;
    bool closing = false;        // the last answer is written: what still comes in is dropped
    LoopbackHttpRequest request;
};

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    // The sockets go with m_server; none of their signals may reach this half-destroyed object.
    for (const auto &entry : m_connections)
        entry.first->disconnect(this);
    m_connections.clear();
}

LoopbackHttpServer::Connection *LoopbackHttpServer::connectionOf(QTcpSocket *socket) const
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : it->second.get();
}

bool LoopbackHttpServer::listenOnLoopback(quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_port = 0;
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        // A client that came and went before it was accepted sends no disconnected().
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            forget(socket);
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    QPointer<LoopbackHttpServer> alive(this);
    for (;;) {
        // Looked up again each round: answering may close the connection.
        Connection *connection = connectionOf(socket);
        if (!connection)
            return;
        if (connection->closing) {
            socket->readAll(); // unread bytes would make the close a reset that could lose the answer
            return;
        }
        connection->buffer.append(socket->readAll());

        if (!connection->readingBody) {
            // Empty lines before a request line are ignored (RFC 9112, 2.2).
            qsizetype start = 0;
            while (start < connection->buffer.size() && (connection->buffer.at(start) == '\r' || connection->buffer.at(start) == '\n'))
                ++start;
            if (start > 0) {
                connection->buffer.remove(0, start);
                connection->scannedUpTo = 0;
            }
            const qsizetype end = headEnd(connection->buffer, connection->scannedUpTo);
            if (end < 0) {
                if (connection->buffer.size() > MaxHeaderBytes) {
                    refuse(socket, *connection, 431);
                    return;
                }
                // A request line that is already wrong is refused without waiting for the headers.
                const qsizetype lineEnd = connection->buffer.indexOf('\n');
                if (lineEnd >= 0) {
                    LoopbackHttpRequest requestLine;
                    const int status = parseRequestLine(withoutCarriageReturn(connection->buffer.left(lineEnd)), &requestLine);
                    if (status != 0) {
                        refuse(socket, *connection, status);
                        return;
                    }
                }
                connection->scannedUpTo = qMax<qsizetype>(0, connection->buffer.size() - 2);
                return;
            }
            if (end > MaxHeaderBytes) {
                refuse(socket, *connection, 431);
                return;
            }
            if (!readHead(socket, *connection, end))
                return;
            connection->buffer.remove(0, end);
            connection->scannedUpTo = 0;
            connection->readingBody = true;
            if (connection->bodyLength > connection->buffer.size() && connection->request.minorVersion >= 1
                && connection->request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }

        if (connection->buffer.size() < connection->bodyLength)
            return;
        LoopbackHttpRequest request = std::move(connection->request);
        connection->request = LoopbackHttpRequest();
        request.body = connection->buffer.left(connection->bodyLength);
        connection->buffer.remove(0, connection->bodyLength);
        connection->readingBody = false;
        const bool close = connection->closeAfterAnswer;

        const LoopbackHttpResponse response = respond(request);
        answer(socket, response, request.method == "HEAD", close);
        Q_EMIT requestServed(QString::fromLatin1(request.method), QUrl::fromPercentEncoding(request.path), response.status);
        if (!alive)
            return;
    }
}

bool LoopbackHttpServer::readHead(QTcpSocket *socket, Connection &connection, qsizetype end)
{
    const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
    LoopbackHttpRequest request;
    int status = parseRequestLine(withoutCarriageReturn(lines.constFirst()), &request);
    if (status == 0)
        status = parseHeaderLines(lines, &request);
    if (status != 0) {
        refuse(socket, connection, status);
        return false;
    }
    // The server knows Content-Length framing only; a transfer coding it cannot decode gets 501
    // (RFC 9112, 6.1), which also settles a request that sends both.
    if (request.hasHeader("Transfer-Encoding")) {
        refuse(socket, connection, 501);
        return false;
    }
    qint64 length = 0;
    bool lengthSeen = false;
    for (const auto &header : std::as_const(request.headers)) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray &value = header.second;
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (!digits || (lengthSeen && value.toLongLong() != length)) {
            refuse(socket, connection, 400);
            return false;
        }
        length = value.toLongLong();
        lengthSeen = true;
    }
    if (length > MaxBodyBytes) {
        refuse(socket, connection, 413);
        return false;
    }
    connection.bodyLength = length;
    connection.closeAfterAnswer = request.minorVersion == 0 || headerHasToken(request, "Connection", "close");
    connection.request = std::move(request);
    return true;
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const LoopbackHttpResponse &response, bool headRequest, bool close)
{
    const int status = response.status;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || header.first.compare("Connection", Qt::CaseInsensitive) == 0
            || header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue; // the framing is the server's
        head += header.first + ": " + header.second + "\r\n";
    }
    // No content in 1xx, 204 and 304 answers (RFC 9110, 6.4.1), hence no Content-Length either.
    const bool noContent = status < 200 || status == 204 || status == 304;
    if (!noContent)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (!noContent && !headRequest)
        socket->write(response.body);
    if (close) {
        if (Connection *connection = connectionOf(socket))
            connection->closing = true;
        socket->disconnectFromHost(); // after the answer is written
    }
}

void LoopbackHttpServer::refuse(QTcpSocket *socket, Connection &connection, int status)
{
    qCDebug(lcLoopbackHttp, "refusing a request with %d on port %u", status, unsigned(m_port));
    connection.buffer.clear();
    LoopbackHttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    response.body = httpReasonPhrase(status) + '\n';
    answer(socket, response, false, true);
}

void LoopbackHttpServer::forget(QTcpSocket *socket)
{
    m_connections.erase(socket);
    socket->disconnect(this);
    socket->deleteLater();
}

} // namespace mi::sim
