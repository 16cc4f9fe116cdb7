#pragma once

#include "specsection.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace mi {

// One network interface as the system lists it (netlink for the agent, QNetworkInterface here).
struct InterfaceAddresses
{
    QString name;
    QString hardwareAddress; // as listed, any case; empty when the link has none
    QList<QHostAddress> addresses;
};

// The agent's `interfaces`: {"name","ipv4Addresses","ipv6Addresses","macAddress"} per interface,
// addresses without prefix or scope, MAC in lowercase; empty lists and an empty MAC are left out
// (omitempty). Interfaces whose addresses are all loopback, and those without any address, are
// dropped. Sorted by name (the agent's order is that of a Go map, i.e. random). An empty result is
// JSON null, as the agent sends it.
QJsonValue interfacesJson(const QList<InterfaceAddresses> &interfaces);

// The live host's interfaces (QNetworkInterface::allInterfaces()).
QList<InterfaceAddresses> liveInterfaces();

} // namespace mi
