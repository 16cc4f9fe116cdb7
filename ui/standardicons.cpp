#include "standardicons.h"

#include <QApplication>
#include <QHash>
#include <QPointer>

namespace mi::ui {

QIcon standardIcon(QStyle::StandardPixmap which)
{
    static QPointer<QStyle> cachedFor;
    static QHash<int, QIcon> cache;
    QStyle *style = QApplication::style();
    if (cachedFor != style) { // a new application style draws its own icons
        cache.clear();
        cachedFor = style;
    }
    auto it = cache.constFind(which);
    if (it == cache.constEnd())
        it = cache.insert(which, style->standardIcon(which));
    return *it;
}

} // namespace mi::ui
