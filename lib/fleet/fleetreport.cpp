#include "fleetreport.h"

#include "boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mi {

namespace {
struct FleetReportText
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)
};
} // namespace

namespace {

std::optional<HostIdFile::State> parseIdFileState(const QString &name)
{
    for (auto state : {HostIdFile::State::Absent, HostIdFile::State::Empty, HostIdFile::State::Present,
                       HostIdFile::State::Unreadable}) {
        if (HostIdFile::stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace

QJsonObject FleetReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("inventoryName"), inventoryName},
        {QStringLiteral("hostName"), hostName},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("customIdentifier"),
         customIdentifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customIdentifier)},
        {QStringLiteral("idFile"), idFileReported ? QJsonValue(idFile.toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("inspectorVersion"),
         inspectorVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(inspectorVersion)},
    };
}

std::optional<FleetReport> parseFleetReport(const QByteArray &data, const QString &file, QString *error)
{
    if (data.trimmed().isEmpty()) {
        *error = FleetReportText::tr("%1 is empty").arg(file);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.offset >= data.size() - 1;
        *error = FleetReportText::tr("%1 is not valid JSON (%2 at byte %3)%4")
                     .arg(file, parseError.errorString())
                     .arg(parseError.offset)
                     .arg(truncated ? FleetReportText::tr(": the file ends early, was it cut off?") : QString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonObject host = object.value(QStringLiteral("host")).toObject();
    if (!document.isObject() || !object.value(QStringLiteral("platform")).isString() || host.isEmpty()
        || !object.value(QStringLiteral("probes")).isArray()) {
        *error = FleetReportText::tr("%1 is JSON, but not a report of 'mackerel-inspector inspect --json' (it lacks platform, "
                                "host or probes)").arg(file);
        return std::nullopt;
    }
    FleetReport report;
    report.file = file;
    report.inventoryName = QFileInfo(file).completeBaseName();
    report.hostName = host.value(QStringLiteral("name")).toString();
    report.platform = object.value(QStringLiteral("platform")).toString();
    report.customIdentifier = object.value(QStringLiteral("customIdentifier")).toString();
    report.inspectorVersion = object.value(QStringLiteral("inspectorVersion")).toString();
    if (report.hostName.isEmpty()) {
        *error = FleetReportText::tr("%1 has no host name (host.name)").arg(file);
        return std::nullopt;
    }

    const QJsonValue idFile = object.value(QStringLiteral("idFile"));
    if (idFile.isObject()) {
        const QJsonObject id = idFile.toObject();
        const auto state = parseIdFileState(id.value(QStringLiteral("state")).toString());
        if (!state) {
            *error = FleetReportText::tr("%1: idFile.state \"%2\" is none of absent, present, empty, unreadable")
                         .arg(file, id.value(QStringLiteral("state")).toString());
            return std::nullopt;
        }
        report.idFile.path = id.value(QStringLiteral("path")).toString();
        report.idFile.state = *state;
        report.idFile.isDirectory = *state == HostIdFile::State::Unreadable && id.value(QStringLiteral("isDirectory")).toBool();
        report.idFile.hostId = id.value(QStringLiteral("hostId")).toString().trimmed();
        if (report.idFile.state == HostIdFile::State::Present && report.idFile.hostId.isEmpty()) {
            *error = FleetReportText::tr("%1: idFile is present but names no hostId").arg(file);
            return std::nullopt;
        }
        report.idFileReported = true;
    } else if (!idFile.isUndefined() && !idFile.isNull()) {
        *error = FleetReportText::tr("%1: idFile is not an object").arg(file);
        return std::nullopt;
    }

    report.keys = MachineKeys::fromHost(report.hostName, report.customIdentifier,
                                        host.value(QStringLiteral("meta")).toObject(),
                                        host.value(QStringLiteral("interfaces")).toArray());
    // The machine's own host name names no instance: only hosts registered by an integration do.
    report.keys.instanceKeys.removeAll(instanceKeyFromHostName(report.hostName));
    // The firmware's instance (hostedOn, inspectors from 0.1.0 on) joins the integration's host even
    // where the agent cannot reach its metadata service.
    const QJsonObject hostedOn = object.value(QStringLiteral("hostedOn")).toObject();
    if (const QString fromFirmware = instanceKeyFromFirmware(hostedOn.value(QStringLiteral("provider")).toString(),
                                                             hostedOn.value(QStringLiteral("instanceId")).toString());
        !fromFirmware.isEmpty() && !report.keys.instanceKeys.contains(fromFirmware))
        report.keys.instanceKeys.append(fromFirmware);
    if (const QString fromIdentifier = instanceKeyFromIdentifier(report.customIdentifier);
        !fromIdentifier.isEmpty() && !report.keys.instanceKeys.contains(fromIdentifier))
        report.keys.instanceKeys.prepend(fromIdentifier);
    return report;
}

bool addFleetReport(FleetReportSet &set, const FleetReport &report)
{
    const auto existing = set.fileByInventoryName.constFind(report.inventoryName);
    if (existing != set.fileByInventoryName.constEnd()) {
        set.warnings << FleetReportText::tr("%1 is left out: %2 already reports the inventory name \"%3\"")
                            .arg(report.file, existing.value(), report.inventoryName);
        return false;
    }
    set.fileByInventoryName.insert(report.inventoryName, report.file);
    set.reports.append(report);
    return true;
}

std::optional<QByteArray> readFleetReportFile(const QString &path, QString *warning)
{
    BoundedRead read = readBoundedFile(path, FleetReportMaxBytes);
    switch (read.outcome) {
    case BoundedRead::Outcome::Ok: return std::move(read.data);
    case BoundedRead::Outcome::TooLarge:
        *warning = FleetReportText::tr("%1 is left out: it is more than a report holds (%2 bytes at most)")
                       .arg(path)
                       .arg(FleetReportMaxBytes);
        break;
    case BoundedRead::Outcome::NotRegular:
        *warning = FleetReportText::tr("%1 is left out: %2").arg(path, read.errorString);
        break;
    case BoundedRead::Outcome::Missing:
    case BoundedRead::Outcome::Unreadable:
        *warning = FleetReportText::tr("%1 cannot be read (%2)").arg(path, read.errorString);
        break;
    }
    return std::nullopt;
}

FleetReportSet loadFleetReports(const QStringList &paths)
{
    QStringList files;
    FleetReportSet set;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            // QDir::System too: a FIFO, a device, a socket or a dangling symlink named *.json is listed, and
            // then left out with a warning that names it, rather than passed over in silence.
            const QFileInfoList entries
                = QDir(path).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
            if (entries.isEmpty())
                set.warnings << FleetReportText::tr("%1 holds no report (*.json)").arg(path);
            for (const QFileInfo &entry : entries)
                files << entry.filePath();
        } else if (info.exists() || info.isSymLink()) {
            files << path;
        } else {
            set.warnings << FleetReportText::tr("%1 does not exist").arg(path);
        }
    }

    for (const QString &path : std::as_const(files)) {
        QString warning;
        const std::optional<QByteArray> data = readFleetReportFile(path, &warning);
        if (!data) {
            set.warnings << warning;
            continue;
        }
        QString error;
        const auto report = parseFleetReport(*data, path, &error);
        if (!report) {
            set.warnings << FleetReportText::tr("%1 is left out: %2").arg(path, error);
            continue;
        }
        addFleetReport(set, *report); // one inventory name once, even across folders
    }
    return set;
}

} // namespace mi
