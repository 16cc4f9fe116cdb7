#include "hostspecsummary.h"

#include "specsummary.h"

#include <QGridLayout>
#include <QLabel>

namespace mi::ui {

HostSpecSummary::HostSpecSummary(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
}

void HostSpecSummary::clear()
{
    qDeleteAll(m_labels);
    m_labels.clear();
}

void HostSpecSummary::setHost(const QJsonObject &host)
{
    clear();
    const QList<SpecSummaryLine> lines = specSummary(host);
    int row = 0;
    for (const SpecSummaryLine &line : lines) {
        auto *label = new QLabel(line.label, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *text = new QLabel(line.text, this);
        // Plain, not selectable: a selectable label lays its text out during its first paint and
        // paints again (a second page of pixels over X forwarding); the tree below is searchable and
        // "Copy as JSON" copies every value.
        text->setTextFormat(Qt::PlainText);
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_grid->addWidget(text, row, 1);
        m_labels << label << text;
        ++row;
    }
}

QString HostSpecSummary::text() const
{
    QStringList lines;
    for (qsizetype i = 0; i + 1 < m_labels.size(); i += 2) {
        const QString label = m_labels.at(i)->text();
        lines.append(label.isEmpty() ? QStringLiteral("  ") + m_labels.at(i + 1)->text()
                                     : label + QStringLiteral(": ") + m_labels.at(i + 1)->text());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mi::ui
