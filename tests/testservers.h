#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// Misbehaving servers on 127.0.0.1 for the failure cases the simulator cannot stage.
namespace testing {

// Accepts connections and never answers (a metadata address that swallows packets behaves alike).
class SilentServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SilentServer(QObject *parent = nullptr);
    QUrl url() const;
    int connectionCount() const { return m_connections; }

private:
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
};

// Answers every request with status 200 headers announcing a body, sends a few bytes of it, then stalls.
class StallingServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit StallingServer(QObject *parent = nullptr);
    QUrl url() const;

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

// A port that nothing listens on: connections are refused.
quint16 closedPort();

} // namespace testing
