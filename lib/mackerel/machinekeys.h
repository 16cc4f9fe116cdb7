#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mi {

// What identifies a machine across the places that name it: a Mackerel host (agent, integration,
// sackerel, API) or a report from the machine itself. The fleet join compares these.
struct MachineKeys
{
    QString customIdentifier;
    QStringList instanceKeys; // "ec2:i-0abc…", "gce:1234…", "azure:<vmid lower case>", "sakura:1130…"
    QStringList macAddresses; // lower case, only addresses that can name one machine (see isJoinableMac)
    // Support only (private addresses repeat across networks): the first MaxIpAddresses distinct ones,
    // in the order the interfaces list them. A hostile or odd machine may list hundreds of thousands;
    // a few thousand tell as much, and keep every step on them bounded.
    QStringList ipAddresses;
    static constexpr qsizetype MaxIpAddresses = 4096;
    QString hostName;         // support only

    // A host as the API lists it: customIdentifier, the integration's naming, meta.cloud, interfaces.
    static MachineKeys fromHost(const QString &name, const QString &customIdentifier, const QJsonObject &meta,
                                const QJsonArray &interfaces);
};

// The cloud instance a customIdentifier names ("i-0abc.ec2.amazonaws.com" -> "ec2:i-0abc"); empty for
// an identifier that names no cloud instance.
QString instanceKeyFromIdentifier(const QString &customIdentifier);
// The instance meta.cloud describes, with the agent's keys (ec2 and gce "instance-id", AzureVM "vmID").
QString instanceKeyFromCloudMeta(const QJsonObject &cloud);
// The instance a host name gives where a registering party names hosts after it: an EC2 instance id,
// or sackerel's "sakuracloud-<zone>-<server id>".
QString instanceKeyFromHostName(const QString &name);
// The instance the firmware names (the inspector's hostedOn: provider "ec2", instanceId "i-0abc…"),
// which the agent may not see when its metadata service is blocked; empty without an instance id.
QString instanceKeyFromFirmware(const QString &provider, const QString &instanceId);
// "ec2:i-0abc" -> "i-0abc"
QString instanceIdOfKey(const QString &key);

// "AA-BB-CC-DD-EE-FF", "aa:bb:…" -> "aa:bb:cc:dd:ee:ff"; empty when it is not a MAC address.
QString normalizedMac(const QString &text);
// False for addresses that several machines carry by design: all zeros, broadcast, multicast, and the
// VRRP/HSRP virtual router addresses.
bool isJoinableMac(const QString &normalized);

} // namespace mi
