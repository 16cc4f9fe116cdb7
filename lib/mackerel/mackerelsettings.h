#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace mi {

// Where the API key, API base and id file come from, before precedence is applied.
struct MackerelSettingsSources
{
    std::optional<QString> apiKeyFile; // --apikey-file PATH (the key never comes on the command line)
    std::optional<QString> apiBase;    // --apibase URL
    std::optional<QString> idFile;     // --id-file PATH
    QString envApiKey;                 // MACKEREL_APIKEY (empty: unset)
    QString envApiBase;                // MACKEREL_APIBASE
    QString confPath;                  // the mackerel-agent.conf read; empty: none
    QString confApiKey;                // its apikey, apibase, root (empty: not set)
    QString confApiBase;
    QString confRoot;
    QString fileRoot = QStringLiteral("/"); // --root: the conf's root is read below it
};

// The resolved settings, flags first, then environment, then the agent's conf, then the defaults
// (https://api.mackerelio.com/, /var/lib/mackerel-agent/id). The key is held here and nowhere in
// toJson() or in any error.
struct MackerelSettings
{
    QString apiKey;
    QString apiKeySource;  // "--apikey-file /path", "MACKEREL_APIKEY", "apikey in /etc/...conf"; empty: no key
    QUrl apiBase;
    QString apiBaseSource; // "--apibase", "MACKEREL_APIBASE", "apibase in …", "default"
    QString idFilePath;
    QString idFileSource;  // "--id-file", "root in …", "default"

    static QString defaultApiBase() { return QStringLiteral("https://api.mackerelio.com/"); }
    // Reads the key file (synchronously: a local file of a few bytes). Returns nothing and sets
    // *error (a usage error, free of the key) when a value is unusable.
    static std::optional<MackerelSettings> resolve(const MackerelSettingsSources &sources, QString *error);
    // The id file alone, by the same precedence (--id-file, else <conf's root>/id, else the default,
    // below fileRoot): sets idFilePath and idFileSource, reads no key (for modes that need none).
    void resolveIdFile(const MackerelSettingsSources &sources);
    // An http(s) URL with a host, or nothing.
    static std::optional<QUrl> parseApiBase(const QString &text);

    // {"apiBase","apiBaseSource","apiKeySource","idFile","idFileSource"}
    QJsonObject toJson() const;
};

} // namespace mi
