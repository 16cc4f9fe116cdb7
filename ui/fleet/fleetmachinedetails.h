#pragma once

#include "fleetaudit.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace mi::ui {

// One machine of a fleet audit: its verdict as a headline, its Mackerel hosts on the left and its
// report on the right, the evidence that joins them and the advice below. Shows a value; it asks
// nothing of anyone.
class FleetMachineDetails : public QWidget
{
    Q_OBJECT
public:
    explicit FleetMachineDetails(QWidget *parent = nullptr);

    void setMachine(const FleetMachine &machine);
    void clear(const QString &why);

    // For tests and accessibility: the parts a person reads.
    QString headlineText() const;
    QString adviceText() const;
    QTableWidget *hostsTable() const { return m_hosts; }
    QTableWidget *evidenceTable() const { return m_evidence; }
    // The report's fields as "label: value" lines; empty without a report.
    QStringList reportLines() const;

    // A fleet verdict as words a person understands without the README.
    static QString verdictHeadline(FleetVerdict verdict);

private:
    void setReport(const FleetMachine &machine);

    QLabel *m_headline = nullptr;
    QTableWidget *m_hosts = nullptr;
    QWidget *m_reportBox = nullptr;
    QFormLayout *m_reportForm = nullptr;
    QLabel *m_noReport = nullptr;
    QTableWidget *m_evidence = nullptr;
    QPlainTextEdit *m_advice = nullptr;
};

} // namespace mi::ui
