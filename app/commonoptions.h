#pragma once

#include "agentconfig.h"
#include "clouddetector.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace mi::app {

// The options every mode shares (GUI and each CLI subcommand mean the same by them).
struct CommonOptions
{
    bool json = false;
    std::optional<QString> demoCloud;   // --demo CLOUD
    DetectorOptions detector;           // endpoints, --cloud-platform, --root, timeouts
    QString root = QStringLiteral("/"); // --root as given
    // mackerel-agent.conf: --conf PATH, else the agent's default path below --root. A missing
    // default file leaves `config` at the agent's defaults (config.path empty); --cloud-platform
    // on the command line wins over the conf's cloud_platform.
    QString confPath;
    AgentConfig config;

    static void addTo(QCommandLineParser &parser, bool withJson = true);
    // --root and --conf alone, for the modes that read only the agent's conf (fleet).
    static void addConfTo(QCommandLineParser &parser);
    // Reads the parsed options on top of the environment's defaults. Returns false and sets *error
    // (a usage error) where a value is invalid.
    bool read(const QCommandLineParser &parser, QString *error);
    // Reads --root and the conf (--conf, else the agent's default below --root, whose absence is no
    // error) into root, confPath and config. Returns false and sets *error (a usage error).
    bool readConf(const QCommandLineParser &parser, QString *error);
};

} // namespace mi::app
