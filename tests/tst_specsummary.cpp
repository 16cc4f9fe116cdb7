// The host specs summary shown above the JSON tree: the payload's facts in words and binary units.
#include "specsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mi;

Q_DECLARE_METATYPE(QList<mi::SpecSummaryLine>)

class TestSpecSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void humanBytes_data();
    void humanBytes();
    void summary_data();
    void summary();
};

void TestSpecSummary::humanBytes_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0 B");
    QTest::newRow("bytes") << 1023.0 << QStringLiteral("1023 B");
    QTest::newRow("one KiB") << 1024.0 << QStringLiteral("1.0 KiB");
    QTest::newRow("1.5 KiB") << 1536.0 << QStringLiteral("1.5 KiB");
    QTest::newRow("rounds up to the next unit") << 1024.0 * 1023.96 << QStringLiteral("1.0 MiB");
    QTest::newRow("meminfo 3916792 kB") << 3916792.0 * 1024 << QStringLiteral("3.7 GiB");
    QTest::newRow("8 GiB disk") << 16777216.0 * 512 << QStringLiteral("8.0 GiB");
    QTest::newRow("2 TiB") << 2.0 * 1024 * 1024 * 1024 * 1024 << QStringLiteral("2.0 TiB");
    QTest::newRow("1000 TiB stays TiB") << 1000.0 * 1024 * 1024 * 1024 * 1024 << QStringLiteral("1000.0 TiB");
    QTest::newRow("PiB") << 3.0 * 1024 * 1024 * 1024 * 1024 * 1024 << QStringLiteral("3.0 PiB");
}

void TestSpecSummary::humanBytes()
{
    QFETCH(double, bytes);
    QFETCH(QString, expected);
    QCOMPARE(mi::humanBytes(bytes), expected);
}

static QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return object;
}

void TestSpecSummary::summary_data()
{
    QTest::addColumn<QJsonObject>("host");
    QTest::addColumn<QList<SpecSummaryLine>>("expected");

    QTest::newRow("EC2 instance") << json(R"({
        "name": "ip-172-31-16-20",
        "interfaces": [{"name": "ens5", "ipv4Addresses": ["172.31.16.20"], "ipv6Addresses": ["fe80::4d1:4eff:fe2a:9b01"],
                        "macAddress": "06:d1:4e:2a:9b:01"}, {"name": "docker0", "ipv4Addresses": ["172.17.0.1"]}],
        "meta": {
          "kernel": {"machine": "x86_64", "name": "Linux", "platform_name": "Ubuntu", "platform_version": "22.04",
                     "release": "5.15.0-1051-aws"},
          "cpu": [{"model_name": "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz"},
                  {"model_name": "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz"}],
          "memory": {"total": "3916792kB", "swap_total": "2097148kB"},
          "block_device": {"loop0": {"size": "0", "removable": "0"},
                           "nvme0n1": {"size": "16777216", "removable": "0", "model": "Amazon Elastic Block Store"},
                           "sr0": {"size": "2097151", "removable": "1", "model": "QEMU DVD-ROM"},
                           "xvdf": {"size": "4294967296", "removable": "0"}},
          "filesystem": {"/dev/nvme0n1p1": {"kb_size": 8109056, "kb_used": 2858952, "mount": "/", "percent_used": "37%"},
                         "/dev/xvdf": {"kb_size": 2147483648, "kb_used": 1717986918, "mount": "/data", "percent_used": "80%"}}
        }})")
        << QList<SpecSummaryLine>{
               {QStringLiteral("OS"), QStringLiteral("Ubuntu 22.04 (Linux 5.15.0-1051-aws, x86_64)")},
               {QStringLiteral("CPU"), QStringLiteral("2 CPUs: 2 × Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz")},
               {QStringLiteral("Memory"), QStringLiteral("3.7 GiB, swap 2.0 GiB")},
               {QStringLiteral("Disks"), QStringLiteral("nvme0n1 8.0 GiB, Amazon Elastic Block Store")},
               {QString(), QStringLiteral("sr0 1.0 GiB, QEMU DVD-ROM, removable")},
               {QString(), QStringLiteral("xvdf 2.0 TiB")},
               {QStringLiteral("Filesystems"), QStringLiteral("/ on /dev/nvme0n1p1: 2.7 GiB of 7.7 GiB used (37%)")},
               {QString(), QStringLiteral("/data on /dev/xvdf: 1.6 TiB of 2.0 TiB used (80%)")},
               {QStringLiteral("Interfaces"), QStringLiteral("ens5: 172.31.16.20, fe80::4d1:4eff:fe2a:9b01 (MAC 06:d1:4e:2a:9b:01)")},
               {QString(), QStringLiteral("docker0: 172.17.0.1")},
           };

    QTest::newRow("big.LITTLE, no swap, percent computed") << json(R"({
        "meta": {
          "kernel": {"machine": "aarch64", "name": "Linux", "release": "6.1.0"},
          "cpu": [{"model_name": "Cortex-A76"}, {"model_name": "Cortex-A55"}, {"model_name": "Cortex-A55"}],
          "memory": {"total": "8388608kB", "swap_total": "0kB"},
          "block_device": {"loop0": {"size": "0"}},
          "filesystem": {"/dev/mmcblk0p2": {"kb_size": 1000, "kb_used": 250, "mount": "/"}}
        }})")
        << QList<SpecSummaryLine>{
               {QStringLiteral("OS"), QStringLiteral("unknown (Linux 6.1.0, aarch64)")},
               {QStringLiteral("CPU"), QStringLiteral("3 CPUs: 1 × Cortex-A76, 2 × Cortex-A55")},
               {QStringLiteral("Memory"), QStringLiteral("8.0 GiB, no swap")},
               {QStringLiteral("Disks"), QStringLiteral("none with a size")},
               {QStringLiteral("Filesystems"), QStringLiteral("/ on /dev/mmcblk0p2: 250.0 KiB of 1000.0 KiB used (25%)")},
               {QStringLiteral("Interfaces"), QStringLiteral("none")},
           };

    QTest::newRow("sections left out") << json(R"({"name": "h", "meta": {}})")
                                       << QList<SpecSummaryLine>{
                                              {QStringLiteral("OS"), QStringLiteral("not collected")},
                                              {QStringLiteral("CPU"), QStringLiteral("not collected")},
                                              {QStringLiteral("Memory"), QStringLiteral("not collected")},
                                              {QStringLiteral("Disks"), QStringLiteral("not collected")},
                                              {QStringLiteral("Filesystems"), QStringLiteral("not collected")},
                                              {QStringLiteral("Interfaces"), QStringLiteral("none")},
                                          };
}

void TestSpecSummary::summary()
{
    QFETCH(QJsonObject, host);
    QFETCH(QList<SpecSummaryLine>, expected);
    const QList<SpecSummaryLine> actual = specSummary(host);
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        QCOMPARE(actual.at(i).label, expected.at(i).label);
        QCOMPARE(actual.at(i).text, expected.at(i).text);
    }
    QCOMPARE(actual.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestSpecSummary)
#include "tst_specsummary.moc"
