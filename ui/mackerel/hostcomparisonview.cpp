#include "hostcomparisonview.h"

#include "hostupdateplan.h"
#include "plaintooltip.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mi::ui {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QObject::tr("(none)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QString text = value.toVariant().toString();
    return text.isEmpty() ? QObject::tr("(empty)") : text;
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QObject::tr("(none)") : text;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    // Fixed widths rather than a stretched last column: a stretch is worked out when the table is
    // first shown and repaints it a second time then (over X forwarding, that costs a table of pixels).
    table->setColumnWidth(0, 160);
    table->setColumnWidth(1, 420);
    table->setColumnWidth(2, 460);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6); // six rows in sight
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells, bool emphasised)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(plainToolTip(cells.at(column)));
        if (emphasised) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setItem(row, column, item);
    }
}

} // namespace

HostComparisonView::HostComparisonView(QWidget *parent)
    : QWidget(parent)
{
    m_sideBySide = makeTable({tr("Field"), tr("This machine"), tr("On Mackerel")}, this);
    m_sideBySide->setAccessibleName(tr("This machine and the host on Mackerel, side by side"));
    m_differencesTitle = new QLabel(this);
    m_differencesTitle->setTextFormat(Qt::PlainText);
    m_differencesTitle->setWordWrap(true);
    m_differences = makeTable({tr("Field an update changes"), tr("On Mackerel now"), tr("After the update")}, this);
    m_differences->setAccessibleName(tr("What an update would change"));

    // Never squeezed to a scroll bar: the side by side shows its six rows, the differences three; a
    // short window scrolls the page instead.
    const auto keepRows = [](QTableWidget *table, int rows) {
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize()
                                + 2 * table->frameWidth() + table->horizontalScrollBar()->sizeHint().height());
    };
    keepRows(m_sideBySide, 6);
    keepRows(m_differences, 4);
    // And no taller: in the scrolling Mackerel page a table's preferred height would only push the
    // action below the fold. The side by side has six rows; more differences scroll in their table.
    m_sideBySide->setMaximumHeight(m_sideBySide->minimumHeight());
    m_differences->setMaximumHeight(m_differences->minimumHeight());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sideBySide, 4);
    layout->addWidget(m_differencesTitle);
    layout->addWidget(m_differences, 2);
}

void HostComparisonView::clear()
{
    m_local = QJsonObject();
    m_remote = QJsonObject();
    m_sideBySide->setRowCount(0);
    m_differences->setRowCount(0);
    m_differencesTitle->clear();
}

void HostComparisonView::setHosts(const QJsonObject &local, const MackerelHost &remote)
{
    // The same hosts again (a re-check): nothing to repaint.
    if (m_sideBySide->rowCount() > 0 && local == m_local && remote.raw == m_remote)
        return;
    clear();
    m_local = local;
    m_remote = remote.raw;
    m_sideBySide->horizontalHeaderItem(2)->setText(tr("On Mackerel: %1").arg(remote.id));

    QStringList localRoles;
    for (const QJsonValue &role : local.value(QStringLiteral("roleFullnames")).toArray())
        localRoles.append(role.toString());
    localRoles.sort();
    const QString localRolesText = localRoles.isEmpty() ? tr("(none: keeps Mackerel's)") : localRoles.join(QStringLiteral(", "));
    const QString remoteRolesText = orNone(remote.roleFullnames().join(QStringLiteral(", ")));

    struct Row { QString field; QString here; QString there; bool differs; };
    const QString localName = local.value(QStringLiteral("name")).toString();
    const QString localDisplay = local.value(QStringLiteral("displayName")).toString();
    const QString localIdentifier = local.value(QStringLiteral("customIdentifier")).toString();
    const QList<Row> rows = {
        {tr("name"), orNone(localName), orNone(remote.name), localName != remote.name},
        {tr("displayName"), localDisplay.isEmpty() ? tr("(none: keeps Mackerel's)") : localDisplay, orNone(remote.displayName),
         !localDisplay.isEmpty() && localDisplay != remote.displayName},
        {tr("customIdentifier"), orNone(localIdentifier), orNone(remote.customIdentifier),
         !localIdentifier.isEmpty() && localIdentifier != remote.customIdentifier},
        {tr("roles"), localRolesText, remoteRolesText, !localRoles.isEmpty() && localRoles != remote.roleFullnames()},
        {tr("status"), tr("(set on Mackerel)"), orNone(remote.status), false},
        {tr("agent version"), tr("(the agent sends its own)"), remote.agentVersion().isEmpty() ? tr("(no agent yet)") : remote.agentVersion(),
         false},
    };
    for (const Row &row : rows)
        addRow(m_sideBySide, {row.field, row.here, row.there}, row.differs);

    const HostUpdatePlan plan = HostUpdatePlan::make(remote, local);
    m_differencesTitle->setText(plan.isNoop()
                                    ? tr("An update would change nothing on Mackerel.")
                                    : tr("An update would change %n field(s) on Mackerel (nothing the host has and this "
                                         "machine does not state is taken away):",
                                         nullptr, int(plan.changes.size())));
    for (const HostFieldChange &change : plan.changes)
        addRow(m_differences, {change.field, valueText(change.before), valueText(change.after)}, false);
    m_differences->setVisible(!plan.isNoop());
}

} // namespace mi::ui
