#include "tabpainthold.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTabBar>
#include <QTabWidget>

namespace mi::ui {

TabPaintHold::TabPaintHold(QTabWidget *tabs, std::function<bool(QWidget *page)> isPageBusy, int maxHoldMs)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_tabBar(tabs->tabBar())
    , m_isPageBusy(std::move(isPageBusy))
    , m_maxHoldMs(maxHoldMs)
{
    // A few milliseconds: the views' own zero-time timers, started before, come first. A busy page is
    // waited for through recheck(), not by polling.
    m_poll.setInterval(2);
    connect(&m_poll, &QTimer::timeout, this, &TabPaintHold::check);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &TabPaintHold::release);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TabPaintHold::onCurrentChanged);
    // A press on a tab, or the keys that switch tabs, switch in the tab bar's and the tab widget's own
    // handlers: seen here first.
    m_tabBar->installEventFilter(this);
    m_tabs->installEventFilter(this);
}

int TabPaintHold::tabAfterKey(const QKeyEvent *key, bool onTabBar) const
{
    const int count = m_tabs->count();
    const int current = m_tabs->currentIndex();
    if (count < 2)
        return -1;
    // QTabWidget: Ctrl+Tab and Ctrl+PgDown forward, Ctrl+Shift+Tab and Ctrl+PgUp back, round the ends.
    if (key->modifiers() & Qt::ControlModifier) {
        switch (key->key()) {
        case Qt::Key_Tab:
        case Qt::Key_PageDown: return (current + 1) % count;
        case Qt::Key_Backtab:
        case Qt::Key_PageUp: return (current + count - 1) % count;
        default: return -1;
        }
    }
    // QTabBar with the focus: the arrow keys, stopping at the ends.
    if (onTabBar && key->modifiers() == Qt::NoModifier) {
        const bool forward = (key->key() == Qt::Key_Right) != (m_tabBar->layoutDirection() == Qt::RightToLeft);
        if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left) {
            const int next = forward ? current + 1 : current - 1;
            return next >= 0 && next < count ? next : -1;
        }
    }
    return -1;
}

bool TabPaintHold::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: the tab bar also sends events while the tab widget is being destroyed.
    int index = -1;
    if (event->type() == QEvent::MouseButtonPress && watched == m_tabBar) {
        const auto *press = static_cast<QMouseEvent *>(event);
        if (press->button() == Qt::LeftButton)
            index = m_tabBar->tabAt(press->position().toPoint());
    } else if (event->type() == QEvent::KeyPress && (watched == m_tabBar || watched == m_tabs)) {
        index = tabAfterKey(static_cast<QKeyEvent *>(event), watched == m_tabBar);
    }
    if (index >= 0 && index != m_tabs->currentIndex() && m_tabs->isTabEnabled(index))
        hold();
    return QObject::eventFilter(watched, event);
}

void TabPaintHold::switchTo(int index)
{
    if (index < 0 || index >= m_tabs->count() || index == m_tabs->currentIndex())
        return;
    hold();
    m_tabs->setCurrentIndex(index);
}

void TabPaintHold::hold()
{
    // Only a window on the screen and painting: before its first paint the window holds itself.
    if (m_holding || !m_tabs->isVisible() || !m_tabs->window()->updatesEnabled() || !m_tabs->updatesEnabled())
        return;
    m_holding = true;
    m_tabs->setUpdatesEnabled(false);
    m_deadline.start(m_maxHoldMs);
    m_poll.start(); // also ends the hold when no switch follows
}

void TabPaintHold::recheck()
{
    if (m_holding)
        check();
}

bool TabPaintHold::hasPendingViewLayout(const QWidget *page)
{
    const auto *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || !page)
        return false;
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        if (!view->isVisibleTo(page))
            continue;
        const auto timers = dispatcher->registeredTimers(const_cast<QAbstractItemView *>(view));
        for (const auto &timer : timers) {
            if (timer.interval == 0)
                return true;
        }
    }
    return false;
}

void TabPaintHold::onCurrentChanged()
{
    if (!m_holding)
        return;
    m_deadline.start(m_maxHoldMs);
    check();
}

void TabPaintHold::check()
{
    QWidget *page = m_tabs->currentWidget();
    const bool viewsPending = hasPendingViewLayout(page);
    if (!viewsPending && !(m_isPageBusy && m_isPageBusy(page))) {
        release();
        return;
    }
    if (viewsPending)
        m_poll.start();
    else
        m_poll.stop(); // the page is busy: recheck() or the deadline ends the hold
}

void TabPaintHold::release()
{
    m_poll.stop();
    m_deadline.stop();
    if (!m_holding)
        return;
    m_holding = false;
    m_tabs->setUpdatesEnabled(true); // one update of the whole tab widget: the tab bar and the page
}

} // namespace mi::ui
