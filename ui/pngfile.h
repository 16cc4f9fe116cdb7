#pragma once

#include <QImage>
#include <QString>

namespace mi::ui {

// Writes `image` as an RGB PNG, fast: no filters and light compression (libpng's "fast" mode). A
// window's flat colours still compress about twenty-fold, in a quarter of the time of QImageWriter's
// PNG at its default or quick levels, which try every filter on every row. The file is replaced
// whole or not at all. Returns false with a message in *error.
bool writeFastPng(const QImage &image, const QString &path, QString *error);

} // namespace mi::ui
