#include "drawnicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>
#include <QResource>

#include <array>

namespace mi::ui {

namespace {

class DrawnIconEngine : public QIconEngine
{
public:
    explicit DrawnIconEngine(DrawnIcon which)
        : m_which(which)
    {
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_which); }
    QString key() const override { return QStringLiteral("mi.drawn"); }

    // QIconEngine's own paints on a pixmap it leaves unfilled.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        draw(&painter, QRect(QPoint(0, 0), size), mode);
        return pixmap;
    }

    // An item view paints a cell's icon at each paint of the cell: drawn once a size, then copied.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QString key = QStringLiteral("mi-drawn-icon/%1/%2/%3x%4@%5")
                                .arg(int(m_which))
                                .arg(int(mode))
                                .arg(rect.width())
                                .arg(rect.height())
                                .arg(ratio);
        QPixmap cached;
        if (!QPixmapCache::find(key, &cached)) {
            cached = pixmap(rect.size() * ratio, mode, state);
            cached.setDevicePixelRatio(ratio);
            QPixmapCache::insert(key, cached);
        }
        painter->drawPixmap(rect.topLeft(), cached);
    }

private:
    void draw(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
    {
        const bool disabled = mode == QIcon::Disabled;
        const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        auto colour = [&](QColor enabled) { return disabled ? grey : enabled; };
        const int side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        const QRectF inner = box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        const qreal stroke = std::max(1.0, side / 8.0);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        // A filled disc, then the white pen for the sign drawn on it.
        auto disc = [&](const QColor &fill) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour(fill));
            painter->drawEllipse(inner);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(pen);
        };
        switch (m_which) {
        case DrawnIcon::Ok: {
            disc(QColor(0x2e, 0x7d, 0x32));
            QPainterPath tick;
            tick.moveTo(inner.left() + inner.width() * 0.26, inner.top() + inner.height() * 0.52);
            tick.lineTo(inner.left() + inner.width() * 0.43, inner.top() + inner.height() * 0.69);
            tick.lineTo(inner.left() + inner.width() * 0.75, inner.top() + inner.height() * 0.33);
            painter->drawPath(tick);
            break;
        }
        case DrawnIcon::Warning: {
            QPainterPath triangle;
            triangle.moveTo(inner.center().x(), inner.top());
            triangle.lineTo(inner.right(), inner.bottom());
            triangle.lineTo(inner.left(), inner.bottom());
            triangle.closeSubpath();
            painter->setPen(QPen(colour(QColor(0xc7, 0x8a, 0x00)), std::max(1.0, side / 16.0), Qt::SolidLine, Qt::RoundCap,
                                 Qt::RoundJoin));
            painter->setBrush(colour(QColor(0xf9, 0xc0, 0x2d)));
            painter->drawPath(triangle);
            pen.setColor(disabled ? QColor(Qt::white) : QColor(0x3e, 0x27, 0x23));
            pen.setWidthF(std::max(1.0, side / 9.0));
            painter->setPen(pen);
            const qreal x = inner.center().x();
            painter->drawLine(QPointF(x, inner.top() + inner.height() * 0.36), QPointF(x, inner.top() + inner.height() * 0.66));
            painter->drawPoint(QPointF(x, inner.top() + inner.height() * 0.82));
            break;
        }
        case DrawnIcon::Skipped: {
            disc(QColor(0x8d, 0x6e, 0x63));
            const qreal y = inner.center().y();
            painter->drawLine(QPointF(inner.left() + inner.width() * 0.28, y), QPointF(inner.right() - inner.width() * 0.28, y));
            break;
        }
        case DrawnIcon::Reload: {
            pen.setColor(colour(QColor(0x1e, 0x63, 0xb4)));
            painter->setPen(pen);
            const QRectF arc = inner.adjusted(stroke, stroke, -stroke, -stroke);
            painter->drawArc(arc, 60 * 16, 290 * 16); // open at the top right
            // The arrow head at the arc's start, pointing along it (anticlockwise).
            const QPointF tip(arc.center().x() + arc.width() / 2 * 0.5, arc.center().y() - arc.height() / 2 * 0.866);
            QPainterPath head;
            head.moveTo(tip + QPointF(-side * 0.30, -side * 0.08));
            head.lineTo(tip);
            head.lineTo(tip + QPointF(-side * 0.06, side * 0.28));
            painter->drawPath(head);
            break;
        }
        case DrawnIcon::Stop: {
            disc(QColor(0xc6, 0x28, 0x28));
            const QRectF cross = inner.adjusted(inner.width() * 0.32, inner.height() * 0.32, -inner.width() * 0.32,
                                                -inner.height() * 0.32);
            painter->drawLine(cross.topLeft(), cross.bottomRight());
            painter->drawLine(cross.topRight(), cross.bottomLeft());
            break;
        }
        case DrawnIcon::More: { // a chevron: the menu or tool bar has more than it shows
            pen.setColor(colour(QGuiApplication::palette().color(QPalette::WindowText)));
            pen.setWidthF(std::max(1.0, side / 10.0));
            painter->setPen(pen);
            for (const qreal x : {0.28, 0.52}) {
                const qreal left = inner.left() + inner.width() * x;
                painter->drawPolyline(QPolygonF{QPointF(left, inner.top() + inner.height() * 0.28),
                                                QPointF(left + inner.width() * 0.2, inner.center().y()),
                                                QPointF(left, inner.bottom() - inner.height() * 0.28)});
            }
            break;
        }
        }
        painter->restore();
    }

    DrawnIcon m_which;
};

} // namespace

QIcon drawnIcon(DrawnIcon which)
{
    // One QIcon a kind, so that its pixmaps are cached across the cells that show it.
    static std::array<QIcon, 6> icons;
    QIcon &icon = icons[size_t(which)];
    if (icon.isNull())
        icon = QIcon(new DrawnIconEngine(which));
    return icon;
}

QIcon applicationIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {32, 64}) {
            const QResource pixels(QStringLiteral(":/icons/mackerel-inspector-%1.argb").arg(size));
            const QByteArray data = pixels.uncompressedData();
            if (data.size() == qsizetype(size) * size * 4) {
                // copy(): the image must not refer to `data`, which goes with this loop turn.
                const QImage image = QImage(reinterpret_cast<const uchar *>(data.constData()), size, size,
                                            QImage::Format_ARGB32_Premultiplied).copy();
                icon.addPixmap(QPixmap::fromImage(image));
            }
        }
    }
    return icon;
}

} // namespace mi::ui
