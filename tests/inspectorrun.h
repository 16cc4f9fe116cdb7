#pragma once

// Runs the built mackerel-inspector binary from a test. The test's own event loop keeps running
// while the process does, so in-process simulators keep answering it.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

namespace testing {

struct InspectorRun
{
    int exitCode = -1; // -1: crashed or killed after the time limit
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The environment without any setting that could point the inspector somewhere real, in the C locale
// (the tests read English text; tst_localecli sets Japanese and Korean locales itself).
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"MACKEREL_APIKEY", "MACKEREL_APIBASE", "AWS_EC2_METADATA_SERVICE_ENDPOINT", "GCE_METADATA_HOST",
                             "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

// `input` is written to the process's stdin, which is then closed (EOF for any question asked).
inline InspectorRun runInspector(const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment(),
                                 const QByteArray &input = QByteArray())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MI_INSPECTOR_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return InspectorRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                        process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace testing
