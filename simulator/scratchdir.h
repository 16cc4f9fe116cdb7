#pragma once

#include <QString>

namespace mi::sim {

// The template (for QTemporaryDir) of a folder for a demo's files: in memory when the system has
// such a folder (the user's runtime directory, else /dev/shm), else in the temporary folder. The
// files are a few hundred bytes that live while the demo runs, and on a disk every folder removed at
// exit can wait for the journal: 4 ms each measured on ext4 mounted with discard, a third of a
// window's start.
QString scratchDirTemplate();

} // namespace mi::sim
