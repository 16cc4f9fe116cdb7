#pragma once

#include "commonoptions.h"
#include "demoenvironment.h"
#include "mackerelsettings.h"

#include <QCommandLineParser>

namespace mi::app {

// The Mackerel API options every mode that talks to Mackerel shares (the window, match, register):
// --apikey-file, --apibase, --id-file and, with --demo, --seed. Settings are resolved flags first,
// then MACKEREL_APIKEY / MACKEREL_APIBASE, then the agent's conf, then the defaults.
struct MackerelOptions
{
    MackerelSettings settings;
    sim::MackerelSeed demoSeed = sim::MackerelSeed::Agentless;
    bool idFileGiven = false;

    static void addTo(QCommandLineParser &parser);
    // --apikey-file and --apibase alone, for the modes that read Mackerel but keep no id file (fleet).
    static void addApiTo(QCommandLineParser &parser);
    // Adds the key's and the API base's sources (the flags, MACKEREL_APIKEY / MACKEREL_APIBASE, the conf's
    // apikey and apibase) to `sources`.
    static void addApiSources(const QCommandLineParser &parser, const AgentConfig &config, MackerelSettingsSources *sources);
    // --id-file alone, for the modes that read the id file but never talk to Mackerel (inspect).
    static void addIdFileTo(QCommandLineParser &parser);
    // The id file as every mode finds it (--id-file, else <root>/id with the conf's root below
    // --root, else the agent's default); reads no key. Sets idFilePath and idFileSource.
    static MackerelSettings idFileSettings(const QCommandLineParser &parser, const CommonOptions &common);
    // Returns false and sets *error (a usage error, free of the key) where a value is unusable.
    bool read(const QCommandLineParser &parser, const CommonOptions &common, QString *error);
    // With --demo: starts the simulated Mackerel API in `demo` and points the settings at it.
    bool applyDemo(sim::DemoEnvironment &demo, QString *error);
};

} // namespace mi::app
