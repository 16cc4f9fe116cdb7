// The language follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) and --lang, in every mode,
// while --json and --csv stay English and byte-identical on every machine.
#include "inspectorrun.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {

// A locale as the environment states it; LANG alone unless the row says more.
QProcessEnvironment localeEnvironment(const QString &lang, const QString &language = QString())
{
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), language);
    return environment;
}

// The metadata requests run in parallel: their order in "probes" is the order they finished in.
QJsonValue withProbesSorted(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withProbesSorted(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("probes") && it.value().isArray()) {
            QList<QJsonObject> probes;
            for (const QJsonValue &probe : it.value().toArray())
                probes << probe.toObject();
            // By everything but the time a request took.
            const auto key = [](QJsonObject probe) {
                probe.remove(QStringLiteral("elapsedMs"));
                return QJsonDocument(probe).toJson(QJsonDocument::Compact);
            };
            std::stable_sort(probes.begin(), probes.end(),
                             [&key](const QJsonObject &left, const QJsonObject &right) { return key(left) < key(right); });
            QJsonArray sorted;
            for (const QJsonObject &probe : std::as_const(probes))
                sorted.append(probe);
            it.value() = sorted;
        } else {
            it.value() = withProbesSorted(it.value());
        }
    }
    return object;
}

// What differs between two runs whatever the language: timings (the time each request took, the order
// parallel requests finished in, the simulated hosts' creation time), the simulators' ports, temporary paths. The rest must be the same bytes.
QByteArray masked(QByteArray output)
{
    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (document.isObject())
        output = QJsonDocument(withProbesSorted(document.object()).toObject()).toJson(QJsonDocument::Indented);
    QString text = QString::fromUtf8(output);
    static const QRegularExpression elapsed(QStringLiteral("\"elapsedMs\": \\d+"));
    static const QRegularExpression created(QStringLiteral("\"createdAt\": \\d+")); // the simulator's clock
    static const QRegularExpression port(QStringLiteral("127\\.0\\.0\\.1:\\d+"));
    // A demo's folder: in the runtime directory or /dev/shm when there is one, else in /tmp.
    static const QRegularExpression temporary(QStringLiteral("/[^\"\\s,]*/mackerel-inspector-[^/\"\\s,]+"));
    text.replace(elapsed, QStringLiteral("\"elapsedMs\": 0"));
    text.replace(created, QStringLiteral("\"createdAt\": 0"));
    text.replace(port, QStringLiteral("127.0.0.1:PORT"));
    text.replace(temporary, QStringLiteral("/DEMO"));
    return text.toUtf8();
}

QStringList words(const char *arguments)
{
    return QString::fromLatin1(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class LocaleCliTest : public QObject
{
    Q_OBJECT

private slots:
    void machineOutputIsTheSameInEveryLocale_data();
    void machineOutputIsTheSameInEveryLocale();
    void textFollowsTheLocale_data();
    void textFollowsTheLocale();
    void unknownLanguageIsAUsageError();
};

void LocaleCliTest::machineOutputIsTheSameInEveryLocale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("detect --json") << words("detect --demo ec2 --json");
    QTest::newRow("detect --json, refused endpoints")
        << words("detect --json --ec2-endpoint http://127.0.0.1:9 --gce-endpoint http://127.0.0.1:9 "
                 "--azure-endpoint http://127.0.0.1:9 --retry-wait 0 --root " MI_TEST_DATA);
    QTest::newRow("inspect --json") << words("inspect --demo gce --json --root " MI_TEST_DATA "/spec/host/tree --conf " MI_TEST_DATA
                                             "/conf/roles-and-checks.conf");
    QTest::newRow("match --json, create") << words("match --demo ec2 --json");
    QTest::newRow("match --json, mismatch") << words("match --demo ec2 --seed mismatch --json");
    QTest::newRow("fleet --json") << words("fleet --demo --json");
    QTest::newRow("fleet --csv") << words("fleet --demo --csv");
    QTest::newRow("--lang ja --json") << words("detect --demo azurevm --json --lang ja");
}

void LocaleCliTest::machineOutputIsTheSameInEveryLocale()
{
    QFETCH(QStringList, arguments);
    const testing::InspectorRun english = testing::runInspector(arguments, localeEnvironment(QStringLiteral("C")));
    QVERIFY2(english.exitCode >= 0, english.err.constData());
    QVERIFY(!english.out.isEmpty());
    const QByteArray expected = masked(english.out);
    for (const auto &[lang, language] : {std::pair{"ja_JP.UTF-8", ""}, std::pair{"ko_KR.UTF-8", ""},
                                         std::pair{"C", "ja"}, std::pair{"ko_KR.UTF-8", "ko:ja"}}) {
        const testing::InspectorRun run = testing::runInspector(
            arguments, localeEnvironment(QString::fromLatin1(lang), QString::fromLatin1(language)));
        QCOMPARE(run.exitCode, english.exitCode);
        const QByteArray actual = masked(run.out);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("LANG=%1 LANGUAGE=%2 changed the output:\n%3")
                                 .arg(QString::fromLatin1(lang), QString::fromLatin1(language), QString::fromUtf8(actual))));
    }
}

void LocaleCliTest::textFollowsTheLocale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");   // a line that only this language prints
    QTest::addColumn<QString>("unexpected"); // the English of it

    const QStringList detect = words("detect --demo ec2");
    QTest::newRow("detect, C") << detect << QStringLiteral("C") << QString() << QStringLiteral("Platform ")
                               << QStringLiteral("プラットフォーム");
    QTest::newRow("detect, ja") << detect << QStringLiteral("ja_JP.UTF-8") << QString()
                                << QStringLiteral("プラットフォーム") << QStringLiteral("Platform ");
    QTest::newRow("detect, ko") << detect << QStringLiteral("ko_KR.UTF-8") << QString() << QStringLiteral("플랫폼")
                                << QStringLiteral("Platform ");
    QTest::newRow("detect, LANGUAGE=ko over LANG=ja") << detect << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("ko")
                                                      << QStringLiteral("플랫폼") << QStringLiteral("プラットフォーム");
    QTest::newRow("detect, LANGUAGE=fr:ja") << detect << QStringLiteral("C") << QStringLiteral("fr:ja")
                                            << QStringLiteral("プラットフォーム") << QStringLiteral("Platform ");
    QTest::newRow("detect, LANGUAGE=en:ja") << detect << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("en:ja")
                                            << QStringLiteral("Platform ") << QStringLiteral("プラットフォーム");
    QTest::newRow("detect --lang en under ja") << words("detect --demo ec2 --lang en") << QStringLiteral("ja_JP.UTF-8")
                                               << QString() << QStringLiteral("Platform ") << QStringLiteral("プラットフォーム");
    QTest::newRow("detect --lang=ko under C") << words("detect --demo ec2 --lang=ko") << QStringLiteral("C") << QString()
                                              << QStringLiteral("플랫폼") << QStringLiteral("Platform ");
    QTest::newRow("--lang before the command") << words("--lang ja inspect --demo ec2") << QStringLiteral("C") << QString()
                                               << QStringLiteral("ホスト名") << QStringLiteral("Host name");
    QTest::newRow("inspect, ko") << words("inspect --demo gce") << QStringLiteral("ko_KR.UTF-8") << QString()
                                 << QStringLiteral("호스트 이름") << QStringLiteral("Host name");
    QTest::newRow("match, ja") << words("match --demo ec2") << QStringLiteral("ja_JP.UTF-8") << QString()
                               << QStringLiteral("判定") << QStringLiteral("Verdict");
    QTest::newRow("fleet, ko") << words("fleet --demo") << QStringLiteral("ko_KR.UTF-8") << QString()
                               << QStringLiteral("오거니제이션") << QStringLiteral("Organization");
    QTest::newRow("help, C") << words("help") << QStringLiteral("C") << QString() << QStringLiteral("Commands:")
                             << QStringLiteral("コマンド:");
    QTest::newRow("help, ja") << words("help") << QStringLiteral("ja_JP.UTF-8") << QString() << QStringLiteral("コマンド:")
                              << QStringLiteral("Commands:");
    QTest::newRow("help, ko") << words("help") << QStringLiteral("ko_KR.UTF-8") << QString() << QStringLiteral("명령:")
                              << QStringLiteral("Commands:");
    QTest::newRow("detect --help, ja") << words("detect --help") << QStringLiteral("ja_JP.UTF-8") << QString()
                                       << QStringLiteral("使い方: mackerel-inspector detect") << QStringLiteral("Usage:");
    QTest::newRow("match --help, ko") << words("match --help") << QStringLiteral("ko_KR.UTF-8") << QString()
                                      << QStringLiteral("사용법: mackerel-inspector match") << QStringLiteral("Usage:");
    QTest::newRow("fleet --help, C") << words("fleet --help") << QStringLiteral("C") << QString()
                                     << QStringLiteral("Usage: mackerel-inspector fleet") << QStringLiteral("使い方");
    QTest::newRow("gui --help, ja") << words("gui --help") << QStringLiteral("ja_JP.UTF-8") << QString()
                                    << QStringLiteral("Mackerel Inspector のウィンドウ") << QStringLiteral("The Mackerel Inspector window");
}

void LocaleCliTest::textFollowsTheLocale()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QFETCH(QString, unexpected);
    QProcessEnvironment environment = localeEnvironment(lang, language);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const testing::InspectorRun run = testing::runInspector(arguments, environment);
    QVERIFY2(run.exitCode >= 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(unexpected), qPrintable(out));
}

void LocaleCliTest::unknownLanguageIsAUsageError()
{
    for (const QStringList &arguments : {words("detect --lang fr"), words("detect --lang"), words("--lang=de")}) {
        const testing::InspectorRun run = testing::runInspector(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--lang"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(LocaleCliTest)
#include "tst_localecli.moc"
