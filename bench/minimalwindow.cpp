// The baseline for the GUI start-up benchmark: a Qt Widgets window that does nothing, rendered once
// to a PNG exactly as `mackerel-inspector --screenshot` renders its window.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[argc - 1]);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline"), &window));
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &window, [&] { QCoreApplication::exit(window.grab().save(path, "PNG") ? 0 : 1); });
    return QApplication::exec();
}
