#pragma once

#include "clouddetector.h"
#include "commonoptions.h"
#include "demoenvironment.h"

#include <QObject>
#include <memory>

namespace mi::app {

// `mackerel-inspector detect`: runs the detection once, prints it, and quits the event loop with the
// exit code (0: detection completed, whatever the platform; 1: it could not run).
class DetectCommand : public QObject
{
    Q_OBJECT
public:
    explicit DetectCommand(CommonOptions options, QObject *parent = nullptr);
    void start();

private:
    void onFinished(const DetectionResult &result);
    void fail(const QString &message);

    CommonOptions m_options;
    std::unique_ptr<sim::DemoEnvironment> m_demo;
    CloudDetector *m_detector = nullptr;
};

// Points every metadata endpoint at a demo simulator and the /sys pre-check at its fixture.
void applyDemo(sim::DemoEnvironment &demo, DetectorOptions &options);
// For --demo CLOUD: starts the simulated instance and points the detector at it. Returns nullptr
// with *error set when it cannot start.
std::unique_ptr<sim::DemoEnvironment> startDemo(CommonOptions &options, QString *error);

} // namespace mi::app
