#include "windowstyle.h"

#include "drawnicon.h"

namespace mi::ui {

QIcon WindowStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
        return drawnIcon(DrawnIcon::More);
    return QProxyStyle::standardIcon(which, option, widget);
}

} // namespace mi::ui
