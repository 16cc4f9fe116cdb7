#include "mainwindow.h"

#include "fleetsession.h"
#include "fleetview.h"
#include "hostspecview.h"
#include "inspectionsession.h"
#include "machinekeys.h"
#include "lazytab.h"
#include "mackerelpanel.h"
#include "mackerelsession.h"
#include "screenshotwriter.h"
#include "tabpainthold.h"
#include "drawnicon.h"
#include "tabrelayoutfilter.h"
#include "timelinedelegate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QFrame>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace mi::ui {

namespace {

// Tab leaves a table (the arrow keys move in it), and every view has a name a screen reader says:
// on the pages built now and on those built when first shown.
void prepareForKeyboard(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        view->setTabKeyNavigation(false);
        if (view->accessibleName().isEmpty() && !view->windowTitle().isEmpty())
            view->setAccessibleName(view->windowTitle());
    }
}

// A page that scrolls when the window is smaller than its parts, instead of squeezing them below their
// minimum sizes or making the window grow when it is first shown.
QWidget *scrolling(QWidget *content, QWidget *page, const QString &name)
{
    auto *area = new QScrollArea(page);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setAccessibleName(name);
    area->setWidget(content);
    return area;
}

} // namespace

MainWindow::MainWindow(InspectionSession *session, MackerelSession *mackerel, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_mackerel(mackerel)
{
    // No title of its own: the window system shows the application's display name, once.
    // A check also looks up the identifier the firmware says the agent will miss, as `match` does.
    if (m_mackerel)
        m_mackerel->setFirmwareFinding([this]() -> std::optional<FirmwareFinding> {
            for (const FirmwareFinding &finding : m_session->result().firmwareFindings) {
                if (finding.kind == FirmwareFinding::Kind::AgentMissesCloud && !finding.expectedIdentifier.isEmpty())
                    return finding;
            }
            return std::nullopt;
        });
    m_screenshotWriter = new ScreenshotWriter(this);
    connect(m_screenshotWriter, &ScreenshotWriter::finished, this, &MainWindow::screenshotSaved);
    setWindowIcon(applicationIcon());
    createActions();
    createCentralArea();
    connect(m_session, &InspectionSession::resultChanged, this, &MainWindow::showResult);
    connect(m_session, &InspectionSession::hostSpecChanged, this, &MainWindow::showHostSpec);
    connect(m_session, &InspectionSession::runningChanged, this, &MainWindow::onRunningChanged);
    connect(m_session, &InspectionSession::statusMessage, statusBar(), [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    resize(1100, 720);
    // While a run is on, the evidence table repaints once at the end instead of once a batch: over
    // X forwarding each repaint of it is about 2 MB. A slow run still shows progress after a second.
    m_evidenceHold.setSingleShot(true);
    m_evidenceHold.setInterval(1000);
    connect(&m_evidenceHold, &QTimer::timeout, this, &MainWindow::releaseEvidence);
    m_showDeadline.setSingleShot(true);
    connect(&m_showDeadline, &QTimer::timeout, this, [this] {
        if (m_showPending)
            showNow();
    });
    showResult();
    onRunningChanged(m_session->isRunning());
}

void MainWindow::showWhenReady(int maxWaitMs)
{
    // Mapped now, so that the window system's round trips and the layout overlap the detection;
    // painted once, when the results are in.
    setUpdatesEnabled(false);
    m_showPending = true;
    show();
    // Each page built so far is shown once now, unpainted: a page gets its real size, and its tables
    // their column widths, when first shown, and doing that during a later tab switch would repaint
    // the page a second time right after the switch. Pages built on demand (LazyTab) settle then.
    {
        const QSignalBlocker blocker(m_tabs);
        const int current = m_tabs->currentIndex();
        for (int index = 0; index < m_tabs->count(); ++index) {
            if (!qobject_cast<LazyTab *>(m_tabs->widget(index)))
                m_tabs->setCurrentIndex(index);
        }
        m_tabs->setCurrentIndex(current);
    }
    if (m_session->hasHostSpec() && !isBusy()) {
        showNow();
        return;
    }
    m_showDeadline.start(maxWaitMs);
}

void MainWindow::showSoon()
{
    // Once every other receiver of the change that made the window ready (the Mackerel tab, for
    // one) has updated itself, so that the one paint shows it too.
    QTimer::singleShot(0, this, [this] {
        if (m_showPending)
            showNow();
    });
}

void MainWindow::showNow()
{
    m_showPending = false;
    m_showDeadline.stop();
    settleLayouts(this);
    setUpdatesEnabled(true);
    show();
    // The one paint, now rather than at the next update request, so that a screenshot follows it.
    if (windowHandle() && windowHandle()->isExposed()) {
        repaint();
        // Settled and painted just now: the screenshot is these pixels.
        if (screenshotDue()) {
            m_screenshotWriter->write(ScreenshotWriter::paintedImage(this), std::exchange(m_screenshotPath, QString()));
            return;
        }
    }
    maybeTakeScreenshot();
}

void MainWindow::settleLayouts(QWidget *page)
{
    // A page shown for the first time lays itself out from posted layout requests, and item views
    // their rows from a timer, after it has been painted: a second page of pixels over X forwarding,
    // right after the first. Lay them out now, so that it paints once, as it will stay.
    QList<QWidget *> widgets = page->findChildren<QWidget *>();
    widgets.prepend(page);
    const QList<QScrollArea *> areas = page->findChildren<QScrollArea *>();
    // A scroll area sizes its content on a layout request, and the content lays itself out again at
    // its new size (a scroll area within: once more): until nothing is left to do, or the content is
    // painted squeezed below its minimum size. Each pass delivers only the layout requests pending.
    for (int pass = 0; pass < 3; ++pass) {
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget->layout())
                widget->layout()->activate();
        }
        for (QScrollArea *area : areas) {
            QEvent request(QEvent::LayoutRequest);
            QCoreApplication::sendEvent(area, &request);
        }
        if (areas.isEmpty())
            break;
        for (QWidget *widget : std::as_const(widgets))
            widget->ensurePolished();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views)
        view->doItemsLayout();
}

void MainWindow::holdEvidence()
{
    if (!isVisible() || m_evidenceHold.isActive())
        return;
    m_evidenceView->setUpdatesEnabled(false);
    m_evidenceHold.start();
}

void MainWindow::releaseEvidence()
{
    m_evidenceHold.stop();
    if (m_evidenceView->updatesEnabled())
        return;
    // The rows' layout, due on the view's timer, now, while its repaints are still held: one repaint.
    m_evidenceView->doItemsLayout();
    m_evidenceView->setUpdatesEnabled(true);
}

void MainWindow::setTabTextIfChanged(QWidget *page, const QString &text)
{
    // A new label relays the tab bar out and repaints it: only when the words change.
    const int index = m_tabs->indexOf(page);
    if (index >= 0 && m_tabs->tabText(index) != text)
        m_tabs->setTabText(index, text);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed())
        QTimer::singleShot(0, this, &MainWindow::maybeTakeScreenshot);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(drawnIcon(DrawnIcon::Reload), tr("&Re-run detection"), this);
    m_refreshAction->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        holdEvidence(); // before the session empties the table
        m_session->refresh();
    });

    m_cancelAction = new QAction(drawnIcon(DrawnIcon::Stop), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    connect(m_cancelAction, &QAction::triggered, m_session, &InspectionSession::cancel);

    m_copyAction = new QAction(tr("&Copy customIdentifier"), this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyIdentifier);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_cancelAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    menuBar()->addMenu(tr("&Edit"))->addAction(m_copyAction);

    // Alt+1 … Alt+9 open the tabs, whichever tabs there are then.
    for (int number = 1; number <= 9; ++number) {
        auto *tabAction = new QAction(this);
        tabAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(tabAction, &QAction::triggered, this, [this, number] { m_tabPaintHold->switchTo(number - 1); });
        addAction(tabAction);
    }

    // The tool bar's buttons show the words without the menus' mnemonics (a translated "(&C)" would
    // show as a stray "(C)").
    m_refreshAction->setIconText(tr("Re-run detection"));
    m_cancelAction->setIconText(tr("Cancel"));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_cancelAction);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *summary = new QGridLayout;
    m_platformLabel = new QLabel(central);
    m_platformLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_platformLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_platformLabel->setFont(titleFont);
    m_platformLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceLabel = new QLabel(central);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setWordWrap(true);

    m_identifierField = new QLineEdit(central);
    m_identifierField->setReadOnly(true);
    m_identifierField->setAccessibleName(tr("customIdentifier"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_identifierField->setFont(mono);
    m_copyButton = new QToolButton(central);
    m_copyAction->setIconText(tr("Copy")); // the button's word, kept when the action changes
    m_copyButton->setDefaultAction(m_copyAction);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton->setAccessibleName(tr("Copy customIdentifier"));

    m_warningsLabel = new QLabel(central);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setFrameShape(QFrame::StyledPanel);
    m_warningsLabel->setMargin(6);

    // The firmware cross-check: at the very top, in the palette's highlight colours, still (no
    // animation, so that it reads the same over X forwarding).
    m_firmwareBanner = new QFrame(central);
    m_firmwareBanner->setAutoFillBackground(true);
    m_firmwareBanner->setBackgroundRole(QPalette::Highlight);
    m_firmwareBanner->setForegroundRole(QPalette::HighlightedText);
    m_firmwareBanner->setAccessibleName(tr("Firmware cross-check"));
    auto *bannerLayout = new QVBoxLayout(m_firmwareBanner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    auto *bannerTitle = new QLabel(tr("The firmware and mackerel-agent disagree"), m_firmwareBanner);
    bannerTitle->setForegroundRole(QPalette::HighlightedText);
    QFont bannerFont = bannerTitle->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.2);
    bannerTitle->setFont(bannerFont);
    m_firmwareBannerText = new QLabel(m_firmwareBanner);
    m_firmwareBannerText->setForegroundRole(QPalette::HighlightedText);
    m_firmwareBannerText->setWordWrap(true);
    m_firmwareBannerText->setTextFormat(Qt::PlainText);
    m_firmwareBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(bannerTitle);
    bannerLayout->addWidget(m_firmwareBannerText);
    m_firmwareBanner->hide();

    m_hostedOnLabel = new QLabel(central);
    m_hostedOnLabel->setWordWrap(true);
    m_hostedOnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostedOnLabel->setToolTip(tr("The inspector's own view from the DMI firmware files, beyond mackerel-agent's "
                                   "three clouds. It never changes what the agent detects or sends."));

    summary->addWidget(new QLabel(tr("Platform"), central), 0, 0);
    summary->addWidget(m_platformLabel, 0, 1, 1, 2);
    summary->addWidget(m_sourceLabel, 1, 1, 1, 2);
    summary->addWidget(new QLabel(tr("customIdentifier"), central), 2, 0);
    summary->addWidget(m_identifierField, 2, 1);
    summary->addWidget(m_copyButton, 2, 2);
    summary->addWidget(new QLabel(tr("Hosted on"), central), 3, 0);
    summary->addWidget(m_hostedOnLabel, 3, 1, 1, 2);
    summary->setColumnStretch(1, 1);
    layout->addWidget(m_firmwareBanner);
    layout->addLayout(summary);
    layout->addWidget(m_warningsLabel);

    m_tabs = new QTabWidget(central);
    m_tabs->tabBar()->setAccessibleName(tr("Tabs"));
    new TabRelayoutFilter(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *page = m_tabs->widget(index))
            settleLayouts(page);
    });
    // Then the switch's one paint waits for the views' column sizes and rows, and for the Fleet tab's
    // first audit (it lists the organization's hosts: a second at most, as the window's first paint).
    m_tabPaintHold = new TabPaintHold(m_tabs, [this](QWidget *page) {
        return m_fleetTab && page == m_fleetTab && m_fleet->isBusy();
    });
    m_evidenceView = new QTableView(m_tabs);
    m_evidenceView->setModel(m_session->probes());
    m_evidenceView->setAccessibleName(tr("Evidence"));
    m_evidenceView->setItemDelegateForColumn(ProbeTableModel::Time, new TimelineDelegate(m_evidenceView));
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setWordWrap(false);
    // Scroll bars that come and go as a re-run empties and refills the table would resize it, and
    // repaint it, each time.
    m_evidenceView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_evidenceView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    m_evidenceView->setColumnWidth(ProbeTableModel::Platform, 70);
    m_evidenceView->setColumnWidth(ProbeTableModel::Method, 60);
    m_evidenceView->setColumnWidth(ProbeTableModel::Url, 380);
    m_evidenceView->setColumnWidth(ProbeTableModel::Status, 55);
    m_evidenceView->setColumnWidth(ProbeTableModel::Time, 90);
    m_evidenceView->setColumnWidth(ProbeTableModel::Outcome, 110);
    // The widths fit the English headers; a translated header ("プラットフォーム") may need more.
    for (int column = 0; column < ProbeTableModel::Detail; ++column) {
        const int headerWidth = m_evidenceView->horizontalHeader()->sectionSizeHint(column);
        m_evidenceView->setColumnWidth(column, std::max(m_evidenceView->columnWidth(column), headerWidth));
    }
    m_tabs->addTab(m_evidenceView, tr("Evidence"));

    m_metadataTable = new QTableWidget(0, 2, m_tabs);
    m_metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadataTable->setAccessibleName(tr("Cloud metadata"));
    m_metadataTable->horizontalHeader()->setStretchLastSection(true);
    m_metadataTable->verticalHeader()->hide();
    m_metadataTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadataTable->setColumnWidth(0, 240);
    m_tabs->addTab(m_metadataTable, tr("Cloud metadata"));

    // The pages behind tabs are built when first shown (LazyTab).
    m_hostSpecTab = new LazyTab([this](QWidget *page) {
        m_hostSpecView = new HostSpecView(page);
        connect(m_hostSpecView, &HostSpecView::message, statusBar(), [this](const QString &text) {
            statusBar()->showMessage(text, 5000);
        });
        fillHostSpecView();
        return scrolling(m_hostSpecView, page, tr("Host specs"));
    }, m_tabs);
    m_tabs->addTab(m_hostSpecTab, tr("Host specs"));

    if (m_mackerel) {
        m_mackerelTab = new LazyTab([this](QWidget *page) {
            m_mackerelPanel = new MackerelPanel(
                m_mackerel, [this] { return m_session->result().customIdentifier; },
                [this] { return m_session->hostSpec().host; }, page);
            m_mackerelPanel->setFirmwareInstanceKey([this] { return firmwareInstanceKey(); });
            m_mackerelPanel->setReady(m_session->hasHostSpec() && !m_session->isRunning());
            return m_mackerelPanel;
        }, m_tabs);
        m_tabs->addTab(m_mackerelTab, tr("Mackerel"));
        connect(m_mackerel, &MackerelSession::stateChanged, this, [this] {
            const bool busy = m_mackerel->isBusy();
            m_refreshAction->setEnabled(!busy && !m_session->isRunning());
            if (m_mackerel->hasReport())
                setTabTextIfChanged(m_mackerelTab, tr("Mackerel: %1").arg(matchVerdictName(m_mackerel->report().verdict)));
            if (!busy) {
                if (m_showPending && m_session->hasHostSpec() && !isBusy())
                    showSoon();
                maybeTakeScreenshot();
            }
        });
    }
    layout->addWidget(m_tabs, 1);

    setCentralWidget(central);
    prepareForKeyboard(central);
    for (LazyTab *tab : {m_hostSpecTab, m_mackerelTab}) {
        if (tab)
            connect(tab, &LazyTab::built, this, [](QWidget *content) { prepareForKeyboard(content); });
    }
}

static QString sourceSentence(const DetectionResult &result)
{
    switch (result.source) {
    case DetectionSource::Metadata:
        return QObject::tr("Confirmed by the instance metadata service, as mackerel-agent would confirm it.");
    case DetectionSource::Override:
        return QObject::tr("Set by cloud_platform: mackerel-agent skips detection and uses this platform.");
    case DetectionSource::None: break;
    }
    return QObject::tr("No metadata service confirmed a cloud: mackerel-agent sends no cloud metadata and no customIdentifier.");
}

void MainWindow::showResult()
{
    const bool done = m_session->hasResult();
    const DetectionResult &result = m_session->result();
    if (!done && m_session->isRunning() && m_showsResult)
        return; // the previous result stays until the new one: only what changes is repainted then
    m_showsResult = done;
    if (!done) {
        m_platformLabel->setText(m_session->isRunning() ? tr("Detecting…") : tr("Not run"));
        m_sourceLabel->setText(tr("Asking each cloud's instance metadata service the way mackerel-agent does."));
        m_identifierField->clear();
        m_identifierField->setPlaceholderText(tr("waiting for the metadata services"));
        m_warningsLabel->hide();
        m_firmwareBanner->hide();
        m_firmwareBannerText->clear();
        m_hostedOnLabel->clear();
        m_metadataTable->setRowCount(0);
        m_copyAction->setEnabled(false);
        return;
    }
    m_platformLabel->setText(cloudDisplayName(result.platform));
    m_sourceLabel->setText(sourceSentence(result));
    m_identifierField->setText(result.customIdentifier);
    m_identifierField->setPlaceholderText(result.agentCustomIdentifier.isEmpty()
                                              ? tr("none: the agent sends no customIdentifier")
                                              : tr("none valid: see the warnings"));
    m_copyAction->setEnabled(!result.customIdentifier.isEmpty());

    m_hostedOnLabel->setText(tr("%1, by the firmware (the inspector's view, beyond the agent)%2")
                                 .arg(result.hostedOn.summary(),
                                      result.hostedOn.instanceId.isEmpty()
                                          ? QString()
                                          : tr("; instance %1").arg(result.hostedOn.instanceId)));
    QStringList bannerLines;
    QStringList warnings = result.warnings;
    for (const FirmwareFinding &finding : result.firmwareFindings) {
        bannerLines << finding.message;
        warnings.removeAll(finding.message); // told once, in the banner
    }
    m_firmwareBannerText->setText(bannerLines.join(QStringLiteral("\n\n")));
    m_session->probes()->setFirmwareProvider(bannerLines.isEmpty() ? QString() : result.hostedOn.provider);
    m_firmwareBanner->setVisible(!bannerLines.isEmpty());

    if (warnings.isEmpty()) {
        m_warningsLabel->hide();
    } else {
        m_warningsLabel->setText(tr("Warnings:\n") + QStringLiteral("• ") + warnings.join(QStringLiteral("\n• ")));
        m_warningsLabel->show();
    }

    m_metadataTable->setRowCount(0);
    if (result.hasCloud) {
        m_metadataTable->insertRow(0);
        m_metadataTable->setItem(0, 0, new QTableWidgetItem(tr("provider")));
        m_metadataTable->setItem(0, 1, new QTableWidgetItem(result.provider()));
        for (auto it = result.cloudMetadata.cbegin(); it != result.cloudMetadata.cend(); ++it) {
            const int row = m_metadataTable->rowCount();
            m_metadataTable->insertRow(row);
            m_metadataTable->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_metadataTable->setItem(row, 1, new QTableWidgetItem(it.value()));
        }
    }
    setTabTextIfChanged(m_metadataTable, result.hasCloud ? tr("Cloud metadata (%1)").arg(result.cloudMetadata.size()) : tr("Cloud metadata"));
}

void MainWindow::fillHostSpecView()
{
    if (!m_hostSpecView)
        return; // built later from the session's state
    if (!m_session->hasHostSpec()) {
        m_hostSpecView->clear(m_session->isRunning() ? tr("Collecting after the detection…") : tr("Not collected."));
        return;
    }
    const HostSpec &spec = m_session->hostSpec();
    QString note = tr("The body mackerel-agent would POST to /api/v0/hosts. %1").arg(HostSpec::agentOwnMetaNote());
    if (!spec.warnings.isEmpty())
        note += QStringLiteral("\n• ") + spec.warnings.join(QStringLiteral("\n• "));
    m_hostSpecView->setHost(spec.host, note);
}

void MainWindow::showHostSpec()
{
    fillHostSpecView();
    if (!m_session->hasHostSpec() || !m_mackerel)
        return;
    if (m_mackerelPanel)
        m_mackerelPanel->setReady(true);
    // With a key configured, the verdict comes without a click; nothing is changed by checking. The
    // panel makes the check with what is typed in it; before it is built (its tab not opened yet) the
    // check needs no page, and the page shows the verdict when opened.
    if (!m_mackerel->hasApiKey())
        return;
    if (m_mackerelPanel) {
        m_mackerelPanel->checkMatch();
        return;
    }
    const QString identifier = m_session->result().customIdentifier;
    m_mackerel->checkMatch(identifier, MackerelPanel::matchKeys(identifier, m_session->hostSpec().host, firmwareInstanceKey()));
}

QString MainWindow::firmwareInstanceKey() const
{
    const HostedOn &hostedOn = m_session->result().hostedOn;
    return instanceKeyFromFirmware(hostedOn.provider, hostedOn.instanceId);
}

HostSpecView *MainWindow::hostSpecView() const
{
    m_hostSpecTab->content();
    return m_hostSpecView;
}

MackerelPanel *MainWindow::mackerelPanel() const
{
    if (m_mackerelTab)
        m_mackerelTab->content();
    return m_mackerelPanel;
}

void MainWindow::onRunningChanged(bool running)
{
    m_refreshAction->setEnabled(!running && !(m_mackerel && m_mackerel->isBusy()));
    m_cancelAction->setEnabled(running);
    if (running && m_mackerelPanel)
        m_mackerelPanel->setReady(false);
    if (running)
        holdEvidence();
    else
        releaseEvidence();
    showResult();
    if (!running) {
        if (m_showPending && m_session->hasHostSpec() && !isBusy())
            showSoon();
        maybeTakeScreenshot();
    }
}

void MainWindow::copyIdentifier()
{
    const QString identifier = m_session->result().customIdentifier;
    if (identifier.isEmpty())
        return;
    QApplication::clipboard()->setText(identifier);
    statusBar()->showMessage(tr("Copied %1").arg(identifier), 5000);
}

void MainWindow::addFleetTab(FleetSession *fleet)
{
    if (m_fleet)
        return;
    m_fleet = fleet;
    // Built when first shown: the window starts without building the view or reading anything.
    m_fleetTab = new LazyTab([this](QWidget *page) {
        m_fleetView = new FleetView(m_fleet, page);
        connect(m_fleetView, &FleetView::message, statusBar(), [this](const QString &text) {
            statusBar()->showMessage(text, 5000);
        });
        return scrolling(m_fleetView, page, tr("Fleet"));
    }, m_tabs);
    connect(m_fleetTab, &LazyTab::built, this, [](QWidget *content) { prepareForKeyboard(content); });
    m_tabs->addTab(m_fleetTab, tr("Fleet"));
    connect(m_fleet, &FleetSession::stateChanged, m_tabPaintHold, &TabPaintHold::recheck);
    connect(m_fleet, &FleetSession::stateChanged, this, [this] {
        if (!m_fleet->isBusy())
            maybeTakeScreenshot();
    });
}

int MainWindow::fleetTabIndex() const
{
    return m_fleetTab ? m_tabs->indexOf(m_fleetTab) : -1;
}

bool MainWindow::isBusy() const
{
    // A configured match check follows the host specs: wait for it too.
    const bool matchPending = m_mackerel && m_mackerel->hasApiKey() && !m_mackerel->hasReport()
        && m_mackerel->state() != MackerelSession::State::Failed;
    // The Fleet tab, once shown, until its audit is in.
    const bool fleetPending = m_fleetView && m_fleet->isBusy();
    return m_session->isRunning() || (m_mackerel && (m_mackerel->isBusy() || matchPending)) || fleetPending;
}

QString MainWindow::platformText() const
{
    return m_platformLabel->text();
}

QString MainWindow::identifierText() const
{
    return m_identifierField->text();
}

QString MainWindow::firmwareBannerText() const
{
    return m_firmwareBanner->isHidden() ? QString() : m_firmwareBannerText->text();
}

QString MainWindow::hostedOnText() const
{
    return m_hostedOnLabel->text();
}

void MainWindow::saveScreenshotWhenDone(const QString &path)
{
    m_screenshotPath = path;
    maybeTakeScreenshot();
}

bool MainWindow::screenshotDue() const
{
    return !m_screenshotPath.isEmpty() && !isBusy() && m_session->hasHostSpec();
}

void MainWindow::maybeTakeScreenshot()
{
    // While the first paint is pending, showNow() takes it.
    if (!screenshotDue() || !isVisible() || m_showPending)
        return;
    // Rendered once the window is on the screen (exposed and painted), so that "--screenshot"
    // measures a start up to a painted window, over X forwarding too.
    if (windowHandle() && !windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        windowHandle()->installEventFilter(this);
        return;
    }
    const QString path = std::exchange(m_screenshotPath, QString());
    // Once the last update has settled: the layouts and the item views' rows are laid out now, and
    // whatever that changes is painted, so that the screenshot is the window on the screen.
    QTimer::singleShot(0, this, [this, path] {
        settleLayouts(this);
        m_tabPaintHold->release();
        QCoreApplication::sendPostedEvents(this, QEvent::UpdateRequest);
        m_screenshotWriter->write(ScreenshotWriter::paintedImage(this), path);
    });
}

} // namespace mi::ui
