// `mackerel-inspector guard` (issue 20): the decision alone, then the unit's start played for real: the
// drop-in installed next to a copy of mackerel-agent's unit in a fixture root, its ExecStartPre expanded
// as systemd expands it (Environment=, EnvironmentFile=, ${ROOT} one word, $OTHER_OPTS split), run
// against the simulators for every row of the issue's table. Nothing is ever written to the API.
#include "guardcommand.h"
#include "guarddecision.h"
#include "inspectorrun.h"
#include "mackerelapisimulator.h"
#include "metadatasimulator.h"
#include "demoenvironment.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mi;
using namespace mi::sim;

namespace {

const QString Key = QStringLiteral("guard-T0p-S3cret-4c3b2a190817");
const QString OtherInstance = QStringLiteral("i-0b2c3d4e5f6a78901");
const QString ImageInstance = QStringLiteral("i-0feedfacecafe0001");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

ino_t inodeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

// systemd's unquoting of an Exec line: words split at blanks, double quotes with C escapes, `%%` -> `%`.
// `$$` is kept for the variable step.
QStringList splitExecLine(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                const QChar next = line.at(++i);
                word += next == QLatin1Char('n') ? QChar(u'\n') : next == QLatin1Char('t') ? QChar(u'\t') : next;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                word += c;
            }
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('%') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('%'))
            word += line.at(++i);
        else
            word += c;
    }
    if (inWord)
        words << word;
    return words;
}

// systemd's variable step: `$VAR` alone splits into words, `${VAR}` alone is one word, `$$` is `$`.
QStringList expandExecWords(const QStringList &words, const QMap<QString, QString> &environment)
{
    static const QRegularExpression whole(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)$"));
    static const QRegularExpression braced(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
    QStringList out;
    for (const QString &word : words) {
        if (const auto match = whole.match(word); match.hasMatch()) {
            out << environment.value(match.captured(1)).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            continue;
        }
        if (const auto match = braced.match(word); match.hasMatch()) {
            out << environment.value(match.captured(1));
            continue;
        }
        out << QString(word).replace(QStringLiteral("$$"), QStringLiteral("$"));
    }
    return out;
}

// KEY=VALUE lines; comments and blank lines skipped, one level of quotes removed.
void readAssignments(const QByteArray &text, QMap<QString, QString> *environment)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        environment->insert(line.left(equals).trimmed(), value);
    }
}

struct UnitStart
{
    int exitCode = -1;
    QByteArray err;
    QByteArray out;
    QStringList argv;
};

} // namespace

class TestGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void escaping();
    void decision_data();
    void decision();
    void agentCommandLine();
    void moveIdFileAside();
    void packagedDropIn();
    void systemdAnalyzeVerify();
    void installAndUninstall();
    void unitStart_data();
    void unitStart();
    void fixMovesOnceAndAtomically();
    void pathsGivenIntoTheRoot();
    void imageCase();
    void failOpen_data();
    void failOpen();
    void badCommandLineFailsOpen();
    void idFileDirectory();
    void jsonContract();
    void ansibleSyntax();

private:
    // A machine: a fixture root with its firmware, the agent's conf, id file, environment file and unit.
    QString machine(SimulatedCloud cloud, const QString &hostId, const QString &apiBase, const QString &keyWhere,
                    const QString &firmwareInstance = QString());
    QStringList endpoints(SimulatedCloud cloud) const;
    bool install(const QString &root, SimulatedCloud cloud, const QStringList &options);
    UnitStart playStart(const QString &root);
    QString idFile(const QString &root) const { return root + QStringLiteral("/var/lib/mackerel-agent/id"); }
    QStringList movedAside(const QString &root) const;
    void verifyReadOnly();

    QTemporaryDir m_dir;
    MetadataSimulator *m_metadata = nullptr;
    MackerelApiSimulator *m_api = nullptr;
    int m_machines = 0;
};

void TestGuard::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestGuard::init()
{
    delete m_metadata;
    delete m_api;
    m_metadata = new MetadataSimulator(SimulatedCloud::Ec2, this);
    QVERIFY(m_metadata->listenOnLoopback());
    m_api = new MackerelApiSimulator(Key, this);
    QVERIFY(m_api->listenOnLoopback());
}

QString TestGuard::machine(SimulatedCloud cloud, const QString &hostId, const QString &apiBase, const QString &keyWhere,
                           const QString &firmwareInstance)
{
    const QString root = m_dir.filePath(QStringLiteral("machine-%1").arg(++m_machines));
    QString error;
    if (!writeSysFixture(simulatedInstance(cloud), root, &error))
        qWarning("%s", qPrintable(error));
    if (!firmwareInstance.isEmpty())
        writeFile(root + QStringLiteral("/sys/devices/virtual/dmi/id/board_asset_tag"), firmwareInstance.toLatin1() + '\n');
    QByteArray conf = "apibase = \"" + apiBase.toUtf8() + "\"\n";
    if (keyWhere == QLatin1String("conf"))
        conf += "apikey = \"" + Key.toUtf8() + "\"\n";
    else if (keyWhere == QLatin1String("wrong"))
        conf += "apikey = \"not-this-organizations-key\"\n";
    writeFile(root + QStringLiteral("/etc/mackerel-agent/mackerel-agent.conf"), conf);
    QByteArray defaults = readAll(QStringLiteral(MI_TEST_DATA "/guard/mackerel-agent.default"));
    defaults.replace("@APIKEY_LINE@", keyWhere == QLatin1String("environment") ? "MACKEREL_APIKEY=" + Key.toUtf8() : QByteArray());
    writeFile(root + QStringLiteral("/etc/default/mackerel-agent"), defaults);
    QByteArray unit = readAll(QStringLiteral(MI_TEST_DATA "/guard/mackerel-agent.service"));
    unit.replace("@FIXTURE@", root.toUtf8());
    writeFile(root + QStringLiteral("/etc/systemd/system/mackerel-agent.service"), unit);
    if (!hostId.isEmpty())
        writeFile(idFile(root), hostId.toUtf8());
    return root;
}

QStringList TestGuard::endpoints(SimulatedCloud cloud) const
{
    const QString url = metadataRefuses(cloud) ? QStringLiteral("http://127.0.0.1:%1").arg(testing::closedPort())
                                               : m_metadata->baseUrl().toString();
    return {QStringLiteral("--ec2-endpoint"), url, QStringLiteral("--gce-endpoint"), url, QStringLiteral("--azure-endpoint"), url,
            QStringLiteral("--retry-wait"), QStringLiteral("20")};
}

bool TestGuard::install(const QString &root, SimulatedCloud cloud, const QStringList &options)
{
    const auto run = testing::runInspector(QStringList{QStringLiteral("guard"), QStringLiteral("--install"), QStringLiteral("--systemd-dir"),
                                                       root + QStringLiteral("/etc/systemd/system/mackerel-agent.service.d"),
                                                       QStringLiteral("--root"), root}
                                           + endpoints(cloud) + options);
    if (run.exitCode != 0)
        qWarning("install: %s", run.err.constData());
    return run.exitCode == 0;
}

UnitStart TestGuard::playStart(const QString &root)
{
    const QString unitPath = root + QStringLiteral("/etc/systemd/system/mackerel-agent.service");
    QMap<QString, QString> environment;
    QString envFile;
    for (const QByteArray &raw : readAll(unitPath).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("Environment=")))
            readAssignments(line.mid(12).toUtf8(), &environment);
        else if (line.startsWith(QLatin1String("EnvironmentFile=")))
            envFile = line.mid(16);
    }
    if (envFile.startsWith(QLatin1Char('-')))
        envFile.remove(0, 1);
    readAssignments(readAll(envFile), &environment);

    QString exec;
    for (const QByteArray &raw : readAll(unitPath + QStringLiteral(".d/mackerel-inspector-guard.conf")).split('\n')) {
        if (raw.startsWith("ExecStartPre="))
            exec = QString::fromUtf8(raw.mid(13));
    }
    UnitStart start;
    start.argv = expandExecWords(splitExecLine(exec), environment);
    if (start.argv.isEmpty())
        return start;
    QProcessEnvironment processEnvironment = testing::cleanEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        processEnvironment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(processEnvironment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(start.argv.constFirst(), start.argv.mid(1));
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return start;
    }
    start.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    start.err = process.readAllStandardError();
    start.out = process.readAllStandardOutput();
    return start;
}

QStringList TestGuard::movedAside(const QString &root) const
{
    QDir dir(root + QStringLiteral("/var/lib/mackerel-agent"));
    return dir.entryList({QStringLiteral("id.copied-*")}, QDir::Files);
}

void TestGuard::verifyReadOnly()
{
    for (const MackerelRequest &request : m_api->requests())
        QVERIFY2(request.method == "GET", qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path)));
}

void TestGuard::escaping()
{
    QCOMPARE(guardEscaped(QStringLiteral("web\n\x1b[31mred\t\"q\"\\")), QStringLiteral("web\\n\\033[31mred\\t\\\"q\\\"\\\\"));
    QCOMPARE(guardEscaped(QStringLiteral("ホスト")), QStringLiteral("ホスト"));
    // The shared rule of every text output: bidirectional controls and separators are escaped too.
    QCOMPARE(guardEscaped(QString(QChar(0x2028))), QStringLiteral("\\u2028"));
    QCOMPARE(guardEscaped(QStringLiteral("web") + QChar(0x202e) + QStringLiteral("9")), QStringLiteral("web\\u202e9"));
}

void TestGuard::decision_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("detected");       // the identifier the agent sends
    QTest::addColumn<QString>("hostIdentifier"); // the id file's host's
    QTest::addColumn<QString>("firmware");       // the firmware's EC2 instance id
    QTest::addColumn<bool>("lookalike");
    QTest::addColumn<bool>("fixCopied");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("exitStatus");

    const QString mine = QStringLiteral("i-0a.ec2.amazonaws.com");
    const QString theirs = QStringLiteral("i-0f.ec2.amazonaws.com");
    const int create = int(MatchVerdict::Create), mismatch = int(MatchVerdict::Mismatch), error = int(MatchVerdict::Error);
    QTest::newRow("attach") << int(MatchVerdict::Attach) << mine << mine << "" << false << false << false << "clear" << "start" << 0;
    QTest::newRow("create alone") << create << mine << "" << "" << false << false << false << "clear" << "start" << 0;
    QTest::newRow("create next to a lookalike") << create << mine << "" << "" << true << false << false << "duplicate" << "block" << 10;
    QTest::newRow("copied, detected") << mismatch << mine << theirs << "" << false << false << false << "copied-id-file" << "block" << 11;
    QTest::newRow("copied, detected, fix") << mismatch << mine << theirs << "" << false << true << false << "copied-id-file" << "move-id-file" << 0;
    QTest::newRow("copied, by firmware, fix") << mismatch << "" << theirs << "i-0a" << false << true << false << "copied-id-file" << "move-id-file" << 0;
    // IMDS down at boot on the machine's own host: never moved, whatever the option.
    QTest::newRow("own host, detection failed, fix") << mismatch << "" << mine << "i-0a" << false << true << false << "detection-failed" << "block" << 14;
    QTest::newRow("no identifier, no firmware, fix") << mismatch << "" << theirs << "" << false << true << false << "detection-failed" << "block" << 14;
    QTest::newRow("error fails open") << error << mine << "" << "" << false << false << false << "undecided" << "start" << 0;
    QTest::newRow("error, strict") << error << mine << "" << "" << false << false << true << "undecided" << "block" << 15;
}

void TestGuard::decision()
{
    QFETCH(int, verdict);
    QFETCH(QString, detected);
    QFETCH(QString, hostIdentifier);
    QFETCH(QString, firmware);
    QFETCH(bool, lookalike);
    QFETCH(bool, fixCopied);
    QFETCH(bool, strict);
    GuardEvidence evidence;
    evidence.match.verdict = MatchVerdict(verdict);
    evidence.match.customIdentifier = detected;
    evidence.match.idFile.path = QStringLiteral("/var/lib/mackerel-agent/id");
    evidence.match.message = QStringLiteral("API down\n\x1b[2J");
    MackerelHost host;
    host.id = QStringLiteral("3SmHost");
    host.name = QStringLiteral("web\n\x1b[31m");
    host.customIdentifier = hostIdentifier;
    evidence.match.host = host;
    if (lookalike)
        evidence.match.lookalikes << Lookalike{host, QStringLiteral("instanceId"), QStringLiteral("ec2:i-0a")};
    if (!firmware.isEmpty()) {
        evidence.hostedOn.provider = QStringLiteral("ec2");
        evidence.hostedOn.instanceId = firmware;
    }
    GuardPolicy policy;
    policy.fixCopiedId = fixCopied;
    policy.fixMissingId = fixCopied;
    policy.strict = strict;
    const GuardDecision decision = decideGuard(evidence, policy);
    QTEST(guardFindingName(decision.finding), "finding");
    QTEST(guardActionName(decision.action), "action");
    QTEST(decision.exitStatus, "exitStatus");
    // One line, the outside values escaped.
    QVERIFY2(!decision.line.contains(QLatin1Char('\n')) && !decision.line.contains(QChar(0x1b)), qPrintable(decision.line));
    QVERIFY(decision.line.startsWith(QStringLiteral("mackerel-inspector guard: ") + guardFindingName(decision.finding)));
}

void TestGuard::moveIdFileAside()
{
    const QString dir = m_dir.filePath(QStringLiteral("move"));
    const QString path = dir + QStringLiteral("/id");
    QVERIFY(writeFile(path, "3SmImageHost"));
    const HostIdFile decided = HostIdFile::read(path);
    const QDateTime now(QDate(2026, 12, 7), QTime(3, 0, 0), Qt::UTC);
    QString error;
    // Changed since it was read: nothing moves.
    QVERIFY(writeFile(path, "3SmOtherHost"));
    QVERIFY(!mi::moveIdFileAside(decided, now, &error));
    QVERIFY2(error.contains(QStringLiteral("changed since it was read")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("3SmOtherHost"));
    // Moved once, by rename; a second file of the same second gets a suffix, nothing is overwritten.
    QVERIFY(writeFile(path, "3SmImageHost"));
    const ino_t inode = inodeOf(path);
    const auto first = mi::moveIdFileAside(decided, now, &error);
    QCOMPARE(first.value_or(QString()), dir + QStringLiteral("/id.copied-20261207T030000Z"));
    QCOMPARE(inodeOf(*first), inode);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(writeFile(path, "3SmImageHost"));
    const auto second = mi::moveIdFileAside(decided, now, &error);
    QCOMPARE(second.value_or(QString()), dir + QStringLiteral("/id.copied-20261207T030000Z-1"));
    QCOMPARE(readAll(*first), QByteArray("3SmImageHost"));
    // No id file any more: nothing to move.
    QVERIFY(!mi::moveIdFileAside(decided, now, &error));
}

void TestGuard::agentCommandLine()
{
    const auto parsed = app::AgentCommandLine::parse({QStringLiteral("-v"), QStringLiteral("-conf"), QStringLiteral("/a.conf"),
                                                      QStringLiteral("--apibase=http://127.0.0.1:1/"), QStringLiteral("-root=/r"),
                                                      QStringLiteral("-diagnostic"), QStringLiteral("-conf=/b.conf")});
    QCOMPARE(parsed.conf.value_or(QString()), QStringLiteral("/b.conf")); // the last wins, as in Go's flag package
    QCOMPARE(parsed.apibase.value_or(QString()), QStringLiteral("http://127.0.0.1:1/"));
    QCOMPARE(parsed.root.value_or(QString()), QStringLiteral("/r"));
    QVERIFY(!parsed.apikey);
    QCOMPARE(parsed.skipped, (QStringList{QStringLiteral("-v"), QStringLiteral("-diagnostic")}));
    QCOMPARE(app::systemdQuoted(QStringLiteral("--on-duplicate=warn")), QStringLiteral("--on-duplicate=warn"));
    QCOMPARE(app::systemdQuoted(QStringLiteral("a b$%\"")), QStringLiteral("\"a b$$%%\\\"\""));
}

void TestGuard::packagedDropIn()
{
    // The packages' file is what `guard --install` writes for /usr/bin/mackerel-inspector without options.
    QCOMPARE(QString::fromUtf8(readAll(QStringLiteral(MI_SOURCE_DIR "/packaging/mackerel-inspector-guard.conf"))),
             app::guardDropIn(QStringLiteral("/usr/bin/mackerel-inspector"), {}));
}

void TestGuard::systemdAnalyzeVerify()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is missing: run scripts/install-deps.sh (package systemd)");
    const QString root = machine(SimulatedCloud::Ec2, QString(), m_api->baseUrl().toString(), QStringLiteral("conf"));
    QVERIFY(install(root, SimulatedCloud::Ec2, {QStringLiteral("--fix-copied-id"), QStringLiteral("--budget"), QStringLiteral("5000")}));
    const QString unit = root + QStringLiteral("/etc/systemd/system/mackerel-agent.service");
    auto verify = [&] {
        QProcess process;
        QProcessEnvironment environment = testing::cleanEnvironment();
        environment.insert(QStringLiteral("SYSTEMD_UNIT_PATH"), root + QStringLiteral("/etc/systemd/system:"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(analyze, {QStringLiteral("verify"), unit});
        finished.wait(60000);
        return qMakePair(process.exitCode(), process.readAll());
    };
    const auto clean = verify();
    QVERIFY2(clean.first == 0 && clean.second.trimmed().isEmpty(), clean.second.constData());
    // The drop-in is read: a broken one is reported.
    const QString dropIn = unit + QStringLiteral(".d/mackerel-inspector-guard.conf");
    QVERIFY(writeFile(dropIn, readAll(dropIn) + "ExecStartPre=/bin/true \"unbalanced\n"));
    const auto broken = verify();
    QVERIFY2(broken.second.contains("mackerel-inspector-guard.conf"), broken.second.constData());
}

void TestGuard::installAndUninstall()
{
    const QString dir = m_dir.filePath(QStringLiteral("install/mackerel-agent.service.d"));
    auto run = testing::runInspector({QStringLiteral("guard"), QStringLiteral("--install"), QStringLiteral("--systemd-dir"), dir,
                                      QStringLiteral("--on-duplicate=warn"), QStringLiteral("--conf"), QStringLiteral("/etc/my agent.conf"),
                                      QStringLiteral("--apikey-file=relative/key")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(readAll(dir + QStringLiteral("/mackerel-inspector-guard.conf")));
    // Paths absolute (systemd runs it from /), quoted where they need it.
    QVERIFY2(text.contains(QStringLiteral(" guard --on-duplicate=warn --conf \"/etc/my agent.conf\" %1 --agent-root ${ROOT} -- $OTHER_OPTS\n")
                               .arg(app::systemdQuoted(QStringLiteral("--apikey-file=") + QDir::current().filePath(QStringLiteral("relative/key"))))),
             qPrintable(text));
    QCOMPARE(splitExecLine(text.section(QStringLiteral("ExecStartPre="), 1).trimmed()).mid(1, 4),
             (QStringList{QStringLiteral("guard"), QStringLiteral("--on-duplicate=warn"), QStringLiteral("--conf"),
                          QStringLiteral("/etc/my agent.conf")}));
    run = testing::runInspector({QStringLiteral("guard"), QStringLiteral("--uninstall"), QStringLiteral("--systemd-dir"), dir});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFileInfo::exists(dir));
}

void TestGuard::unitStart_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("keyWhere");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<bool>("moved");

    const int ec2 = int(SimulatedCloud::Ec2), blocked = int(SimulatedCloud::Ec2Blocked);
    const QStringList none;
    const QStringList fixCopied{QStringLiteral("--fix-copied-id")};
    // attach, update, create alone: the agent starts.
    QTest::newRow("attach") << ec2 << int(MackerelSeed::Agentless) << none << "conf" << 0 << "clear" << false;
    QTest::newRow("attach, key in the environment file") << ec2 << int(MackerelSeed::Agentless) << none << "environment" << 0 << "clear" << false;
    QTest::newRow("update") << ec2 << int(MackerelSeed::Registered) << none << "conf" << 0 << "clear" << false;
    QTest::newRow("create alone") << ec2 << int(MackerelSeed::None) << none << "conf" << 0 << "clear" << false;
    // create while a host of this machine exists.
    QTest::newRow("duplicate: lookalike") << ec2 << int(MackerelSeed::Lookalike) << none << "conf" << 10 << "duplicate" << false;
    QTest::newRow("duplicate: firmware's identifier") << blocked << int(MackerelSeed::Agentless) << none << "conf" << 10 << "duplicate" << false;
    QTest::newRow("duplicate, warn") << ec2 << int(MackerelSeed::Lookalike) << QStringList{QStringLiteral("--on-duplicate=warn")} << "conf" << 0
                                     << "duplicate" << false;
    // refuse: copied id file.
    QTest::newRow("copied") << ec2 << int(MackerelSeed::Mismatch) << none << "conf" << 11 << "copied-id-file" << false;
    QTest::newRow("copied, fix") << ec2 << int(MackerelSeed::Mismatch) << fixCopied << "conf" << 0 << "copied-id-file" << true;
    QTest::newRow("copied, by firmware, fix") << blocked << int(MackerelSeed::Mismatch) << fixCopied << "conf" << 0 << "copied-id-file" << true;
    QTest::newRow("copied, fix-missing-id does not move it") << ec2 << int(MackerelSeed::Mismatch)
                                                             << QStringList{QStringLiteral("--fix-missing-id")} << "conf" << 11
                                                             << "copied-id-file" << false;
    // IMDS down on the machine's own host: blocked with the cause, never moved.
    QTest::newRow("detection failed, fix") << blocked << int(MackerelSeed::Registered) << fixCopied << "conf" << 14 << "detection-failed" << false;
    // missing host.
    QTest::newRow("missing") << ec2 << int(MackerelSeed::Missing) << none << "conf" << 13 << "missing-host" << false;
    QTest::newRow("missing, fix-copied-id does not move it") << ec2 << int(MackerelSeed::Missing) << fixCopied << "conf" << 13
                                                             << "missing-host" << false;
    QTest::newRow("missing, fix") << ec2 << int(MackerelSeed::Missing) << QStringList{QStringLiteral("--fix-missing-id")} << "conf" << 0
                                  << "missing-host" << true;
    // a retired host: the agent's code would report to it; missing-host with its own reason.
    QTest::newRow("retired") << ec2 << int(MackerelSeed::Retired) << none << "conf" << 13 << "missing-host" << false;
    QTest::newRow("retired, fix") << ec2 << int(MackerelSeed::Retired) << QStringList{QStringLiteral("--fix-missing-id")} << "conf" << 0
                                  << "missing-host" << true;
}

void TestGuard::unitStart()
{
    QFETCH(int, cloud);
    QFETCH(int, seed);
    QFETCH(QStringList, options);
    QFETCH(QString, keyWhere);
    QFETCH(int, exitCode);
    QFETCH(QString, finding);
    QFETCH(bool, moved);
    m_api->seed(MackerelSeed(seed), SimulatedCloud(cloud));
    const QString hostId = m_api->localHostId();
    const QString root = machine(SimulatedCloud(cloud), hostId, m_api->baseUrl().toString(), keyWhere);
    const ino_t inode = inodeOf(idFile(root));
    QVERIFY(install(root, SimulatedCloud(cloud), options));
    m_api->clearRequests();

    const UnitStart start = playStart(root);
    QVERIFY2(start.exitCode == exitCode, start.err.constData());
    QVERIFY2(start.argv.contains(QStringLiteral("-conf")) && start.argv.contains(QStringLiteral("/var/lib/mackerel-agent")),
             qPrintable(start.argv.join(QLatin1Char(' '))));
    // One journal line, naming the finding; the key nowhere.
    QCOMPARE(start.err.count('\n'), 1);
    QVERIFY2(start.err.startsWith("mackerel-inspector guard: " + finding.toUtf8()), start.err.constData());
    if (seed == int(MackerelSeed::Retired))
        QVERIFY2(start.err.contains("which is retired"), start.err.constData());
    QVERIFY(!start.err.contains(Key.toUtf8()));
    QVERIFY(!m_api->requests().isEmpty());
    verifyReadOnly();
    const QStringList aside = movedAside(root);
    if (moved) {
        QCOMPARE(aside.size(), 1);
        QVERIFY(!QFileInfo::exists(idFile(root)));
        const QString kept = root + QStringLiteral("/var/lib/mackerel-agent/") + aside.constFirst();
        QCOMPARE(QString::fromUtf8(readAll(kept)), hostId);
        QCOMPARE(inodeOf(kept), inode); // renamed, not copied
        QVERIFY(start.err.contains("Moved the id file aside"));
    } else {
        QVERIFY(aside.isEmpty());
        QCOMPARE(QString::fromUtf8(readAll(idFile(root))), hostId);
    }
}

void TestGuard::fixMovesOnceAndAtomically()
{
    m_api->seed(MackerelSeed::Mismatch, SimulatedCloud::Ec2);
    const QString root = machine(SimulatedCloud::Ec2, m_api->localHostId(), m_api->baseUrl().toString(), QStringLiteral("conf"));
    QVERIFY(install(root, SimulatedCloud::Ec2, {QStringLiteral("--fix-copied-id")}));
    QCOMPARE(playStart(root).exitCode, 0);
    // The next start (systemd's restart, a reboot): no id file, the agent attaches; nothing is moved again.
    const UnitStart again = playStart(root);
    QVERIFY2(again.exitCode == 0 && again.err.startsWith("mackerel-inspector guard: clear"), again.err.constData());
    QCOMPARE(movedAside(root).size(), 1);
    verifyReadOnly();
}

void TestGuard::pathsGivenIntoTheRoot()
{
    // The environment file names the agent's root and conf by their full paths into the fixture root
    // (as a test rig or a mounted image may): they are taken as given, not looked for below --root.
    m_api->seed(MackerelSeed::Mismatch, SimulatedCloud::Ec2);
    const QString root = machine(SimulatedCloud::Ec2, m_api->localHostId(), m_api->baseUrl().toString(), QStringLiteral("conf"));
    QVERIFY(writeFile(root + QStringLiteral("/etc/default/mackerel-agent"),
                      QStringLiteral("ROOT=%1/var/lib/mackerel-agent\nOTHER_OPTS=-conf=%1/etc/mackerel-agent/mackerel-agent.conf\n")
                          .arg(root)
                          .toUtf8()));
    QVERIFY(install(root, SimulatedCloud::Ec2, {}));
    const UnitStart start = playStart(root);
    QVERIFY2(start.exitCode == 11 && start.err.startsWith("mackerel-inspector guard: copied-id-file"), start.err.constData());
    verifyReadOnly();
}

void TestGuard::imageCase()
{
    // One image, one id file, its host carrying no customIdentifier: made on instance ImageInstance.
    m_api->seed(MackerelSeed::None, SimulatedCloud::Ec2);
    const QString imageHost = m_api->addHost(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("ip-10-0-0-5.internal")},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                                             {QStringLiteral("cloud"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                                                                                   {QStringLiteral("metadata"),
                                                                                    QJsonObject{{QStringLiteral("instance-id"), ImageInstance}}}}}}}});
    // Machine A is detected through IMDS; machine B's IMDS is blocked and only its firmware names it.
    const QString a = machine(SimulatedCloud::Ec2, imageHost, m_api->baseUrl().toString(), QStringLiteral("conf"));
    const QString b = machine(SimulatedCloud::Ec2Blocked, imageHost, m_api->baseUrl().toString(), QStringLiteral("conf"), OtherInstance);
    QVERIFY(install(a, SimulatedCloud::Ec2, {}));
    QVERIFY(install(b, SimulatedCloud::Ec2Blocked, {}));
    for (const QString &root : {a, b}) {
        const UnitStart start = playStart(root);
        QVERIFY2(start.exitCode == 12, start.err.constData());
        QVERIFY2(start.err.startsWith("mackerel-inspector guard: other-machines-host") && start.err.contains(ImageInstance.toUtf8()),
                 start.err.constData());
        QVERIFY(movedAside(root).isEmpty());
    }
    QVERIFY(install(a, SimulatedCloud::Ec2, {QStringLiteral("--fix-copied-id")}));
    QVERIFY(install(b, SimulatedCloud::Ec2Blocked, {QStringLiteral("--fix-copied-id")}));
    for (const QString &root : {a, b}) {
        const UnitStart start = playStart(root);
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QCOMPARE(movedAside(root).size(), 1);
    }
    verifyReadOnly();
}

void TestGuard::failOpen_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("strict");
    for (const char *failure : {"refused", "500", "hanging", "no key", "key refused"}) {
        QTest::addRow("%s", failure) << QString::fromLatin1(failure) << false;
        QTest::addRow("%s, strict", failure) << QString::fromLatin1(failure) << true;
    }
}

void TestGuard::failOpen()
{
    QFETCH(QString, failure);
    QFETCH(bool, strict);
    m_api->seed(MackerelSeed::Registered, SimulatedCloud::Ec2);
    testing::SilentServer silent;
    QString apiBase = m_api->baseUrl().toString();
    if (failure == QLatin1String("refused"))
        apiBase = QStringLiteral("http://127.0.0.1:%1/").arg(testing::closedPort());
    else if (failure == QLatin1String("500"))
        m_api->addFault(MackerelFault{QByteArray(), QStringLiteral("/api/v0/hosts"), 500, 100, QByteArray(), false, QByteArray()});
    else if (failure == QLatin1String("hanging"))
        apiBase = silent.url().toString();
    const QString root = machine(SimulatedCloud::Ec2, m_api->localHostId(), apiBase,
                                 failure == QLatin1String("no key")        ? QStringLiteral("nowhere")
                                     : failure == QLatin1String("key refused") ? QStringLiteral("wrong")
                                                                               : QStringLiteral("conf"));
    QStringList options;
    if (failure == QLatin1String("hanging"))
        options << QStringLiteral("--budget") << QStringLiteral("1500");
    if (strict)
        options << QStringLiteral("--strict");
    QVERIFY(install(root, SimulatedCloud::Ec2, options));
    const UnitStart start = playStart(root);
    QVERIFY2(start.exitCode == (strict ? 15 : 0), start.err.constData());
    QVERIFY2(start.err.startsWith("mackerel-inspector guard: undecided"), start.err.constData());
    QCOMPARE(start.err.count('\n'), 1);
    QVERIFY2(start.err.contains("budget of 1500 ms") == (failure == QLatin1String("hanging")), start.err.constData());
    QVERIFY(movedAside(root).isEmpty());
    verifyReadOnly();
}

void TestGuard::badCommandLineFailsOpen()
{
    // A drop-in edited by hand with an option this version does not know: the agent still starts.
    for (const QStringList &arguments : {QStringList{QStringLiteral("--no-such-option")},
                                         QStringList{QStringLiteral("--budget"), QStringLiteral("soon")},
                                         QStringList{QStringLiteral("stray")}}) {
        auto run = testing::runInspector(QStringList{QStringLiteral("guard")} + arguments);
        QVERIFY2(run.exitCode == 0 && run.err.startsWith("mackerel-inspector guard: undecided") && run.err.count('\n') == 1,
                 run.err.constData());
        run = testing::runInspector(QStringList{QStringLiteral("guard"), QStringLiteral("--strict")} + arguments);
        QVERIFY2(run.exitCode == 2, run.err.constData());
    }
}

// A directory at the id file's path (issue 19): the agent would register a host, fail to save its id
// and exit, at every start; exit 17, the directory left where it is.
void TestGuard::idFileDirectory()
{
    const QString agentRoot = m_dir.filePath(QStringLiteral("agent-root-with-a-directory"));
    QVERIFY(QDir().mkpath(agentRoot + QStringLiteral("/id")));
    const auto run = testing::runInspector({QStringLiteral("guard"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                            QStringLiteral("ec2"), QStringLiteral("--seed"), QStringLiteral("none"),
                                            QStringLiteral("--agent-root"), agentRoot});
    QVERIFY2(run.exitCode == 17, run.err.constData());
    QVERIFY2(run.err.startsWith("mackerel-inspector guard: id-file-directory (exit 17)"), run.err.constData());
    QVERIFY2(run.err.contains("failed to save host ID: open "), run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("finding")).toString(), QStringLiteral("id-file-directory"));
    QCOMPARE(json.value(QStringLiteral("match")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("id-file-directory"));
    QVERIFY(QFileInfo(agentRoot + QStringLiteral("/id")).isDir());
}

void TestGuard::jsonContract()
{
    m_api->seed(MackerelSeed::Mismatch, SimulatedCloud::Ec2);
    const QString root = machine(SimulatedCloud::Ec2, m_api->localHostId(), m_api->baseUrl().toString(), QStringLiteral("conf"));
    const auto run = testing::runInspector(QStringList{QStringLiteral("guard"), QStringLiteral("--json"), QStringLiteral("--root"), root,
                                                       QStringLiteral("--agent-root"), QStringLiteral("/var/lib/mackerel-agent"),
                                                       QStringLiteral("--conf"), root + QStringLiteral("/etc/mackerel-agent/mackerel-agent.conf")}
                                           + endpoints(SimulatedCloud::Ec2));
    QCOMPARE(run.exitCode, 11);
    const QJsonObject json = run.json();
    const QStringList keys = json.keys();
    QCOMPARE(keys.join(QLatin1Char(',')), QStringLiteral("action,duplicates,elapsedMs,evidence,exitStatus,finding,firmwareIdentifier,"
                                                         "hostedOn,line,match,movedTo,platform,policy,settings"));
    QCOMPARE(json.value(QStringLiteral("finding")).toString(), QStringLiteral("copied-id-file"));
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("block"));
    QCOMPARE(json.value(QStringLiteral("exitStatus")).toInt(), 11);
    QCOMPARE(json.value(QStringLiteral("evidence")).toString(), QStringLiteral("identifier"));
    QVERIFY(json.value(QStringLiteral("movedTo")).isNull());
    QCOMPARE(json.value(QStringLiteral("match")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(json.value(QStringLiteral("policy")).toObject().value(QStringLiteral("budgetMs")).toInt(), 20000);
    QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("idFile")).toString(), idFile(root));
    QCOMPARE(json.value(QStringLiteral("line")).toString().toUtf8() + '\n', run.err);
    QVERIFY(!run.out.contains(Key.toUtf8()));
}

void TestGuard::ansibleSyntax()
{
    const QString playbook = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (playbook.isEmpty())
        QSKIP("ansible-playbook is missing: run scripts/install-deps.sh (package ansible-core)");
    QProcess process;
    QProcessEnvironment environment = testing::cleanEnvironment();
    environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("ansible-tmp")));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(playbook, {QStringLiteral("--syntax-check"), QStringLiteral("-i"), QStringLiteral("localhost,"),
                             QStringLiteral(MI_SOURCE_DIR "/contrib/ansible/guard.yml")});
    QVERIFY(finished.wait(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"
