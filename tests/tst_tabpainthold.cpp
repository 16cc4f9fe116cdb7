// A tab switch paints its page once: held until the page's item views have laid out their sections
// and rows, and until a busy page is ready, or a deadline.
#include "tabpainthold.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace mi::ui;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// A page whose table sizes its columns to their contents, as the Mackerel and Fleet tabs' do: the
// header resizes its sections from a zero-time timer once the page is shown.
QWidget *tablePage(QTableWidget **table)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    *table = new QTableWidget(6, 3, page);
    (*table)->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < 6; ++row) {
        for (int column = 0; column < 3; ++column)
            (*table)->setItem(row, column, new QTableWidgetItem(QStringLiteral("cell %1 %2 with some words").arg(row).arg(column)));
    }
    layout->addWidget(*table);
    return page;
}

} // namespace

class TestTabPaintHold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchPaintsThePageOnce_data();
    void switchPaintsThePageOnce();
    void busyPageIsPaintedWhenReadyOrAtTheDeadline_data();
    void busyPageIsPaintedWhenReadyOrAtTheDeadline();
    void noHoldBeforeTheWindowIsPainted();
    void noHoldWithoutASwitch();
};

void TestTabPaintHold::switchPaintsThePageOnce_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("switchTo() (Alt+N)") << QStringLiteral("switchTo");
    QTest::newRow("a click on the tab") << QStringLiteral("click");
    QTest::newRow("Ctrl+Tab") << QStringLiteral("ctrl+tab");
    QTest::newRow("Right arrow on the tab bar") << QStringLiteral("arrow");
}

void TestTabPaintHold::switchPaintsThePageOnce()
{
    QFETCH(QString, how);
    QTabWidget tabs;
    tabs.resize(700, 400);
    tabs.addTab(new QWidget, QStringLiteral("First"));
    QTableWidget *table = nullptr;
    tabs.addTab(tablePage(&table), QStringLiteral("Table"));
    // As the window does: the page shown is laid out at once (rows and all), which starts the header's
    // section sizing, then the hold is asked.
    connect(&tabs, &QTabWidget::currentChanged, &tabs, [&tabs] {
        for (QAbstractItemView *view : tabs.currentWidget()->findChildren<QAbstractItemView *>())
            view->doItemsLayout();
    });
    TabPaintHold hold(&tabs);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QTest::qWait(50);

    PaintCounter viewport(table->viewport());
    if (how == QLatin1String("click"))
        QTest::mouseClick(tabs.tabBar(), Qt::LeftButton, {}, tabs.tabBar()->tabRect(1).center());
    else if (how == QLatin1String("ctrl+tab"))
        QTest::keyClick(&tabs, Qt::Key_Tab, Qt::ControlModifier);
    else if (how == QLatin1String("arrow"))
        QTest::keyClick(tabs.tabBar(), Qt::Key_Right);
    else
        hold.switchTo(1);
    QCOMPARE(tabs.currentIndex(), 1);
    QVERIFY(hold.isHolding());
    QCOMPARE(viewport.count, 0);
    // Released once the header has sized its sections (its zero-time timer has run).
    QTRY_VERIFY(!hold.isHolding());
    QVERIFY(!TabPaintHold::hasPendingViewLayout(tabs.currentWidget()));
    QTRY_COMPARE(viewport.count, 1);
    QTest::qWait(100);
    QCOMPARE(viewport.count, 1);
}

void TestTabPaintHold::busyPageIsPaintedWhenReadyOrAtTheDeadline_data()
{
    QTest::addColumn<bool>("becomesReady");
    QTest::newRow("ready after 100 ms") << true;
    QTest::newRow("never ready: the deadline") << false;
}

void TestTabPaintHold::busyPageIsPaintedWhenReadyOrAtTheDeadline()
{
    QFETCH(bool, becomesReady);
    QTabWidget tabs;
    tabs.resize(500, 300);
    tabs.addTab(new QWidget, QStringLiteral("First"));
    auto *busyPage = new QWidget;
    tabs.addTab(busyPage, QStringLiteral("Busy"));
    bool busy = true;
    TabPaintHold hold(&tabs, [&](QWidget *page) { return page == busyPage && busy; }, 400);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));

    PaintCounter page(busyPage);
    QElapsedTimer clock;
    clock.start();
    // A click on the tab holds too (the press comes before the switch).
    const QRect tab = tabs.tabBar()->tabRect(1);
    QTest::mouseClick(tabs.tabBar(), Qt::LeftButton, {}, tab.center());
    QCOMPARE(tabs.currentIndex(), 1);
    QVERIFY(hold.isHolding());
    QTest::qWait(50); // the event loop runs: nothing of the page is painted while held
    QVERIFY(hold.isHolding());
    QCOMPARE(page.count, 0);
    if (becomesReady)
        QTimer::singleShot(100, this, [&] {
            busy = false;
            hold.recheck(); // as the page's state signal would
        });
    QTRY_VERIFY(!hold.isHolding());
    const qint64 held = clock.elapsed();
    QVERIFY(held >= 90);
    if (becomesReady)
        QVERIFY2(held < 350, qPrintable(QString::number(held)));
    else
        QVERIFY2(held >= 390, qPrintable(QString::number(held)));
    QTRY_VERIFY(page.count >= 1);
}

void TestTabPaintHold::noHoldBeforeTheWindowIsPainted()
{
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("First"));
    tabs.addTab(new QWidget, QStringLiteral("Second"));
    TabPaintHold hold(&tabs, [](QWidget *) { return true; });
    hold.switchTo(1); // not shown yet
    QCOMPARE(tabs.currentIndex(), 1);
    QVERIFY(!hold.isHolding());
    QVERIFY(tabs.updatesEnabled());

    tabs.setUpdatesEnabled(false); // the window waiting for its first results, say
    tabs.show();
    hold.switchTo(0);
    QVERIFY(!hold.isHolding());
    tabs.setUpdatesEnabled(true);
    QVERIFY(tabs.updatesEnabled());
}

void TestTabPaintHold::noHoldWithoutASwitch()
{
    // A hold without a switch would end in a repaint of the whole tab widget for nothing.
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("First"));
    tabs.addTab(new QWidget, QStringLiteral("Second"));
    TabPaintHold hold(&tabs);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QTest::keyClick(tabs.tabBar(), Qt::Key_Left); // already the first tab
    QVERIFY(!hold.isHolding());
    QTest::mouseClick(tabs.tabBar(), Qt::LeftButton, {}, tabs.tabBar()->tabRect(0).center()); // the current tab
    QVERIFY(!hold.isHolding());
    hold.switchTo(0);
    QVERIFY(!hold.isHolding());
    QCOMPARE(tabs.currentIndex(), 0);
}

QTEST_MAIN(TestTabPaintHold)
#include "tst_tabpainthold.moc"
