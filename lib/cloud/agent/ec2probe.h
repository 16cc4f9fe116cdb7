#pragma once

#include "platformprobe.h"

namespace mi {

// EC2 as mackerel-agent sees it on Linux: an EC2 UUID in /sys, an IMDSv2 token (IMDSv1 when that
// fails), services/partition starting with "aws", then the agent's eleven metadata keys and instance-id.
class Ec2Probe : public PlatformProbe
{
    Q_OBJECT
public:
    explicit Ec2Probe(const ProbeSettings &settings, QObject *parent = nullptr);

    void startDetection() override;
    void startCollection() override;

    // The metadata keys the agent sends, in its order.
    static QStringList metadataKeys();

private:
    void withToken(std::function<void()> next);
    QList<QPair<QByteArray, QByteArray>> tokenHeaders() const;
    QUrl url(const QString &path) const;
    void askPartition();
    void fetchInstanceId();

    QByteArray m_token;
    bool m_tokenAttempted = false;
    bool m_uuidUnreadable = false; // confirmed by IMDS alone, since the UUID files could not be read
    int m_pendingKeys = 0;
    bool m_cloudBroken = false;
    CloudFindings m_findings;
};

// An EC2 instance id as IMDS gives it: i- and 8 or 17 lowercase hex digits.
bool looksLikeEc2InstanceId(const QString &id);
// A token that can stand in a customIdentifier: letters, digits, '.', '_', '-'; at most 64 characters.
bool isPlainIdentifierToken(const QString &text);

} // namespace mi
