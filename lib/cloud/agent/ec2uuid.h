#pragma once

#include "proberecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mi {

// mackerel-agent's test of a system UUID: it starts with "ec2"/"EC2", or its first field, read as a
// little-endian 32-bit number and printed in lowercase hex, does.
bool isEc2Uuid(const QByteArray &uuid);

// The files the agent reads on Linux before it asks the EC2 metadata service, relative to the root.
QStringList ec2UuidFiles();

struct Ec2UuidCheck
{
    bool looksLikeEc2 = false; // some file holds an EC2 UUID: the agent goes on to ask IMDS
    bool anyUnreadable = false; // a file exists but this user cannot read it (the agent runs as root)
    QList<ProbeRecord> records;
};

// Reads the UUID files below `root` ("/" for the live host) as the agent does, recording each read.
// Local and small (sysfs), so it is read in place.
Ec2UuidCheck checkEc2UuidFiles(const QString &root);

// `path` below `root`; root "/" or empty means the live file system.
QString pathBelowRoot(const QString &root, const QString &path);

} // namespace mi
