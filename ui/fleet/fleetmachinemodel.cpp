#include "fleetmachinemodel.h"

#include "drawnicon.h"
#include "plaintooltip.h"

#include <QFont>

namespace mi::ui {

FleetMachineModel::FleetMachineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FleetMachineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audit.machines.size());
}

int FleetMachineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetMachineModel::machineKey(const FleetMachine &machine)
{
    // A machine keeps its report's inventory name or its oldest host across audits.
    if (machine.report)
        return QStringLiteral("report:") + machine.report->inventoryName;
    if (!machine.hosts.isEmpty())
        return QStringLiteral("host:") + machine.hosts.constFirst().host.id;
    return QString();
}

QString FleetMachineModel::hostsSummary(const FleetMachine &machine)
{
    if (machine.hosts.isEmpty())
        return tr("none");
    QStringList sources;
    for (const FleetHost &host : machine.hosts)
        sources << hostSourceName(host.source);
    return QStringLiteral("%1 (%2)").arg(machine.hosts.size()).arg(sources.join(QStringLiteral(", ")));
}

static QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(": "));
    const qsizetype stop = text.indexOf(QLatin1String(". "));
    qsizetype cut = -1;
    if (end > 0 && (stop < 0 || end < stop))
        cut = end;
    else if (stop > 0)
        cut = stop;
    return cut > 0 ? text.left(cut) : text;
}

QVariant FleetMachineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FleetMachine &machine = m_audit.machines.at(index.row());
    switch (role) {
    case VerdictNameRole: return fleetVerdictName(machine.verdict);
    case MachineKeyRole: return machineKey(machine);
    case SortRole:
        if (index.column() == Verdict)
            return int(machine.verdict);
        if (index.column() == Hosts)
            return int(machine.hosts.size());
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Verdict: return fleetVerdictName(machine.verdict);
        case Name: return machine.displayName();
        case CustomIdentifier: return machine.customIdentifier;
        case Hosts: return hostsSummary(machine);
        case Report: return machine.report ? tr("yes") : tr("no");
        case Advice: return firstSentence(machine.advice);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Advice)
            return plainToolTip(machine.advice);
        if (index.column() == Report && machine.report)
            return plainToolTip(machine.report->file);
        break;
    case Qt::FontRole:
        if (index.column() == Verdict && isFleetProblem(machine.verdict)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Verdict && isFleetProblem(machine.verdict))
            return drawnIcon(DrawnIcon::Warning);
        break;
    default: break;
    }
    return QVariant();
}

QVariant FleetMachineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Verdict: return tr("Verdict");
    case Name: return tr("Machine");
    case CustomIdentifier: return tr("customIdentifier");
    case Hosts: return tr("Hosts");
    case Report: return tr("Report");
    case Advice: return tr("Advice");
    case ColumnCount: break;
    }
    return QVariant();
}

void FleetMachineModel::setAudit(const FleetAudit &audit)
{
    beginResetModel();
    m_audit = audit;
    m_counts.clear();
    for (const FleetMachine &machine : m_audit.machines)
        ++m_counts[machine.verdict];
    endResetModel();
}

int FleetMachineModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_audit.machines.size(); ++row) {
        if (machineKey(m_audit.machines.at(row)) == key)
            return row;
    }
    return -1;
}

} // namespace mi::ui
