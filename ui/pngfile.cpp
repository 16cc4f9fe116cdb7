#include "pngfile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <png.h>

namespace mi::ui {

namespace {
struct PngText
{
    Q_DECLARE_TR_FUNCTIONS(PngFile)
};
} // namespace

bool writeFastPng(const QImage &image, const QString &path, QString *error)
{
    if (image.isNull()) {
        *error = PngText::tr("there is no image to write");
        return false;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    png_image description{};
    description.version = PNG_IMAGE_VERSION;
    description.width = png_uint_32(rgb.width());
    description.height = png_uint_32(rgb.height());
    description.format = PNG_FORMAT_RGB;
    description.flags = PNG_IMAGE_FLAG_FAST;
    // One pass into a buffer of the largest size the image can take.
    png_alloc_size_t size = PNG_IMAGE_PNG_SIZE_MAX(description);
    QByteArray png(qsizetype(size), Qt::Uninitialized);
    const bool encoded = png_image_write_to_memory(&description, png.data(), &size, 0, rgb.constBits(),
                                                   png_int_32(rgb.bytesPerLine()), nullptr);
    if (!encoded) {
        *error = PngText::tr("cannot encode the PNG: %1").arg(QString::fromLatin1(description.message));
        png_image_free(&description);
        return false;
    }
    png.truncate(qsizetype(size));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace mi::ui
