#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// A host as the Mackerel API describes it (GET /api/v0/hosts, /api/v0/hosts/<id>). The fields the
// decision needs are parsed; `raw` keeps the whole object so that nothing the remote holds is lost.
struct MackerelHost
{
    QString id;
    QString name;
    QString displayName;
    QString customIdentifier;
    QString status;          // working, standby, maintenance, poweroff
    QString memo;
    bool isRetired = false;
    qint64 createdAt = 0;    // Unix seconds
    QJsonObject roles;       // {"service": ["role", ...]}
    QJsonObject meta;
    QJsonArray interfaces;
    QJsonObject raw;

    // nullopt when the object has no string "id" (not a host).
    static std::optional<MackerelHost> fromJson(const QJsonObject &object);

    QString agentVersion() const;   // meta["agent-version"]; empty for a host no agent has updated
    QString cloudProvider() const;  // meta.cloud.provider
    QStringList roleFullnames() const; // "service:role", sorted
    // Who registered it, as far as the host tells: "mackerel-agent 0.80.0", "the AWS integration (EC2)", ...
    QString origin() const;

    // The summary used in reports: {"id","name","displayName","customIdentifier","status","isRetired",
    // "roleFullnames","createdAt","agentVersion","cloudProvider","origin"}
    QJsonObject summaryJson() const;
};

} // namespace mi

Q_DECLARE_METATYPE(mi::MackerelHost)
