#include "mackerelsettings.h"

#include "hostidfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mi {

namespace {
struct MackerelSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(MackerelSettings)
};
} // namespace

std::optional<QUrl> MackerelSettings::parseApiBase(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

static QString belowRoot(const QString &fileRoot, const QString &path)
{
    if (fileRoot.isEmpty() || fileRoot == QLatin1String("/"))
        return QDir::cleanPath(path);
    return QDir::cleanPath(fileRoot + QLatin1Char('/') + path);
}

std::optional<MackerelSettings> MackerelSettings::resolve(const MackerelSettingsSources &sources, QString *error)
{
    MackerelSettings settings;
    const QString inConf = QStringLiteral(" in %1").arg(sources.confPath);

    if (sources.apiKeyFile) {
        QFile file(*sources.apiKeyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = MackerelSettingsText::tr("--apikey-file: cannot read %1: %2").arg(*sources.apiKeyFile, file.errorString());
            return std::nullopt;
        }
        settings.apiKey = QString::fromUtf8(file.read(4096)).trimmed();
        if (settings.apiKey.isEmpty() || settings.apiKey.contains(QLatin1Char('\n'))) {
            *error = MackerelSettingsText::tr("--apikey-file: %1 must hold the API key alone, on one line").arg(*sources.apiKeyFile);
            return std::nullopt;
        }
        settings.apiKeySource = QStringLiteral("--apikey-file %1").arg(*sources.apiKeyFile);
    } else if (!sources.envApiKey.isEmpty()) {
        settings.apiKey = sources.envApiKey.trimmed();
        settings.apiKeySource = QStringLiteral("MACKEREL_APIKEY");
    } else if (!sources.confApiKey.isEmpty()) {
        settings.apiKey = sources.confApiKey.trimmed();
        settings.apiKeySource = QStringLiteral("apikey") + inConf;
    }

    QString baseText = defaultApiBase();
    settings.apiBaseSource = QStringLiteral("default");
    if (sources.apiBase) {
        baseText = *sources.apiBase;
        settings.apiBaseSource = QStringLiteral("--apibase");
    } else if (!sources.envApiBase.isEmpty()) {
        baseText = sources.envApiBase;
        settings.apiBaseSource = QStringLiteral("MACKEREL_APIBASE");
    } else if (!sources.confApiBase.isEmpty()) {
        baseText = sources.confApiBase;
        settings.apiBaseSource = QStringLiteral("apibase") + inConf;
    }
    const auto base = parseApiBase(baseText);
    if (!base) {
        *error = MackerelSettingsText::tr("%1: '%2' is not an http(s) URL").arg(settings.apiBaseSource, baseText);
        return std::nullopt;
    }
    settings.apiBase = *base;

    settings.resolveIdFile(sources);
    return settings;
}

void MackerelSettings::resolveIdFile(const MackerelSettingsSources &sources)
{
    if (sources.idFile) {
        idFilePath = QFileInfo(*sources.idFile).absoluteFilePath();
        idFileSource = QStringLiteral("--id-file");
    } else if (!sources.confRoot.isEmpty()) {
        idFilePath = belowRoot(sources.fileRoot, HostIdFile::pathForRoot(sources.confRoot));
        idFileSource = MackerelSettingsText::tr("root in %1").arg(sources.confPath);
    } else {
        idFilePath = belowRoot(sources.fileRoot, HostIdFile::pathForRoot(HostIdFile::defaultRoot()));
        idFileSource = QStringLiteral("default");
    }
}

QJsonObject MackerelSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("apiBase"), apiBase.toString()},
        {QStringLiteral("apiBaseSource"), apiBaseSource},
        {QStringLiteral("apiKeySource"), apiKeySource.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(apiKeySource)},
        {QStringLiteral("idFile"), idFilePath},
        {QStringLiteral("idFileSource"), idFileSource},
    };
}

} // namespace mi
