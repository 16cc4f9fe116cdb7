// libFuzzer target: the /sys UUID files the EC2 pre-check reads.
#include "ec2uuid.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray uuid = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool direct = uuid.startsWith("ec2") || uuid.startsWith("EC2");
    // Anything that starts with ec2/EC2 is EC2, whatever follows.
    if (direct && !mi::isEc2Uuid(uuid))
        __builtin_trap();
    return 0;
}
