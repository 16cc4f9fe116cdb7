#pragma once

#include <QString>

namespace mi::app {

// `mackerel-inspector [gui] [common options] [--screenshot FILE]`: the window. Creates the
// QApplication itself, so it is called before any other application object exists.
int runGui(int argc, char *argv[], const QString &language);

} // namespace mi::app
