// The screenshot's PNG: every pixel read back as written, however the image is cut into bands, and a
// file replaced whole or not at all.
#include "pngencoder.h"
#include "screenshotwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mi::ui;

namespace {

// Flat areas (what a window is made of) crossed by noise (antialiased text), so that deflate has runs
// to find and bytes it cannot compress.
QImage sampleImage(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = (y / 7 + x / 13) % 3 == 0 ? qRgb(int(random.bounded(256)), int(random.bounded(256)), 40)
                                                  : qRgb(239, 240, 241 - (y % 2));
    }
    return image;
}

QImage decoded(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

bool samePixels(const QImage &a, const QImage &b)
{
    const QImage left = a.convertToFormat(QImage::Format_RGB888);
    const QImage right = b.convertToFormat(QImage::Format_RGB888);
    if (left.size() != right.size())
        return false;
    for (int y = 0; y < left.height(); ++y) {
        if (memcmp(left.constScanLine(y), right.constScanLine(y), size_t(left.width()) * 3) != 0)
            return false;
    }
    return true;
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackExactly_data();
    void readsBackExactly();
    void bandsAreCompressedInAnyOrder();
    void writerReplacesTheFileWhole();
    void writerReportsAFolderItCannotWrite();
};

void TestPngEncoder::readsBackExactly_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("bands");
    QTest::newRow("one pixel") << 1 << 1 << 1;
    QTest::newRow("more bands than rows") << 5 << 3 << 8;
    QTest::newRow("window, one band") << 1100 << 720 << 1;
    QTest::newRow("window, two bands") << 1100 << 720 << 2;
    QTest::newRow("odd height, three bands") << 333 << 257 << 3;
    QTest::newRow("tall, eight bands") << 64 << 4001 << 8;
    QTest::newRow("no bands asked for") << 40 << 30 << 0;
}

void TestPngEncoder::readsBackExactly()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, bands);
    const QImage image = sampleImage(width, height, quint32(width * 31 + height));
    PngEncoder encoder(image, bands);
    QVERIFY(encoder.bandCount() >= 1);
    QVERIFY(encoder.bandCount() <= std::max(1, std::min(bands, height)));
    for (int band = 0; band < encoder.bandCount(); ++band)
        QVERIFY(encoder.compressBand(band));
    const QByteArray png = encoder.png();
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage back = decoded(png);
    QVERIFY(!back.isNull());
    QVERIFY(!back.hasAlphaChannel());
    QVERIFY(samePixels(back, image));
    if (width * height > 100000) // the flat areas compress
        QVERIFY(png.size() < qsizetype(width) * height * 3 / 2);
}

void TestPngEncoder::bandsAreCompressedInAnyOrder()
{
    const QImage image = sampleImage(300, 200, 7);
    PngEncoder encoder(image, 4);
    QCOMPARE(encoder.bandCount(), 4);
    for (int band : {3, 1, 0, 2})
        QVERIFY(encoder.compressBand(band));
    QVERIFY(samePixels(decoded(encoder.png()), image));

    PngEncoder unfinished(image, 2);
    QVERIFY(unfinished.compressBand(0));
    QVERIFY(unfinished.png().isEmpty()); // a band missing: no file rather than a broken one
}

void TestPngEncoder::writerReplacesTheFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older screenshot");
    }
    const QImage image = sampleImage(640, 480, 3);
    ScreenshotWriter writer;
    QSignalSpy finished(&writer, &ScreenshotWriter::finished);
    writer.write(image, path);
    QCOMPARE(finished.count(), 0); // never synchronous
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), path);
    QVERIFY(samePixels(QImage(path), image));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shot.png")});
}

void TestPngEncoder::writerReportsAFolderItCannotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/shot.png"));
    ScreenshotWriter writer;
    QSignalSpy finished(&writer, &ScreenshotWriter::finished);
    writer.write(sampleImage(32, 32, 1), path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QVERIFY(!QFile::exists(path));

    writer.write(QImage(), dir.filePath(QStringLiteral("empty.png")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
}

QTEST_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
