#include "pngencoder.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace mi::ui {

namespace {

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype typeAt = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *checked = reinterpret_cast<const Bytef *>(out.constData() + typeAt);
    appendBigEndian(out, quint32(crc32(0, checked, uInt(4 + data.size()))));
}

} // namespace

PngEncoder::PngEncoder(const QImage &image, int bands)
    : m_rgb(image.convertToFormat(QImage::Format_RGB888))
{
    const int height = m_rgb.height();
    const int count = std::clamp(bands, 1, std::max(1, height));
    m_bands.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        m_bands[size_t(i)].firstRow = height * i / count;
        m_bands[size_t(i)].rowCount = height * (i + 1) / count - m_bands[size_t(i)].firstRow;
    }
}

bool PngEncoder::compressBand(int index)
{
    Band &band = m_bands[size_t(index)];
    const bool last = index == bandCount() - 1;
    z_stream stream{};
    // Raw deflate (negative window bits): the zlib header and checksum are written once, in png().
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    const qsizetype rowBytes = qsizetype(m_rgb.width()) * 3;
    band.rawSize = (rowBytes + 1) * band.rowCount;
    band.deflated.resize(qsizetype(deflateBound(&stream, uLong(band.rawSize))) + 16);
    stream.next_out = reinterpret_cast<Bytef *>(band.deflated.data());
    stream.avail_out = uInt(band.deflated.size());
    static const Bytef noFilter = 0;
    int status = Z_OK;
    for (int row = 0; row < band.rowCount && status == Z_OK; ++row) {
        const auto *pixels = m_rgb.constScanLine(band.firstRow + row);
        band.adler = adler32(adler32(band.adler, &noFilter, 1), pixels, uInt(rowBytes));
        stream.next_in = const_cast<Bytef *>(&noFilter);
        stream.avail_in = 1;
        status = deflate(&stream, Z_NO_FLUSH);
        stream.next_in = const_cast<Bytef *>(pixels);
        stream.avail_in = uInt(rowBytes);
        if (status == Z_OK)
            status = deflate(&stream, Z_NO_FLUSH);
    }
    // A band that is not the last ends on a byte boundary, not final, so that the next one follows it.
    if (status == Z_OK)
        status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    // Room left over means zlib holds nothing back (the buffer is deflateBound() plus a flush's margin).
    band.ok = (last ? status == Z_STREAM_END : status == Z_OK) && stream.avail_out > 0;
    band.deflated.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return band.ok;
}

QByteArray PngEncoder::png() const
{
    QByteArray idat;
    idat.append(char(0x78)); // zlib header: deflate, 32 KiB window,
    idat.append(char(0x01)); // fastest level
    quint32 adler = 1;
    for (const Band &band : m_bands) {
        if (!band.ok)
            return QByteArray();
        idat.append(band.deflated);
        adler = quint32(adler32_combine(adler, band.adler, z_off_t(band.rawSize)));
    }
    appendBigEndian(idat, adler);

    QByteArray header;
    appendBigEndian(header, quint32(m_rgb.width()));
    appendBigEndian(header, quint32(m_rgb.height()));
    header.append(char(8)); // bits per sample
    header.append(char(2)); // RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering (each row says "none")
    header.append(char(0)); // not interlaced

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", idat);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace mi::ui
