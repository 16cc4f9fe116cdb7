#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

// Golden-file comparison: `expectedPath` holds the expected JSON. On a mismatch the actual output is
// written next to it (".actual.json") so that a diff shows the change; MI_UPDATE_GOLDEN=1 rewrites
// the expected file instead (review the diff before committing it).
inline bool compareWithGolden(const QJsonDocument &actual, const QString &expectedPath)
{
    const QByteArray actualText = actual.toJson(QJsonDocument::Indented);
    QString actualPath = expectedPath;
    actualPath.replace(QStringLiteral(".expected.json"), QStringLiteral(".actual.json"));
    if (qEnvironmentVariableIntValue("MI_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(actualText);
        return true;
    }
    QFile expectedFile(expectedPath);
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s", qPrintable(expectedPath));
        return false;
    }
    const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll());
    if (expected == actual) {
        QFile::remove(actualPath);
        return true;
    }
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly))
        out.write(actualText);
    qWarning("golden mismatch: diff %s %s", qPrintable(expectedPath), qPrintable(actualPath));
    return false;
}
