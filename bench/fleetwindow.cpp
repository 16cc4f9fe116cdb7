// The Fleet tab's GUI thread while an organization is listed and joined (bench/fleet.py runs it):
//   bench_fleetwindow APIBASE KEYFILE REPORTSDIR
// shows the Fleet tab (FleetView on a FleetSession), then opens REPORTSDIR in it against the Mackerel
// API at APIBASE, and a 10 ms timer on the GUI thread records how late each of its ticks comes, from
// the opening until the audit is in the table: the reports read, the hosts listed and joined. A tick late by more than the interval is a stall of the event loop: the
// window could neither paint nor take input. Prints one JSON object:
//   {"maxLateMs","p99LateMs","ticks","seconds","machines","hostsListed","state"}
#include "fleetmachinemodel.h"
#include "fleetsession.h"
#include "fleetview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_fleetwindow APIBASE KEYFILE REPORTSDIR\n");
        return 2;
    }
    QFile keyFile(QString::fromLocal8Bit(argv[2]));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    mi::MackerelSettings settings;
    settings.apiBase = QUrl(QString::fromLocal8Bit(argv[1]));
    settings.apiBaseSource = QStringLiteral("--apibase");
    settings.apiKey = QString::fromUtf8(keyFile.readAll().trimmed());
    settings.apiKeySource = QStringLiteral("--apikey-file");

    mi::ui::FleetSession session([settings] { return settings; });
    const QString folder = QString::fromLocal8Bit(argv[3]);

    constexpr int IntervalMs = 10;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> lateness;
    qint64 expected = IntervalMs;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        lateness.append(std::max<qint64>(0, now - expected));
        if (lateness.constLast() > 50 && qEnvironmentVariableIsSet("MI_BENCH_TRACE"))
            std::fprintf(stderr, "stall of %lld ms ending at %lld ms, state %d, rows %lld\n", lateness.constLast(), now,
                         int(session.state()), qlonglong(session.audit().machines.size()));
        expected = now + IntervalMs;
    });

    // The tab is shown and painted first (its first frame is no part of the audit); then the folder is
    // opened, and from then on each tick's lateness counts.
    mi::ui::FleetView view(&session);
    view.resize(1100, 720);
    view.show();
    QTimer::singleShot(500, &app, [&] {
        clock.restart();
        expected = IntervalMs;
        ticker.start(IntervalMs);
        session.openFolder(folder);
    });

    auto report = [&] {
        ticker.stop();
        QList<qint64> sorted = lateness;
        std::sort(sorted.begin(), sorted.end());
        const qint64 p99 = sorted.isEmpty() ? 0 : sorted.at(qMin(sorted.size() - 1, qsizetype(sorted.size() * 0.99)));
        const QJsonObject result{
            {QStringLiteral("maxLateMs"), sorted.isEmpty() ? 0 : sorted.constLast()},
            {QStringLiteral("p99LateMs"), p99},
            {QStringLiteral("ticks"), sorted.size()},
            {QStringLiteral("seconds"), clock.elapsed() / 1000.0},
            {QStringLiteral("machines"), session.audit().machines.size()},
            {QStringLiteral("hostsListed"), session.audit().hostsListed},
            {QStringLiteral("state"), session.state() == mi::ui::FleetSession::State::Ready ? QStringLiteral("ready")
                                                                                            : session.errorString()},
        };
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        app.quit();
    };
    QObject::connect(&session, &mi::ui::FleetSession::stateChanged, &app, [&](mi::ui::FleetSession::State state) {
        if (state == mi::ui::FleetSession::State::Failed || (state == mi::ui::FleetSession::State::Ready && !session.isBusy()))
            QTimer::singleShot(50, &app, report); // the table's paint after the model reset counts too
    });
    QTimer::singleShot(120000, &app, report);
    return app.exec();
}
