#include "cloudplatform.h"

#include <QCoreApplication>

namespace mi {

namespace {
struct CloudPlatformText
{
    Q_DECLARE_TR_FUNCTIONS(CloudPlatform)
};
} // namespace

std::optional<CloudPlatform> parseCloudPlatform(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("auto"))
        return CloudPlatform::Auto;
    if (text == QLatin1String("none"))
        return CloudPlatform::None;
    if (text == QLatin1String("ec2"))
        return CloudPlatform::Ec2;
    if (text == QLatin1String("gce"))
        return CloudPlatform::Gce;
    if (text == QLatin1String("azurevm"))
        return CloudPlatform::AzureVm;
    return std::nullopt;
}

QString cloudPlatformName(CloudPlatform platform)
{
    switch (platform) {
    case CloudPlatform::Auto: return QStringLiteral("auto");
    case CloudPlatform::None: return QStringLiteral("none");
    case CloudPlatform::Ec2: return QStringLiteral("ec2");
    case CloudPlatform::Gce: return QStringLiteral("gce");
    case CloudPlatform::AzureVm: return QStringLiteral("azurevm");
    }
    return QString();
}

QString cloudProviderName(CloudPlatform platform)
{
    switch (platform) {
    case CloudPlatform::Ec2: return QStringLiteral("ec2");
    case CloudPlatform::Gce: return QStringLiteral("gce");
    case CloudPlatform::AzureVm: return QStringLiteral("AzureVM");
    case CloudPlatform::Auto:
    case CloudPlatform::None: break;
    }
    return QString();
}

QString cloudDisplayName(CloudPlatform platform)
{
    switch (platform) {
    case CloudPlatform::Ec2: return QStringLiteral("Amazon EC2");
    case CloudPlatform::Gce: return QStringLiteral("Google Compute Engine");
    case CloudPlatform::AzureVm: return QStringLiteral("Azure Virtual Machines");
    case CloudPlatform::Auto: return CloudPlatformText::tr("automatic detection");
    case CloudPlatform::None: break;
    }
    return CloudPlatformText::tr("no cloud");
}

} // namespace mi
