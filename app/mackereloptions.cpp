#include "mackereloptions.h"

#include "hostidfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace mi::app {

namespace {
struct MackerelOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(MackerelOptions)
};
} // namespace

void MackerelOptions::addTo(QCommandLineParser &parser)
{
    addApiTo(parser);
    addIdFileTo(parser);
    parser.addOption({QStringLiteral("seed"),
                      MackerelOptionsText::tr("With --demo: what the simulated Mackerel organization holds: %1 (default agentless).")
                          .arg(sim::mackerelSeedNames().join(QStringLiteral(", "))),
                      QStringLiteral("SEED"), QStringLiteral("agentless")});
}

void MackerelOptions::addApiTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("apikey-file"),
                      MackerelOptionsText::tr("Read the Mackerel API key from PATH (else $MACKEREL_APIKEY, else apikey in the conf). "
                                     "The key is never taken on the command line."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("apibase"),
                      MackerelOptionsText::tr("Mackerel API base URL (else $MACKEREL_APIBASE, else apibase in the conf, else %1).")
                          .arg(MackerelSettings::defaultApiBase()),
                      QStringLiteral("URL")});
}

void MackerelOptions::addApiSources(const QCommandLineParser &parser, const AgentConfig &config, MackerelSettingsSources *sources)
{
    if (parser.isSet(QStringLiteral("apikey-file")))
        sources->apiKeyFile = parser.value(QStringLiteral("apikey-file"));
    if (parser.isSet(QStringLiteral("apibase")))
        sources->apiBase = parser.value(QStringLiteral("apibase"));
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    sources->envApiKey = environment.value(QStringLiteral("MACKEREL_APIKEY"));
    sources->envApiBase = environment.value(QStringLiteral("MACKEREL_APIBASE"));
    if (!config.path.isEmpty()) {
        sources->confPath = config.path;
        sources->confApiKey = config.apikey;
        sources->confApiBase = config.apibase;
    }
}

void MackerelOptions::addIdFileTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("id-file"),
                      MackerelOptionsText::tr("The agent's host id file (default <root>/id, root from the conf, %1).")
                          .arg(HostIdFile::pathForRoot(HostIdFile::defaultRoot())),
                      QStringLiteral("PATH")});
}

// The sources of the id file's path; the key and API base are added by read() only.
static MackerelSettingsSources idFileSources(const QCommandLineParser &parser, const CommonOptions &common)
{
    MackerelSettingsSources sources;
    if (parser.isSet(QStringLiteral("id-file")))
        sources.idFile = parser.value(QStringLiteral("id-file"));
    if (!common.config.path.isEmpty()) {
        sources.confPath = common.config.path;
        sources.confRoot = common.config.root;
    }
    sources.fileRoot = common.root;
    return sources;
}

MackerelSettings MackerelOptions::idFileSettings(const QCommandLineParser &parser, const CommonOptions &common)
{
    MackerelSettings settings;
    settings.resolveIdFile(idFileSources(parser, common));
    return settings;
}

bool MackerelOptions::read(const QCommandLineParser &parser, const CommonOptions &common, QString *error)
{
    const auto seed = sim::parseMackerelSeed(parser.value(QStringLiteral("seed")));
    if (!seed) {
        *error = MackerelOptionsText::tr("--seed must be one of %1").arg(sim::mackerelSeedNames().join(QStringLiteral(", ")));
        return false;
    }
    if (parser.isSet(QStringLiteral("seed")) && !common.demoCloud) {
        *error = MackerelOptionsText::tr("--seed goes with --demo");
        return false;
    }
    demoSeed = *seed;

    MackerelSettingsSources sources = idFileSources(parser, common);
    idFileGiven = sources.idFile.has_value();
    addApiSources(parser, common.config, &sources);
    const auto resolved = MackerelSettings::resolve(sources, error);
    if (!resolved)
        return false;
    settings = *resolved;
    return true;
}

bool MackerelOptions::applyDemo(sim::DemoEnvironment &demo, QString *error)
{
    if (!demo.startMackerel(demoSeed, error))
        return false;
    settings.apiBase = demo.mackerel()->baseUrl();
    settings.apiBaseSource = QStringLiteral("--demo");
    settings.apiKey = QString::fromLatin1(sim::DemoApiKey);
    settings.apiKeySource = QStringLiteral("--demo");
    if (!idFileGiven) {
        settings.idFilePath = demo.idFilePath();
        settings.idFileSource = QStringLiteral("--demo");
    }
    return true;
}

} // namespace mi::app
