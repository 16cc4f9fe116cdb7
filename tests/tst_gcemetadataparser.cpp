#include "gcemetadataparser.h"
#include "golden.h"
#include "rawjson.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using namespace mi;

class TestGceMetadataParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void uint64Literal_data();
    void uint64Literal();
    void rejectsDeepNesting();
};

static QJsonDocument describe(const GceMetadata &parsed)
{
    QJsonObject meta;
    for (auto it = parsed.meta.cbegin(); it != parsed.meta.cend(); ++it)
        meta.insert(it.key(), it.value());
    QJsonObject object{{QStringLiteral("ok"), parsed.ok},
                       {QStringLiteral("hasInstance"), parsed.hasInstance},
                       // a string: JSON numbers in QJsonDocument would not hold every uint64
                       {QStringLiteral("instanceId"), QString::number(parsed.instanceId)},
                       {QStringLiteral("meta"), meta}};
    if (!parsed.ok)
        object.insert(QStringLiteral("error"), parsed.error);
    return QJsonDocument(object);
}

void TestGceMetadataParser::golden_data()
{
    QTest::addColumn<QString>("inputPath");
    const QDir dir(QStringLiteral(MI_TEST_DATA "/gce"));
    const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int count = 0;
    for (const QString &name : inputs) {
        if (name.endsWith(QLatin1String(".expected.json")) || name.endsWith(QLatin1String(".actual.json")))
            continue;
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
        ++count;
    }
    QVERIFY2(count >= 10, "the GCE golden inputs are missing");
}

void TestGceMetadataParser::golden()
{
    QFETCH(QString, inputPath);
    QFile input(inputPath);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const GceMetadata parsed = parseGceMetadata(input.readAll());
    QString expectedPath = inputPath;
    expectedPath.replace(QStringLiteral(".json"), QStringLiteral(".expected.json"));
    QVERIFY(compareWithGolden(describe(parsed), expectedPath));
}

void TestGceMetadataParser::uint64Literal_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");
    QTest::newRow("zero") << QByteArray("0") << true << quint64(0);
    QTest::newRow("2^53+1 (a double loses it)") << QByteArray("9007199254740993") << true << quint64(9007199254740993ULL);
    QTest::newRow("2^63+1") << QByteArray("9223372036854775809") << true << quint64(9223372036854775809ULL);
    QTest::newRow("max") << QByteArray("18446744073709551615") << true << quint64(18446744073709551615ULL);
    QTest::newRow("max+1") << QByteArray("18446744073709551616") << false << quint64(0);
    QTest::newRow("negative") << QByteArray("-1") << false << quint64(0);
    QTest::newRow("fraction") << QByteArray("1.0") << false << quint64(0);
    QTest::newRow("exponent") << QByteArray("1e3") << false << quint64(0);
    QTest::newRow("empty") << QByteArray() << false << quint64(0);
}

void TestGceMetadataParser::uint64Literal()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    const auto parsed = parseJsonUint64(literal);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestGceMetadataParser::rejectsDeepNesting()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    RawJsonError error;
    QVERIFY(!parseRawJson(deep, &error).has_value());
    QVERIFY(error.message.contains(QStringLiteral("nested")));
    QVERIFY(!parseGceMetadata(deep).ok);
}

QTEST_GUILESS_MAIN(TestGceMetadataParser)
#include "tst_gcemetadataparser.moc"
