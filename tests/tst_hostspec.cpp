#include "agentconfig.h"
#include "blockdevicespec.h"
#include "cpuspec.h"
#include "filesystemspec.h"
#include "golden.h"
#include "hostspeccollector.h"
#include "kernelspec.h"
#include "memoryspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>

using namespace mi;

namespace {

QString specData(const QString &path)
{
    return QStringLiteral(MI_TEST_DATA "/spec/") + path;
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A section as golden JSON: the value (or null when left out) and whether a warning came.
QJsonDocument sectionDocument(const SpecSection &section)
{
    return QJsonDocument(QJsonObject{
        {QStringLiteral("value"), section.collected() ? section.value : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("warned"), !section.warnings.isEmpty()},
    });
}

int errnoNamed(const QString &name)
{
    if (name == QLatin1String("ENOENT")) return ENOENT;
    if (name == QLatin1String("EACCES")) return EACCES;
    if (name == QLatin1String("EIO")) return EIO;
    return EINVAL;
}

// df's system calls answered from probe.json ({mountDir: {dev, frsize, blocks, bfree, bavail, error, stat}}).
DfProbe fixtureProbe(const QString &directory)
{
    const QJsonObject table = readJsonObject(directory + QStringLiteral("/probe.json"));
    const QJsonObject canonical = readJsonObject(directory + QStringLiteral("/canonical.json"));
    DfProbe probe;
    probe.deviceOf = [table](const QByteArray &mountDir) -> std::optional<quint64> {
        const QJsonObject entry = table.value(QString::fromUtf8(mountDir)).toObject();
        if (entry.isEmpty() || !entry.value(QStringLiteral("stat")).toBool(true))
            return std::nullopt;
        return quint64(entry.value(QStringLiteral("dev")).toInteger());
    };
    probe.usageOf = [table](const QByteArray &mountDir) {
        const QJsonObject entry = table.value(QString::fromUtf8(mountDir)).toObject();
        FsUsage usage;
        if (entry.isEmpty()) {
            usage.error = ENOENT;
            return usage;
        }
        if (entry.contains(QStringLiteral("error"))) {
            usage.error = errnoNamed(entry.value(QStringLiteral("error")).toString());
            return usage;
        }
        usage.blockSize = quint64(entry.value(QStringLiteral("frsize")).toInteger());
        usage.blocks = quint64(entry.value(QStringLiteral("blocks")).toInteger());
        usage.blocksFree = quint64(entry.value(QStringLiteral("bfree")).toInteger());
        usage.blocksAvailable = quint64(entry.value(QStringLiteral("bavail")).toInteger());
        return usage;
    };
    probe.canonicalDevice = [canonical](const QByteArray &device) {
        return canonical.value(QString::fromUtf8(device)).toString().toUtf8();
    };
    return probe;
}

InterfaceAddresses interface(const char *name, const char *mac, const QStringList &addresses)
{
    InterfaceAddresses result{QString::fromUtf8(name), QString::fromUtf8(mac), {}};
    for (const QString &address : addresses)
        result.addresses.append(QHostAddress(address));
    return result;
}

QStringList list(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestHostSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cpuInfo_data();
    void cpuInfo();
    void cpuMhzFormats_data();
    void cpuMhzFormats();
    void memInfo_data();
    void memInfo();
    void blockDevices_data();
    void blockDevices();
    void platform_data();
    void platform();
    void kernelFromTree();
    void mountInfoParsing();
    void filesystem();
    void filesystemFailsAsDfFails();
    void dfOutputAsTheAgentParsesIt();
    void interfaces_data();
    void interfaces();
    void payload();
    void payloadOmissions();
    void liveHost();
};

void TestHostSpec::cpuInfo_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("x86_64") << "x86_64";
    QTest::newRow("arm64") << "arm64";
    QTest::newRow("broken-cache") << "broken-cache";
}

void TestHostSpec::cpuInfo()
{
    QFETCH(QString, tree);
    const SpecSection section = collectCpuSpec(specData(QStringLiteral("cpuinfo/") + tree));
    QVERIFY(compareWithGolden(sectionDocument(section), specData(QStringLiteral("cpuinfo/%1.expected.json").arg(tree))));
}

void TestHostSpec::cpuMhzFormats_data()
{
    QTest::addColumn<QByteArray>("cpuinfo");
    QTest::addColumn<QByteArray>("maxFreq");
    QTest::addColumn<QString>("mhz");
    QTest::newRow("cpuinfo") << QByteArray("processor : 0\ncpu MHz : 2499.998\n") << QByteArray() << "2499.998";
    QTest::newRow("kHz file wins") << QByteArray("processor : 0\ncpu MHz : 2499.998\n") << QByteArray("3500000\n") << "3500";
    QTest::newRow("Hz file") << QByteArray("processor : 0\n") << QByteArray("2400000000\n") << "2400";
    QTest::newRow("fraction") << QByteArray("processor : 0\n") << QByteArray("2245781\n") << "2245.781";
    QTest::newRow("none") << QByteArray("processor : 0\n") << QByteArray() << "0";
    QTest::newRow("s390") << QByteArray("vendor_id : IBM/S390\ncpu number : 0\ncpu MHz dynamic : 5200\n") << QByteArray() << "5200";
    QTest::newRow("power clock") << QByteArray("processor : 0\ncpu : POWER9 (raw), altivec supported\nclock : 2750.000000MHz\n"
                                               "revision : 2.2 (pvr 004e 1202)\n") << QByteArray() << "2750";
}

void TestHostSpec::cpuMhzFormats()
{
    QFETCH(QByteArray, cpuinfo);
    QFETCH(QByteArray, maxFreq);
    QFETCH(QString, mhz);
    QString error;
    const auto result = parseCpuInfo(cpuinfo, [&](const QString &path) -> std::optional<QByteArray> {
        if (path.endsWith(QLatin1String("cpuinfo_max_freq")) && !maxFreq.isEmpty())
            return maxFreq;
        return std::nullopt;
    }, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->size(), 1);
    QCOMPARE(result->first().toObject().value(QStringLiteral("mhz")).toString(), mhz);
    QCOMPARE(result->first().toObject().value(QStringLiteral("cores")).toString(), QStringLiteral("1"));
}

void TestHostSpec::memInfo_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("x86_64") << "x86_64";
    QTest::newRow("highmem") << "highmem";
    QTest::newRow("missing") << "missing";
}

void TestHostSpec::memInfo()
{
    QFETCH(QString, tree);
    const SpecSection section = collectMemorySpec(specData(QStringLiteral("meminfo/") + tree));
    QVERIFY(compareWithGolden(sectionDocument(section), specData(QStringLiteral("meminfo/%1.expected.json").arg(tree))));
}

void TestHostSpec::blockDevices_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("mixed") << "mixed";
    QTest::newRow("none") << "none";
}

void TestHostSpec::blockDevices()
{
    QFETCH(QString, tree);
    const SpecSection section = collectBlockDeviceSpec(specData(QStringLiteral("block/") + tree));
    QVERIFY(compareWithGolden(sectionDocument(section), specData(QStringLiteral("block/%1.expected.json").arg(tree))));
}

void TestHostSpec::platform_data()
{
    QTest::addColumn<QString>("tree");
    for (const char *name : {"ubuntu-22.04", "debian-12", "amazon-linux-2", "amazon-linux-2023", "centos-7", "rhel-9",
                             "rocky-9", "fedora-39", "alpine-3.19", "arch", "opensuse-leap-15.5", "oracle-8",
                             "raspbian-11", "single-quotes", "empty"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestHostSpec::platform()
{
    QFETCH(QString, tree);
    const PlatformInfo info = detectPlatform(specData(QStringLiteral("platform/") + tree));
    // The same fields kernelJson adds to `kernel`.
    const QJsonObject kernel = kernelJson(UnameInfo(), QString(), info);
    QJsonObject platform;
    for (const QString &key : {QStringLiteral("platform_name"), QStringLiteral("platform_version")}) {
        if (kernel.contains(key))
            platform.insert(key, kernel.value(key));
    }
    platform.insert(QStringLiteral("id"), info.platform);
    QVERIFY(compareWithGolden(QJsonDocument(platform), specData(QStringLiteral("platform/%1.expected.json").arg(tree))));
}

void TestHostSpec::kernelFromTree()
{
    const SpecSection section = collectKernelSpec(specData(QStringLiteral("host/tree")));
    QVERIFY(section.warnings.isEmpty());
    QVERIFY(compareWithGolden(sectionDocument(section), specData(QStringLiteral("host/kernel.expected.json"))));
}

void TestHostSpec::mountInfoParsing()
{
    const QList<MountEntry> entries = parseMountInfo(
        "36 35 98:0 /mnt1 /mnt/a\\040b rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n"
        "37 35 0:40 / /mnt/nfs rw - nfs4 host:/export rw\n"
        "38 35 0:41 / /proc rw - proc proc rw\n"
        "broken\n");
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).mountDir, QByteArray("/mnt/a b"));
    QCOMPARE(entries.at(0).mountRoot, QByteArray("/mnt1"));
    QCOMPARE(entries.at(0).device, QByteArray("/dev/root"));
    QCOMPARE(entries.at(0).type, QByteArray("ext3"));
    QVERIFY(!entries.at(0).dummy && !entries.at(0).remote);
    QVERIFY(entries.at(1).remote);
    QVERIFY(entries.at(2).dummy);
    const QList<MountEntry> mounts = parseProcMounts("/dev/sda1 / ext4 rw 0 0\nnone /mnt/bind none rw,bind 0 0\nnone /x none rw 0 0\n");
    QCOMPARE(mounts.size(), 3);
    QVERIFY(!mounts.at(1).dummy);
    QVERIFY(mounts.at(2).dummy);
}

void TestHostSpec::filesystem()
{
    const QString directory = specData(QStringLiteral("filesystem/typical"));
    QFile mountinfo(directory + QStringLiteral("/mountinfo"));
    QVERIFY(mountinfo.open(QIODevice::ReadOnly));
    QString error;
    const auto output = emulateDfPkl(parseMountInfo(mountinfo.readAll()), fixtureProbe(directory), &error);
    QVERIFY2(output, qPrintable(error));
    QStringList warnings;
    const QList<DfRow> rows = parseDfOutput(*output, &warnings);
    QVERIFY(warnings.isEmpty());
    const QJsonDocument actual(QJsonObject{
        {QStringLiteral("df"), QJsonArray::fromStringList(QString::fromUtf8(*output).split(QLatin1Char('\n'), Qt::SkipEmptyParts))},
        {QStringLiteral("filesystem"), filesystemJson(rows)},
    });
    QVERIFY(compareWithGolden(actual, specData(QStringLiteral("filesystem/typical.expected.json"))));
}

void TestHostSpec::filesystemFailsAsDfFails()
{
    DfProbe probe = fixtureProbe(specData(QStringLiteral("filesystem/typical")));
    probe.usageOf = [](const QByteArray &) {
        FsUsage usage;
        usage.error = EIO;
        return usage;
    };
    QString error;
    QVERIFY(!emulateDfPkl(parseMountInfo("22 1 259:2 / / rw - ext4 /dev/sda1 rw\n"), probe, &error));
    QVERIFY2(error.contains(QLatin1String("df: /")), qPrintable(error));
}

void TestHostSpec::dfOutputAsTheAgentParsesIt()
{
    QFile file(specData(QStringLiteral("dfoutput/agent-sample.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList warnings;
    const QList<DfRow> rows = parseDfOutput(file.readAll(), &warnings);
    QCOMPARE(warnings.size(), 2); // "broken line" and the row with "-"
    QVERIFY(compareWithGolden(QJsonDocument(filesystemJson(rows)), specData(QStringLiteral("dfoutput/agent-sample.expected.json"))));
    // Sizes are JSON integers as Go writes uint64, never "1e+07".
    QVERIFY(QJsonDocument(filesystemJson(rows)).toJson(QJsonDocument::Compact).contains("\"kb_size\":10000000,"));
}

void TestHostSpec::interfaces_data()
{
    QTest::addColumn<QList<InterfaceAddresses>>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("loopback only dropped")
        << QList<InterfaceAddresses>{interface("lo", "00:00:00:00:00:00", list("127.0.0.1|::1"))} << QByteArray("null");
    QTest::newRow("no address dropped")
        << QList<InterfaceAddresses>{interface("eth1", "AA:BB:CC:DD:EE:FF", {})} << QByteArray("null");
    QTest::newRow("link-local kept, MAC lowercase, zone dropped")
        << QList<InterfaceAddresses>{interface("eth0", "0A:1B:2C:3D:4E:5F", list("10.0.0.5|fe80::81b:2cff:fe3d:4e5f%eth0"))}
        << QByteArray(R"([{"name":"eth0","ipv4Addresses":["10.0.0.5"],"ipv6Addresses":["fe80::81b:2cff:fe3d:4e5f"],"macAddress":"0a:1b:2c:3d:4e:5f"}])");
    QTest::newRow("no MAC, IPv6 only, sorted by name")
        << QList<InterfaceAddresses>{interface("wg0", "", list("fd00::2")), interface("eth0", "02:00:00:00:00:01", list("192.0.2.2|192.0.2.3"))}
        << QByteArray(R"([{"name":"eth0","ipv4Addresses":["192.0.2.2","192.0.2.3"],"macAddress":"02:00:00:00:00:01"},{"name":"wg0","ipv6Addresses":["fd00::2"]}])");
    QTest::newRow("loopback plus another address kept")
        << QList<InterfaceAddresses>{interface("lo", "00:00:00:00:00:00", list("127.0.0.1|10.1.1.1"))}
        << QByteArray(R"([{"name":"lo","ipv4Addresses":["127.0.0.1","10.1.1.1"],"macAddress":"00:00:00:00:00:00"}])");
}

void TestHostSpec::interfaces()
{
    QFETCH(QList<InterfaceAddresses>, input);
    QFETCH(QByteArray, expected);
    const QJsonValue actual = interfacesJson(input);
    const QJsonDocument expectedDocument = QJsonDocument::fromJson("{\"v\":" + expected + "}");
    QCOMPARE(QJsonObject({{QStringLiteral("v"), actual}}), expectedDocument.object());
}

void TestHostSpec::payload()
{
    QString error;
    const auto config = loadAgentConfig(QStringLiteral(MI_TEST_DATA "/conf/roles-and-checks.conf"), &error);
    QVERIFY2(config, qPrintable(error));
    DetectionResult detection;
    detection.platform = CloudPlatform::Ec2;
    detection.source = DetectionSource::Override;
    detection.customIdentifier = QStringLiteral("i-0a1b2c3d4e5f67890.ec2.amazonaws.com");
    detection.agentCustomIdentifier = detection.customIdentifier;
    detection.hasCloud = true;
    detection.cloudMetadata = {{QStringLiteral("instance-id"), QStringLiteral("i-0a1b2c3d4e5f67890")},
                               {QStringLiteral("instance-type"), QStringLiteral("t3.medium")}};
    HostSpecOptions options;
    options.root = specData(QStringLiteral("host/tree"));
    options.interfaces = QList<InterfaceAddresses>{interface("lo", "00:00:00:00:00:00", list("127.0.0.1|::1")),
                                                   interface("ens5", "06:D1:4E:2A:9B:01", list("172.31.16.20|fe80::4d1:4eff:fe2a:9b01%ens5"))};

    HostSpecCollector collector;
    QSignalSpy finished(&collector, &HostSpecCollector::finished);
    collector.start(detection, *config, options);
    QCOMPARE(finished.size(), 0); // never synchronously
    QVERIFY(finished.wait(10000));
    const HostSpec spec = finished.first().first().value<HostSpec>();
    QVERIFY(compareWithGolden(QJsonDocument(spec.host), specData(QStringLiteral("host/payload.expected.json"))));
    // The three dropped roles are warnings; nothing else went wrong.
    QCOMPARE(spec.warnings.size(), 3);
}

void TestHostSpec::payloadOmissions()
{
    HostSpecOptions options;
    options.root = specData(QStringLiteral("block/none")); // nothing to read at all
    options.interfaces = QList<InterfaceAddresses>{};
    options.hostName = QStringLiteral("empty-host");
    const HostSpec spec = HostSpecCollector::collect(DetectionResult(), AgentConfig(), options);
    QCOMPARE(spec.host.value(QStringLiteral("name")).toString(), QStringLiteral("empty-host"));
    QVERIFY(spec.host.value(QStringLiteral("interfaces")).isNull());
    QCOMPARE(spec.host.value(QStringLiteral("roleFullnames")).toArray(), QJsonArray());
    QCOMPARE(spec.host.value(QStringLiteral("checks")).toArray(), QJsonArray());
    QVERIFY(!spec.host.contains(QStringLiteral("displayName")));
    QVERIFY(!spec.host.contains(QStringLiteral("customIdentifier")));
    const QJsonObject meta = spec.host.value(QStringLiteral("meta")).toObject();
    // kernel comes from uname(2) even here; every file-based section is left out with a warning.
    QCOMPARE(meta.keys(), QStringList{QStringLiteral("kernel")});
    QVERIFY(spec.warnings.size() >= 4);
}

void TestHostSpec::liveHost()
{
    HostSpecOptions options; // the live host, whatever it is
    const HostSpec spec = HostSpecCollector::collect(DetectionResult(), AgentConfig(), options);
    const QJsonObject host = spec.host;
    QVERIFY(!host.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(host.value(QStringLiteral("interfaces")).isNull() || host.value(QStringLiteral("interfaces")).isArray());
    for (const QString &key : host.keys())
        QVERIFY2(QStringList({QStringLiteral("name"), QStringLiteral("meta"), QStringLiteral("interfaces"),
                              QStringLiteral("roleFullnames"), QStringLiteral("checks")}).contains(key), qPrintable(key));
    const QJsonObject meta = host.value(QStringLiteral("meta")).toObject();
    const QJsonObject kernel = meta.value(QStringLiteral("kernel")).toObject();
    for (const char *key : {"name", "release", "version", "machine", "os"})
        QVERIFY2(!kernel.value(QLatin1String(key)).toString().isEmpty(), key);
    QCOMPARE(kernel.value(QStringLiteral("name")).toString(), QStringLiteral("Linux"));

    static const QRegularExpression memoryValue(QStringLiteral("^\\d+kB$"));
    const QJsonObject memory = meta.value(QStringLiteral("memory")).toObject();
    if (QFile::exists(QStringLiteral("/proc/meminfo")))
        QVERIFY(memoryValue.match(memory.value(QStringLiteral("total")).toString()).hasMatch());
    for (auto it = memory.constBegin(); it != memory.constEnd(); ++it)
        QVERIFY2(memoryValue.match(it.value().toString()).hasMatch(), qPrintable(it.key()));

    const QJsonArray cpus = meta.value(QStringLiteral("cpu")).toArray();
    for (const QJsonValue &cpu : cpus) {
        const QJsonObject object = cpu.toObject();
        QCOMPARE(object.size(), 10);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
        QVERIFY(object.value(QStringLiteral("cache_size")).toString().endsWith(QLatin1String(" KB")));
    }

    static const QRegularExpression percent(QStringLiteral("^\\d{1,3}%$"));
    const QJsonObject filesystems = meta.value(QStringLiteral("filesystem")).toObject();
    for (auto it = filesystems.constBegin(); it != filesystems.constEnd(); ++it) {
        const QJsonObject fs = it.value().toObject();
        QCOMPARE(fs.size(), 5);
        QVERIFY(fs.value(QStringLiteral("kb_size")).isDouble());
        QVERIFY(fs.value(QStringLiteral("kb_used")).isDouble());
        QVERIFY(fs.value(QStringLiteral("kb_available")).isDouble());
        QVERIFY(percent.match(fs.value(QStringLiteral("percent_used")).toString()).hasMatch());
        QVERIFY(fs.value(QStringLiteral("mount")).toString().startsWith(QLatin1Char('/')));
    }

    // Where GNU df runs here and succeeds, the agent's parser of its output must see the same
    // file systems at the same mount points (sizes may move between the two reads).
    QProcess df;
    df.start(QStringLiteral("df"), {QStringLiteral("-Pkl")});
    QSignalSpy dfFinished(&df, &QProcess::finished);
    if (!df.waitForStarted(5000))
        QSKIP("no df command here");
    QVERIFY(dfFinished.wait(30000));
    if (df.exitStatus() != QProcess::NormalExit || df.exitCode() != 0)
        QSKIP("df -Pkl fails on this host; the agent would send no filesystem here");
    const QJsonObject expected = filesystemJson(parseDfOutput(df.readAllStandardOutput(), nullptr));
    QCOMPARE(filesystems.keys(), expected.keys());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QCOMPARE(filesystems.value(it.key()).toObject().value(QStringLiteral("mount")),
                 it.value().toObject().value(QStringLiteral("mount")));
        QCOMPARE(filesystems.value(it.key()).toObject().value(QStringLiteral("kb_size")),
                 it.value().toObject().value(QStringLiteral("kb_size")));
    }
}

QTEST_GUILESS_MAIN(TestHostSpec)
#include "tst_hostspec.moc"
