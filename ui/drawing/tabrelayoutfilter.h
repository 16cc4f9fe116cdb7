#pragma once

#include <QObject>
#include <QSize>

class QTabWidget;

namespace mi::ui {

// Keeps a QTabWidget from repainting itself whole when nothing it lays out has changed. Qt 6.4's
// QTabWidget answers every layout request (posted whenever any layout inside a page changes, a
// button's text for instance) by repainting the tab bar and the whole page: over X forwarding that
// is most of a window of pixels for a change of a few. The filter lets a request through only when
// the tab bar's size hint has changed (a page's new minimum size goes to the window's layout
// without it); the page itself repaints what changed in it, as usual.
class TabRelayoutFilter : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `tabs` and is owned by it.
    explicit TabRelayoutFilter(QTabWidget *tabs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTabWidget *m_tabs;
    QSize m_tabBarHint;
    QSize m_minimumHint;
};

} // namespace mi::ui
