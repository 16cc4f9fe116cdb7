#pragma once

#include "fleetaudit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mi::ui {

// A fleet audit's machines as a table, one row a machine in the audit's order (problems first).
// Replacing the audit resets the model; views keep their selection by MachineKeyRole.
class FleetMachineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Verdict, Name, CustomIdentifier, Hosts, Report, Advice, ColumnCount };
    static constexpr int VerdictNameRole = Qt::UserRole + 1; // "duplicate", on every column
    static constexpr int SortRole = Qt::UserRole + 2;        // verdict order for the verdict column
    static constexpr int MachineKeyRole = Qt::UserRole + 3;  // a name that survives a new audit

    explicit FleetMachineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAudit(const FleetAudit &audit);
    const FleetAudit &audit() const { return m_audit; }
    const FleetMachine &machine(int row) const { return m_audit.machines.at(row); }
    int count(FleetVerdict verdict) const { return m_counts.value(verdict); }
    // The row of the machine with this MachineKeyRole, or -1.
    int rowOfKey(const QString &key) const;

    static QString machineKey(const FleetMachine &machine);
    // "3 (agent, integration…)" for the hosts column.
    static QString hostsSummary(const FleetMachine &machine);

private:
    FleetAudit m_audit;
    QHash<FleetVerdict, int> m_counts;
};

} // namespace mi::ui
