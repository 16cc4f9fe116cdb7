#pragma once

#include <QImage>
#include <QObject>
#include <QString>

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

Q_SIGNALS:
    // On failure `error` says why.
    void finished(bool ok, const QString &path, const QString &error);

private:
    void finish(const QByteArray &png, const QString &path);
};

} // namespace mi::ui
