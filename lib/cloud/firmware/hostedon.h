#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mi {

class FirmwareReader;

// One firmware file the conclusion rests on.
struct FirmwareEvidence
{
    QString file;     // "sys_vendor", "board_asset_tag", ... or "/sys/hypervisor/uuid"
    QString path;     // the path read
    QString value;    // empty with `unreadable`
    bool unreadable = false;
    QString error;    // unreadable: why

    // {"file","path","value"} with value null and "error" added when the file could not be read
    QJsonObject toJson() const;
};

// The inspector's own view of the cloud this machine runs on, from its firmware alone. It goes
// beyond mackerel-agent, which knows three clouds and asks their metadata services; it never
// changes what the agent would detect or send.
struct HostedOn
{
    QString provider;   // ec2, gce, azure, oci, alibaba, digitalocean, hetzner, openstack, vultr, linode,
                        // scaleway; empty (JSON null): no known cloud, or no DMI
    QList<FirmwareEvidence> evidence;
    QString instanceId; // where the firmware carries it and it is readable; empty (JSON null) otherwise

    // {"provider","evidence","instanceId"}
    QJsonObject toJson() const;
    // "Amazon EC2 (board_asset_tag i-0a1b2c3d4e5f67890)", "no known cloud (sys_vendor QEMU)", "no DMI"
    QString summary() const;
    // The evidence as people read it: "board_asset_tag i-0a1b…, sys_vendor Amazon EC2".
    QString evidenceText() const;
};

// Names the cloud from the firmware files below the reader's root, by the rules of firmwareClouds().
HostedOn identifyHostedOn(const FirmwareReader &reader);

} // namespace mi
