// Build-time tool: writes a PNG's pixels raw (ARGB32, premultiplied, rows top to bottom), for the
// window icon (see applicationIcon()): usage rawicon IN.png OUT.argb
#include <QFile>
#include <QGuiApplication>
#include <QImage>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "minimal");
    QGuiApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QImage image = QImage(QString::fromLocal8Bit(argv[1])).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (image.isNull() || !out.open(QIODevice::WriteOnly))
        return 1;
    for (int y = 0; y < image.height(); ++y)
        out.write(reinterpret_cast<const char *>(image.constScanLine(y)), qint64(image.width()) * 4);
    return out.flush() ? 0 : 1;
}
