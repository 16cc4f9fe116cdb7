#include "textreport.h"

#include <algorithm>

namespace mi::app {

namespace {

QString sourceSentence(const DetectionResult &result)
{
    switch (result.source) {
    case DetectionSource::Metadata: return QStringLiteral("confirmed by the instance metadata service");
    case DetectionSource::Override: return QStringLiteral("set by cloud_platform; the agent skips detection");
    case DetectionSource::None: break;
    }
    return QStringLiteral("no metadata service confirmed a cloud");
}

} // namespace

QString hostedOnText(const HostedOn &hostedOn)
{
    QString text = hostedOn.summary() + QStringLiteral(", by the firmware (the inspector's view, beyond the agent)");
    if (!hostedOn.instanceId.isEmpty())
        text += QStringLiteral("; instance %1").arg(hostedOn.instanceId);
    return text;
}

QString reportRow(const QString &label, const QString &value)
{
    return QStringLiteral("%1 %2\n").arg(label, -19).arg(value);
}

QString idFileSummary(const HostIdFile &file)
{
    QString detail;
    if (file.state == HostIdFile::State::Present)
        detail = QStringLiteral(": ") + file.hostId;
    else if (file.state == HostIdFile::State::Unreadable && !file.errorString.isEmpty())
        detail = QStringLiteral(": ") + file.errorString;
    return QStringLiteral("%1 (%2%3)").arg(file.path, HostIdFile::stateName(file.state), detail);
}

QString detectionReport(const DetectionResult &result)
{
    QString out;
    out += reportRow(QStringLiteral("Platform"),
               QStringLiteral("%1 (%2)").arg(cloudDisplayName(result.platform), sourceSentence(result)));
    if (!result.customIdentifier.isEmpty())
        out += reportRow(QStringLiteral("customIdentifier"), result.customIdentifier);
    else if (!result.agentCustomIdentifier.isEmpty())
        out += reportRow(QStringLiteral("customIdentifier"),
                   QStringLiteral("none valid (the agent would send \"%1\"; see warnings)").arg(result.agentCustomIdentifier));
    else
        out += reportRow(QStringLiteral("customIdentifier"), QStringLiteral("none: the agent sends no customIdentifier"));

    if (result.hasCloud) {
        out += reportRow(QStringLiteral("Cloud provider"), result.provider());
        int width = 0;
        for (auto it = result.cloudMetadata.cbegin(); it != result.cloudMetadata.cend(); ++it)
            width = std::max(width, int(it.key().size()));
        for (auto it = result.cloudMetadata.cbegin(); it != result.cloudMetadata.cend(); ++it) {
            QString value = it.value();
            value.replace(QLatin1Char('\n'), QLatin1String(", "));
            out += QStringLiteral("  %1  %2\n").arg(it.key(), -width).arg(value.isEmpty() ? QStringLiteral("\"\"") : value);
        }
    } else if (result.platform != CloudPlatform::None) {
        out += reportRow(QStringLiteral("Cloud metadata"), QStringLiteral("none: the agent sends no cloud block"));
    }

    out += reportRow(QStringLiteral("Hosted on"), hostedOnText(result.hostedOn));

    out += QStringLiteral("\nEvidence (%1 requests)\n").arg(result.probes.size());
    int urlWidth = 0;
    for (const ProbeRecord &record : result.probes)
        urlWidth = std::max(urlWidth, int(std::min<qsizetype>(record.url.size(), 72)));
    for (const ProbeRecord &record : result.probes) {
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6  %7\n")
                   .arg(record.platform, -7)
                   .arg(record.method, -4)
                   .arg(record.url, -urlWidth)
                   .arg(record.status > 0 ? QString::number(record.status) : QStringLiteral("-"), 3)
                   .arg(QStringLiteral("%1 ms").arg(record.elapsedMs), 7)
                   .arg(probeOutcomeName(record.outcome), -13)
                   .arg(record.detail);
    }
    if (!result.warnings.isEmpty()) {
        out += QStringLiteral("\nWarnings\n");
        for (const QString &warning : result.warnings)
            out += QStringLiteral("  ! %1\n").arg(warning);
    }
    return out;
}

} // namespace mi::app
