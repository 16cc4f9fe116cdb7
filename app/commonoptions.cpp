#include "commonoptions.h"

#include "ec2uuid.h"
#include "metadatasimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mi::app {

namespace {
struct CommonOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
};
} // namespace

void CommonOptions::addTo(QCommandLineParser &parser, bool withJson)
{
    if (withJson)
        parser.addOption({QStringLiteral("json"), CommonOptionsText::tr("Print one JSON object (documented in README.md).")});
    parser.addOption({QStringLiteral("cloud-platform"),
                      CommonOptionsText::tr("As mackerel-agent.conf's cloud_platform: auto (default), none, ec2, gce, azurevm."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("ec2-endpoint"),
                      CommonOptionsText::tr("Base URL of the EC2 metadata service (default http://169.254.169.254, "
                                     "or $AWS_EC2_METADATA_SERVICE_ENDPOINT)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("gce-endpoint"),
                      CommonOptionsText::tr("Base URL of the GCE metadata server (default http://metadata.google.internal., "
                                     "or $GCE_METADATA_HOST)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("azure-endpoint"),
                      CommonOptionsText::tr("Base URL of the Azure instance metadata service (default http://169.254.169.254)."),
                      QStringLiteral("URL")});
    addConfTo(parser);
    parser.addOption({QStringLiteral("demo"),
                      CommonOptionsText::tr("Run against the built-in simulator of CLOUD (%1): every endpoint points at it "
                                     "and the /sys UUID files are the simulated instance's.")
                          .arg(sim::simulatedCloudNames().join(QStringLiteral(", "))),
                      QStringLiteral("CLOUD")});
    parser.addOption({QStringLiteral("timeout"),
                      CommonOptionsText::tr("Per-request timeout of metadata requests in ms (default 3000, the agent's)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("retry-wait"),
                      CommonOptionsText::tr("Wait between retries of metadata requests in ms (default 2000, the agent's)."),
                      QStringLiteral("MS")});
}

void CommonOptions::addConfTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("root"),
                      CommonOptionsText::tr("Read every local file (/sys, /proc, /etc) below DIR instead of / "
                                     "(a fixture tree or a mounted disk image)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("conf"),
                      CommonOptionsText::tr("mackerel-agent.conf to read (default %1 below --root; "
                                     "its absence there is not an error).").arg(defaultAgentConfigPath()),
                      QStringLiteral("PATH")});
}

static bool readEndpoint(const QCommandLineParser &parser, const QString &name, const QString &servicePath,
                         QUrl *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    QString reason;
    const auto url = parseEndpoint(parser.value(name), servicePath, &reason);
    if (!url) {
        *error = QStringLiteral("--%1: %2").arg(name, reason);
        return false;
    }
    *target = *url;
    return true;
}

static bool readMilliseconds(const QCommandLineParser &parser, const QString &name, int *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0 || value > 600000) {
        *error = CommonOptionsText::tr("--%1 takes milliseconds from 0 to 600000, not '%2'").arg(name, parser.value(name));
        return false;
    }
    *target = value;
    return true;
}

bool CommonOptions::readConf(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("root"))) {
        const QFileInfo rootInfo(parser.value(QStringLiteral("root")));
        if (!rootInfo.isDir()) {
            *error = CommonOptionsText::tr("--root: '%1' is not a directory").arg(parser.value(QStringLiteral("root")));
            return false;
        }
        root = rootInfo.absoluteFilePath();
    }
    const bool confGiven = parser.isSet(QStringLiteral("conf"));
    confPath = confGiven ? QFileInfo(parser.value(QStringLiteral("conf"))).absoluteFilePath()
                         : pathBelowRoot(root, defaultAgentConfigPath());
    if (confGiven || QFileInfo::exists(confPath)) {
        QString confError;
        const auto loaded = loadAgentConfig(confPath, &confError, root);
        if (!loaded) {
            *error = confGiven ? QStringLiteral("--conf: %1").arg(confError)
                               : CommonOptionsText::tr("%1 (mackerel-agent reads it as root: run with sudo, or pass --conf PATH)")
                                     .arg(confError);
            return false;
        }
        config = *loaded;
    }
    return true;
}

bool CommonOptions::read(const QCommandLineParser &parser, QString *error)
{
    json = parser.optionNames().contains(QStringLiteral("json")) && parser.isSet(QStringLiteral("json"));
    detector.endpoints = MetadataEndpoints::fromEnvironment();

    if (parser.isSet(QStringLiteral("cloud-platform"))) {
        const auto platform = parseCloudPlatform(parser.value(QStringLiteral("cloud-platform")));
        if (!platform) {
            *error = CommonOptionsText::tr("--cloud-platform must be one of auto, none, ec2, gce, azurevm; not '%1'")
                         .arg(parser.value(QStringLiteral("cloud-platform")));
            return false;
        }
        detector.cloudPlatform = *platform;
    }
    if (!readEndpoint(parser, QStringLiteral("ec2-endpoint"), QStringLiteral("/latest"), &detector.endpoints.ec2, error)
        || !readEndpoint(parser, QStringLiteral("gce-endpoint"), QStringLiteral("/computeMetadata/v1"), &detector.endpoints.gce, error)
        || !readEndpoint(parser, QStringLiteral("azure-endpoint"), QStringLiteral("/metadata/instance"), &detector.endpoints.azure, error)
        || !readMilliseconds(parser, QStringLiteral("timeout"), &detector.timeoutMs, error)
        || !readMilliseconds(parser, QStringLiteral("retry-wait"), &detector.retryWaitMs, error))
        return false;
    if (detector.timeoutMs == 0) {
        *error = CommonOptionsText::tr("--timeout must be at least 1 ms");
        return false;
    }

    // The agent reads its conf first; cloud_platform there applies unless the command line names one.
    if (!readConf(parser, error))
        return false;
    detector.root = root;
    if (config.cloudPlatformSet && !parser.isSet(QStringLiteral("cloud-platform")))
        detector.cloudPlatform = config.cloudPlatform;

    if (parser.isSet(QStringLiteral("demo"))) {
        const QString cloud = parser.value(QStringLiteral("demo"));
        if (!sim::parseSimulatedCloud(cloud)) {
            *error = CommonOptionsText::tr("--demo must be one of %1; not '%2'")
                         .arg(sim::simulatedCloudNames().join(QStringLiteral(", ")), cloud);
            return false;
        }
        demoCloud = cloud;
    }
    return true;
}

} // namespace mi::app
