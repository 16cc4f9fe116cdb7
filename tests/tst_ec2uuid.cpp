#include "ec2uuid.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mi;

class TestEc2Uuid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isEc2Uuid_data();
    void isEc2Uuid();
    void uuidFiles_data();
    void uuidFiles();
};

void TestEc2Uuid::isEc2Uuid_data()
{
    QTest::addColumn<QByteArray>("uuid");
    QTest::addColumn<bool>("expected");
    // The agent's own cases (spec/isec2_linux_test.go).
    QTest::newRow("ec2 prefix") << QByteArray("ec2e1916-9099-7caf-fd21-01234abcdef") << true;
    QTest::newRow("EC2 prefix") << QByteArray("EC2E1916-9099-7CAF-FD21-01234ABCDEF") << true;
    QTest::newRow("little endian") << QByteArray("45e12aec-dcd1-b213-94ed-01234abcdef") << true;
    QTest::newRow("little endian upper") << QByteArray("45E12AEC-DCD1-B213-94ED-01234ABCDEF") << true;
    QTest::newRow("other") << QByteArray("abcd1916-9099-7caf-fd21-01234abcdef") << false;
    QTest::newRow("other upper") << QByteArray("ABCD1916-9099-7CAF-FD21-01234ABCDEF") << false;
    QTest::newRow("empty") << QByteArray() << false;
    // Beyond: what files really hold, and what Go's hex decoding makes of odd input.
    QTest::newRow("trailing newline") << QByteArray("ec2e1916-9099-7caf-fd21-012345abcdef\n") << true;
    QTest::newRow("little endian, newline") << QByteArray("45E12AEC-DCD1-B213-94ED-012345ABCDEF\n") << true;
    QTest::newRow("mixed-case prefix is not EC2") << QByteArray("Ec2e1916-9099-7caf-fd21-012345abcdef") << false;
    QTest::newRow("short first field") << QByteArray("45e12a-dcd1") << false;
    QTest::newRow("invalid hex after four bytes") << QByteArray("45e12aecZZ-1") << true;
    QTest::newRow("invalid hex within four bytes") << QByteArray("45e1Z2ec-1") << false;
    QTest::newRow("no dashes") << QByteArray("45e12aecdcd1b21394ed012345abcdef") << true;
    QTest::newRow("GCE style uuid") << QByteArray("6F7C1B2E-93A4-4D55-B1C0-2E5A7D9C3F10") << false;
    QTest::newRow("Azure style uuid") << QByteArray("9963F513-52BD-5041-9748-7190AAE1FF21") << false;
    // Go prints the little-endian value without leading zeros: 0x000ec200 is "ec200".
    QTest::newRow("leading zero byte") << QByteArray("00c20e00-0000-0000-0000-000000000000") << true;
}

void TestEc2Uuid::isEc2Uuid()
{
    QFETCH(QByteArray, uuid);
    QFETCH(bool, expected);
    QCOMPARE(mi::isEc2Uuid(uuid), expected);
}

void TestEc2Uuid::uuidFiles_data()
{
    QTest::addColumn<QByteArray>("hypervisorUuid"); // "-" for a missing file
    QTest::addColumn<QByteArray>("productUuid");
    QTest::addColumn<bool>("looksLikeEc2");
    QTest::addColumn<QStringList>("outcomes");
    const QByteArray ec2 = "ec2e1916-9099-7caf-fd21-012345abcdef\n";
    const QByteArray other = "abcd1916-9099-7caf-fd21-012345abcdef\n";
    QTest::newRow("both EC2: stops at the first") << ec2 << ec2 << true << QStringList{QStringLiteral("ok")};
    QTest::newRow("only DMI") << QByteArray("-") << ec2 << true
                              << QStringList{QStringLiteral("missing"), QStringLiteral("ok")};
    QTest::newRow("only hypervisor") << ec2 << QByteArray("-") << true << QStringList{QStringLiteral("ok")};
    QTest::newRow("neither file") << QByteArray("-") << QByteArray("-") << false
                                  << QStringList{QStringLiteral("missing"), QStringLiteral("missing")};
    QTest::newRow("not EC2") << other << other << false
                             << QStringList{QStringLiteral("no-match"), QStringLiteral("no-match")};
}

void TestEc2Uuid::uuidFiles()
{
    QFETCH(QByteArray, hypervisorUuid);
    QFETCH(QByteArray, productUuid);
    QFETCH(bool, looksLikeEc2);
    QFETCH(QStringList, outcomes);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    auto write = [&](const QString &path, const QByteArray &content) {
        if (content == "-")
            return;
        const QString full = root.path() + path;
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("/sys/hypervisor/uuid"), hypervisorUuid);
    write(QStringLiteral("/sys/devices/virtual/dmi/id/product_uuid"), productUuid);

    const Ec2UuidCheck check = checkEc2UuidFiles(root.path());
    QCOMPARE(check.looksLikeEc2, looksLikeEc2);
    QCOMPARE(check.anyUnreadable, false);
    QStringList actual;
    for (const ProbeRecord &record : check.records) {
        actual << probeOutcomeName(record.outcome);
        QCOMPARE(record.method, QStringLiteral("READ"));
        QVERIFY(record.url.startsWith(root.path()));
    }
    QCOMPARE(actual, outcomes);
}

QTEST_GUILESS_MAIN(TestEc2Uuid)
#include "tst_ec2uuid.moc"
