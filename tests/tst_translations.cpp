// Every user-visible message is translated into Japanese and Korean, none is left unfinished or stale:
// lupdate runs over the sources into a copy of each .ts file and must find exactly the messages the
// committed file holds, each with a finished translation that keeps the source's placeholders.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one a plural form
    QString key() const { return context + QStringLiteral(" / ") + source; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// What is wrong with one message of a finished translation, or an empty string.
QString problem(const Message &message)
{
    if (!message.type.isEmpty())
        return message.type;
    if (message.translations.isEmpty())
        return QStringLiteral("no translation");
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty())
            return QStringLiteral("empty translation");
        if (placeholders(translation) != placeholders(message.source))
            return QStringLiteral("placeholders differ: %1").arg(translation);
    }
    return {};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void upToDate_data();
    void upToDate();
};

void TranslationsTest::upToDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("ja") << QStringLiteral("ja") << false;
    QTest::newRow("ko") << QStringLiteral("ko") << false;
    // English needs a translation only where a count chooses the form ("1 host", "2 hosts").
    QTest::newRow("en plurals") << QStringLiteral("en") << true;
}

void TranslationsTest::upToDate()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    const QString fileName = QStringLiteral("mackerel-inspector_%1.ts").arg(language);
    const QString committedPath = QStringLiteral(MI_TRANSLATIONS_DIR "/") + fileName;

    QString error;
    const QList<Message> committed = readTs(committedPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!committed.isEmpty(), qPrintable(committedPath + QStringLiteral(" holds no message")));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString updatedPath = scratch.filePath(fileName);
    QVERIFY(QFile::copy(committedPath, updatedPath));
    QStringList arguments = QStringLiteral(MI_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral(MI_TRANSLATED_SOURCE_DIRS).split(QLatin1Char('|')) << QStringLiteral("-ts") << updatedPath;
    QProcess lupdate;
    lupdate.start(QStringLiteral(MI_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
    const QList<Message> updated = readTs(updatedPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Name every message at fault, so that whoever added a string sees which one to translate.
    QStringList faults;
    QSet<QString> committedKeys;
    for (const Message &message : committed) {
        committedKeys.insert(message.key());
        if (const QString what = problem(message); !what.isEmpty())
            faults << QStringLiteral("%1 [%2]").arg(message.key(), what);
    }
    QSet<QString> sourceKeys;
    for (const Message &message : updated) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete")) {
            faults << QStringLiteral("%1 [no longer in the sources: run update-translations]").arg(message.key());
            continue;
        }
        sourceKeys.insert(message.key());
        if (!committedKeys.contains(message.key()))
            faults << QStringLiteral("%1 [new in the sources: run update-translations, then translate it]").arg(message.key());
    }
    for (const QString &key : std::as_const(committedKeys)) {
        if (!sourceKeys.contains(key))
            faults << QStringLiteral("%1 [no longer in the sources: run update-translations]").arg(key);
    }
    faults.removeDuplicates();
    QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("%1 message(s) of %2 need work:\n  %3")
                                              .arg(faults.size()).arg(fileName, faults.join(QStringLiteral("\n  ")))));
    QCOMPARE(sourceKeys.size(), committedKeys.size());
    QCOMPARE(updated.size(), committed.size());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
