// The baseline for the GUI start-up benchmark: a Qt Widgets window of the inspector's size that does
// nothing, saved once painted to the PNG given last, then it exits.
//   bench_minimalwindow FILE              as a plain Qt program saves its window: QWidget::grab() and
//                                         QImage::save() (the benchmark's baseline since 2026-11-25)
//   bench_minimalwindow --fast-png FILE   as `mackerel-inspector --screenshot` saves its own: the
//                                         painted pixels, compressed off the GUI thread (ScreenshotWriter)
#include "screenshotwriter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <functional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const bool fast = QByteArray(argv[1]) == "--fast-png";
    const QString path = QString::fromLocal8Bit(argv[argc - 1]);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline"), &window));
    window.resize(1100, 720);
    window.show();
    mi::ui::ScreenshotWriter writer;
    QObject::connect(&writer, &mi::ui::ScreenshotWriter::finished, &app, [](bool ok, const QString &, const QString &error) {
        if (!ok)
            qWarning("%s", qPrintable(error));
        QCoreApplication::exit(ok ? 0 : 1);
    });
    std::function<void()> save = [&] {
        if (!fast) {
            QCoreApplication::exit(window.grab().save(path, "PNG") ? 0 : 1);
            return;
        }
        // As the inspector: once the window is exposed, painted now, and its backing store's pixels.
        if (!window.windowHandle() || !window.windowHandle()->isExposed()) {
            QTimer::singleShot(0, &window, save);
            return;
        }
        window.repaint();
        writer.write(mi::ui::ScreenshotWriter::paintedImage(&window), path);
    };
    QTimer::singleShot(0, &window, save);
    return QApplication::exec();
}
