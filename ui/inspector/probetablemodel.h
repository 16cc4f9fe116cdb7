#pragma once

#include "proberecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace mi::ui {

// The evidence as a table: one row a request (or local file read), appended live as they end.
class ProbeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Platform, Method, Url, Status, Time, Outcome, Detail, ColumnCount };
    // Extra role: the row's elapsed time as a fraction (0..1) of the slowest row, for the timeline bar.
    static constexpr int TimelineFractionRole = Qt::UserRole + 1;

    explicit ProbeTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const ProbeRecord &record);
    void clear();
    const ProbeRecord &record(int row) const { return m_records.at(row); }

    // Outcomes that mean "this answer is not usable" (as opposed to ok or a plain "not this cloud").
    static bool isFailure(ProbeOutcome outcome);
    static bool isSuspicious(ProbeOutcome outcome);

    // The cloud the firmware names where it disagrees with the detection ("ec2"; empty: no banner):
    // that cloud's requests that did not answer are the banner's cause, marked apart from the other
    // clouds' harmless refusals (bold, a warning icon, a tooltip that says why).
    void setFirmwareProvider(const QString &provider);
    bool contradictsFirmware(int row) const;

private:
    QString m_firmwareProvider;
    QList<ProbeRecord> m_records;
    qint64 m_slowestMs = 0;
};

} // namespace mi::ui
