#include "machinekeys.h"

#include <QRegularExpression>
#include <QSet>

namespace mi {

namespace {

struct IdentifierSuffix
{
    QLatin1String suffix;
    QLatin1String cloud;
};

// The identifiers mackerel-agent and the cloud integrations give (spec/cloud.go).
constexpr IdentifierSuffix IdentifierSuffixes[] = {
    {QLatin1String(".ec2.amazonaws.com"), QLatin1String("ec2")},
    {QLatin1String(".gce.cloud.google.com"), QLatin1String("gce")},
    {QLatin1String(".virtual_machine.azure.microsoft.com"), QLatin1String("azure")},
};

QString instanceKey(const QString &cloud, const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return QString();
    // vmIds are UUIDs, which Azure prints in either case.
    return cloud + QLatin1Char(':') + (cloud == QLatin1String("azure") ? trimmed.toLower() : trimmed);
}

// Appends `value` once, in first-seen order. `seen` holds what `list` holds: a host or a report may carry
// hundreds of thousands of addresses, and a list search per address would make this quadratic.
void appendUnique(QStringList &list, QSet<QString> &seen, const QString &value)
{
    if (value.isEmpty())
        return;
    const qsizetype before = seen.size();
    seen.insert(value); // one lookup: the set grows only for a new value
    if (seen.size() != before)
        list.append(value);
}

} // namespace

QString instanceKeyFromIdentifier(const QString &customIdentifier)
{
    for (const IdentifierSuffix &entry : IdentifierSuffixes) {
        if (customIdentifier.endsWith(entry.suffix) && customIdentifier.size() > entry.suffix.size())
            return instanceKey(entry.cloud, customIdentifier.chopped(entry.suffix.size()));
    }
    return QString();
}

QString instanceKeyFromCloudMeta(const QJsonObject &cloud)
{
    const QString provider = cloud.value(QStringLiteral("provider")).toString().toLower();
    const QJsonObject metadata = cloud.value(QStringLiteral("metadata")).toObject();
    if (provider == QLatin1String("ec2"))
        return instanceKey(QLatin1String("ec2"), metadata.value(QStringLiteral("instance-id")).toString());
    if (provider == QLatin1String("gce")) {
        const QJsonValue id = metadata.value(QStringLiteral("instance-id"));
        return instanceKey(QLatin1String("gce"), id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString());
    }
    if (provider == QLatin1String("azurevm")) {
        for (const QString &key : {QStringLiteral("vmID"), QStringLiteral("vmId")}) {
            if (metadata.contains(key))
                return instanceKey(QLatin1String("azure"), metadata.value(key).toString());
        }
    }
    return QString();
}

QString instanceKeyFromHostName(const QString &name)
{
    static const QRegularExpression ec2(QStringLiteral("^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$"));
    static const QRegularExpression sakura(QStringLiteral("^sakuracloud-[a-z0-9]+-([0-9]{12})$"));
    if (ec2.match(name).hasMatch())
        return instanceKey(QLatin1String("ec2"), name);
    if (const auto match = sakura.match(name); match.hasMatch())
        return instanceKey(QLatin1String("sakura"), match.captured(1));
    return QString();
}

QString instanceKeyFromFirmware(const QString &provider, const QString &instanceId)
{
    if (provider.isEmpty())
        return QString();
    return instanceKey(provider, instanceId);
}

QString instanceIdOfKey(const QString &key)
{
    return key.mid(key.indexOf(QLatin1Char(':')) + 1);
}

QString normalizedMac(const QString &text)
{
    static const QRegularExpression mac(QStringLiteral("^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$"));
    const QString lower = text.trimmed().toLower();
    if (!mac.match(lower).hasMatch())
        return QString();
    QString normalized = lower;
    normalized.replace(QLatin1Char('-'), QLatin1Char(':'));
    return normalized;
}

bool isJoinableMac(const QString &normalized)
{
    if (normalized.isEmpty() || normalized == QLatin1String("00:00:00:00:00:00"))
        return false;
    bool ok = false;
    const int firstOctet = normalized.left(2).toInt(&ok, 16);
    if (!ok || (firstOctet & 1)) // multicast and broadcast
        return false;
    // VRRP (IPv4, IPv6) and HSRP addresses move between routers by design.
    return !normalized.startsWith(QLatin1String("00:00:5e:00:01:")) && !normalized.startsWith(QLatin1String("00:00:5e:00:02:"))
        && !normalized.startsWith(QLatin1String("00:00:0c:07:ac:"));
}

MachineKeys MachineKeys::fromHost(const QString &name, const QString &customIdentifier, const QJsonObject &meta,
                                  const QJsonArray &interfaces)
{
    MachineKeys keys;
    keys.customIdentifier = customIdentifier;
    keys.hostName = name;
    QSet<QString> instances, macs, addresses;
    addresses.reserve(MaxIpAddresses);
    macs.reserve(interfaces.size());
    appendUnique(keys.instanceKeys, instances, instanceKeyFromIdentifier(customIdentifier));
    appendUnique(keys.instanceKeys, instances, instanceKeyFromCloudMeta(meta.value(QStringLiteral("cloud")).toObject()));
    appendUnique(keys.instanceKeys, instances, instanceKeyFromHostName(name));
    for (const QJsonValue &value : interfaces) {
        const QJsonObject interface = value.toObject();
        const QString mac = normalizedMac(interface.value(QStringLiteral("macAddress")).toString());
        if (isJoinableMac(mac))
            appendUnique(keys.macAddresses, macs, mac);
        if (keys.ipAddresses.size() >= MaxIpAddresses)
            continue; // enough support; the MAC addresses still count
        for (const QString &field : {QStringLiteral("ipv4Addresses"), QStringLiteral("ipv6Addresses")}) {
            const QJsonArray list = interface.value(field).toArray();
            for (const QJsonValue &address : list) {
                if (keys.ipAddresses.size() >= MaxIpAddresses)
                    break;
                appendUnique(keys.ipAddresses, addresses, address.toString());
            }
        }
        // The older single-address fields the API still returns.
        for (const QString &field : {QStringLiteral("ipAddress"), QStringLiteral("ipv6Address")}) {
            if (keys.ipAddresses.size() < MaxIpAddresses)
                appendUnique(keys.ipAddresses, addresses, interface.value(field).toString());
        }
    }
    return keys;
}

} // namespace mi
