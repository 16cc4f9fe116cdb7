#include "hostspeccollector.h"

#include "blockdevicespec.h"
#include "cpuspec.h"
#include "filesystemspec.h"
#include "kernelspec.h"
#include "memoryspec.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace mi {

namespace {
struct HostSpecCollectorText
{
    Q_DECLARE_TR_FUNCTIONS(HostSpecCollector)
};
} // namespace

QStringList HostSpec::agentOwnMetaFields()
{
    return {QStringLiteral("agent-version"), QStringLiteral("agent-revision"), QStringLiteral("agent-name")};
}

QString HostSpec::agentOwnMetaNote()
{
    return HostSpecCollectorText::tr("meta.agent-version, meta.agent-revision and meta.agent-name are the agent's own: it sends its "
                          "version, its git revision and \"mackerel-agent/<version> (Revision <revision>)\"; the "
                          "inspector leaves them out");
}

HostSpecCollector::HostSpecCollector(QObject *parent)
    : QObject(parent)
{
}

void HostSpecCollector::start(const DetectionResult &detection, const AgentConfig &config, const HostSpecOptions &options)
{
    m_running = true;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation, detection, config, options] {
        if (generation != m_generation)
            return;
        const HostSpec spec = collect(detection, config, options);
        m_running = false;
        Q_EMIT finished(spec);
    });
}

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty())
        || value.isNull() || value.isUndefined();
}

SpecSection hostNameSection(const HostSpecOptions &options)
{
    SpecSection section;
    section.name = QStringLiteral("name");
    if (!options.hostName.isEmpty()) {
        section.value = options.hostName;
        section.sources = {QStringLiteral("given")};
        return section;
    }
    // Go's os.Hostname() reads /proc/sys/kernel/hostname and falls back to uname's nodename.
    QString error;
    if (const auto name = readFileBelowRoot(options.root, QStringLiteral("/proc/sys/kernel/hostname"), &error);
        name && !name->trimmed().isEmpty()) {
        QByteArray text = *name;
        if (text.endsWith('\n'))
            text.chop(1);
        section.value = QString::fromUtf8(text);
        section.sources = {QStringLiteral("/proc/sys/kernel/hostname")};
        return section;
    }
    section.value = QHostInfo::localHostName();
    section.sources = {QStringLiteral("gethostname(2)")};
    if (!(options.root.isEmpty() || options.root == QLatin1String("/")))
        section.warnings.append(HostSpecCollectorText::tr("name: no /proc/sys/kernel/hostname below %1; this host's name is used")
                                    .arg(options.root));
    return section;
}

} // namespace

HostSpec HostSpecCollector::collect(const DetectionResult &detection, const AgentConfig &config,
                                    const HostSpecOptions &options)
{
    HostSpec spec;
    // The agent's generator order: kernel, cpu, memory, block_device, filesystem, then cloud.
    spec.sections = {collectKernelSpec(options.root), collectCpuSpec(options.root), collectMemorySpec(options.root),
                     collectBlockDeviceSpec(options.root), collectFilesystemSpec(options.root)};
    QJsonObject meta;
    for (const SpecSection &section : std::as_const(spec.sections)) {
        spec.warnings += section.warnings;
        if (section.collected() && !isEmptyValue(section.value))
            meta.insert(section.name, section.value);
    }
    const QJsonValue cloud = detection.cloudJson();
    if (cloud.isObject())
        meta.insert(QStringLiteral("cloud"), cloud);

    SpecSection interfaces;
    interfaces.name = QStringLiteral("interfaces");
    interfaces.sources = {options.interfaces ? QStringLiteral("given") : QStringLiteral("QNetworkInterface (netlink)")};
    interfaces.value = interfacesJson(options.interfaces ? *options.interfaces : liveInterfaces());
    spec.sections.append(interfaces);

    const SpecSection name = hostNameSection(options);
    spec.warnings += name.warnings;
    spec.sections.append(name);

    // The agent iterates a Go map for checks (random order); sorted by name here.
    QJsonArray checks;
    const QList<AgentCheckPlugin> hostChecks = config.hostChecks();
    for (const AgentCheckPlugin &check : hostChecks) {
        QJsonObject object;
        if (!check.name.isEmpty())
            object.insert(QStringLiteral("name"), check.name);
        if (!check.memo.isEmpty())
            object.insert(QStringLiteral("memo"), check.memo);
        checks.append(object);
    }

    spec.host = QJsonObject{
        {QStringLiteral("name"), name.value},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("interfaces"), interfaces.value},
        {QStringLiteral("roleFullnames"), QJsonArray::fromStringList(config.roles)},
        {QStringLiteral("checks"), checks},
    };
    if (!config.displayName.isEmpty())
        spec.host.insert(QStringLiteral("displayName"), config.displayName);
    if (!detection.agentCustomIdentifier.isEmpty())
        spec.host.insert(QStringLiteral("customIdentifier"), detection.agentCustomIdentifier);
    spec.warnings += config.warnings;
    return spec;
}

} // namespace mi
