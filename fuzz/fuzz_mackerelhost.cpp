// libFuzzer target: the Mackerel API's host JSON (a host, or a {"hosts": [...]} list).
#include "mackerelhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    mi::MackerelHost::fromJson(document.value(QStringLiteral("host")).toObject());
    const QJsonArray hosts = document.value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &host : hosts) {
        const auto parsed = mi::MackerelHost::fromJson(host.toObject());
        if (parsed && parsed->id.isNull() && !parsed->id.isEmpty())
            __builtin_trap();
    }
    return 0;
}
