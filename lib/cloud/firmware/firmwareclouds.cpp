#include "firmwareclouds.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mi {

bool FirmwareCondition::holds(const QString &value) const
{
    switch (test) {
    case FirmwareTest::Is: return value == text;
    case FirmwareTest::Contains: return value.contains(text);
    case FirmwareTest::StartsWith: return value.startsWith(text);
    case FirmwareTest::Ec2Uuid: return isEc2Uuid(value.toLatin1());
    case FirmwareTest::Matches: return QRegularExpression(text).match(value).hasMatch();
    }
    return false;
}

namespace {

FirmwareCondition is(const char *file, const char *text)
{
    return {QLatin1String(file), FirmwareTest::Is, QLatin1String(text)};
}

FirmwareCondition contains(const char *file, const char *text)
{
    return {QLatin1String(file), FirmwareTest::Contains, QLatin1String(text)};
}

FirmwareCondition startsWith(const char *file, const char *text)
{
    return {QLatin1String(file), FirmwareTest::StartsWith, QLatin1String(text)};
}

FirmwareCondition matches(const char *file, const char *pattern)
{
    return {QLatin1String(file), FirmwareTest::Matches, QLatin1String(pattern)};
}

FirmwareRule rule(QList<FirmwareCondition> conditions, const char *source)
{
    return {std::move(conditions), QLatin1String(source), false};
}

FirmwareRule heuristic(QList<FirmwareCondition> conditions, const char *source)
{
    return {std::move(conditions), QLatin1String(source), true};
}

// A serial that can be an instance id: a word of letters, digits and dashes.
constexpr const char *SerialId = "^[0-9A-Za-z][0-9A-Za-z-]{0,63}$";


QList<FirmwareCloud> buildClouds()
{
    QList<FirmwareCloud> clouds;

    // Azure before anything that Hyper-V could resemble: only Azure's chassis carries this tag.
    FirmwareCloud azure;
    azure.provider = QStringLiteral("azure");
    azure.displayName = QStringLiteral("Microsoft Azure");
    azure.rules = {rule({is("chassis_asset_tag", "7783-7084-3265-9085-8269-3286-77")},
                        "cloud-init tools/ds-identify (is_azure_chassis), cloudinit/sources/azure/identity.py")};
    azure.agentPlatform = CloudPlatform::AzureVm;
    azure.customIdentifierFormat = QStringLiteral("%1.virtual_machine.azure.microsoft.com");
    azure.integration = QString::fromLatin1(QT_TRANSLATE_NOOP("FirmwareClouds", "Azure integration"));
    azure.metadataService = QStringLiteral("169.254.169.254 (Azure IMDS)");
    clouds << azure;

    FirmwareCloud ec2;
    ec2.provider = QStringLiteral("ec2");
    ec2.displayName = QStringLiteral("Amazon EC2");
    ec2.rules = {
        rule({is("sys_vendor", "Amazon EC2")}, "ohai lib/ohai/mixin/dmi_decode.rb (Nitro)"),
        rule({is("board_vendor", "Amazon EC2")}, "Datadog agent pkg/util/ec2 (isBoardVendorEC2, Nitro)"),
        rule({contains("bios_vendor", "Amazon")}, "ohai lib/ohai/plugins/ec2.rb (has_ec2_amazon_dmi?, Nitro)"),
        rule({contains("bios_version", "amazon")}, "ohai lib/ohai/plugins/ec2.rb (has_ec2_xen_dmi?, Xen)"),
        heuristic({startsWith("/sys/hypervisor/uuid", "ec2")},
             "cloud-init tools/ds-identify (ec2_identify_platform), ohai ec2.rb (has_ec2_xen_uuid?)"),
        heuristic({{QStringLiteral("product_uuid"), FirmwareTest::Ec2Uuid, QString()}},
             "cloud-init tools/ds-identify (ec2_identify_platform), DataSourceEc2.py (identify_aws)"),
    };
    ec2.instanceIdFile = QStringLiteral("board_asset_tag");
    ec2.instanceIdConditions = {is("board_vendor", "Amazon EC2"), matches("board_asset_tag", "^i-([0-9a-f]{8}|[0-9a-f]{17})$")};
    ec2.instanceIdSource = QStringLiteral("Datadog agent pkg/util/ec2 (board_asset_tag on Nitro)");
    ec2.agentPlatform = CloudPlatform::Ec2;
    ec2.customIdentifierFormat = QStringLiteral("%1.ec2.amazonaws.com");
    ec2.integration = QString::fromLatin1(QT_TRANSLATE_NOOP("FirmwareClouds", "AWS integration"));
    ec2.metadataService = QStringLiteral("169.254.169.254 (IMDS)");
    clouds << ec2;

    FirmwareCloud gce;
    gce.provider = QStringLiteral("gce");
    gce.displayName = QStringLiteral("Google Compute Engine");
    gce.rules = {
        rule({is("product_name", "Google Compute Engine")},
             "cloud-init tools/ds-identify (dscheck_GCE), DataSourceGCE.py (platform_reports_gce), ohai gce.rb"),
        rule({is("product_name", "Google")}, "cloud-init DataSourceGCE.py (platform_reports_gce)"),
        rule({startsWith("product_serial", "GoogleCloud-")},
             "cloud-init tools/ds-identify (dscheck_GCE), DataSourceGCE.py (platform_reports_gce)"),
    };
    gce.agentPlatform = CloudPlatform::Gce;
    gce.customIdentifierFormat = QStringLiteral("%1.gce.cloud.google.com");
    gce.integration = QString::fromLatin1(QT_TRANSLATE_NOOP("FirmwareClouds", "Google Cloud integration"));
    gce.metadataService = QStringLiteral("metadata.google.internal");
    clouds << gce;

    FirmwareCloud oci;
    oci.provider = QStringLiteral("oci");
    oci.displayName = QStringLiteral("Oracle Cloud Infrastructure");
    oci.rules = {rule({is("chassis_asset_tag", "OracleCloud.com")},
                      "cloud-init tools/ds-identify (dscheck_Oracle), DataSourceOracle.py, ohai oci.rb")};
    clouds << oci;

    FirmwareCloud alibaba;
    alibaba.provider = QStringLiteral("alibaba");
    alibaba.displayName = QStringLiteral("Alibaba Cloud ECS");
    alibaba.rules = {
        rule({is("product_name", "Alibaba Cloud ECS")}, "cloud-init tools/ds-identify (dscheck_AliYun), DataSourceAliYun.py"),
        rule({contains("sys_vendor", "Alibaba")}, "ohai lib/ohai/plugins/alibaba.rb (has_ali_dmi?)"),
    };
    clouds << alibaba;

    FirmwareCloud digitalocean;
    digitalocean.provider = QStringLiteral("digitalocean");
    digitalocean.displayName = QStringLiteral("DigitalOcean");
    digitalocean.rules = {rule({is("sys_vendor", "DigitalOcean")},
                               "cloud-init tools/ds-identify (dscheck_DigitalOcean), helpers/digitalocean.py")};
    digitalocean.instanceIdFile = QStringLiteral("product_serial");
    digitalocean.instanceIdConditions = {matches("product_serial", "^[0-9]{1,20}$")};
    digitalocean.instanceIdSource = QStringLiteral("cloud-init helpers/digitalocean.py (read_sysinfo: the droplet id)");
    clouds << digitalocean;

    FirmwareCloud hetzner;
    hetzner.provider = QStringLiteral("hetzner");
    hetzner.displayName = QStringLiteral("Hetzner Cloud");
    hetzner.rules = {rule({is("sys_vendor", "Hetzner")}, "cloud-init tools/ds-identify (dscheck_Hetzner), DataSourceHetzner.py")};
    hetzner.instanceIdFile = QStringLiteral("product_serial");
    hetzner.instanceIdConditions = {matches("product_serial", "^[0-9]{1,20}$")};
    hetzner.instanceIdSource = QStringLiteral("cloud-init DataSourceHetzner.py (get_hcloud_data: the server id)");
    clouds << hetzner;

    FirmwareCloud openstack;
    openstack.provider = QStringLiteral("openstack");
    openstack.displayName = QStringLiteral("OpenStack");
    const char *openstackSource = "cloud-init tools/ds-identify (dscheck_OpenStack), DataSourceOpenStack.py (detect_openstack)";
    openstack.rules = {
        rule({is("product_name", "OpenStack Nova")}, openstackSource),
        rule({is("product_name", "OpenStack Compute")}, openstackSource),
        rule({is("chassis_asset_tag", "OpenStack Nova")}, openstackSource),
        rule({is("chassis_asset_tag", "OpenStack Compute")}, openstackSource),
        rule({is("chassis_asset_tag", "OpenTelekomCloud")}, openstackSource),
        rule({is("chassis_asset_tag", "SAP CCloud VM")}, openstackSource),
        rule({is("chassis_asset_tag", "HUAWEICLOUD")}, openstackSource),
        rule({is("chassis_asset_tag", "Samsung Cloud Platform")}, openstackSource),
        rule({contains("sys_vendor", "OpenStack")}, "ohai lib/ohai/mixin/dmi_decode.rb"),
    };
    clouds << openstack;

    FirmwareCloud vultr;
    vultr.provider = QStringLiteral("vultr");
    vultr.displayName = QStringLiteral("Vultr");
    vultr.rules = {rule({is("sys_vendor", "Vultr")}, "cloud-init tools/ds-identify (dscheck_Vultr), helpers/vultr.py (is_vultr)")};
    vultr.instanceIdFile = QStringLiteral("product_serial");
    vultr.instanceIdConditions = {matches("product_serial", SerialId)};
    vultr.instanceIdSource = QStringLiteral("cloud-init helpers/vultr.py (get_sysinfo: the subid)");
    clouds << vultr;

    FirmwareCloud linode;
    linode.provider = QStringLiteral("linode");
    linode.displayName = QStringLiteral("Linode (Akamai)");
    linode.rules = {
        rule({is("sys_vendor", "Linode")}, "cloud-init tools/ds-identify (dscheck_Akamai), helpers/akamai.py (is_on_akamai)"),
        rule({is("sys_vendor", "Akamai")}, "cloud-init tools/ds-identify (dscheck_Akamai), helpers/akamai.py (is_on_akamai)"),
    };
    linode.instanceIdFile = QStringLiteral("product_serial");
    linode.instanceIdConditions = {matches("product_serial", "^[0-9]{1,20}$")};
    linode.instanceIdSource = QStringLiteral("cloud-init helpers/akamai.py (get_local_instance_id)");
    clouds << linode;

    FirmwareCloud scaleway;
    scaleway.provider = QStringLiteral("scaleway");
    scaleway.displayName = QStringLiteral("Scaleway");
    scaleway.rules = {rule({is("sys_vendor", "Scaleway")},
                           "cloud-init tools/ds-identify (dscheck_Scaleway), DataSourceScaleway.py")};
    clouds << scaleway;

    return clouds;
}

} // namespace

const QList<FirmwareCloud> &firmwareClouds()
{
    static const QList<FirmwareCloud> clouds = buildClouds();
    return clouds;
}

QString integrationDisplayName(const QString &integration)
{
    return QCoreApplication::translate("FirmwareClouds", integration.toUtf8().constData());
}

const FirmwareCloud *findFirmwareCloud(const QString &provider)
{
    for (const FirmwareCloud &cloud : firmwareClouds()) {
        if (cloud.provider == provider)
            return &cloud;
    }
    return nullptr;
}

} // namespace mi
