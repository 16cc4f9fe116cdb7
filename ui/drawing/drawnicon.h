#pragma once

#include <QIcon>

namespace mi::ui {

enum class DrawnIcon { Ok, Warning, Skipped, Reload, Stop, More };

// The window's few icons, drawn with QPainter at the size asked for. The style's standard icons are
// PNG files of three sizes each, all decoded when the icon is made: 3 ms of the window's start for the
// five the window shows. These cost nothing until painted, stay sharp at any scale, and turn grey when
// disabled.
QIcon drawnIcon(DrawnIcon which);

// The application's own icon, from the pixels rendered at build time (ui/CMakeLists.txt).
QIcon applicationIcon();

} // namespace mi::ui
