#include "screenshotwriter.h"

#include "pngencoder.h"

#include <QBackingStore>
#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <memory>

namespace mi::ui {

namespace {
struct EncodingJob
{
    EncodingJob(const QImage &image, int bands)
        : encoder(image, bands)
        , remaining(encoder.bandCount())
    {
    }
    PngEncoder encoder;
    std::atomic<int> remaining;
};
} // namespace

ScreenshotWriter::ScreenshotWriter(QObject *parent)
    : QObject(parent)
{
}

void ScreenshotWriter::write(const QImage &image, const QString &path)
{
    if (image.isNull()) {
        QMetaObject::invokeMethod(this, [this, path] { Q_EMIT finished(false, path, tr("there is no image to write")); },
                                  Qt::QueuedConnection);
        return;
    }
    auto job = std::make_shared<EncodingJob>(image, std::clamp(QThread::idealThreadCount(), 1, 8));
    const QPointer<ScreenshotWriter> writer(this);
    for (int band = 0; band < job->encoder.bandCount(); ++band) {
        QThreadPool::globalInstance()->start([job, band, writer, path] {
            job->encoder.compressBand(band);
            if (job->remaining.fetch_sub(1) != 1)
                return;
            // The last band: the rest happens in the GUI thread, where `writer` may be read.
            QMetaObject::invokeMethod(QCoreApplication::instance(), [job, writer, path] {
                if (writer)
                    writer->finish(job->encoder.png(), path);
            }, Qt::QueuedConnection);
        });
    }
}

QImage ScreenshotWriter::paintedImage(QWidget *window)
{
    if (QBackingStore *store = window->backingStore()) {
        QPaintDevice *device = store->paintDevice();
        if (device && device->devType() == QInternal::Image) {
            const QImage &painted = *static_cast<const QImage *>(device);
            if (painted.size() == window->size() * window->devicePixelRatio())
                return painted;
        }
    }
    return window->grab().toImage();
}

void ScreenshotWriter::finish(const QByteArray &png, const QString &path)
{
    if (png.isEmpty()) {
        Q_EMIT finished(false, path, tr("cannot compress the image (out of memory?)"));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        Q_EMIT finished(false, path, file.errorString());
        return;
    }
    Q_EMIT finished(true, path, QString());
}

} // namespace mi::ui
