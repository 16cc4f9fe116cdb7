#include "matchcommand.h"

#include "commandline.h"
#include "textreport.h"

#include "detectcommand.h"
#include "interfacespec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>

namespace mi::app {

namespace {
struct MatchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)
};
} // namespace

namespace {

constexpr int ExitRefused = 3;


int usage(const QString &message)
{
    return usageError(message, QStringLiteral("match"));
}

} // namespace

MachineKeys localMachineKeys(const DetectionResult &detection)
{
    QJsonObject meta;
    if (detection.hasCloud)
        meta.insert(QStringLiteral("cloud"), detection.cloudJson());
    // Interfaces come from the live host, as the agent's do (also with --root).
    MachineKeys keys = MachineKeys::fromHost(QString(), detection.agentCustomIdentifier, meta,
                                             interfacesJson(liveInterfaces()).toArray());
    // The firmware's instance finds the integration's host even where the agent cannot reach IMDS.
    const QString firmware = instanceKeyFromFirmware(detection.hostedOn.provider, detection.hostedOn.instanceId);
    if (!firmware.isEmpty() && !keys.instanceKeys.contains(firmware))
        keys.instanceKeys.append(firmware);
    return keys;
}

QString matchReportText(const MatchReport &report, const MackerelSettings &settings, const QString &extraRows)
{
    QString out;
    out += reportRow(MatchCommandText::tr("Verdict"), matchVerdictName(report.verdict));
    out += reportRow(QStringLiteral("customIdentifier"),
               report.customIdentifier.isEmpty() ? MatchCommandText::tr("none") : report.customIdentifier);
    out += reportRow(MatchCommandText::tr("Id file"), idFileSummary(report.idFile));
    out += reportRow(MatchCommandText::tr("Mackerel API"), MatchCommandText::tr("%1 (%2; key from %3)")
                                                   .arg(settings.apiBase.toString(), settings.apiBaseSource,
                                                        settings.apiKeySource.isEmpty() ? MatchCommandText::tr("nowhere")
                                                                                        : settings.apiKeySource));
    if (report.host)
        out += reportRow(MatchCommandText::tr("Host"), MatchCommandText::tr("%1 \"%2\"%3, %4, by %5")
                                               .arg(report.host->id, report.host->name,
                                                    report.host->displayName.isEmpty()
                                                        ? QString()
                                                        : QStringLiteral(" (%1)").arg(report.host->displayName),
                                                    report.host->status, report.host->origin()));
    for (const MackerelHost &candidate : report.candidates) {
        if (!report.host || candidate.id != report.host->id)
            out += reportRow(MatchCommandText::tr("Also carrying it"), QStringLiteral("%1 \"%2\", %3").arg(candidate.id, candidate.name, candidate.status));
    }
    for (const Lookalike &lookalike : report.lookalikes)
        out += reportRow(MatchCommandText::tr("Lookalike"),
                         MatchCommandText::tr("%1 \"%2\", %3, by %4: shares %5 %6")
                             .arg(lookalike.host.id, lookalike.host.name, lookalike.host.status, lookalike.host.origin(),
                                  lookalike.key == QLatin1String("instanceId") ? MatchCommandText::tr("the cloud instance")
                                                                              : MatchCommandText::tr("the MAC address"),
                                  lookalike.key == QLatin1String("instanceId") ? instanceIdOfKey(lookalike.value)
                                                                              : lookalike.value));
    out += extraRows;
    out += QStringLiteral("\n%1\n").arg(escapeUntrusted(report.message));
    if (!report.agentError.isEmpty())
        out += QLatin1Char('\n') + MatchCommandText::tr("The agent would exit with:") + QStringLiteral("\n  %1\n").arg(escapeUntrusted(report.agentError));
    if (!report.warnings.isEmpty()) {
        out += QLatin1Char('\n') + MatchCommandText::tr("Warnings:") + QLatin1Char('\n');
        for (const QString &warning : report.warnings)
            out += QStringLiteral("  - %1\n").arg(escapeUntrusted(warning));
    }
    out += QLatin1Char('\n') + MatchCommandText::tr("Evidence:") + QLatin1Char('\n');
    for (const ProbeRecord &probe : report.probes)
        out += QStringLiteral("  %1 %2 %3 -> %4 (%5 ms) %6\n")
                   .arg(probe.platform, probe.method, escapeUntrusted(probe.url),
                        probe.status > 0 ? QString::number(probe.status) : probeOutcomeName(probe.outcome))
                   .arg(probe.elapsedMs)
                   .arg(escapeUntrusted(probe.detail));
    return out;
}

MatchCommand::MatchCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_detector(new CloudDetector(this))
{
    connect(m_detector, &CloudDetector::finished, this, &MatchCommand::onDetected);
}

void MatchCommand::start()
{
    if (m_options.common.demoCloud) {
        QString error;
        if (!startMackerelDemo(m_options, m_demo, &error)) {
            fail(error);
            return;
        }
        if (!m_options.common.json)
            QTextStream(stderr) << MatchCommandText::tr("Demo: simulated %1 instance at %2, simulated Mackerel API at %3 (seed %4)")
                                       .arg(*m_options.common.demoCloud, m_demo->baseUrl().toString(),
                                            m_demo->mackerel()->baseUrl().toString(),
                                            sim::mackerelSeedName(m_options.mackerel.demoSeed))
                                << "\n";
    }
    MackerelApiOptions api;
    api.apiBase = m_options.mackerel.settings.apiBase;
    api.apiKey = m_options.mackerel.settings.apiKey;
    // The API goes through the system proxy as the agent's does; the detector's manager has none.
    m_client = new MackerelApiClient(api, nullptr, this);
    m_matcher = new HostMatcher(m_client, this);
    connect(m_matcher, &HostMatcher::finished, this, &MatchCommand::onMatched);
    m_detector->start(m_options.common.detector);
}

void MatchCommand::onDetected(const DetectionResult &result)
{
    m_detection = result;
    // The identifier the agent would send, even where it is no real identity (the detect warnings say why).
    m_matcher->start(result.agentCustomIdentifier, m_options.mackerel.settings.idFilePath, localMachineKeys(result));
}

void MatchCommand::onMatched(const MatchReport &matched)
{
    m_report = matched;
    m_report.probes = m_detection.probes + matched.probes;
    m_report.warnings = m_detection.warnings + matched.warnings;
    lookUpFirmwareIdentifier();
}

// The firmware's instance id names the host the integration registered; say whether it is there.
void MatchCommand::lookUpFirmwareIdentifier()
{
    const auto missed = std::find_if(m_detection.firmwareFindings.cbegin(), m_detection.firmwareFindings.cend(),
                                     [](const FirmwareFinding &finding) {
                                         return finding.kind == FirmwareFinding::Kind::AgentMissesCloud
                                             && !finding.expectedIdentifier.isEmpty();
                                     });
    if (missed == m_detection.firmwareFindings.cend()) {
        report();
        return;
    }
    const FirmwareFinding finding = *missed;
    MackerelApiCall *call = m_client->findHostsByCustomIdentifier(finding.expectedIdentifier);
    connect(call, &MackerelApiCall::finished, this, [this, finding](const MackerelApiResult &result) {
        m_firmwareCheck = checkFirmwareIdentifier(finding, result);
        m_report.probes += result.probes;
        m_report.warnings.append(m_firmwareCheck->message);
        report();
    });
}

void MatchCommand::report()
{
    const MatchReport &report = m_report;
    if (m_options.common.json) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("settings"), m_options.mackerel.settings.toJson());
        json.insert(QStringLiteral("platform"), cloudPlatformName(m_detection.platform));
        json.insert(QStringLiteral("hostedOn"), m_detection.hostedOn.toJson());
        json.insert(QStringLiteral("firmwareIdentifier"),
                    m_firmwareCheck ? QJsonValue(m_firmwareCheck->toJson()) : QJsonValue(QJsonValue::Null));
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)), stdout);
    } else {
        QString firmware = reportRow(MatchCommandText::tr("Hosted on"), hostedOnText(m_detection.hostedOn));
        if (m_firmwareCheck)
            firmware += reportRow(MatchCommandText::tr("Firmware's id"),
                                  QStringLiteral("%1: %2").arg(m_firmwareCheck->customIdentifier,
                                                               m_firmwareCheck->hosts.isEmpty()
                                                                   ? MatchCommandText::tr("no host carries it")
                                                                   : MatchCommandText::tr("held by %1").arg(m_firmwareCheck->hosts.constFirst().id)));
        print(reportRow(MatchCommandText::tr("Platform"), QStringLiteral("%1 (%2)").arg(cloudDisplayName(m_detection.platform),
                                                                           detectionSourceName(m_detection.source)))
                  + matchReportText(report, m_options.mackerel.settings, firmware),
              stdout);
    }
    int code = 0;
    if (report.verdict == MatchVerdict::Error)
        code = 1;
    else if (agentWouldNotStart(report.verdict))
        code = ExitRefused;
    QCoreApplication::exit(code);
}

void MatchCommand::print(const QString &text, FILE *stream)
{
    printRedacted(text, m_options.mackerel.settings, stream);
}

void printRedacted(const QString &text, const MackerelSettings &settings, FILE *stream)
{
    // Last guard: whatever a server or a path echoed, the key is not printed.
    QString safe = text;
    if (settings.apiKey.size() >= 4)
        safe.replace(settings.apiKey, QStringLiteral("[redacted]"));
    writeText(stream, safe);
}

bool startMackerelDemo(MatchCommand::Options &options, std::unique_ptr<sim::DemoEnvironment> &demo, QString *error)
{
    demo = startDemo(options.common, error);
    return demo && options.mackerel.applyDemo(*demo, error);
}

void MatchCommand::fail(const QString &message)
{
    print(QStringLiteral("mackerel-inspector: %1\n").arg(message), stderr);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}

void addMackerelOptions(QCommandLineParser &parser)
{
    CommonOptions::addTo(parser);
    MackerelOptions::addTo(parser);
}

bool readMackerelOptions(const QCommandLineParser &parser, MatchCommand::Options *options, QString *error)
{
    return options->common.read(parser, error) && options->mackerel.read(parser, options->common, error);
}

int runMatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    addMackerelOptions(parser);
    if (const int code = parseCommandLine(
            parser, arguments, QStringLiteral("match"),
            MatchCommandText::tr("Tell what mackerel-agent would do with this host on Mackerel (attach, create, update, or refuse "
                           "to start), and why. Changes nothing."));
        code >= 0)
        return code;

    MatchCommand::Options options;
    QString error;
    if (!readMackerelOptions(parser, &options, &error))
        return usage(error);
    MatchCommand command(options);
    command.start();
    return QCoreApplication::exec();
}

} // namespace mi::app
