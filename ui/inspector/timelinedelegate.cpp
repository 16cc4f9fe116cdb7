#include "timelinedelegate.h"

#include "probetablemodel.h"

#include <QPainter>

namespace mi::ui {

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = index.data(ProbeTableModel::TimelineFractionRole).toDouble();
    if (fraction > 0.0) {
        QRect bar = option.rect.adjusted(2, option.rect.height() / 4, -2, -option.rect.height() / 4);
        bar.setWidth(qMax(2, int(bar.width() * fraction)));
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlphaF(0.35f);
        painter->fillRect(bar, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace mi::ui
