#pragma once

#include "specsection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mi {

// uname(2) as `uname -s -r -v -m` print it.
struct UnameInfo
{
    QString sysname, release, version, machine;
};

// The distribution as gopsutil's host.PlatformInformation derives it from /etc: the lowercase id
// ("ubuntu", "amazon", "centos", ...) and its version.
struct PlatformInfo
{
    QString platform;
    QString version;
};

// /etc/os-release: ID and VERSION_ID with one pair of double quotes removed; "amzn" becomes "amazon".
PlatformInfo parseOsRelease(const QByteArray &osRelease);
// /etc/lsb-release: DISTRIB_ID and DISTRIB_RELEASE with every double quote removed.
PlatformInfo parseLsbRelease(const QByteArray &lsbRelease);
// /etc/redhat-release, /etc/system-release and the like: "<name> release <version> ...".
PlatformInfo parseRedhatRelease(const QByteArray &release);

// Walks the files of /etc below `root` in gopsutil's order (oracle-release, enterprise-release,
// slackware-version, debian_version with lsb-release, neokylin-release, redhat-release,
// system-release, gentoo-release, SuSE-release, arch-release, alpine-release, os-release, then
// lsb-release alone). Files of 4 bytes or less count as absent, as in gopsutil.
PlatformInfo detectPlatform(const QString &root);

// The agent's platform_name: "Ubuntu", "Debian", "Amazon Linux", ...; other ids are kept as they are.
QString normalizePlatformName(const QString &platform);

// {"name","release","version","machine","os"} plus platform_name and platform_version where not empty.
QJsonObject kernelJson(const UnameInfo &uname, const QString &os, const PlatformInfo &platform);

// On the live host ("/") uname(2); below another root, /proc/sys/kernel/{ostype,osrelease,version,arch}
// where the tree has them (the live host fills what it lacks, with a warning).
SpecSection collectKernelSpec(const QString &root);

} // namespace mi
