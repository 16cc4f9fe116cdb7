// The text reports align their columns by terminal width: a Japanese or Korean character takes two
// columns, so that translated labels keep the values in one column.
#include "textreport.h"

#include <QTest>

class TextWidthTest : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data();
    void displayWidth();
    void rowsAlignInEveryLanguage();
};

void TextWidthTest::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("ASCII") << QStringLiteral("Platform") << 8;
    QTest::newRow("katakana") << QStringLiteral("プラットフォーム") << 16;
    QTest::newRow("kanji and ASCII") << QStringLiteral("ID ファイル") << 11;
    QTest::newRow("hangul") << QStringLiteral("플랫폼") << 6;
    QTest::newRow("hangul and ASCII") << QStringLiteral("ID 파일") << 7;
    QTest::newRow("fullwidth colon") << QStringLiteral("警告：") << 6;
    QTest::newRow("empty") << QString() << 0;
}

void TextWidthTest::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(mi::app::displayWidth(text), columns);
}

void TextWidthTest::rowsAlignInEveryLanguage()
{
    // Each row's value starts in the same terminal column, whatever the label's script.
    for (const QString &label : {QStringLiteral("Platform"), QStringLiteral("プラットフォーム"), QStringLiteral("플랫폼"),
                                 QStringLiteral("ID ファイル")}) {
        const QString row = mi::app::reportRow(label, QStringLiteral("value"));
        const QString before = row.left(row.indexOf(QStringLiteral("value")));
        QCOMPARE(mi::app::displayWidth(before), 20);
    }
    // A label wider than the column still leaves a space before its value.
    const QString row = mi::app::reportRow(QStringLiteral("エージェント自身の項目とその他"), QStringLiteral("value"));
    QVERIFY(row.contains(QStringLiteral(" value")));
}

QTEST_GUILESS_MAIN(TextWidthTest)
#include "tst_textwidth.moc"
