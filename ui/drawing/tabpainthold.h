#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QKeyEvent;
class QTabBar;
class QTabWidget;
class QWidget;

namespace mi::ui {

// Holds a tab switch's paint, in a window already on the screen, until the page shown has settled: its
// item views' zero-time timers (section sizes, rows) have run and `isPageBusy(page)` says false, or
// `maxHoldMs` have passed. Painting before that paints those views, or the page, a second time right
// after the first: over X forwarding, up to a page of pixels more. The hold starts before the switch
// (a click on a tab, Ctrl+Tab and the like, the tab bar's arrow keys, or switchTo()), since a page
// shown marks itself for painting at once; a switch made otherwise (setCurrentIndex()) paints as Qt
// paints it. Connect it after whatever lays the page out on currentChanged.
class TabPaintHold : public QObject
{
    Q_OBJECT
public:
    explicit TabPaintHold(QTabWidget *tabs, std::function<bool(QWidget *page)> isPageBusy = {}, int maxHoldMs = 1000);

    bool isHolding() const { return m_holding; }
    // Switches to tab `index`, holding its paint.
    void switchTo(int index);
    // Paints now if held (a screenshot, say, wants the page as it is).
    void release();
    // The page's business may have changed (connect the page's state signal here).
    void recheck();
    // True while a visible item view of `page` has a zero-time timer pending.
    static bool hasPendingViewLayout(const QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold();
    // The tab a key pressed on the tab bar or the tab widget switches to, or -1.
    int tabAfterKey(const QKeyEvent *key, bool onTabBar) const;
    void onCurrentChanged();
    void check();

    QTabWidget *m_tabs;
    QTabBar *m_tabBar;
    std::function<bool(QWidget *page)> m_isPageBusy;
    int m_maxHoldMs;
    bool m_holding = false;
    QTimer m_poll;
    QTimer m_deadline;
};

} // namespace mi::ui
