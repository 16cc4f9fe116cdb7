#include "interfacespec.h"

#include <QJsonObject>
#include <QNetworkInterface>

#include <algorithm>

namespace mi {

namespace {

// Go's net.IP.String(): no zone, IPv6 in RFC 5952 form, IPv4-mapped IPv6 shown as IPv4.
QString goIpString(const QHostAddress &address)
{
    QHostAddress plain(address);
    plain.setScopeId(QString());
    bool mapped = false;
    const quint32 v4 = plain.toIPv4Address(&mapped);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol && mapped)
        return QHostAddress(v4).toString();
    return plain.toString();
}

bool isIpv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

QJsonValue interfacesJson(const QList<InterfaceAddresses> &interfaces)
{
    QList<InterfaceAddresses> sorted = interfaces;
    std::sort(sorted.begin(), sorted.end(),
              [](const InterfaceAddresses &a, const InterfaceAddresses &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    QJsonArray result;
    for (const InterfaceAddresses &interface : std::as_const(sorted)) {
        QStringList ipv4, ipv6;
        bool allLoopback = true;
        for (const QHostAddress &address : interface.addresses) {
            (isIpv4(address) ? ipv4 : ipv6).append(goIpString(address));
            if (!address.isLoopback())
                allLoopback = false;
        }
        if (ipv4.isEmpty() && ipv6.isEmpty())
            continue;
        if (allLoopback)
            continue;
        QJsonObject object;
        if (!interface.name.isEmpty())
            object.insert(QStringLiteral("name"), interface.name);
        if (!ipv4.isEmpty())
            object.insert(QStringLiteral("ipv4Addresses"), QJsonArray::fromStringList(ipv4));
        if (!ipv6.isEmpty())
            object.insert(QStringLiteral("ipv6Addresses"), QJsonArray::fromStringList(ipv6));
        if (!interface.hardwareAddress.isEmpty())
            object.insert(QStringLiteral("macAddress"), interface.hardwareAddress.toLower());
        result.append(object);
    }
    if (result.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return result;
}

QList<InterfaceAddresses> liveInterfaces()
{
    QList<InterfaceAddresses> result;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        InterfaceAddresses entry;
        entry.name = interface.name();
        entry.hardwareAddress = interface.hardwareAddress();
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &address : entries)
            entry.addresses.append(address.ip());
        result.append(entry);
    }
    return result;
}

} // namespace mi
