#include "agentconfig.h"

#include "boundedfile.h"
#include "ec2uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <string>

#include <toml++/toml.h>

namespace mi {

namespace {
struct AgentConfigText
{
    Q_DECLARE_TR_FUNCTIONS(AgentConfig)
};
} // namespace

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table: return AgentConfigText::tr("a table");
    case toml::node_type::array: return AgentConfigText::tr("an array");
    case toml::node_type::string: return AgentConfigText::tr("a string");
    case toml::node_type::integer: return AgentConfigText::tr("an integer");
    case toml::node_type::floating_point: return AgentConfigText::tr("a float");
    case toml::node_type::boolean: return AgentConfigText::tr("a boolean");
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return AgentConfigText::tr("a date/time");
    case toml::node_type::none: break;
    }
    return AgentConfigText::tr("nothing");
}

// The agent's decoder (BurntSushi/toml into Go struct fields) matches a key exactly first and
// otherwise case-insensitively; the first exact match wins, then the first case-insensitive one.
const toml::node *member(const toml::table &table, std::string_view key)
{
    if (const toml::node *exact = table.get(key))
        return exact;
    const QString wanted = fromStd(key);
    for (auto &&[name, value] : table) {
        if (fromStd(name.str()).compare(wanted, Qt::CaseInsensitive) == 0)
            return &value;
    }
    return nullptr;
}

// The values one file sets; unset values stay std::nullopt so that includes merge key by key.
struct FileValues
{
    std::optional<QString> apikey, apibase, root, displayName, include, hostStatusOnStart, hostStatusOnStop;
    std::optional<QStringList> roles;
    std::optional<CloudPlatform> cloudPlatform;
    std::map<QString, AgentCheckPlugin> checks;
};

// A conf of a few hundred plugins is tens of KiB; anything near this is not a conf.
constexpr qint64 MaxConfBytes = 4 * 1024 * 1024;

// Reads one TOML file into FileValues, failing with "FILE:LINE: what" where the agent's decoder fails.
class FileReader
{
public:
    explicit FileReader(QString file) : m_file(std::move(file)) {}

    std::optional<FileValues> read(QString *error)
    {
        // The conf and every include matched: regular files only, bounded, never a blocking open().
        BoundedRead input = readBoundedFile(m_file, MaxConfBytes);
        if (!input.ok()) {
            *error = QFileInfo(m_file).isDir()
                         ? AgentConfigText::tr("%1: is a directory, not a configuration file").arg(m_file)
                         : AgentConfigText::tr("%1: cannot read it (%2)").arg(m_file, input.errorString);
            return std::nullopt;
        }
        const QByteArray text = std::move(input.data);
        toml::table document;
        try {
            document = toml::parse(std::string_view(text.constData(), size_t(text.size())),
                                   std::string_view(QFile::encodeName(m_file).constData()));
        } catch (const toml::parse_error &failure) {
            *error = AgentConfigText::tr("%1:%2:%3: invalid TOML: %4")
                         .arg(m_file)
                         .arg(failure.source().begin.line)
                         .arg(failure.source().begin.column)
                         .arg(fromStd(failure.description()));
            return std::nullopt;
        }
        FileValues values;
        if (!readValues(document, values)) {
            *error = m_error;
            return std::nullopt;
        }
        return values;
    }

private:
    bool fail(const toml::node &node, const QString &message)
    {
        m_error = QStringLiteral("%1:%2: %3").arg(m_file).arg(node.source().begin.line).arg(message);
        return false;
    }

    bool wrongType(const toml::node &node, const QString &key, const QString &expected)
    {
        return fail(node, AgentConfigText::tr("`%1` must be %2, not %3").arg(key, expected, typeName(node)));
    }

    bool readString(const toml::table &table, std::string_view key, const QString &path, std::optional<QString> *target)
    {
        const toml::node *node = member(table, key);
        if (!node)
            return true;
        if (!node->is_string())
            return wrongType(*node, path, AgentConfigText::tr("a string"));
        *target = fromStd(node->as_string()->get());
        return true;
    }

    bool checkType(const toml::table &table, std::string_view key, const QString &path, toml::node_type type,
                   const QString &expected)
    {
        const toml::node *node = member(table, key);
        if (node && node->type() != type)
            return wrongType(*node, path, expected);
        return true;
    }

    bool readValues(const toml::table &document, FileValues &values)
    {
        if (!readString(document, "apikey", QStringLiteral("apikey"), &values.apikey)
            || !readString(document, "apibase", QStringLiteral("apibase"), &values.apibase)
            || !readString(document, "root", QStringLiteral("root"), &values.root)
            || !readString(document, "display_name", QStringLiteral("display_name"), &values.displayName)
            || !readString(document, "include", QStringLiteral("include"), &values.include))
            return false;
        for (const char *key : {"pidfile", "conffile", "http_proxy", "https_proxy"}) {
            if (!checkType(document, key, QLatin1String(key), toml::node_type::string, AgentConfigText::tr("a string")))
                return false;
        }
        for (const char *key : {"verbose", "silent", "diagnostic", "disable_http_keep_alive"}) {
            if (!checkType(document, key, QLatin1String(key), toml::node_type::boolean, AgentConfigText::tr("true or false")))
                return false;
        }
        if (const toml::node *roles = member(document, "roles")) {
            if (!roles->is_array())
                return wrongType(*roles, QStringLiteral("roles"), AgentConfigText::tr("an array of strings"));
            QStringList list;
            for (const toml::node &role : *roles->as_array()) {
                if (!role.is_string())
                    return wrongType(role, QStringLiteral("roles[]"), AgentConfigText::tr("a string"));
                list.append(fromStd(role.as_string()->get()));
            }
            values.roles = list;
        }
        if (const toml::node *platform = member(document, "cloud_platform")) {
            if (!platform->is_string())
                return wrongType(*platform, QStringLiteral("cloud_platform"), AgentConfigText::tr("a string"));
            const QString text = fromStd(platform->as_string()->get());
            values.cloudPlatform = parseCloudPlatform(text);
            if (!values.cloudPlatform)
                return fail(*platform, AgentConfigText::tr("cloud_platform must be one of \"auto\", \"none\", \"ec2\", "
                                                      "\"gce\", \"azurevm\" (lowercase); not \"%1\"").arg(text));
        }
        if (const toml::node *status = member(document, "host_status")) {
            if (!status->is_table())
                return wrongType(*status, QStringLiteral("host_status"), AgentConfigText::tr("a table"));
            if (!readString(*status->as_table(), "on_start", QStringLiteral("host_status.on_start"), &values.hostStatusOnStart)
                || !readString(*status->as_table(), "on_stop", QStringLiteral("host_status.on_stop"), &values.hostStatusOnStop))
                return false;
        }
        for (const char *key : {"disks", "filesystems", "interfaces"}) {
            if (!checkType(document, key, QLatin1String(key), toml::node_type::table, AgentConfigText::tr("a table")))
                return false;
        }
        if (const toml::node *plugin = member(document, "plugin"))
            return readPlugins(*plugin, values);
        return true;
    }

    // Every plugin of the three kinds the agent knows must have a usable command, or it does not start.
    bool readCommand(const toml::table &table, const QString &path, bool required)
    {
        const toml::node *command = member(table, "command");
        const QString what = AgentConfigText::tr("`%1.command` must be a string or a non-empty array of strings").arg(path);
        if (!command) {
            if (required)
                return fail(table, AgentConfigText::tr("%1; it is missing").arg(what));
        } else if (command->is_array()) {
            const toml::array &parts = *command->as_array();
            if (parts.empty())
                return fail(*command, AgentConfigText::tr("%1, not an empty array").arg(what));
            for (const toml::node &part : parts) {
                if (!part.is_string())
                    return fail(part, AgentConfigText::tr("%1; it holds %2").arg(what, typeName(part)));
            }
        } else if (!command->is_string()) {
            return fail(*command, QStringLiteral("%1, not %2").arg(what, typeName(*command)));
        }
        if (!checkType(table, "user", path + QStringLiteral(".user"), toml::node_type::string, AgentConfigText::tr("a string"))
            || !checkType(table, "timeout_seconds", path + QStringLiteral(".timeout_seconds"), toml::node_type::integer,
                          AgentConfigText::tr("an integer")))
            return false;
        if (const toml::node *env = member(table, "env")) {
            if (!env->is_table())
                return wrongType(*env, path + QStringLiteral(".env"), AgentConfigText::tr("a table of strings"));
            for (auto &&[key, value] : *env->as_table()) {
                if (!value.is_string())
                    return wrongType(value, path + QStringLiteral(".env.") + fromStd(key.str()), AgentConfigText::tr("a string"));
                if (key.str().find('=') != std::string_view::npos)
                    return fail(value, AgentConfigText::tr("a key of `%1.env` must not contain \"=\": \"%2\"")
                                           .arg(path, fromStd(key.str())));
            }
        }
        return true;
    }

    bool readPlugins(const toml::node &plugin, FileValues &values)
    {
        if (!plugin.is_table())
            return wrongType(plugin, QStringLiteral("plugin"), AgentConfigText::tr("a table"));
        for (auto &&[kindKey, kindNode] : *plugin.as_table()) {
            const QString kind = fromStd(kindKey.str());
            if (!kindNode.is_table())
                return wrongType(kindNode, QStringLiteral("plugin.") + kind, AgentConfigText::tr("a table"));
            // Other kinds are decoded but never used by the agent (`configtest` warns about them).
            const bool known = kind == QLatin1String("metrics") || kind == QLatin1String("checks")
                || kind == QLatin1String("metadata");
            for (auto &&[nameKey, node] : *kindNode.as_table()) {
                const QString name = fromStd(nameKey.str());
                const QString path = QStringLiteral("plugin.%1.%2").arg(kind, name);
                if (!node.is_table())
                    return wrongType(node, path, AgentConfigText::tr("a table"));
                if (!known)
                    continue;
                const toml::table &table = *node.as_table();
                if (!readCommand(table, path, true))
                    return false;
                if (const toml::node *action = member(table, "action")) {
                    if (!action->is_table())
                        return wrongType(*action, path + QStringLiteral(".action"), AgentConfigText::tr("a table"));
                    if (!readCommand(*action->as_table(), path + QStringLiteral(".action"), false))
                        return false;
                }
                std::optional<QString> memo, customIdentifier;
                if (!readString(table, "memo", path + QStringLiteral(".memo"), &memo)
                    || !readString(table, "custom_identifier", path + QStringLiteral(".custom_identifier"), &customIdentifier))
                    return false;
                if (kind == QLatin1String("checks"))
                    values.checks[name] = AgentCheckPlugin{name, memo.value_or(QString()), customIdentifier.has_value()};
            }
        }
        return true;
    }

    QString m_file;
    QString m_error;
};

// The first 250 characters (Unicode code points, as the agent counts runes).
QString cutMemo(const QString &memo, bool *cut)
{
    qsizetype units = 0;
    int characters = 0;
    while (units < memo.size() && characters < 250) {
        units += (memo.at(units).isHighSurrogate() && units + 1 < memo.size()) ? 2 : 1;
        ++characters;
    }
    *cut = units < memo.size();
    return memo.left(units);
}

bool hasGlobMeta(const QString &segment)
{
    return segment.contains(QLatin1Char('*')) || segment.contains(QLatin1Char('?'))
        || segment.contains(QLatin1Char('[')) || segment.contains(QLatin1Char('\\'));
}

// Go's path.Match for one path segment, translated to a regular expression.
std::optional<QRegularExpression> segmentPattern(const QString &segment)
{
    QString expression = QStringLiteral("\\A");
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == QLatin1Char('*')) {
            expression += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            expression += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('\\')) {
            if (++i >= segment.size())
                return std::nullopt;
            expression += QRegularExpression::escape(segment.at(i));
        } else if (c == QLatin1Char('[')) {
            QString set = QStringLiteral("[");
            ++i;
            if (i < segment.size() && segment.at(i) == QLatin1Char('^')) {
                set += QLatin1Char('^');
                ++i;
            }
            bool closed = false;
            bool empty = true;
            for (; i < segment.size(); ++i) {
                QChar member = segment.at(i);
                if (member == QLatin1Char(']') && !empty) {
                    closed = true;
                    break;
                }
                if (member == QLatin1Char('\\')) {
                    if (++i >= segment.size())
                        return std::nullopt;
                    member = segment.at(i);
                }
                if (member == QLatin1Char('-') && !empty && i + 1 < segment.size() && segment.at(i + 1) != QLatin1Char(']')) {
                    set += QLatin1Char('-');
                    continue;
                }
                if (member == QLatin1Char('-') || member == QLatin1Char(']'))
                    return std::nullopt;
                set += QRegularExpression::escape(member);
                empty = false;
            }
            if (!closed)
                return std::nullopt;
            expression += set + QLatin1Char(']');
        } else {
            expression += QRegularExpression::escape(c);
        }
    }
    expression += QStringLiteral("\\z");
    QRegularExpression regex(expression);
    if (!regex.isValid())
        return std::nullopt;
    return regex;
}

} // namespace

QList<AgentCheckPlugin> AgentConfig::hostChecks() const
{
    QList<AgentCheckPlugin> result;
    for (const AgentCheckPlugin &check : checks) {
        if (!check.hasCustomIdentifier)
            result.append(check);
    }
    return result;
}

QString AgentConfig::hostIdFile() const
{
    return QDir::cleanPath(root + QStringLiteral("/id"));
}

QString defaultAgentConfigPath()
{
    return QStringLiteral("/etc/mackerel-agent/mackerel-agent.conf");
}

bool isValidRoleFullname(const QString &role)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[a-zA-Z0-9][-_a-zA-Z0-9]*:[\\t\\n\\f\\r ]*[a-zA-Z0-9][-_a-zA-Z0-9]*\\z"));
    return pattern.match(role).hasMatch();
}

std::optional<QStringList> globFiles(const QString &pattern, QString *error)
{
    const QStringList segments = pattern.split(QLatin1Char('/'));
    QStringList current = {pattern.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString()};
    for (qsizetype index = pattern.startsWith(QLatin1Char('/')) ? 1 : 0; index < segments.size(); ++index) {
        const QString &segment = segments.at(index);
        const bool last = index == segments.size() - 1;
        if (segment.isEmpty() && !last)
            continue;
        QStringList next;
        auto join = [](const QString &base, const QString &name) {
            if (base.isEmpty())
                return name;
            return base.endsWith(QLatin1Char('/')) ? base + name : base + QLatin1Char('/') + name;
        };
        if (!hasGlobMeta(segment)) {
            for (const QString &base : std::as_const(current))
                next.append(join(base, segment));
        } else {
            const auto regex = segmentPattern(segment);
            if (!regex) {
                *error = AgentConfigText::tr("`include = \"%1\"` is not a valid pattern (syntax error in \"%2\")").arg(pattern, segment);
                return std::nullopt;
            }
            for (const QString &base : std::as_const(current)) {
                QDir dir(base.isEmpty() ? QStringLiteral(".") : base);
                QStringList names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
                std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
                for (const QString &name : std::as_const(names)) {
                    if (regex->match(name).hasMatch())
                        next.append(join(base, name));
                }
            }
        }
        current = next;
    }
    QStringList result;
    for (const QString &path : std::as_const(current)) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

std::optional<AgentConfig> loadAgentConfig(const QString &path, QString *error, const QString &includeRoot)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QFileInfo::exists(path)) {
        *error = AgentConfigText::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    AgentConfig config;
    config.path = path;
    std::map<QString, AgentCheckPlugin> checks;
    auto merge = [&](const FileValues &values) {
        if (values.apikey) config.apikey = *values.apikey;
        if (values.apibase) config.apibase = *values.apibase;
        if (values.root) config.root = *values.root;
        if (values.displayName) config.displayName = *values.displayName;
        if (values.include) config.include = *values.include;
        if (values.hostStatusOnStart) config.hostStatusOnStart = *values.hostStatusOnStart;
        if (values.hostStatusOnStop) config.hostStatusOnStop = *values.hostStatusOnStop;
        if (values.roles) config.roles = *values.roles;
        if (values.cloudPlatform) {
            config.cloudPlatform = *values.cloudPlatform;
            config.cloudPlatformSet = true;
        }
        for (const auto &[name, check] : values.checks)
            checks[name] = check;
    };

    const auto main = FileReader(path).read(error);
    if (!main)
        return std::nullopt;
    merge(*main);
    // Only the main file's `include` is expanded; an included file's own `include` has no effect.
    if (main->include && !main->include->isEmpty()) {
        QString pattern = *main->include;
        if (QDir::isAbsolutePath(pattern))
            pattern = pathBelowRoot(includeRoot, pattern);
        QString globError;
        const auto files = globFiles(pattern, &globError);
        if (!files) {
            *error = QStringLiteral("%1: %2").arg(path, globError);
            return std::nullopt;
        }
        for (const QString &file : *files) {
            QString includeError;
            const auto values = FileReader(file).read(&includeError);
            if (!values) {
                *error = AgentConfigText::tr("%1 (included by %2)").arg(includeError, path);
                return std::nullopt;
            }
            merge(*values);
            config.includedFiles.append(file);
        }
    }
    // The agent validates roles after loading (and after its -role flag); a bad one is logged and dropped.
    const QStringList roles = config.roles;
    config.roles.clear();
    for (const QString &role : roles) {
        if (isValidRoleFullname(role)) {
            config.roles.append(role);
        } else {
            config.invalidRoles.append(role);
            config.warnings.append(AgentConfigText::tr("role \"%1\" is dropped: the agent expects <service>:<role> with letters, "
                                                  "digits, '-' and '_', not starting with '-' or '_'").arg(role));
        }
    }
    for (auto &[name, check] : checks) {
        bool cut = false;
        check.memo = cutMemo(check.memo, &cut);
        if (cut)
            config.warnings.append(AgentConfigText::tr("plugin.checks.%1.memo is longer than 250 characters; the agent cuts it").arg(name));
        config.checks.append(check);
    }
    return config;
}

} // namespace mi
