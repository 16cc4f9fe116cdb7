#include "inspectcommand.h"

#include "commandline.h"
#include "textreport.h"

#include "detectcommand.h"
#include "mackereloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace mi::app {

namespace {
struct InspectCommandText
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
};
} // namespace

InspectCommand::InspectCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options.common))
    , m_idFilePath(std::move(options.idFilePath))
    , m_idFileGiven(options.idFileGiven)
    , m_detector(new CloudDetector(this))
    , m_collector(new HostSpecCollector(this))
{
    connect(m_detector, &CloudDetector::finished, this, &InspectCommand::onDetected);
    connect(m_collector, &HostSpecCollector::finished, this, &InspectCommand::onCollected);
}

void InspectCommand::start()
{
    if (m_options.demoCloud) {
        QString error;
        m_demo = startDemo(m_options, &error);
        if (!m_demo) {
            fail(error);
            return;
        }
        // As match does with --demo: the demo root's id file (absent: inspect seeds no Mackerel).
        if (!m_idFileGiven)
            m_idFilePath = m_demo->idFilePath();
        if (!m_options.json)
            QTextStream(stderr) << InspectCommandText::tr("Demo: simulated %1 instance at %2; the specs are read below %3")
                                       .arg(*m_options.demoCloud, m_demo->baseUrl().toString(), m_options.root)
                                << "\n";
    }
    m_detector->start(m_options.detector);
}

void InspectCommand::onDetected(const DetectionResult &result)
{
    m_detection = result;
    HostSpecOptions options;
    options.root = m_options.root; // the host's files; the demo only replaces the cloud
    m_collector->start(result, m_options.config, options);
}

void InspectCommand::onCollected(const HostSpec &spec)
{
    // A few bytes read as the agent reads them when it starts, after the specs as the agent does.
    const HostIdFile idFile = HostIdFile::read(m_idFilePath);
    if (m_options.json)
        writeText(stdout, QString::fromUtf8(QJsonDocument(inspectJson(m_detection, spec, idFile)).toJson(QJsonDocument::Indented)));
    else
        writeText(stdout, inspectReport(m_detection, spec, idFile, m_options.config, m_options.confPath));
    QCoreApplication::exit(0);
}

void InspectCommand::fail(const QString &message)
{
    writeText(stderr, QStringLiteral("mackerel-inspector: ") + message + QLatin1Char('\n'));
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions::addTo(parser);
    MackerelOptions::addIdFileTo(parser);
    if (const int code = parseCommandLine(
            parser, arguments, QStringLiteral("inspect"),
            InspectCommandText::tr("Print the host payload mackerel-agent would send to Mackerel (POST /api/v0/hosts): specs, "
                           "interfaces, roles, checks, cloud and customIdentifier. The agent adds meta.%1 itself.")
                .arg(HostSpec::agentOwnMetaFields().join(QStringLiteral(", meta."))));
        code >= 0)
        return code;
    InspectCommand::Options options;
    QString error;
    if (!options.common.read(parser, &error))
        return usageError(error, QStringLiteral("inspect"));
    options.idFilePath = MackerelOptions::idFileSettings(parser, options.common).idFilePath;
    options.idFileGiven = parser.isSet(QStringLiteral("id-file"));
    InspectCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

namespace {

QStringList idFileWarnings(const HostIdFile &idFile)
{
    if (idFile.state != HostIdFile::State::Unreadable)
        return {};
    return {InspectCommandText::tr("The host id file %1 cannot be read (%2). mackerel-agent reads it as root: where this "
                           "user lacks the permission, run inspect as root (sudo) to see the host the agent would use.")
                .arg(idFile.path, idFile.errorString)};
}

} // namespace

QJsonObject inspectJson(const DetectionResult &detection, const HostSpec &spec, const HostIdFile &idFile)
{
    QJsonArray probes;
    for (const ProbeRecord &record : detection.probes)
        probes.append(record.toJson());
    QStringList warnings = detection.warnings + spec.warnings + idFileWarnings(idFile);
    warnings.append(HostSpec::agentOwnMetaNote());
    return QJsonObject{
        {QStringLiteral("platform"), cloudPlatformName(detection.platform)},
        {QStringLiteral("customIdentifier"),
         detection.customIdentifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(detection.customIdentifier)},
        {QStringLiteral("host"), spec.host},
        {QStringLiteral("idFile"), idFile.toJson()},
        {QStringLiteral("inspectorVersion"), QStringLiteral(MACKEREL_INSPECTOR_VERSION)},
        {QStringLiteral("probes"), probes},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("hostedOn"), detection.hostedOn.toJson()},
    };
}

namespace {

QString leftOut(const HostSpec &spec, const QString &section)
{
    for (const SpecSection &item : spec.sections) {
        if (item.name == section && !item.collected())
            return InspectCommandText::tr("left out (see warnings)");
    }
    return InspectCommandText::tr("none");
}

} // namespace

QString inspectReport(const DetectionResult &detection, const HostSpec &spec, const HostIdFile &idFile,
                      const AgentConfig &config, const QString &confPath)
{
    const QJsonObject host = spec.host;
    const QJsonObject meta = host.value(QStringLiteral("meta")).toObject();
    QString out;
    out += reportRow(InspectCommandText::tr("Platform"), cloudDisplayName(detection.platform));
    out += reportRow(QStringLiteral("customIdentifier"), host.contains(QStringLiteral("customIdentifier"))
                                                       ? host.value(QStringLiteral("customIdentifier")).toString()
                                                       : InspectCommandText::tr("none"));
    out += reportRow(InspectCommandText::tr("Hosted on"), hostedOnText(detection.hostedOn));
    out += reportRow(InspectCommandText::tr("Configuration"), config.path.isEmpty()
                                                    ? InspectCommandText::tr("%1 not found: the agent's defaults").arg(confPath)
                                                    : config.path + (config.includedFiles.isEmpty()
                                                                         ? QString()
                                                                         : InspectCommandText::tr(" (+%n included)", nullptr, int(config.includedFiles.size()))));
    out += reportRow(InspectCommandText::tr("Id file"), idFileSummary(idFile));
    out += reportRow(InspectCommandText::tr("Host name"), host.value(QStringLiteral("name")).toString());
    out += reportRow(InspectCommandText::tr("Display name"), host.value(QStringLiteral("displayName")).toString(InspectCommandText::tr("none")));

    const QJsonObject kernel = meta.value(QStringLiteral("kernel")).toObject();
    if (!kernel.isEmpty())
        out += reportRow(InspectCommandText::tr("OS"), QStringLiteral("%1 %2 (%3 %4, %5)")
                                              .arg(kernel.value(QStringLiteral("platform_name")).toString(InspectCommandText::tr("unknown")),
                                                   kernel.value(QStringLiteral("platform_version")).toString(),
                                                   kernel.value(QStringLiteral("name")).toString(),
                                                   kernel.value(QStringLiteral("release")).toString(),
                                                   kernel.value(QStringLiteral("machine")).toString()));
    else
        out += reportRow(InspectCommandText::tr("OS"), leftOut(spec, QStringLiteral("kernel")));

    const QJsonArray cpus = meta.value(QStringLiteral("cpu")).toArray();
    if (!cpus.isEmpty()) {
        const QJsonObject first = cpus.first().toObject();
        out += reportRow(InspectCommandText::tr("CPU"), QStringLiteral("%1 x %2 (%3 MHz)")
                                               .arg(cpus.size())
                                               .arg(first.value(QStringLiteral("model_name")).toString(),
                                                    first.value(QStringLiteral("mhz")).toString()));
    } else {
        out += reportRow(InspectCommandText::tr("CPU"), leftOut(spec, QStringLiteral("cpu")));
    }
    const QJsonObject memory = meta.value(QStringLiteral("memory")).toObject();
    out += reportRow(InspectCommandText::tr("Memory"), memory.isEmpty() ? leftOut(spec, QStringLiteral("memory"))
                                                          : InspectCommandText::tr("%1 total, %2 swap")
                                                                .arg(memory.value(QStringLiteral("total")).toString(),
                                                                     memory.value(QStringLiteral("swap_total")).toString()));
    const QJsonObject blocks = meta.value(QStringLiteral("block_device")).toObject();
    out += reportRow(InspectCommandText::tr("Block devices"),
               blocks.isEmpty() ? leftOut(spec, QStringLiteral("block_device")) : blocks.keys().join(QStringLiteral(", ")));
    const QJsonObject filesystems = meta.value(QStringLiteral("filesystem")).toObject();
    if (filesystems.isEmpty()) {
        out += reportRow(InspectCommandText::tr("Filesystems"), leftOut(spec, QStringLiteral("filesystem")));
    } else {
        bool first = true;
        for (auto it = filesystems.constBegin(); it != filesystems.constEnd(); ++it) {
            const QJsonObject fs = it.value().toObject();
            out += reportRow(first ? InspectCommandText::tr("Filesystems") : QString(),
                       InspectCommandText::tr("%1 on %2, %3 used of %4 kB")
                           .arg(it.key(), fs.value(QStringLiteral("mount")).toString(),
                                fs.value(QStringLiteral("percent_used")).toString())
                           .arg(qint64(fs.value(QStringLiteral("kb_size")).toDouble())));
            first = false;
        }
    }
    const QJsonArray interfaces = host.value(QStringLiteral("interfaces")).toArray();
    if (interfaces.isEmpty()) {
        out += reportRow(InspectCommandText::tr("Interfaces"), InspectCommandText::tr("none (null)"));
    } else {
        bool first = true;
        for (const QJsonValue &value : interfaces) {
            const QJsonObject interface = value.toObject();
            QStringList addresses;
            for (const QString &key : {QStringLiteral("ipv4Addresses"), QStringLiteral("ipv6Addresses")}) {
                const QJsonArray list = interface.value(key).toArray();
                for (const QJsonValue &address : list)
                    addresses.append(address.toString());
            }
            out += reportRow(first ? InspectCommandText::tr("Interfaces") : QString(),
                       QStringLiteral("%1 %2 %3").arg(interface.value(QStringLiteral("name")).toString(),
                                                      interface.value(QStringLiteral("macAddress")).toString(QStringLiteral("-")),
                                                      addresses.join(QStringLiteral(", "))));
            first = false;
        }
    }
    QStringList roles;
    for (const QJsonValue &role : host.value(QStringLiteral("roleFullnames")).toArray())
        roles.append(role.toString());
    out += reportRow(InspectCommandText::tr("Roles"), roles.isEmpty() ? InspectCommandText::tr("none") : roles.join(QStringLiteral(", ")));
    QStringList checks;
    for (const QJsonValue &check : host.value(QStringLiteral("checks")).toArray())
        checks.append(check.toObject().value(QStringLiteral("name")).toString());
    out += reportRow(InspectCommandText::tr("Checks"), checks.isEmpty() ? InspectCommandText::tr("none") : checks.join(QStringLiteral(", ")));
    out += reportRow(InspectCommandText::tr("Agent's own fields"),
                     InspectCommandText::tr("%1 (filled in by mackerel-agent)").arg(HostSpec::agentOwnMetaFields().join(QStringLiteral(", "))));

    const QStringList warnings = detection.warnings + spec.warnings + idFileWarnings(idFile);
    if (!warnings.isEmpty()) {
        out += QLatin1Char('\n') + InspectCommandText::tr("Warnings") + QLatin1Char('\n');
        for (const QString &warning : warnings)
            out += QStringLiteral("  - %1\n").arg(escapeUntrusted(warning));
    }
    out += QLatin1Char('\n') + InspectCommandText::tr("The whole payload: %1").arg(QStringLiteral("mackerel-inspector inspect --json"))
        + QLatin1Char('\n');
    return out;
}

} // namespace mi::app
