#pragma once

#include "platformprobe.h"

namespace mi {

// Azure as mackerel-agent sees it: compute/vmId (api-version 2017-04-02, Metadata: true) answers 200,
// then nine text keys mapped to the agent's names, then vmId again for the identifier.
class AzureProbe : public PlatformProbe
{
    Q_OBJECT
public:
    explicit AzureProbe(const ProbeSettings &settings, QObject *parent = nullptr);

    void startDetection() override;
    void startCollection() override;

    // Path below /metadata/instance → the agent's metadata key.
    static QList<QPair<QString, QString>> metadataKeys();

private:
    HttpRequestSpec textRequest(const QString &path) const;
    void fetchVmId();

    int m_pendingKeys = 0;
    bool m_keyFailed = false;
    CloudFindings m_findings;
};

bool isUuid(const QString &text);

} // namespace mi
