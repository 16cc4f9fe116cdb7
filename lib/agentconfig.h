#pragma once

#include "cloudplatform.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mi {

// One [plugin.checks.NAME] section, as far as the host payload needs it.
struct AgentCheckPlugin
{
    QString name;
    QString memo;                 // cut to 250 characters, as the agent cuts it
    bool hasCustomIdentifier = false; // the agent leaves such a check out of the host's `checks`
};

// What mackerel-agent.conf says about the host payload, after the agent's defaults, `include`
// merging and role validation. Values the conf does not set hold the agent's Linux defaults.
struct AgentConfig
{
    QString path;           // the main file read; empty when no file was read (defaults only)
    QStringList includedFiles; // files matched by `include`, in the order they were merged
    QString apikey;
    QString apibase = QStringLiteral("https://api.mackerelio.com");
    QString root = QStringLiteral("/var/lib/mackerel-agent"); // the id file is root + "/id"
    QString displayName;
    QStringList roles;        // the roles the agent keeps ("service:role")
    QStringList invalidRoles; // the roles the agent drops (it logs an error for each)
    CloudPlatform cloudPlatform = CloudPlatform::Auto;
    bool cloudPlatformSet = false; // the conf names cloud_platform
    QString hostStatusOnStart;
    QString hostStatusOnStop;
    QString include;          // the `include` glob as written
    QList<AgentCheckPlugin> checks; // every [plugin.checks.*], sorted by name
    QStringList warnings;     // what the agent would log while loading (dropped roles, cut memos)

    // The checks that go into the host payload: those without custom_identifier.
    QList<AgentCheckPlugin> hostChecks() const;
    // The agent's id file (root/id).
    QString hostIdFile() const;
};

// /etc/mackerel-agent/mackerel-agent.conf, the agent's default on Linux.
QString defaultAgentConfigPath();

// Loads a mackerel-agent.conf as the agent does (TOML; `include` globs merged in order, later
// files overriding keys they set, roles replaced only by a file that sets `roles`, plugins of the
// same name replaced). `includeRoot` ("/" or empty: the live system) is put in front of the
// `include` glob, so that a conf inside a disk image includes the image's files.
// Returns nothing and sets *error to a sentence naming the file (and line, for syntax and type
// errors) when the file is missing, unreadable or something the agent refuses to start with.
// Reads local files synchronously: they are small and local.
std::optional<AgentConfig> loadAgentConfig(const QString &path, QString *error,
                                           const QString &includeRoot = QString());

// Whether the agent accepts a role fullname ("service:role"; letters, digits, '-' and '_', not
// starting with '-' or '_'; blanks allowed after the colon).
bool isValidRoleFullname(const QString &role);

// Go's filepath.Glob: every path matching `pattern` (`*`, `?`, `[...]`, `\` escapes; no `**`),
// sorted per directory by bytes; nothing for a pattern matching nothing. Returns nothing and sets
// *error for a malformed pattern.
std::optional<QStringList> globFiles(const QString &pattern, QString *error);

} // namespace mi
