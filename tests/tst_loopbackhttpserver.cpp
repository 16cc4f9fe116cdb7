#include "loopbackhttpserver.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <functional>

using namespace mi::sim;

namespace {

// Answers every request with a description of it, and a status taken from paths like /status/404.
class EchoServer : public LoopbackHttpServer
{
    Q_OBJECT
public:
    using LoopbackHttpServer::LoopbackHttpServer;
    QList<LoopbackHttpRequest> served;

    // "METHOD path?query x-probe=value body": what the parser made of one request.
    static QByteArray describe(const LoopbackHttpRequest &request)
    {
        QByteArray text = request.method + ' ' + request.path;
        if (!request.query.isEmpty())
            text += '?' + request.query;
        if (request.hasHeader("X-Probe"))
            text += " x-probe=" + request.header("x-probe");
        if (request.body.size() > 32)
            text += " <" + QByteArray::number(request.body.size()) + " bytes>";
        else if (!request.body.isEmpty())
            text += ' ' + request.body;
        return text;
    }

protected:
    LoopbackHttpResponse respond(const LoopbackHttpRequest &request) override
    {
        served.append(request);
        LoopbackHttpResponse response;
        if (request.path.startsWith("/status/"))
            response.status = request.path.mid(8).toInt();
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
        response.body = describe(request);
        return response;
    }
};

// A raw TCP client driven by the event loop: it writes exactly the bytes it is given and keeps
// everything that comes back.
class RawClient : public QObject
{
    Q_OBJECT
public:
    explicit RawClient(quint16 port)
    {
        connect(&socket, &QTcpSocket::connected, this, &RawClient::changed);
        connect(&socket, &QTcpSocket::bytesWritten, this, &RawClient::changed);
        connect(&socket, &QTcpSocket::errorOccurred, this, &RawClient::changed);
        connect(&socket, &QTcpSocket::readyRead, this, [this] {
            received += socket.readAll();
            Q_EMIT changed();
        });
        connect(&socket, &QTcpSocket::disconnected, this, [this] {
            if (socket.bytesAvailable() > 0)
                received += socket.readAll();
            closed = true;
            Q_EMIT changed();
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    // The socket closes as it is destroyed: its last signals must not reach this half-destroyed client.
    ~RawClient() override { socket.disconnect(this); }

    // Runs the event loop until `done` holds; false if nothing happened for 10 s.
    bool waitUntil(const std::function<bool()> &done)
    {
        QSignalSpy spy(this, &RawClient::changed);
        while (!done()) {
            if (!spy.wait(10000))
                return done();
        }
        return true;
    }

    // Writes `bytes` and returns once the kernel has them (or the server is gone).
    bool send(const QByteArray &bytes)
    {
        if (!waitUntil([this] { return socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::UnconnectedState; }))
            return false;
        socket.write(bytes);
        return waitUntil([this] { return socket.bytesToWrite() == 0 || socket.state() != QAbstractSocket::ConnectedState; });
    }

    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

Q_SIGNALS:
    void changed();
};

struct Response
{
    QByteArray statusLine;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return QByteArray();
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

// The complete responses at the start of `data`, interim (1xx) ones included; *consumed: their
// bytes. The responses at the indexes in `bodiless` (answers to HEAD) carry no body whatever their
// Content-Length says.
QList<Response> parseResponses(const QByteArray &data, const QList<int> &bodiless = {}, qsizetype *consumed = nullptr)
{
    QList<Response> responses;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = data.mid(at, headEnd - at).split('\n');
        Response response;
        response.statusLine = lines.constFirst().trimmed();
        response.status = response.statusLine.mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype bodyStart = headEnd + 4;
        const qsizetype length = bodiless.contains(int(responses.size())) ? 0 : response.header("Content-Length").toLongLong();
        if (data.size() - bodyStart < length)
            break;
        response.body = data.mid(bodyStart, length);
        responses.append(response);
        at = bodyStart + length;
    }
    if (consumed)
        *consumed = at;
    return responses;
}

QList<int> statusesOf(const QList<Response> &responses)
{
    QList<int> statuses;
    for (const Response &response : responses)
        statuses.append(response.status);
    return statuses;
}

QList<QByteArray> descriptionsOf(const QList<LoopbackHttpRequest> &requests)
{
    QList<QByteArray> descriptions;
    for (const LoopbackHttpRequest &request : requests)
        descriptions.append(EchoServer::describe(request));
    return descriptions;
}

const QByteArray Get = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

} // namespace

class TestLoopbackHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exchange_data();
    void exchange();
    void headAnswerHasNoBody();
    void expectContinueSplitsTheBody();
    void statusLine_data();
    void statusLine();
    void clientLeavesMidRequest_data();
    void clientLeavesMidRequest();
    void serverGoesWhileConnected();
    void takenPortFails();
    void simulatorsLoadNoTls();
};

void TestLoopbackHttpServer::exchange_data()
{
    QTest::addColumn<QList<QByteArray>>("segments");     // written one after the other
    QTest::addColumn<QList<int>>("statuses");            // the answers, in order
    QTest::addColumn<QList<QByteArray>>("served");       // what respond() was given
    QTest::addColumn<bool>("closes");                    // the server closes after the last answer

    const QByteArray oneMiB(1024 * 1024, 'b');
    const QByteArray overLimitHeader = "X-Padding: " + QByteArray(LoopbackHttpServer::MaxHeaderBytes, 'p') + "\r\n";

    QTest::newRow("one GET, kept open")
        << QList<QByteArray>{"GET /latest/meta-data/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /latest/meta-data/"} << false;
    QTest::newRow("query string")
        << QList<QByteArray>{"GET /computeMetadata/v1/?recursive=true&alt=json HTTP/1.1\r\nHost: h\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /computeMetadata/v1/?recursive=true&alt=json"} << false;
    QTest::newRow("percent-encoding kept as sent")
        << QList<QByteArray>{"GET /api/v0/hosts?customIdentifier=i-0a%20b%2B%26&x= HTTP/1.1\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /api/v0/hosts?customIdentifier=i-0a%20b%2B%26&x="} << false;
    QTest::newRow("header names case-insensitive, values trimmed")
        << QList<QByteArray>{"GET / HTTP/1.1\r\nx-PROBE: \t spaced  value \t\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET / x-probe=spaced  value"} << false;
    QTest::newRow("three requests on one keep-alive connection, in order")
        << QList<QByteArray>{"GET /first HTTP/1.1\r\nHost: h\r\n\r\n"
                             "POST /status/201 HTTP/1.1\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello"
                             "GET /status/404 HTTP/1.1\r\nHost: h\r\n\r\n"}
        << QList<int>{200, 201, 404} << QList<QByteArray>{"GET /first", "POST /status/201 hello", "GET /status/404"} << false;
    QTest::newRow("requests in separate segments on one connection")
        << QList<QByteArray>{"PUT /api/v0/hosts/3Sm HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", "GET /second HTTP/1.1\r\n\r\n"}
        << QList<int>{200, 200} << QList<QByteArray>{"PUT /api/v0/hosts/3Sm {}", "GET /second"} << false;
    QTest::newRow("head split across segments")
        << QList<QByteArray>{"GE", "T /split?a=", "1 HTTP/1.1\r\nX-Pro", "be: yes\r", "\n\r", "\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /split?a=1 x-probe=yes"} << false;
    QTest::newRow("body split across segments")
        << QList<QByteArray>{"POST /body HTTP/1.1\r\nContent-Length: 10\r\n\r\n012", "3456", "789"} << QList<int>{200}
        << QList<QByteArray>{"POST /body 0123456789"} << false;
    QTest::newRow("a body of 1 MiB")
        << QList<QByteArray>{"POST /api/v0/hosts HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n" + oneMiB} << QList<int>{200}
        << QList<QByteArray>{"POST /api/v0/hosts <1048576 bytes>"} << false;
    QTest::newRow("empty lines before the request line")
        << QList<QByteArray>{"\r\n\r\nGET /after-blank HTTP/1.1\r\n\r\n"} << QList<int>{200} << QList<QByteArray>{"GET /after-blank"}
        << false;
    QTest::newRow("bare LF line ends") << QList<QByteArray>{"GET /lf HTTP/1.1\nX-Probe: lf\n\n"} << QList<int>{200}
                                       << QList<QByteArray>{"GET /lf x-probe=lf"} << false;
    QTest::newRow("absolute-form target")
        << QList<QByteArray>{"GET http://169.254.169.254/latest/api/token?x=1 HTTP/1.1\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /latest/api/token?x=1"} << false;
    QTest::newRow("HTTP/1.0 closes after one answer")
        << QList<QByteArray>{"GET /one HTTP/1.0\r\n\r\nGET /two HTTP/1.0\r\n\r\n"} << QList<int>{200} << QList<QByteArray>{"GET /one"}
        << true;
    QTest::newRow("Connection: close")
        << QList<QByteArray>{"GET /bye HTTP/1.1\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /bye"} << true;
    QTest::newRow("Connection: keep-alive, Close")
        << QList<QByteArray>{"GET /bye HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n"} << QList<int>{200}
        << QList<QByteArray>{"GET /bye"} << true;

    // Refused by the server itself, which then closes; respond() never sees them.
    QTest::newRow("malformed request line") << QList<QByteArray>{"GARBAGE\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("request line refused before its headers end")
        << QList<QByteArray>{"GET /\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("request line with an extra part")
        << QList<QByteArray>{"GET / x HTTP/1.1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("lower-case protocol") << QList<QByteArray>{"GET / http/1.1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{}
                                         << true;
    QTest::newRow("target not a path") << QList<QByteArray>{"GET latest HTTP/1.1\r\n\r\n"} << QList<int>{400}
                                       << QList<QByteArray>{} << true;
    QTest::newRow("method not a token") << QList<QByteArray>{"G(T / HTTP/1.1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{}
                                        << true;
    QTest::newRow("HTTP/2.0") << QList<QByteArray>{"GET / HTTP/2.0\r\n\r\n"} << QList<int>{505} << QList<QByteArray>{} << true;
    QTest::newRow("header without a colon")
        << QList<QByteArray>{"GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("space before the colon")
        << QList<QByteArray>{"GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("folded header line")
        << QList<QByteArray>{"GET / HTTP/1.1\r\nX-Probe: a\r\n b\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("control character in a value")
        << QList<QByteArray>{QByteArray("GET / HTTP/1.1\r\nX-Probe: a\x01z\r\n\r\n")} << QList<int>{400} << QList<QByteArray>{}
        << true;
    QTest::newRow("Content-Length not a number")
        << QList<QByteArray>{"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\nb"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("Content-Length negative")
        << QList<QByteArray>{"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"} << QList<int>{400} << QList<QByteArray>{} << true;
    QTest::newRow("two different Content-Lengths")
        << QList<QByteArray>{"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nbb"} << QList<int>{400}
        << QList<QByteArray>{} << true;
    QTest::newRow("chunked body")
        << QList<QByteArray>{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"} << QList<int>{501}
        << QList<QByteArray>{} << true;
    QTest::newRow("head over the limit")
        << QList<QByteArray>{"GET / HTTP/1.1\r\n" + overLimitHeader + "\r\n"} << QList<int>{431} << QList<QByteArray>{} << true;
    QTest::newRow("head over the limit, its end not sent")
        << QList<QByteArray>{"GET / HTTP/1.1\r\n" + overLimitHeader} << QList<int>{431} << QList<QByteArray>{} << true;
    QTest::newRow("body over the limit")
        << QList<QByteArray>{"POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(LoopbackHttpServer::MaxBodyBytes + 1) + "\r\n\r\n"}
        << QList<int>{413} << QList<QByteArray>{} << true;
    QTest::newRow("refusal after a served request")
        << QList<QByteArray>{"GET /fine HTTP/1.1\r\n\r\nBROKEN\r\n\r\nGET /never HTTP/1.1\r\n\r\n"} << QList<int>{200, 400}
        << QList<QByteArray>{"GET /fine"} << true;
}

void TestLoopbackHttpServer::exchange()
{
    QFETCH(QList<QByteArray>, segments);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<QByteArray>, served);
    QFETCH(bool, closes);

    EchoServer server;
    QVERIFY(server.listenOnLoopback());
    QSignalSpy servedSpy(&server, &LoopbackHttpServer::requestServed);
    RawClient client(server.port());
    for (const QByteArray &segment : std::as_const(segments))
        QVERIFY(client.send(segment));

    if (closes) {
        QVERIFY2(client.waitUntil([&] { return client.closed; }), client.received.constData());
    } else {
        QVERIFY2(client.waitUntil([&] { return parseResponses(client.received).size() >= statuses.size(); }),
                 client.received.constData());
    }
    qsizetype answeredBytes = 0;
    const QList<Response> responses = parseResponses(client.received, {}, &answeredBytes);
    QCOMPARE(statusesOf(responses), statuses);
    QCOMPARE(answeredBytes, client.received.size()); // nothing but whole answers came back
    QCOMPARE(descriptionsOf(server.served), served);
    QCOMPARE(servedSpy.size(), served.size());
    for (qsizetype i = 0; i < served.size(); ++i) {
        QCOMPARE(responses.at(i).body, served.at(i)); // each answer belongs to its request
        QCOMPARE(servedSpy.at(i).at(2).toInt(), statuses.at(i));
    }
    QCOMPARE(responses.constLast().header("Connection").toLower(), closes ? QByteArray("close") : QByteArray());

    if (closes) {
        QTRY_COMPARE(server.openConnectionCount(), 0);
    } else {
        // Still open: one more request is answered on the same connection.
        QVERIFY(!client.closed);
        QVERIFY(client.send("GET /again HTTP/1.1\r\n\r\n"));
        QVERIFY(client.waitUntil([&] { return parseResponses(client.received).size() == statuses.size() + 1; }));
        QCOMPARE(parseResponses(client.received).constLast().body, QByteArray("GET /again"));
        QCOMPARE(server.openConnectionCount(), 1);
    }
}

void TestLoopbackHttpServer::headAnswerHasNoBody()
{
    EchoServer server;
    QVERIFY(server.listenOnLoopback());
    RawClient client(server.port());
    QVERIFY(client.send("HEAD /latest/meta-data/instance-id HTTP/1.1\r\n\r\nGET /latest/meta-data/instance-id HTTP/1.1\r\n\r\n"));
    QVERIFY(client.waitUntil([&] { return parseResponses(client.received, {0}).size() == 2; }));
    const QList<Response> responses = parseResponses(client.received, {0});
    // The HEAD answer announces the length of what respond() gave and sends nothing of it.
    QCOMPARE(responses.at(0).header("Content-Length"), QByteArray::number(QByteArray("HEAD /latest/meta-data/instance-id").size()));
    QVERIFY(responses.at(0).body.isEmpty());
    QCOMPARE(responses.at(1).body, QByteArray("GET /latest/meta-data/instance-id"));
    QVERIFY(client.received.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(client.received.count("HTTP/1.1 200 OK\r\n"), 2);
}

void TestLoopbackHttpServer::expectContinueSplitsTheBody()
{
    // The interim answer proves the server had the head and part of the body when the rest was sent.
    EchoServer server;
    QVERIFY(server.listenOnLoopback());
    RawClient client(server.port());
    QVERIFY(client.send("PUT /api/v0/hosts/3Sm HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\nhello"));
    QVERIFY(client.waitUntil([&] { return client.received.contains("\r\n\r\n"); }));
    QCOMPARE(client.received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    QVERIFY(server.served.isEmpty());
    QVERIFY(client.send(" world"));
    QVERIFY(client.waitUntil([&] { return parseResponses(client.received).size() == 2; }));
    const QList<Response> responses = parseResponses(client.received);
    QCOMPARE(statusesOf(responses), (QList<int>{100, 200}));
    QCOMPARE(responses.at(1).body, QByteArray("PUT /api/v0/hosts/3Sm hello world"));
}

void TestLoopbackHttpServer::statusLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<bool>("hasContent");
    const QList<QPair<int, QByteArray>> codes = {
        {200, "OK"}, {201, "Created"}, {204, "No Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {304, "Not Modified"}, {307, "Temporary Redirect"}, {400, "Bad Request"}, {401, "Unauthorized"},
        {403, "Forbidden"}, {404, "Not Found"}, {405, "Method Not Allowed"}, {409, "Conflict"},
        {413, "Content Too Large"}, {429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
        {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"}, {599, ""},
    };
    for (const auto &code : codes) {
        QTest::addRow("%d", code.first) << code.first << "HTTP/1.1 " + QByteArray::number(code.first) + ' ' + code.second
                                        << (code.first != 204 && code.first != 304);
    }
}

void TestLoopbackHttpServer::statusLine()
{
    QFETCH(int, status);
    QFETCH(QByteArray, statusLine);
    QFETCH(bool, hasContent);
    EchoServer server;
    QVERIFY(server.listenOnLoopback());
    RawClient client(server.port());
    const QByteArray path = "/status/" + QByteArray::number(status);
    QVERIFY(client.send("GET " + path + " HTTP/1.1\r\n\r\n"));
    QVERIFY(client.waitUntil([&] { return client.received.contains("\r\n\r\n") && (!hasContent || client.received.endsWith(path)); }));
    QVERIFY2(client.received.startsWith(statusLine + "\r\n"), client.received.constData());
    // 204 and 304 carry no content: neither a body nor a length.
    QCOMPARE(client.received.endsWith("\r\n\r\n"), !hasContent);
    QCOMPARE(client.received.contains("Content-Length:"), hasContent);
}

void TestLoopbackHttpServer::clientLeavesMidRequest_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("served");
    QTest::newRow("connected, nothing sent") << QByteArray() << 0;
    QTest::newRow("in the request line") << QByteArray("GET /latest/me") << 0;
    QTest::newRow("in the headers") << QByteArray("GET / HTTP/1.1\r\nHost: 127") << 0;
    QTest::newRow("in the body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nhalf") << 0;
    QTest::newRow("before reading the answer") << Get << 1;
    QTest::newRow("between keep-alive requests") << Get + Get << 2;
}

void TestLoopbackHttpServer::clientLeavesMidRequest()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, served);
    EchoServer server;
    QVERIFY(server.listenOnLoopback());
    {
        RawClient client(server.port());
        QVERIFY(client.send(sent));
        QTRY_COMPARE(server.openConnectionCount(), 1);
        QTRY_COMPARE(int(server.served.size()), served);
        client.socket.abort();
    }
    // The connection's state and its socket are gone, and the server goes on serving.
    QTRY_COMPARE(server.openConnectionCount(), 0);
    QTRY_COMPARE(server.findChildren<QTcpSocket *>().size(), 0);
    RawClient next(server.port());
    QVERIFY(next.send(Get));
    QVERIFY(next.waitUntil([&] { return parseResponses(next.received).size() == 1; }));
    QCOMPARE(int(server.served.size()), served + 1);
}

void TestLoopbackHttpServer::serverGoesWhileConnected()
{
    auto *server = new EchoServer;
    QVERIFY(server->listenOnLoopback());
    RawClient client(server->port());
    QVERIFY(client.send("GET /pending HTTP/1.1\r\nHost"));
    QTRY_COMPARE(server->openConnectionCount(), 1);
    delete server;
    QVERIFY(client.waitUntil([&] { return client.closed; }));
    QVERIFY(client.received.isEmpty());
}

void TestLoopbackHttpServer::takenPortFails()
{
    EchoServer first;
    QVERIFY(first.listenOnLoopback());
    QVERIFY(first.port() != 0);
    EchoServer second;
    QVERIFY(!second.listenOnLoopback(first.port()));
    QCOMPARE(second.port(), quint16(0));
}

void TestLoopbackHttpServer::simulatorsLoadNoTls()
{
    // Why this server exists (issue 14): Qt HttpServer built a QSslConfiguration on construction,
    // loading the TLS plugins, libssl and libcrypto into every --demo start.
    MetadataSimulator metadata(SimulatedCloud::Gce);
    MackerelApiSimulator mackerel;
    QVERIFY(metadata.listenOnLoopback());
    QVERIFY(mackerel.listenOnLoopback());
    for (quint16 port : {metadata.port(), mackerel.port()}) {
        RawClient client(port);
        QVERIFY(client.send(Get));
        QVERIFY(client.waitUntil([&] { return parseResponses(client.received).size() == 1; }));
    }
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY2(maps.open(QIODevice::ReadOnly), qPrintable(maps.errorString()));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Network.so"));
    for (const char *library : {"libssl.so", "libcrypto.so", "libqopensslbackend.so", "libqcertonlybackend.so"})
        QVERIFY2(!mapped.contains(library), library);
}

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
