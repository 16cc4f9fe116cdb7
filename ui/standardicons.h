#pragma once

#include <QIcon>
#include <QStyle>

namespace mi::ui {

// The application style's standard icon, decoded once. QStyle::standardIcon() reads every size of
// the icon from its files at each call (three PNGs in Fusion), and an item model is asked for its
// decoration at each paint of each cell.
QIcon standardIcon(QStyle::StandardPixmap which);

} // namespace mi::ui
