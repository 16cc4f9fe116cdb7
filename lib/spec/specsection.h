#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// What one of the agent's spec generators yields: a value for the payload, or nothing and a
// warning (the agent logs the failure and leaves the section out; the rest still goes).
struct SpecSection
{
    QString name;            // the meta key: "kernel", "cpu", "memory", "block_device", "filesystem"
    QJsonValue value = QJsonValue(QJsonValue::Undefined); // Undefined: left out of the payload
    QStringList warnings;    // why it is left out, or what differs from the agent here
    QStringList sources;     // the files (and system calls) it was read from

    bool collected() const { return !value.isUndefined(); }
};

// Reads a small local file below `root` ("/" or empty: the live system) in place. Returns nothing
// and sets *error ("PATH: reason") when it is missing or unreadable.
std::optional<QByteArray> readFileBelowRoot(const QString &root, const QString &path, QString *error);

} // namespace mi
