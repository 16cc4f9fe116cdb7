#pragma once

#include <QProxyStyle>

namespace mi::ui {

// The application's style (Fusion, or what the platform sets) with the one standard icon that Qt's
// own widgets make at start drawn (DrawnIcon) instead of read: the menu bar's and tool bar's
// extension arrow. Making it from the style's PNGs loaded every image format plugin (libjpeg among
// them) and decoded three sizes: 2 ms of the window's start, for a button that is hidden.
class WindowStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace mi::ui
