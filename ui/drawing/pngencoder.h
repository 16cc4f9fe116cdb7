#pragma once

#include <QByteArray>
#include <QImage>

#include <vector>

namespace mi::ui {

// An RGB PNG for a screenshot, encoded fast: rows unfiltered, deflated at zlib's fastest level, in
// horizontal bands that can be compressed at the same time on several cores. A window's flat colours
// still compress about twenty-fold; QImageWriter's PNG tries every filter on every row and takes
// four times as long.
//
// Usage: PngEncoder encoder(image, bands); encoder.compressBand(i) for each band, from any threads;
// then encoder.png(). A band is a raw deflate stream ending on a byte boundary (the last one final),
// so the bands joined are one zlib stream; their Adler-32 sums combine.
class PngEncoder
{
public:
    explicit PngEncoder(const QImage &image, int bands);

    int bandCount() const { return int(m_bands.size()); }
    // Thread-safe for distinct bands. Returns false when zlib fails (out of memory).
    bool compressBand(int band);
    // The file, once every band is compressed; empty if one failed.
    QByteArray png() const;

private:
    struct Band
    {
        int firstRow = 0;
        int rowCount = 0;
        QByteArray deflated;
        quint32 adler = 1;
        qint64 rawSize = 0;
        bool ok = false;
    };
    QImage m_rgb;
    std::vector<Band> m_bands;
};

} // namespace mi::ui
