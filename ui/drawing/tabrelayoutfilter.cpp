#include "tabrelayoutfilter.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>

namespace mi::ui {

TabRelayoutFilter::TabRelayoutFilter(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    tabs->installEventFilter(this);
}

bool TabRelayoutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::LayoutRequest && m_tabs->isVisible()) {
        // Where the tab bar and the page go depends on the tab widget's size and the tab bar only.
        const QSize tabBarHint = m_tabs->tabBar()->sizeHint();
        if (tabBarHint == m_tabBarHint) {
            // A page's minimum size still matters to the window's layout (a page built late).
            const QSize minimumHint = m_tabs->minimumSizeHint();
            if (minimumHint != m_minimumHint) {
                m_minimumHint = minimumHint;
                m_tabs->updateGeometry();
            }
            return true;
        }
        m_tabBarHint = tabBarHint;
        m_minimumHint = m_tabs->minimumSizeHint();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mi::ui
