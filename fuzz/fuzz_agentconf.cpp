// libFuzzer target: mackerel-agent.conf (TOML) as the agent reads it. The loader takes a path, so
// each input is written to one scratch file first.
#include "agentconfig.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::tempPath() + QStringLiteral("/mi-fuzz-agentconf-%1.conf").arg(::getpid());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    QString error;
    // Includes are resolved below an empty directory, never the live /etc.
    const auto config = mi::loadAgentConfig(path, &error, QDir::tempPath() + QStringLiteral("/mi-fuzz-no-includes"));
    if (!config && error.isEmpty())
        __builtin_trap(); // a refused conf always says why
    return 0;
}
