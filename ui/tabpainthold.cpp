#include "tabpainthold.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemView>
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
    // A press on a tab switches in the tab bar's own handler: seen here first.
    m_tabBar->installEventFilter(this);
}

bool TabPaintHold::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: the tab bar also sends events while the tab widget is being destroyed.
    if (event->type() == QEvent::MouseButtonPress && watched == m_tabBar) {
        const auto *press = static_cast<QMouseEvent *>(event);
        const int index = m_tabBar->tabAt(press->position().toPoint());
        if (press->button() == Qt::LeftButton && index >= 0 && index != m_tabs->currentIndex() && m_tabs->isTabEnabled(index))
            hold();
    }
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
