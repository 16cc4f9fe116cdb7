#pragma once

#include "platformprobe.h"

namespace mi {

// GCE as mackerel-agent sees it: /computeMetadata/v1?recursive=true with Metadata-Flavor: Google
// answers 200 (two tries), then the same JSON gives the metadata and the numeric instance id.
class GceProbe : public PlatformProbe
{
    Q_OBJECT
public:
    explicit GceProbe(const ProbeSettings &settings, QObject *parent = nullptr);

    void startDetection() override;
    void startCollection() override;

private:
    HttpRequestSpec metadataRequest() const;
};

} // namespace mi
