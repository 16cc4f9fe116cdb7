#pragma once

// One detection run for the tests of the detector, in the test's own event loop.
#include "clouddetector.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace testing {

// Options that point every endpoint at `base` and the /sys files at `root`, with short waits: the
// schedule is the agent's, only scaled down so the suites stay quick.
inline mi::DetectorOptions optionsFor(const QUrl &base, const QString &root, int retryWaitMs = 50)
{
    mi::DetectorOptions options;
    options.endpoints.ec2 = base;
    options.endpoints.gce = base;
    options.endpoints.azure = base;
    options.root = root;
    options.timeoutMs = 1500;
    options.retryWaitMs = retryWaitMs;
    return options;
}

// Runs one detection, checking what every run holds: nothing is delivered before the event loop
// runs, and every probe in the result was announced once by probeRecorded().
inline mi::DetectionResult detect(const mi::DetectorOptions &options)
{
    mi::CloudDetector detector;
    QSignalSpy finished(&detector, &mi::CloudDetector::finished);
    QSignalSpy recorded(&detector, &mi::CloudDetector::probeRecorded);
    detector.start(options);
    [&] { QCOMPARE(finished.count(), 0); }();
    if (!finished.wait(30000))
        qFatal("detection did not finish");
    const auto result = finished.takeFirst().at(0).value<mi::DetectionResult>();
    [&] { QCOMPARE(recorded.count(), result.probes.size()); }();
    return result;
}

} // namespace testing
