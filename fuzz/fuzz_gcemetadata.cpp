// libFuzzer target: the GCE metadata answer (any bytes a metadata server could send).
#include "gcemetadataparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const mi::GceMetadata parsed = mi::parseGceMetadata(body);
    // A parse is either an error with a message or a result; never both empty-handed.
    if (!parsed.ok && parsed.error.isEmpty())
        __builtin_trap();
    return 0;
}
