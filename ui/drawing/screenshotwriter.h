#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QWidget;

namespace mi::ui {

// Writes a window's image to a PNG file off the GUI thread: the image's bands are compressed at once
// on the global thread pool (PngEncoder), then the file is replaced whole (QSaveFile) and finished()
// comes from the event loop. The image is copied before write() returns, so the window may repaint.
class ScreenshotWriter : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotWriter(QObject *parent = nullptr);

    void write(const QImage &image, const QString &path);

    // The pixels `window` painted on the screen, from its backing store, rather than a second rendering
    // of the whole window with grab() (its fallback): a raster backing store (xcb, offscreen) keeps the
    // window's image. Shared, not copied: hand it to write() at once, which copies it before the
    // backing store paints again.
    static QImage paintedImage(QWidget *window);

Q_SIGNALS:
    // On failure `error` says why.
    void finished(bool ok, const QString &path, const QString &error);

private:
    void finish(const QByteArray &png, const QString &path);
};

} // namespace mi::ui
