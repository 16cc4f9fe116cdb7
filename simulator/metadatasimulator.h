#pragma once

#include "loopbackhttpserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace mi::sim {

// Ec2Blocked: a Nitro instance whose IMDS refuses every connection (the demo points at a closed
// port). The clouds after it exist only as firmware: mackerel-agent knows no metadata service of
// theirs, and their simulator answers 404 to everything.
enum class SimulatedCloud { Ec2, Ec2ImdsV1, Gce, Azure, Ec2Blocked, Oci, Alibaba, DigitalOcean, Hetzner, OpenStack, Vultr, Linode, Scaleway };

// "ec2", "ec2-imdsv1", "gce", "azure", "ec2-blocked", "oci", "alibaba", "digitalocean", "hetzner",
// "openstack", "vultr", "linode", "scaleway"
std::optional<SimulatedCloud> parseSimulatedCloud(const QString &name);
QString simulatedCloudName(SimulatedCloud cloud);
QStringList simulatedCloudNames();

// The simulated instance: what its metadata service tells and what its /sys files hold.
struct SimulatedInstance
{
    QString instanceId;          // EC2 instance id, GCE numeric id, Azure vmId
    QString customIdentifier;    // what mackerel-agent derives from it
    QString hostname;
    QByteArray productUuid;      // /sys/devices/virtual/dmi/id/product_uuid
    QByteArray hypervisorUuid;   // /sys/hypervisor/uuid, empty where the platform has none
    QByteArray productName;      // /sys/devices/virtual/dmi/id/product_name
    QByteArray sysVendor;        // /sys/devices/virtual/dmi/id/sys_vendor
    QList<QPair<QString, QByteArray>> firmware; // further DMI files of that directory: name, content
};
// Whether the simulated instance's metadata service refuses connections (the demo serves nothing).
bool metadataRefuses(SimulatedCloud cloud);
SimulatedInstance simulatedInstance(SimulatedCloud cloud);

// A fixed answer for one path, replacing what the simulated service would say (tests, fault demos).
struct CannedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("text/plain");
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A request as a simulator received it (the path percent-decoded, the query kept percent-encoded).
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent

    static RecordedRequest from(const LoopbackHttpRequest &request);
};

// An instance metadata service on 127.0.0.1 that behaves as the real one does where mackerel-agent
// and this tool can tell: EC2 requires an IMDSv2 token (unless Ec2ImdsV1) and answers 404 pages in
// HTML; GCE refuses requests without Metadata-Flavor: Google; Azure refuses requests without
// Metadata: true or api-version. Paths are served from a metadata tree (listings for directories,
// text for leaves, JSON where the service gives JSON).
class MetadataSimulator : public LoopbackHttpServer
{
    Q_OBJECT
public:
    explicit MetadataSimulator(SimulatedCloud cloud, QObject *parent = nullptr);

    // listenOnLoopback() and port(): see LoopbackHttpServer; requestServed() follows each answer.
    QUrl baseUrl() const;
    SimulatedCloud cloud() const { return m_cloud; }
    const SimulatedInstance &instance() const { return m_instance; }

    // Answers `path` (no query) with `response` from now on, whatever the request.
    void setResponse(const QString &path, const CannedResponse &response);
    // Replaces one leaf of the metadata tree ("meta-data/instance-id", "instance/id", "compute/vmId").
    void setMetadataValue(const QString &treePath, const QJsonValue &value);
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    LoopbackHttpResponse respond(const LoopbackHttpRequest &request) override;

private:
    CannedResponse answer(const RecordedRequest &request) const;
    CannedResponse answerEc2(const RecordedRequest &request) const;
    CannedResponse answerGce(const RecordedRequest &request) const;
    CannedResponse answerAzure(const RecordedRequest &request) const;

    SimulatedCloud m_cloud;
    SimulatedInstance m_instance;
    QJsonObject m_tree;
    QHash<QString, CannedResponse> m_canned;
    QList<RecordedRequest> m_requests;
    mutable int m_tokenSerial = 0;
};

} // namespace mi::sim
