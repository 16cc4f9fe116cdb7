#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace mi {

// The environment for a child process the inspector starts (ansible-playbook, and through it the
// inspector on every target): `base` without MACKEREL_APIKEY and without any variable whose value
// holds one of `secrets` (the API key the inspector uses, wherever it came from). A child needs no key,
// and whatever a child sees can end up in its logs or on a target.
QProcessEnvironment childEnvironment(const QProcessEnvironment &base, const QStringList &secrets);

} // namespace mi
