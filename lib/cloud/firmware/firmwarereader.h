#pragma once

#include <QHash>
#include <QString>

namespace mi {

// One firmware file as this process could read it.
struct FirmwareFile
{
    enum class State {
        Present,    // read; `value` holds it, trimmed
        Missing,    // the firmware (or the kernel) does not export it
        Unreadable, // it exists, but this user may not read it (the kernel makes some serials 0400)
    };

    QString name;  // "sys_vendor", "product_serial", ... or "/sys/hypervisor/uuid"
    QString path;  // the path that was read, below the root
    State state = State::Missing;
    QString value;
    QString error; // Unreadable: why, in the system's words

    bool isPresent() const { return state == State::Present; }
};

// Reads the firmware's own description of the machine below a root ("/" for the live host): the
// DMI files the kernel exports in /sys/class/dmi/id (or /sys/devices/virtual/dmi/id, the same
// directory under its device path) and the Xen /sys/hypervisor/uuid. Only local files; no request.
// The files are small sysfs attributes, so they are read in place. Each file is read once.
class FirmwareReader
{
public:
    explicit FirmwareReader(QString root = QStringLiteral("/"));
    virtual ~FirmwareReader();
    FirmwareReader(const FirmwareReader &) = delete;
    FirmwareReader &operator=(const FirmwareReader &) = delete;

    // A DMI attribute by its sysfs name ("sys_vendor"), or a path starting with "/" below the root.
    FirmwareFile read(const QString &name) const;
    // Whether the kernel exports any DMI directory below the root.
    bool hasDmi() const;
    QString root() const { return m_root; }

protected:
    // Reads one existing path. The seam for tests: a root user reads a 0400 file all the same, so
    // the tests refuse a file here the way the kernel refuses it to an ordinary user.
    virtual FirmwareFile readExisting(const QString &name, const QString &path) const;

private:
    QString m_root;
    mutable QHash<QString, FirmwareFile> m_cache;
};

} // namespace mi
