#include "metadatasimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace mi::sim {

namespace {

const QByteArray Ec2NotFoundPage = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
    "\t\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
    "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
    " <head>\n  <title>404 - Not Found</title>\n </head>\n <body>\n  <h1>404 - Not Found</h1>\n </body>\n</html>\n");

const QStringList AzureApiVersions = {
    QStringLiteral("2017-03-01"), QStringLiteral("2017-04-02"), QStringLiteral("2017-08-01"), QStringLiteral("2017-12-01"),
    QStringLiteral("2018-02-01"), QStringLiteral("2018-04-02"), QStringLiteral("2018-10-01"), QStringLiteral("2019-02-01"),
    QStringLiteral("2019-03-11"), QStringLiteral("2019-04-30"), QStringLiteral("2019-06-01"), QStringLiteral("2019-06-04"),
    QStringLiteral("2019-08-01"), QStringLiteral("2019-08-15"), QStringLiteral("2019-11-01"), QStringLiteral("2020-06-01"),
    QStringLiteral("2020-07-15"), QStringLiteral("2020-09-01"), QStringLiteral("2020-10-01"), QStringLiteral("2020-12-01"),
    QStringLiteral("2021-01-01"), QStringLiteral("2021-02-01"), QStringLiteral("2021-03-01"), QStringLiteral("2021-05-01"),
    QStringLiteral("2021-08-01"), QStringLiteral("2021-10-01"), QStringLiteral("2021-11-01"), QStringLiteral("2021-11-15"),
    QStringLiteral("2021-12-13"), QStringLiteral("2023-07-01"),
};

CannedResponse text(int status, const QByteArray &body, const QByteArray &contentType = QByteArrayLiteral("text/plain"))
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

CannedResponse json(int status, const QJsonValue &value)
{
    const QByteArray body = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()                    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QByteArray();
    return text(status, body, QByteArrayLiteral("application/json; charset=utf-8"));
}

// Walks a metadata tree; segments index objects by key and arrays by number.
std::optional<QJsonValue> walk(const QJsonValue &root, const QStringList &segments)
{
    QJsonValue node = root;
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            continue;
        if (node.isObject() && node.toObject().contains(segment)) {
            node = node.toObject().value(segment);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            if (!ok || index < 0 || index >= node.toArray().size())
                return std::nullopt;
            node = node.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    return node;
}

QByteArray leafText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble())
        return QByteArray::number(value.toInteger(qint64(value.toDouble())));
    if (value.isBool())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return QByteArray();
}

// A directory listing as EC2 and GCE give it: one name a line, subdirectories with a trailing slash.
QByteArray listing(const QJsonValue &directory)
{
    QStringList names;
    if (directory.isObject()) {
        const QJsonObject object = directory.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            names << it.key() + ((it->isObject() || it->isArray()) ? QStringLiteral("/") : QString());
    } else {
        const QJsonArray array = directory.toArray();
        for (int i = 0; i < array.size(); ++i)
            names << QString::number(i) + QStringLiteral("/");
    }
    return names.join(QLatin1Char('\n')).toUtf8();
}

void setPath(QJsonObject &object, QStringList segments, const QJsonValue &value)
{
    const QString head = segments.takeFirst();
    if (segments.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QJsonValue child = object.value(head);
    if (child.isArray()) {
        QJsonArray array = child.toArray();
        const int index = segments.takeFirst().toInt();
        QJsonObject element = array.at(index).toObject();
        if (segments.isEmpty())
            array[index] = value;
        else {
            setPath(element, segments, value);
            array[index] = element;
        }
        object.insert(head, array);
        return;
    }
    QJsonObject childObject = child.toObject();
    setPath(childObject, segments, value);
    object.insert(head, childObject);
}

QJsonObject ec2Tree(const SimulatedInstance &instance)
{
    const QString hostname = instance.hostname;
    return QJsonObject{{QStringLiteral("meta-data"), QJsonObject{
        {QStringLiteral("ami-id"), QStringLiteral("ami-0d52744d6551d851e")},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("instance-id"), instance.instanceId},
        {QStringLiteral("instance-type"), QStringLiteral("t3.medium")},
        {QStringLiteral("local-hostname"), hostname},
        {QStringLiteral("local-ipv4"), QStringLiteral("172.31.16.20")},
        {QStringLiteral("public-hostname"), QStringLiteral("ec2-54-250-1-20.ap-northeast-1.compute.amazonaws.com")},
        {QStringLiteral("public-ipv4"), QStringLiteral("54.250.1.20")},
        {QStringLiteral("reservation-id"), QStringLiteral("r-0fedcba9876543210")},
        {QStringLiteral("security-groups"), QStringLiteral("default\nweb-servers")},
        {QStringLiteral("placement"), QJsonObject{{QStringLiteral("availability-zone"), QStringLiteral("ap-northeast-1a")},
                                                  {QStringLiteral("region"), QStringLiteral("ap-northeast-1")}}},
        {QStringLiteral("services"), QJsonObject{{QStringLiteral("domain"), QStringLiteral("amazonaws.com")},
                                                 {QStringLiteral("partition"), QStringLiteral("aws")}}},
    }}};
}

QJsonObject gceTree(const SimulatedInstance &instance)
{
    const QString numericProject = QStringLiteral("123456789012");
    return QJsonObject{
        {QStringLiteral("instance"), QJsonObject{
            {QStringLiteral("hostname"), instance.hostname},
            {QStringLiteral("id"), instance.instanceId.toLongLong()},
            {QStringLiteral("machineType"), QStringLiteral("projects/%1/machineTypes/e2-medium").arg(numericProject)},
            {QStringLiteral("name"), QStringLiteral("demo-vm")},
            {QStringLiteral("zone"), QStringLiteral("projects/%1/zones/asia-northeast1-b").arg(numericProject)},
            {QStringLiteral("cpuPlatform"), QStringLiteral("Intel Broadwell")},
            {QStringLiteral("networkInterfaces"), QJsonArray{QJsonObject{
                {QStringLiteral("ip"), QStringLiteral("10.146.0.2")},
                {QStringLiteral("mac"), QStringLiteral("42:01:0a:92:00:02")},
                {QStringLiteral("network"), QStringLiteral("projects/%1/networks/default").arg(numericProject)}}}},
            {QStringLiteral("attributes"), QJsonObject{}},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("http-server")}},
        }},
        {QStringLiteral("project"), QJsonObject{
            {QStringLiteral("projectId"), QStringLiteral("demo-project")},
            {QStringLiteral("numericProjectId"), numericProject.toLongLong()},
            {QStringLiteral("attributes"), QJsonObject{}},
        }},
    };
}

QJsonObject azureTree(const SimulatedInstance &instance)
{
    return QJsonObject{
        {QStringLiteral("compute"), QJsonObject{
            {QStringLiteral("location"), QStringLiteral("japaneast")},
            {QStringLiteral("name"), QStringLiteral("demo-vm")},
            {QStringLiteral("offer"), QStringLiteral("0001-com-ubuntu-server-jammy")},
            {QStringLiteral("osType"), QStringLiteral("Linux")},
            {QStringLiteral("publisher"), QStringLiteral("Canonical")},
            {QStringLiteral("sku"), QStringLiteral("22_04-lts-gen2")},
            {QStringLiteral("version"), QStringLiteral("22.04.202311010")},
            {QStringLiteral("vmId"), instance.instanceId},
            {QStringLiteral("vmSize"), QStringLiteral("Standard_B2s")},
        }},
        {QStringLiteral("network"), QJsonObject{
            {QStringLiteral("interface"), QJsonArray{QJsonObject{
                {QStringLiteral("ipv4"), QJsonObject{
                    {QStringLiteral("ipAddress"), QJsonArray{QJsonObject{
                        {QStringLiteral("privateIpAddress"), QStringLiteral("10.0.0.4")},
                        {QStringLiteral("publicIpAddress"), QStringLiteral("20.78.1.2")}}}},
                    {QStringLiteral("subnet"), QJsonArray{QJsonObject{
                        {QStringLiteral("address"), QStringLiteral("10.0.0.0")},
                        {QStringLiteral("prefix"), QStringLiteral("24")}}}}}},
                {QStringLiteral("macAddress"), QStringLiteral("000D3A0F1E2B")}}}},
        }},
    };
}

} // namespace

std::optional<SimulatedCloud> parseSimulatedCloud(const QString &name)
{
    if (name == QLatin1String("azurevm"))
        return SimulatedCloud::Azure;
    for (SimulatedCloud cloud : {SimulatedCloud::Ec2Blocked, SimulatedCloud::Oci, SimulatedCloud::Alibaba,
                                 SimulatedCloud::DigitalOcean, SimulatedCloud::Hetzner, SimulatedCloud::OpenStack,
                                 SimulatedCloud::Vultr, SimulatedCloud::Linode, SimulatedCloud::Scaleway}) {
        if (name == simulatedCloudName(cloud))
            return cloud;
    }
    if (name == QLatin1String("ec2"))
        return SimulatedCloud::Ec2;
    if (name == QLatin1String("ec2-imdsv1"))
        return SimulatedCloud::Ec2ImdsV1;
    if (name == QLatin1String("gce"))
        return SimulatedCloud::Gce;
    if (name == QLatin1String("azure") || name == QLatin1String("azurevm"))
        return SimulatedCloud::Azure;
    return std::nullopt;
}

QString simulatedCloudName(SimulatedCloud cloud)
{
    switch (cloud) {
    case SimulatedCloud::Ec2: return QStringLiteral("ec2");
    case SimulatedCloud::Ec2ImdsV1: return QStringLiteral("ec2-imdsv1");
    case SimulatedCloud::Gce: return QStringLiteral("gce");
    case SimulatedCloud::Azure: return QStringLiteral("azure");
    case SimulatedCloud::Ec2Blocked: return QStringLiteral("ec2-blocked");
    case SimulatedCloud::Oci: return QStringLiteral("oci");
    case SimulatedCloud::Alibaba: return QStringLiteral("alibaba");
    case SimulatedCloud::DigitalOcean: return QStringLiteral("digitalocean");
    case SimulatedCloud::Hetzner: return QStringLiteral("hetzner");
    case SimulatedCloud::OpenStack: return QStringLiteral("openstack");
    case SimulatedCloud::Vultr: return QStringLiteral("vultr");
    case SimulatedCloud::Linode: return QStringLiteral("linode");
    case SimulatedCloud::Scaleway: return QStringLiteral("scaleway");
    }
    return QString();
}

bool metadataRefuses(SimulatedCloud cloud)
{
    return cloud == SimulatedCloud::Ec2Blocked;
}

QStringList simulatedCloudNames()
{
    return {QStringLiteral("ec2"),       QStringLiteral("ec2-imdsv1"), QStringLiteral("gce"),
            QStringLiteral("azure"),     QStringLiteral("ec2-blocked"), QStringLiteral("oci"),
            QStringLiteral("alibaba"),   QStringLiteral("digitalocean"), QStringLiteral("hetzner"),
            QStringLiteral("openstack"), QStringLiteral("vultr"),      QStringLiteral("linode"),
            QStringLiteral("scaleway")};
}

SimulatedInstance simulatedInstance(SimulatedCloud cloud)
{
    SimulatedInstance instance;
    switch (cloud) {
    case SimulatedCloud::Ec2:
    case SimulatedCloud::Ec2ImdsV1:
    case SimulatedCloud::Ec2Blocked:
        instance.instanceId = QStringLiteral("i-0a1b2c3d4e5f67890");
        instance.customIdentifier = instance.instanceId + QStringLiteral(".ec2.amazonaws.com");
        instance.hostname = QStringLiteral("ip-172-31-16-20.ap-northeast-1.compute.internal");
        // A Nitro instance: no /sys/hypervisor/uuid, an EC2 UUID in DMI.
        instance.productUuid = QByteArrayLiteral("EC2E1916-9099-7CAF-FD21-012345ABCDEF\n");
        instance.productName = QByteArrayLiteral("t3.medium\n");
        instance.sysVendor = QByteArrayLiteral("Amazon EC2\n");
        // Nitro's firmware names the instance in the board's asset tag.
        instance.firmware = {{QStringLiteral("bios_vendor"), QByteArrayLiteral("Amazon EC2\n")},
                             {QStringLiteral("bios_version"), QByteArrayLiteral("1.0\n")},
                             {QStringLiteral("board_vendor"), QByteArrayLiteral("Amazon EC2\n")},
                             {QStringLiteral("board_asset_tag"), instance.instanceId.toLatin1() + '\n'},
                             {QStringLiteral("chassis_vendor"), QByteArrayLiteral("Amazon EC2\n")},
                             {QStringLiteral("chassis_asset_tag"), QByteArrayLiteral("Amazon EC2\n")}};
        break;
    case SimulatedCloud::Gce:
        instance.instanceId = QStringLiteral("5473617396187409713");
        instance.customIdentifier = instance.instanceId + QStringLiteral(".gce.cloud.google.com");
        instance.hostname = QStringLiteral("demo-vm.asia-northeast1-b.c.demo-project.internal");
        instance.productUuid = QByteArrayLiteral("6F7C1B2E-93A4-4D55-B1C0-2E5A7D9C3F10\n");
        instance.productName = QByteArrayLiteral("Google Compute Engine\n");
        instance.sysVendor = QByteArrayLiteral("Google\n");
        instance.firmware = {{QStringLiteral("bios_vendor"), QByteArrayLiteral("Google\n")},
                             {QStringLiteral("product_serial"), QByteArrayLiteral("GoogleCloud-6F7C1B2E93A44D55B1C02E5A7D9C3F10\n")},
                             {QStringLiteral("board_vendor"), QByteArrayLiteral("Google\n")},
                             {QStringLiteral("chassis_vendor"), QByteArrayLiteral("Google\n")}};
        break;
    case SimulatedCloud::Azure:
        instance.instanceId = QStringLiteral("13f56399-bd52-4150-9748-7190aae1ff21");
        instance.customIdentifier = instance.instanceId + QStringLiteral(".virtual_machine.azure.microsoft.com");
        instance.hostname = QStringLiteral("demo-vm");
        instance.productUuid = QByteArrayLiteral("9963F513-52BD-5041-9748-7190AAE1FF21\n");
        instance.productName = QByteArrayLiteral("Virtual Machine\n");
        instance.sysVendor = QByteArrayLiteral("Microsoft Corporation\n");
        // Hyper-V's firmware; only Azure's chassis carries this asset tag.
        instance.firmware = {{QStringLiteral("bios_vendor"), QByteArrayLiteral("Microsoft Corporation\n")},
                             {QStringLiteral("bios_version"), QByteArrayLiteral("Hyper-V UEFI Release v4.1\n")},
                             {QStringLiteral("board_vendor"), QByteArrayLiteral("Microsoft Corporation\n")},
                             {QStringLiteral("board_name"), QByteArrayLiteral("Virtual Machine\n")},
                             {QStringLiteral("chassis_asset_tag"), QByteArrayLiteral("7783-7084-3265-9085-8269-3286-77\n")}};
        break;
    case SimulatedCloud::Oci:
        instance.hostname = QStringLiteral("demo-vm");
        instance.productUuid = QByteArrayLiteral("3B2F7D1A-5C6E-4F80-9A1B-2C3D4E5F6A7B\n");
        instance.productName = QByteArrayLiteral("Standard PC (i440FX + PIIX, 1996)\n");
        instance.sysVendor = QByteArrayLiteral("QEMU\n");
        instance.firmware = {{QStringLiteral("chassis_asset_tag"), QByteArrayLiteral("OracleCloud.com\n")}};
        break;
    case SimulatedCloud::Alibaba:
        instance.hostname = QStringLiteral("iZ6we1a2b3c4d5e6f7g8h9Z");
        instance.productUuid = QByteArrayLiteral("6A1F2B3C-4D5E-6F70-8192-A3B4C5D6E7F8\n");
        instance.productName = QByteArrayLiteral("Alibaba Cloud ECS\n");
        instance.sysVendor = QByteArrayLiteral("Alibaba Cloud\n");
        break;
    case SimulatedCloud::DigitalOcean:
        instance.instanceId = QStringLiteral("371541228");
        instance.hostname = QStringLiteral("demo-droplet");
        instance.productUuid = QByteArrayLiteral("1A2B3C4D-5E6F-7081-92A3-B4C5D6E7F809\n");
        instance.productName = QByteArrayLiteral("Droplet\n");
        instance.sysVendor = QByteArrayLiteral("DigitalOcean\n");
        instance.firmware = {{QStringLiteral("bios_vendor"), QByteArrayLiteral("DigitalOcean\n")},
                             {QStringLiteral("product_serial"), instance.instanceId.toLatin1() + '\n'}};
        break;
    case SimulatedCloud::Hetzner:
        instance.instanceId = QStringLiteral("42176390");
        instance.hostname = QStringLiteral("demo-server");
        instance.productUuid = QByteArrayLiteral("2B3C4D5E-6F70-8192-A3B4-C5D6E7F8091A\n");
        instance.productName = QByteArrayLiteral("vServer\n");
        instance.sysVendor = QByteArrayLiteral("Hetzner\n");
        instance.firmware = {{QStringLiteral("product_serial"), instance.instanceId.toLatin1() + '\n'}};
        break;
    case SimulatedCloud::OpenStack:
        instance.hostname = QStringLiteral("demo-vm.novalocal");
        instance.productUuid = QByteArrayLiteral("3C4D5E6F-7081-92A3-B4C5-D6E7F8091A2B\n");
        instance.productName = QByteArrayLiteral("OpenStack Nova\n");
        instance.sysVendor = QByteArrayLiteral("OpenStack Foundation\n");
        instance.firmware = {{QStringLiteral("product_serial"), QByteArrayLiteral("3c4d5e6f-7081-92a3-b4c5-d6e7f8091a2b\n")}};
        break;
    case SimulatedCloud::Vultr:
        instance.instanceId = QStringLiteral("cb676a46-66fd-4dfb-b839-443f2e6c0b60");
        instance.hostname = QStringLiteral("vultr-guest");
        instance.productUuid = QByteArrayLiteral("CB676A46-66FD-4DFB-B839-443F2E6C0B60\n");
        instance.productName = QByteArrayLiteral("VC2\n");
        instance.sysVendor = QByteArrayLiteral("Vultr\n");
        instance.firmware = {{QStringLiteral("product_serial"), instance.instanceId.toLatin1() + '\n'}};
        break;
    case SimulatedCloud::Linode:
        instance.instanceId = QStringLiteral("58213467");
        instance.hostname = QStringLiteral("localhost");
        instance.productUuid = QByteArrayLiteral("4D5E6F70-8192-A3B4-C5D6-E7F8091A2B3C\n");
        instance.productName = QByteArrayLiteral("Compute Instance\n");
        instance.sysVendor = QByteArrayLiteral("Linode\n");
        instance.firmware = {{QStringLiteral("product_serial"), instance.instanceId.toLatin1() + '\n'}};
        break;
    case SimulatedCloud::Scaleway:
        instance.hostname = QStringLiteral("scw-demo");
        instance.productUuid = QByteArrayLiteral("5E6F7081-92A3-B4C5-D6E7-F8091A2B3C4D\n");
        instance.productName = QByteArrayLiteral("PLAY2-NANO\n");
        instance.sysVendor = QByteArrayLiteral("Scaleway\n");
        break;
    }
    return instance;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

RecordedRequest RecordedRequest::from(const LoopbackHttpRequest &request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.path = QUrl::fromPercentEncoding(request.path);
    recorded.query = QString::fromUtf8(request.query);
    recorded.headers = request.headers;
    return recorded;
}

MetadataSimulator::MetadataSimulator(SimulatedCloud cloud, QObject *parent)
    : LoopbackHttpServer(parent)
    , m_cloud(cloud)
    , m_instance(simulatedInstance(cloud))
{
    switch (cloud) {
    case SimulatedCloud::Ec2:
    case SimulatedCloud::Ec2ImdsV1:
    case SimulatedCloud::Ec2Blocked: m_tree = ec2Tree(m_instance); break;
    case SimulatedCloud::Gce: m_tree = gceTree(m_instance); break;
    case SimulatedCloud::Azure: m_tree = azureTree(m_instance); break;
    default: break; // firmware only: no metadata tree
    }
}

QUrl MetadataSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void MetadataSimulator::setResponse(const QString &path, const CannedResponse &response)
{
    m_canned.insert(path, response);
}

void MetadataSimulator::setMetadataValue(const QString &treePath, const QJsonValue &value)
{
    setPath(m_tree, treePath.split(QLatin1Char('/'), Qt::SkipEmptyParts), value);
}

LoopbackHttpResponse MetadataSimulator::respond(const LoopbackHttpRequest &request)
{
    const RecordedRequest recorded = RecordedRequest::from(request);
    m_requests.append(recorded);

    const CannedResponse canned = m_canned.contains(recorded.path) ? m_canned.value(recorded.path) : answer(recorded);
    LoopbackHttpResponse response;
    response.status = canned.status;
    if (!canned.contentType.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), canned.contentType});
    response.headers.append(canned.headers);
    response.body = canned.body;
    return response;
}

CannedResponse MetadataSimulator::answer(const RecordedRequest &request) const
{
    switch (m_cloud) {
    case SimulatedCloud::Ec2:
    case SimulatedCloud::Ec2ImdsV1:
    case SimulatedCloud::Ec2Blocked: return answerEc2(request);
    case SimulatedCloud::Gce: return answerGce(request);
    case SimulatedCloud::Azure: return answerAzure(request);
    default: break; // firmware only: none of the agent's metadata services is here
    }
    return text(404, QByteArray());
}

CannedResponse MetadataSimulator::answerEc2(const RecordedRequest &request) const
{
    CannedResponse notFound = text(404, Ec2NotFoundPage, QByteArrayLiteral("text/html"));
    if (!request.header("X-Forwarded-For").isEmpty())
        return text(403, QByteArrayLiteral("Forbidden"));

    const bool imdsV1 = m_cloud == SimulatedCloud::Ec2ImdsV1;
    if (request.path == QLatin1String("/latest/api/token")) {
        if (imdsV1)
            return text(405, QByteArrayLiteral("Method Not Allowed"));
        if (request.method != "PUT")
            return text(405, QByteArrayLiteral("Method Not Allowed"));
        bool ok = false;
        const int ttl = request.header("X-aws-ec2-metadata-token-ttl-seconds").toInt(&ok);
        if (!ok || ttl < 1 || ttl > 21600)
            return text(400, QByteArrayLiteral("Bad Request"));
        ++m_tokenSerial;
        return text(200, QByteArrayLiteral("AQAEAsim-token-") + QByteArray::number(m_tokenSerial).rightJustified(40, '0'));
    }
    if (!request.path.startsWith(QLatin1String("/latest/")))
        return notFound;
    if (request.method != "GET" && request.method != "HEAD")
        return text(405, QByteArrayLiteral("Method Not Allowed"));

    if (!imdsV1) {
        const QByteArray token = request.header("X-aws-ec2-metadata-token");
        if (!token.startsWith("AQAEAsim-token-") || token.mid(15).toInt() < 1 || token.mid(15).toInt() > m_tokenSerial)
            return text(401, QByteArray(), QByteArrayLiteral("text/plain"));
    }

    const auto node = walk(m_tree, request.path.mid(QStringLiteral("/latest/").size()).split(QLatin1Char('/')));
    if (!node || node->isNull())
        return notFound;
    if (node->isObject() || node->isArray())
        return text(200, listing(*node));
    return text(200, leafText(*node));
}

CannedResponse MetadataSimulator::answerGce(const RecordedRequest &request) const
{
    if (request.header("Metadata-Flavor") != "Google" || !request.header("X-Forwarded-For").isEmpty()) {
        return text(403,
                    QByteArrayLiteral("Your client does not have permission to get URL %1 from this server. "
                                      "Missing Metadata-Flavor:Google header.\n")
                        .replace("%1", request.path.toUtf8()),
                    QByteArrayLiteral("text/html; charset=UTF-8"));
    }
    const QString prefix = QStringLiteral("/computeMetadata/v1");
    if (request.path != prefix && !request.path.startsWith(prefix + QLatin1Char('/')))
        return text(404, QByteArrayLiteral("Not Found\n"), QByteArrayLiteral("text/html; charset=UTF-8"));

    const auto node = walk(m_tree, request.path.mid(prefix.size()).split(QLatin1Char('/')));
    CannedResponse response;
    if (!node || node->isNull()) {
        response = text(404, QByteArrayLiteral("Not Found\n"), QByteArrayLiteral("text/html; charset=UTF-8"));
    } else if (node->isObject() || node->isArray()) {
        const bool recursive = QUrlQuery(request.query).queryItemValue(QStringLiteral("recursive")) == QLatin1String("true");
        response = recursive ? json(200, *node) : text(200, listing(*node) + '\n', QByteArrayLiteral("application/text"));
    } else {
        response = text(200, leafText(*node), QByteArrayLiteral("application/text"));
    }
    response.headers.append({QByteArrayLiteral("Metadata-Flavor"), QByteArrayLiteral("Google")});
    return response;
}

CannedResponse MetadataSimulator::answerAzure(const RecordedRequest &request) const
{
    auto badRequest = [](const QString &message) {
        QJsonObject error{{QStringLiteral("error"), message}};
        error.insert(QStringLiteral("newest-versions"),
                     QJsonArray::fromStringList(AzureApiVersions.mid(AzureApiVersions.size() - 3)));
        return json(400, error);
    };
    if (request.header("Metadata") != "true")
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("Bad request. Required metadata header not specified")}});
    const QUrlQuery query(request.query);
    const QString apiVersion = query.queryItemValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return badRequest(QStringLiteral("Bad request. api-version was not specified in the request. For more information refer to aka.ms/azureimds"));
    if (!AzureApiVersions.contains(apiVersion))
        return badRequest(QStringLiteral("Bad request. api-version is invalid or was not specified in the request. For more information refer to aka.ms/azureimds"));

    const QString prefix = QStringLiteral("/metadata/instance");
    if (request.path != prefix && !request.path.startsWith(prefix + QLatin1Char('/')))
        return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}});
    const auto node = walk(m_tree, request.path.mid(prefix.size()).split(QLatin1Char('/')));
    if (!node || node->isNull())
        return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}});
    const bool textFormat = query.queryItemValue(QStringLiteral("format")) == QLatin1String("text");
    if (node->isObject() || node->isArray())
        return textFormat ? text(200, listing(*node)) : json(200, *node);
    if (!textFormat)
        return badRequest(QStringLiteral("Bad request. Query parameter 'format=json' is not supported for leaf nodes. Use 'format=text'."));
    return text(200, leafText(*node));
}

} // namespace mi::sim
