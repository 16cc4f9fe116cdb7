#include "fleetmachinedetails.h"

#include "plaintooltip.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mi::ui {

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(plainToolTip(text));
    return cell;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString FleetMachineDetails::verdictHeadline(FleetVerdict verdict)
{
    switch (verdict) {
    case FleetVerdict::Mismatch: return tr("Mismatch: mackerel-agent refuses to start (its id file names a host with another customIdentifier)");
    case FleetVerdict::MissingHost: return tr("Missing host: mackerel-agent refuses to start (its id file names a host Mackerel does not have)");
    case FleetVerdict::RetiredHost: return tr("Retired host: mackerel-agent's id file names a retired host; the machine is not monitored");
    case FleetVerdict::IdFileDirectory: return tr("Id file directory: a directory stands at the id file's path; the agent exits at every start");
    case FleetVerdict::Duplicate: return tr("Duplicate: several live hosts are this one machine");
    case FleetVerdict::IdentifierMissing: return tr("Identifier missing: an agent host without customIdentifier; the next integration host duplicates it");
    case FleetVerdict::WillAttach: return tr("Will attach: mackerel-agent will adopt the integration's host");
    case FleetVerdict::WillCreate: return tr("Will create: mackerel-agent will register a new host");
    case FleetVerdict::IntegrationOnly: return tr("Integration only: a host without agent, and no report from the machine");
    case FleetVerdict::Ok: return tr("OK: nothing to do");
    }
    return QString();
}

FleetMachineDetails::FleetMachineDetails(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText); // it names the machine and its hosts: outside data
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    // One line: a wrapping label would ask the scroll area for the height of its narrowest layout.
    m_headline->setWordWrap(false);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hosts = readOnlyTable({tr("Id"), tr("Name"), tr("Status"), tr("Source"), tr("customIdentifier"), tr("Joined by")}, this);
    m_hosts->setAccessibleName(tr("Hosts on Mackerel"));
    // A machine has a handful of hosts: sizing to the contents is cheap and shows whole ids.
    m_hosts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->horizontalHeader()->setStretchLastSection(true);
    // Room for the header and three hosts; a machine with more scrolls. The evidence takes the rest.
    const int rowHeight = m_hosts->fontMetrics().height() + 8;
    m_hosts->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_hosts->setFixedHeight(rowHeight * 4 + 2 * m_hosts->frameWidth() + m_hosts->style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    m_evidence = readOnlyTable({tr("Kind"), tr("Evidence")}, this);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setColumnWidth(0, 70);
    m_evidence->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_evidence->setMinimumHeight(rowHeight * 3);

    auto *reportGroup = new QGroupBox(tr("Report from the machine"), this);
    m_reportBox = new QWidget(reportGroup);
    m_reportForm = new QFormLayout(m_reportBox);
    m_reportForm->setContentsMargins(0, 0, 0, 0);
    m_reportForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reportForm->setVerticalSpacing(2);
    m_noReport = selectableLabel(QString(), reportGroup);
    auto *reportLayout = new QVBoxLayout(reportGroup);
    reportLayout->addWidget(m_reportBox);
    reportLayout->addWidget(m_noReport);
    reportLayout->addStretch(1);

    // Advice runs to a paragraph: it scrolls in its own box rather than growing the pane.
    m_advice = new QPlainTextEdit(this);
    m_advice->setReadOnly(true);
    m_advice->setTabChangesFocus(true);
    m_advice->setAccessibleName(tr("Advice"));
    m_advice->setMinimumHeight(m_advice->fontMetrics().height() * 3);

    // Hosts and report side by side; each with what explains it below: evidence under the hosts,
    // advice under the report.
    auto *hostsColumn = new QVBoxLayout;
    hostsColumn->addWidget(new QLabel(tr("Hosts on Mackerel"), this));
    hostsColumn->addWidget(m_hosts);
    hostsColumn->addWidget(m_evidence, 1);
    auto *reportColumn = new QVBoxLayout;
    reportColumn->addWidget(reportGroup);
    reportColumn->addWidget(m_advice, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(hostsColumn, 1);
    columns->addLayout(reportColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addLayout(columns, 1);
    clear(tr("Select a machine to see its hosts, its report, the evidence and the advice."));
}

void FleetMachineDetails::clear(const QString &why)
{
    m_headline->setText(why);
    m_hosts->setRowCount(0);
    m_evidence->setRowCount(0);
    while (m_reportForm->rowCount() > 0)
        m_reportForm->removeRow(0);
    m_noReport->setText(QString());
    m_noReport->hide();
    m_advice->clear();
    m_advice->hide();
}

void FleetMachineDetails::setMachine(const FleetMachine &machine)
{
    QString headline = QStringLiteral("%1 — %2").arg(machine.displayName(), verdictHeadline(machine.verdict));
    m_headline->setText(headline);

    m_hosts->setRowCount(int(machine.hosts.size()));
    for (int row = 0; row < machine.hosts.size(); ++row) {
        const FleetHost &host = machine.hosts.at(row);
        m_hosts->setItem(row, 0, item(host.host.id));
        m_hosts->setItem(row, 1, item(host.host.name));
        m_hosts->setItem(row, 2, item(host.host.status));
        QString source = hostSourceName(host.source);
        if (!host.host.agentVersion().isEmpty())
            source += QStringLiteral(" %1").arg(host.host.agentVersion());
        m_hosts->setItem(row, 3, item(source));
        m_hosts->setItem(row, 4, item(host.host.customIdentifier.isEmpty() ? tr("(none)") : host.host.customIdentifier));
        m_hosts->setItem(row, 5, item(host.joinedBy ? joinKeyName(*host.joinedBy) : QString()));
        if (host.host.id == machine.keepHostId) {
            QFont bold = m_hosts->font();
            bold.setBold(true);
            for (int column = 0; column < m_hosts->columnCount(); ++column)
                m_hosts->item(row, column)->setFont(bold);
            m_hosts->item(row, 0)->setToolTip(tr("The host to keep"));
        }
    }

    setReport(machine);

    m_evidence->setRowCount(int(machine.evidence.size()));
    for (int row = 0; row < machine.evidence.size(); ++row) {
        const FleetEvidence &evidence = machine.evidence.at(row);
        const bool support = evidence.key == QLatin1String("ipAddress") || evidence.key == QLatin1String("hostName");
        m_evidence->setItem(row, 0, item(evidence.joins ? tr("joins") : support ? tr("supports") : tr("note")));
        m_evidence->setItem(row, 1, item(evidence.text));
    }

    QString advice = tr("Advice: %1").arg(machine.advice);
    if (!machine.keepHostId.isEmpty())
        advice += QStringLiteral("\n") + tr("Host to keep (bold): %1").arg(machine.keepHostId);
    m_advice->setPlainText(advice);
    m_advice->show();
}

void FleetMachineDetails::setReport(const FleetMachine &machine)
{
    while (m_reportForm->rowCount() > 0)
        m_reportForm->removeRow(0);
    if (!machine.report) {
        m_noReport->setText(tr("No report: the playbook has not fetched one from this machine (yet)."));
        m_noReport->show();
        m_reportBox->hide();
        return;
    }
    m_noReport->hide();
    m_reportBox->show();
    const FleetReport &report = *machine.report;
    QString idFile = tr("not reported (an older inspector)");
    if (report.idFileReported) {
        switch (report.idFile.state) {
        case HostIdFile::State::Absent: idFile = tr("none"); break;
        case HostIdFile::State::Empty: idFile = tr("empty"); break;
        case HostIdFile::State::Present: idFile = tr("holds host %1").arg(report.idFile.hostId); break;
        case HostIdFile::State::Unreadable: idFile = tr("unreadable"); break;
        }
        idFile += QStringLiteral(" (%1)").arg(report.idFile.path);
    }
    QString joined = machine.reportJoinedBy ? tr("by %1").arg(joinKeyName(*machine.reportJoinedBy)) : tr("to no host");
    if (machine.agentDecision)
        joined += tr("; the agent would: %1").arg(matchVerdictName(machine.agentDecision->verdict));
    const QList<QPair<QString, QString>> rows{
        {tr("Host name"), QStringLiteral("%1 (%2)").arg(report.hostName, report.platform)},
        {tr("customIdentifier"), report.customIdentifier.isEmpty() ? tr("(none)") : report.customIdentifier},
        {tr("Id file"), idFile},
        {tr("Joined"), joined},
        {tr("File"), report.inspectorVersion.isEmpty() ? report.file
                                                       : tr("%1 (inspector %2)").arg(report.file, report.inspectorVersion)},
    };
    for (const auto &[label, value] : rows)
    {
        // One line each (the whole value in the tooltip): wrapping labels would make the pane ask for
        // the height of its narrowest layout, and scroll.
        QLabel *field = selectableLabel(value, m_reportBox);
        field->setWordWrap(false);
        field->setToolTip(plainToolTip(value));
        m_reportForm->addRow(label, field);
    }
}

QStringList FleetMachineDetails::reportLines() const
{
    QStringList lines;
    if (m_reportBox->isHidden())
        return lines;
    for (int row = 0; row < m_reportForm->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_reportForm->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_reportForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << QStringLiteral("%1: %2").arg(label->text(), value->text());
    }
    return lines;
}

QString FleetMachineDetails::headlineText() const
{
    return m_headline->text();
}

QString FleetMachineDetails::adviceText() const
{
    return m_advice->toPlainText();
}

} // namespace mi::ui
