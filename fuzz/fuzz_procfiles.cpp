// libFuzzer target: the /proc and /etc files the host specs are read from (cpuinfo, meminfo,
// os-release, lsb-release, redhat-release, mountinfo, mounts) and df's output. The first byte picks
// the parser, the rest is the file.
#include "cpuspec.h"
#include "filesystemspec.h"
#include "kernelspec.h"
#include "memoryspec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 7) {
    case 0: {
        QString error;
        const auto noSysFiles = [](const QString &) -> std::optional<QByteArray> { return std::nullopt; };
        const auto cpus = mi::parseCpuInfo(file, noSysFiles, &error);
        if (!cpus && error.isEmpty())
            __builtin_trap(); // a failure always says why
        break;
    }
    case 1: mi::parseMemInfo(file); break;
    case 2: mi::parseOsRelease(file); break;
    case 3: mi::parseLsbRelease(file); break;
    case 4: mi::parseRedhatRelease(file); break;
    case 5:
        mi::parseMountInfo(file);
        mi::parseProcMounts(file);
        break;
    case 6: {
        QStringList warnings;
        mi::parseDfOutput(file, &warnings);
        break;
    }
    }
    return 0;
}
