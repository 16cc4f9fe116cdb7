// libFuzzer target: one machine's report (inspect --json) and the fleet join, as `fleet` reads a
// report from a hostile machine: the report, and the hosts it may list under "hosts" as the API would
// (the same machine's hosts, its copies), joined, then written as the text, CSV and JSON outputs do.
#include "fleetjoin.h"
#include "fleetreport.h"
#include "untrustedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

void checkEscaped(const QString &text)
{
    const QString escaped = mi::escapeUntrusted(text);
    for (const QChar character : escaped) {
        if (mi::isUnsafeForDisplay(character.unicode()))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report = mi::parseFleetReport(body, QStringLiteral("/reports/machine.json"), &error);
    if (!report) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    mi::FleetInputs inputs;
    const QJsonArray hosts = QJsonDocument::fromJson(body).object().value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &host : hosts) {
        if (const auto parsed = mi::MackerelHost::fromJson(host.toObject()))
            inputs.hosts << *parsed;
    }
    inputs.reports << *report;
    // The same report under a second inventory name: a copy the join must leave out, not crash on.
    mi::FleetReport copy = *report;
    copy.file = QStringLiteral("/reports/copy.json");
    copy.inventoryName = QStringLiteral("copy");
    inputs.reports << copy;
    const mi::FleetAudit audit = mi::joinFleet(inputs);
    for (const mi::FleetMachine &machine : audit.machines) {
        checkEscaped(machine.displayName());
        checkEscaped(machine.advice);
        for (const mi::FleetEvidence &evidence : machine.evidence)
            checkEscaped(evidence.text);
    }
    const QString csv = audit.toCsv();
    const QString terminal = mi::escapeForTerminal(csv);
    for (qsizetype i = 0; i < terminal.size(); ++i) {
        const char16_t unit = terminal.at(i).unicode();
        const bool lineEnd = unit == u'\n' || (unit == u'\r' && i + 1 < terminal.size() && terminal.at(i + 1) == u'\n');
        if (mi::isUnsafeForDisplay(unit) && !lineEnd)
            __builtin_trap();
    }
    QJsonDocument(audit.toJson()).toJson();
    return 0;
}
