#pragma once

// The window's sessions pointed at a demo environment, as `--demo` points them: the detection at its
// metadata service and /sys files, the Mackerel session at its simulated API and id file.
#include "clouddetector.h"
#include "demoenvironment.h"
#include "mackerelapisimulator.h"
#include "mackerelsettings.h"

namespace testing {

// The agent's own timeouts, only the waits between retries shortened.
inline mi::DetectorOptions demoDetectorOptions(const mi::sim::DemoEnvironment &demo, int retryWaitMs = 50)
{
    mi::DetectorOptions options;
    options.endpoints.ec2 = options.endpoints.gce = options.endpoints.azure = demo.baseUrl();
    options.root = demo.sysRoot();
    options.retryWaitMs = retryWaitMs;
    return options;
}

// `source` is named as where each value came from.
inline mi::MackerelSettings demoMackerelSettings(mi::sim::DemoEnvironment &demo, const QString &source,
                                                 const QString &apiKey = QString::fromLatin1(mi::sim::DemoApiKey))
{
    mi::MackerelSettings settings;
    settings.apiBase = demo.mackerel()->baseUrl();
    settings.apiBaseSource = source;
    settings.apiKey = apiKey;
    settings.apiKeySource = source;
    settings.idFilePath = demo.idFilePath();
    settings.idFileSource = source;
    return settings;
}

} // namespace testing
