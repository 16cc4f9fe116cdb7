#pragma once

#include <QStyledItemDelegate>

namespace mi::ui {

// Draws the Time column as a bar proportional to the slowest request, in the palette's colours,
// so that a slow or timed-out endpoint stands out at a glance.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mi::ui
