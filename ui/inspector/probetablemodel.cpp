#include "probetablemodel.h"

#include "drawnicon.h"
#include "plaintooltip.h"

#include <QFont>

namespace mi::ui {

ProbeTableModel::ProbeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProbeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ProbeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProbeTableModel::isFailure(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Timeout:
    case ProbeOutcome::NetworkError:
    case ProbeOutcome::TooLarge:
    case ProbeOutcome::Unreadable:
        return true;
    default:
        return false;
    }
}

bool ProbeTableModel::isSuspicious(ProbeOutcome outcome)
{
    return outcome == ProbeOutcome::Invalid || outcome == ProbeOutcome::Redirect;
}

QVariant ProbeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ProbeRecord &record = m_records.at(index.row());
    const bool contradicts = contradictsFirmware(index.row());
    const bool alarming = isFailure(record.outcome) || isSuspicious(record.outcome) || contradicts;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Platform: return record.platform;
        case Method: return record.method;
        case Url: return record.url;
        case Status: return record.status > 0 ? QVariant(record.status) : QVariant(QStringLiteral("–"));
        case Time: return QStringLiteral("%1 ms").arg(record.elapsedMs);
        case Outcome: return probeOutcomeName(record.outcome);
        case Detail: return record.detail;
        }
        break;
    case Qt::ToolTipRole:
        if (contradicts)
            return tr("The firmware says this machine is on %1, but this request was not answered: this is why the agent "
                      "does not detect it (see the banner above).")
                .arg(m_firmwareProvider)
                .toHtmlEscaped();
        if (index.column() == Url || index.column() == Detail)
            return plainToolTip(index.column() == Url ? record.url : record.detail); // a metadata answer's words
        break;
    case Qt::DecorationRole:
        if (index.column() == Outcome) {
            return drawnIcon(record.outcome == ProbeOutcome::Ok ? DrawnIcon::Ok
                             : alarming                          ? DrawnIcon::Warning
                                                                 : DrawnIcon::Skipped);
        }
        break;
    case Qt::FontRole:
        if (alarming) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Time)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TimelineFractionRole:
        return m_slowestMs > 0 ? double(record.elapsedMs) / double(m_slowestMs) : 0.0;
    default:
        break;
    }
    return QVariant();
}

void ProbeTableModel::setFirmwareProvider(const QString &provider)
{
    if (provider == m_firmwareProvider)
        return;
    m_firmwareProvider = provider;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::DecorationRole, Qt::FontRole});
}

bool ProbeTableModel::contradictsFirmware(int row) const
{
    if (m_firmwareProvider.isEmpty())
        return false;
    const ProbeRecord &record = m_records.at(row);
    // "ec2" for EC2, "azure" for AzureVM, "gce" for GCE.
    return record.outcome != ProbeOutcome::Ok && record.platform.startsWith(m_firmwareProvider, Qt::CaseInsensitive);
}

QVariant ProbeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Platform: return tr("Platform");
    case Method: return tr("Method");
    case Url: return tr("URL or file");
    case Status: return tr("Status");
    case Time: return tr("Time");
    case Outcome: return tr("Outcome");
    case Detail: return tr("Detail");
    }
    return QVariant();
}

void ProbeTableModel::append(const ProbeRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows(QModelIndex(), row, row);
    m_records.append(record);
    endInsertRows();
    if (record.elapsedMs > m_slowestMs) {
        m_slowestMs = record.elapsedMs;
        if (row > 0)
            Q_EMIT dataChanged(index(0, Time), index(row, Time), {TimelineFractionRole});
    }
}

void ProbeTableModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_slowestMs = 0;
    endResetModel();
}

} // namespace mi::ui
