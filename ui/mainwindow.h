#pragma once

#include <QMainWindow>
#include <QTimer>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace mi::ui {

class FleetSession;
class FleetView;
class HostSpecView;
class InspectionSession;
class LazyTab;
class MackerelPanel;
class MackerelSession;
class ScreenshotWriter;
class TabPaintHold;

// The inspector window: platform and customIdentifier at the top, evidence and cloud metadata below.
// It shows the session's state and forwards actions to it; it never blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `mackerel` (optional, not owned) adds the Mackerel tab: match verdict, register and update.
    explicit MainWindow(InspectionSession *session, MackerelSession *mackerel = nullptr, QWidget *parent = nullptr);

    // Once the running work is done, renders the window to `path` (PNG) and emits screenshotSaved().
    void saveScreenshotWhenDone(const QString &path);

    // Shows the window once the first results are in (detection, host specs and a configured
    // Mackerel check), or after `maxWaitMs` if they are slow: one first frame with the results instead
    // of intermediate states, each of which costs a full window of pixels over X forwarding.
    void showWhenReady(int maxWaitMs = 1000);

    // For tests and accessibility: the parts a person reads.
    QString platformText() const;
    QString identifierText() const;
    // The firmware cross-check's banner at the top; empty when hidden (firmware and agent agree).
    QString firmwareBannerText() const;
    QString hostedOnText() const;
    QTabWidget *tabs() const { return m_tabs; }
    // The pages of lazily built tabs: asking builds them.
    HostSpecView *hostSpecView() const;
    MackerelPanel *mackerelPanel() const; // nullptr without a Mackerel session

    // Adds the Fleet tab (`fleet` not owned); its view is built when the tab is first shown.
    void addFleetTab(FleetSession *fleet);
    int fleetTabIndex() const;
    FleetView *fleetView() const { return m_fleetView; } // nullptr until the tab was shown

Q_SIGNALS:
    // On failure `error` says why.
    void screenshotSaved(bool ok, const QString &path, const QString &error);

public Q_SLOTS:
    void copyIdentifier();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSoon();
    void showNow();
    void settleLayouts(QWidget *page);
    QString firmwareInstanceKey() const;
    void holdEvidence();
    void releaseEvidence();
    void setTabTextIfChanged(QWidget *page, const QString &text);
    void createActions();
    void createCentralArea();
    void showResult();
    void showHostSpec();
    void fillHostSpecView();
    void onRunningChanged(bool running);
    void maybeTakeScreenshot();
    // Asked for, and the work it waits for is done.
    bool screenshotDue() const;

    bool isBusy() const;

    InspectionSession *m_session;
    MackerelSession *m_mackerel;
    LazyTab *m_mackerelTab = nullptr;
    MackerelPanel *m_mackerelPanel = nullptr;
    FleetSession *m_fleet = nullptr;
    LazyTab *m_fleetTab = nullptr;
    FleetView *m_fleetView = nullptr;
    QLabel *m_platformLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLineEdit *m_identifierField = nullptr;
    QToolButton *m_copyButton = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QFrame *m_firmwareBanner = nullptr;
    QLabel *m_firmwareBannerText = nullptr;
    QLabel *m_hostedOnLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_evidenceView = nullptr;
    QTableWidget *m_metadataTable = nullptr;
    LazyTab *m_hostSpecTab = nullptr;
    HostSpecView *m_hostSpecView = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_copyAction = nullptr;
    QString m_screenshotPath;
    ScreenshotWriter *m_screenshotWriter = nullptr;
    TabPaintHold *m_tabPaintHold = nullptr;
    bool m_showPending = false;
    bool m_showsResult = false; // the labels show a detection result
    QTimer m_showDeadline;
    QTimer m_evidenceHold;
};

} // namespace mi::ui
