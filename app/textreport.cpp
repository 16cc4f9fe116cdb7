#include "textreport.h"

#include "untrustedtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace mi::app {

namespace {
struct TextReportText
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};
} // namespace

namespace {

QString sourceSentence(const DetectionResult &result)
{
    switch (result.source) {
    case DetectionSource::Metadata: return TextReportText::tr("confirmed by the instance metadata service");
    case DetectionSource::Override: return TextReportText::tr("set by cloud_platform; the agent skips detection");
    case DetectionSource::None: break;
    }
    return TextReportText::tr("no metadata service confirmed a cloud");
}

} // namespace

QString hostedOnText(const HostedOn &hostedOn)
{
    QString text = TextReportText::tr("%1, by the firmware (the inspector's view, beyond the agent)").arg(hostedOn.summary());
    if (!hostedOn.instanceId.isEmpty())
        text += TextReportText::tr("; instance %1").arg(hostedOn.instanceId);
    return text;
}

int displayWidth(const QString &text)
{
    // A terminal gives East Asian wide characters (kana, hangul, CJK ideographs, fullwidth forms) two columns.
    int width = 0;
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        const bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
            || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
            || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padToWidth(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString reportRow(const QString &label, const QString &value)
{
    // A row is one line: whatever outside text the value carries, its line ends and controls are shown escaped.
    return padToWidth(label, 19) + QLatin1Char(' ') + escapeUntrusted(value) + QLatin1Char('\n');
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
    out += reportRow(TextReportText::tr("Platform"),
               QStringLiteral("%1 (%2)").arg(cloudDisplayName(result.platform), sourceSentence(result)));
    if (!result.customIdentifier.isEmpty())
        out += reportRow(QStringLiteral("customIdentifier"), result.customIdentifier);
    else if (!result.agentCustomIdentifier.isEmpty())
        out += reportRow(QStringLiteral("customIdentifier"),
                   TextReportText::tr("none valid (the agent would send \"%1\"; see warnings)").arg(result.agentCustomIdentifier));
    else
        out += reportRow(QStringLiteral("customIdentifier"), TextReportText::tr("none: the agent sends no customIdentifier"));

    if (result.hasCloud) {
        out += reportRow(TextReportText::tr("Cloud provider"), result.provider());
        int width = 0;
        for (auto it = result.cloudMetadata.cbegin(); it != result.cloudMetadata.cend(); ++it)
            width = std::max(width, int(it.key().size()));
        for (auto it = result.cloudMetadata.cbegin(); it != result.cloudMetadata.cend(); ++it) {
            QString value = it.value();
            value.replace(QLatin1Char('\n'), QLatin1String(", "));
            out += QStringLiteral("  %1  %2\n").arg(escapeUntrusted(it.key()), -width).arg(value.isEmpty() ? QStringLiteral("\"\"") : escapeUntrusted(value));
        }
    } else if (result.platform != CloudPlatform::None) {
        out += reportRow(TextReportText::tr("Cloud metadata"), TextReportText::tr("none: the agent sends no cloud block"));
    }

    out += reportRow(TextReportText::tr("Hosted on"), hostedOnText(result.hostedOn));

    out += QLatin1Char('\n') + TextReportText::tr("Evidence (%n request(s))", nullptr, int(result.probes.size())) + QLatin1Char('\n');
    int urlWidth = 0;
    for (const ProbeRecord &record : result.probes)
        urlWidth = std::max(urlWidth, int(std::min<qsizetype>(record.url.size(), 72)));
    for (const ProbeRecord &record : result.probes) {
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6  %7\n")
                   .arg(record.platform, -7)
                   .arg(record.method, -4)
                   .arg(escapeUntrusted(record.url), -urlWidth)
                   .arg(record.status > 0 ? QString::number(record.status) : QStringLiteral("-"), 3)
                   .arg(QStringLiteral("%1 ms").arg(record.elapsedMs), 7)
                   .arg(probeOutcomeName(record.outcome), -13)
                   .arg(escapeUntrusted(record.detail));
    }
    if (!result.warnings.isEmpty()) {
        out += QLatin1Char('\n') + TextReportText::tr("Warnings") + QLatin1Char('\n');
        for (const QString &warning : result.warnings)
            out += QStringLiteral("  ! %1\n").arg(escapeUntrusted(warning));
    }
    return out;
}

} // namespace mi::app
