#pragma once

#include "specsection.h"

namespace mi {

// The agent's `block_device` spec: for every entry of /sys/block, `size` and `removable` and, from
// its device/ directory, `model`, `rev`, `state`, `timeout` and `vendor`, each where the file
// exists, as trimmed strings. A missing /sys/block leaves the section out silently (as on some
// PaaS); a file that exists but cannot be read leaves the whole section out, as in the agent.
SpecSection collectBlockDeviceSpec(const QString &root);

} // namespace mi
