#include "kernelspec.h"

#include "ec2uuid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/utsname.h>

namespace mi {

namespace {
struct KernelSpecText
{
    Q_DECLARE_TR_FUNCTIONS(KernelSpec)
};
} // namespace

namespace {

QList<QByteArray> goLines(const QByteArray &content)
{
    // gopsutil's ReadLines: split at '\n'; a last line without '\n' still counts, an empty one does not.
    QList<QByteArray> lines = content.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString trimQuotes(const QByteArray &value)
{
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        return QString::fromUtf8(value.mid(1, value.size() - 2));
    return QString::fromUtf8(value);
}

bool existsWithContents(const QString &root, const QString &path)
{
    const QFileInfo info(pathBelowRoot(root, path));
    return info.exists() && !info.isDir() && info.size() > 4;
}

QByteArray readBelow(const QString &root, const QString &path, bool *ok)
{
    QString error;
    const auto content = readFileBelowRoot(root, path, &error);
    *ok = content.has_value();
    return content.value_or(QByteArray());
}

QString firstLine(const QByteArray &content)
{
    const QList<QByteArray> lines = goLines(content);
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constFirst());
}

QString joinedLower(const QByteArray &content)
{
    return QString::fromUtf8(goLines(content).join()).toLower();
}

} // namespace

PlatformInfo parseOsRelease(const QByteArray &osRelease)
{
    PlatformInfo info;
    const QList<QByteArray> lines = goLines(osRelease);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> field = line.split('=');
        if (field.size() < 2)
            continue;
        if (field.at(0) == "ID")
            info.platform = trimQuotes(field.at(1));
        else if (field.at(0) == "VERSION_ID")
            info.version = trimQuotes(field.at(1));
    }
    if (info.platform == QLatin1String("amzn"))
        info.platform = QStringLiteral("amazon");
    return info;
}

PlatformInfo parseLsbRelease(const QByteArray &lsbRelease)
{
    PlatformInfo info;
    const QList<QByteArray> lines = goLines(lsbRelease);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> field = line.split('=');
        if (field.size() < 2)
            continue;
        QByteArray value = field.at(1);
        value.replace('"', QByteArray());
        if (field.at(0) == "DISTRIB_ID")
            info.platform = QString::fromUtf8(value);
        else if (field.at(0) == "DISTRIB_RELEASE")
            info.version = QString::fromUtf8(value);
    }
    return info;
}

PlatformInfo parseRedhatRelease(const QByteArray &release)
{
    const QString text = joinedLower(release);
    PlatformInfo info;
    if (text.contains(QLatin1String("rawhide"))) {
        info.version = QStringLiteral("rawhide");
    } else {
        // RE2's \w is ASCII; \d too.
        static const QRegularExpression pattern(QStringLiteral("release ([0-9A-Za-z_][0-9.]*)"));
        const auto match = pattern.match(text);
        if (match.hasMatch())
            info.version = match.captured(1);
    }
    info.platform = text.contains(QLatin1String("red hat")) ? QStringLiteral("redhat") : text.section(QLatin1Char(' '), 0, 0);
    return info;
}

PlatformInfo detectPlatform(const QString &root)
{
    // gopsutil runs /usr/bin/lsb_release when /etc/lsb-release is absent; its output without
    // options carries no Distributor ID, so the result is the same as an empty lsb-release.
    PlatformInfo lsb;
    bool ok = false;
    if (QFileInfo::exists(pathBelowRoot(root, QStringLiteral("/etc/lsb-release")))) {
        const QByteArray content = readBelow(root, QStringLiteral("/etc/lsb-release"), &ok);
        if (ok)
            lsb = parseLsbRelease(content);
    }
    auto etc = [](const char *name) { return QStringLiteral("/etc/") + QLatin1String(name); };
    auto has = [&](const char *name) { return existsWithContents(root, etc(name)); };
    auto read = [&](const char *name, bool *readOk) { return readBelow(root, etc(name), readOk); };

    PlatformInfo info;
    if (has("oracle-release") || has("enterprise-release")) {
        info.platform = QStringLiteral("oracle");
        const QByteArray content = read(has("oracle-release") ? "oracle-release" : "enterprise-release", &ok);
        if (ok)
            info.version = parseRedhatRelease(content).version;
    } else if (has("slackware-version")) {
        info.platform = QStringLiteral("slackware");
        const QByteArray content = read("slackware-version", &ok);
        if (ok) {
            info.version = joinedLower(content);
            const qsizetype at = info.version.indexOf(QLatin1String("slackware "));
            if (at >= 0)
                info.version.remove(at, 10);
        }
    } else if (has("debian_version")) {
        static const QMap<QString, QString> byLsbId = {
            {QStringLiteral("Ubuntu"), QStringLiteral("ubuntu")},
            {QStringLiteral("LinuxMint"), QStringLiteral("linuxmint")},
            {QStringLiteral("Kylin"), QStringLiteral("Kylin")},
            {QStringLiteral("\"Cumulus Linux\""), QStringLiteral("cumuluslinux")},
            {QStringLiteral("uos"), QStringLiteral("uos")},
            {QStringLiteral("Deepin"), QStringLiteral("Deepin")},
        };
        if (byLsbId.contains(lsb.platform)) {
            info.platform = byLsbId.value(lsb.platform);
            info.version = lsb.version;
        } else {
            info.platform = existsWithContents(root, QStringLiteral("/usr/bin/raspi-config")) ? QStringLiteral("raspbian")
                                                                                               : QStringLiteral("debian");
            const QByteArray content = read("debian_version", &ok);
            if (ok)
                info.version = firstLine(content);
        }
    } else if (has("neokylin-release") || has("redhat-release") || has("system-release")) {
        const char *file = has("neokylin-release") ? "neokylin-release"
                         : has("redhat-release")   ? "redhat-release"
                                                   : "system-release";
        const QByteArray content = read(file, &ok);
        if (ok)
            info = parseRedhatRelease(content);
    } else if (has("gentoo-release")) {
        info.platform = QStringLiteral("gentoo");
        const QByteArray content = read("gentoo-release", &ok);
        if (ok)
            info.version = parseRedhatRelease(content).version;
    } else if (has("SuSE-release")) {
        const QByteArray content = read("SuSE-release", &ok);
        if (ok) {
            static const QRegularExpression versionPattern(QStringLiteral("VERSION = ([0-9.]+)"));
            static const QRegularExpression patchPattern(QStringLiteral("PATCHLEVEL = ([0-9]+)"));
            const QList<QByteArray> lines = goLines(content);
            for (const QByteArray &line : lines) {
                const QString text = QString::fromUtf8(line);
                if (const auto match = versionPattern.match(text); match.hasMatch())
                    info.version = match.captured(1);
                else if (const auto patch = patchPattern.match(text); patch.hasMatch())
                    info.version += QLatin1Char('.') + patch.captured(1);
            }
            info.platform = joinedLower(content).contains(QLatin1String("opensuse")) ? QStringLiteral("opensuse")
                                                                                     : QStringLiteral("suse");
        }
    } else if (has("arch-release")) {
        info.platform = QStringLiteral("arch");
        info.version = lsb.version;
    } else if (has("alpine-release")) {
        info.platform = QStringLiteral("alpine");
        const QByteArray content = read("alpine-release", &ok);
        if (ok)
            info.version = firstLine(content);
    } else if (has("os-release")) {
        const QByteArray content = read("os-release", &ok);
        if (ok)
            info = parseOsRelease(content);
    } else if (lsb.platform == QLatin1String("RedHat")) {
        info = {QStringLiteral("redhat"), lsb.version};
    } else if (lsb.platform == QLatin1String("Amazon")) {
        info = {QStringLiteral("amazon"), lsb.version};
    } else if (lsb.platform == QLatin1String("ScientificSL")) {
        info = {QStringLiteral("scientific"), lsb.version};
    } else if (lsb.platform == QLatin1String("XenServer")) {
        info = {QStringLiteral("xenserver"), lsb.version};
    } else if (!lsb.platform.isEmpty()) {
        info = {lsb.platform.toLower(), lsb.version};
    }
    while (info.platform.startsWith(QLatin1Char('"')))
        info.platform.remove(0, 1);
    while (info.platform.endsWith(QLatin1Char('"')))
        info.platform.chop(1);
    return info;
}

QString normalizePlatformName(const QString &platform)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("debian"), QStringLiteral("Debian")},
        {QStringLiteral("ubuntu"), QStringLiteral("Ubuntu")},
        {QStringLiteral("linuxmint"), QStringLiteral("Linux Mint")},
        {QStringLiteral("raspbian"), QStringLiteral("Raspbian")},
        {QStringLiteral("fedora"), QStringLiteral("Fedora")},
        {QStringLiteral("oracle"), QStringLiteral("Oracle Linux")},
        {QStringLiteral("enterpriseenterprise"), QStringLiteral("Oracle Enterprise Linux")},
        {QStringLiteral("centos"), QStringLiteral("CentOS")},
        {QStringLiteral("redhat"), QStringLiteral("Red Hat Enterprise Linux")},
        {QStringLiteral("scientific"), QStringLiteral("Scientific Linux")},
        {QStringLiteral("amazon"), QStringLiteral("Amazon Linux")},
        {QStringLiteral("xenserver"), QStringLiteral("XenServer")},
        {QStringLiteral("cloudlinux"), QStringLiteral("CloudLinux")},
        {QStringLiteral("ibm_powerkvm"), QStringLiteral("IBM PowerKVM")},
        {QStringLiteral("suse"), QStringLiteral("SUSE Linux Enterprise Server")},
        {QStringLiteral("opensuse"), QStringLiteral("openSUSE")},
        {QStringLiteral("gentoo"), QStringLiteral("Gentoo Linux")},
        {QStringLiteral("slackware"), QStringLiteral("Slackware")},
        {QStringLiteral("arch"), QStringLiteral("Arch Linux")},
        {QStringLiteral("exherbo"), QStringLiteral("Exherbo")},
        {QStringLiteral("alpine"), QStringLiteral("Alpine Linux")},
        {QStringLiteral("coreos"), QStringLiteral("CoreOS")},
    };
    return names.value(platform, platform);
}

QJsonObject kernelJson(const UnameInfo &uname, const QString &os, const PlatformInfo &platform)
{
    QJsonObject kernel{
        {QStringLiteral("name"), uname.sysname.trimmed()},
        {QStringLiteral("release"), uname.release.trimmed()},
        {QStringLiteral("version"), uname.version.trimmed()},
        {QStringLiteral("machine"), uname.machine.trimmed()},
        {QStringLiteral("os"), os},
    };
    const QString name = normalizePlatformName(platform.platform);
    if (!name.isEmpty())
        kernel.insert(QStringLiteral("platform_name"), name);
    if (!platform.version.isEmpty())
        kernel.insert(QStringLiteral("platform_version"), platform.version);
    return kernel;
}

SpecSection collectKernelSpec(const QString &root)
{
    SpecSection section;
    section.name = QStringLiteral("kernel");
    struct utsname live;
    if (::uname(&live) != 0) {
        section.warnings.append(KernelSpecText::tr("kernel left out: uname(2) failed"));
        return section;
    }
    UnameInfo uname{QString::fromUtf8(live.sysname), QString::fromUtf8(live.release), QString::fromUtf8(live.version),
                    QString::fromUtf8(live.machine)};
    section.sources = {QStringLiteral("uname(2)")};
    const bool below = !(root.isEmpty() || root == QLatin1String("/"));
    if (below) {
        const QList<std::pair<const char *, QString *>> files = {
            {"ostype", &uname.sysname}, {"osrelease", &uname.release}, {"version", &uname.version}, {"arch", &uname.machine}};
        QStringList fromLive;
        for (const auto &[file, target] : files) {
            QString error;
            const QString path = QStringLiteral("/proc/sys/kernel/") + QLatin1String(file);
            if (const auto content = readFileBelowRoot(root, path, &error)) {
                *target = QString::fromUtf8(content->trimmed());
                section.sources.append(path);
            } else {
                fromLive.append(path);
            }
        }
        if (!fromLive.isEmpty())
            section.warnings.append(KernelSpecText::tr("kernel: %1 not below %2; this host's uname(2) values are used instead")
                                        .arg(fromLive.join(QStringLiteral(", ")), root));
    }
    section.sources.append(QStringLiteral("/etc/*-release, /etc/*_version, /etc/os-release"));
    // `uname -o` of GNU coreutils (and of Debian's busybox) on Linux.
    section.value = kernelJson(uname, QStringLiteral("GNU/Linux"), detectPlatform(root));
    return section;
}

} // namespace mi
