#include "detectcommand.h"

#include "commandline.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mi::app {

namespace {
struct DetectCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)
};
} // namespace

void applyDemo(sim::DemoEnvironment &demo, DetectorOptions &options)
{
    options.endpoints.ec2 = demo.baseUrl();
    options.endpoints.gce = demo.baseUrl();
    options.endpoints.azure = demo.baseUrl();
    options.root = demo.sysRoot();
}

std::unique_ptr<sim::DemoEnvironment> startDemo(CommonOptions &options, QString *error)
{
    QString reason;
    auto demo = sim::DemoEnvironment::start(*sim::parseSimulatedCloud(*options.demoCloud), &reason);
    if (!demo) {
        *error = DetectCommandText::tr("cannot start the demo simulator: %1").arg(reason);
        return nullptr;
    }
    applyDemo(*demo, options.detector);
    return demo;
}

DetectCommand::DetectCommand(CommonOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_detector(new CloudDetector(this))
{
    connect(m_detector, &CloudDetector::finished, this, &DetectCommand::onFinished);
}

void DetectCommand::start()
{
    if (m_options.demoCloud) {
        QString error;
        m_demo = startDemo(m_options, &error);
        if (!m_demo) {
            fail(error);
            return;
        }
        if (!m_options.json)
            QTextStream(stderr) << DetectCommandText::tr("Demo: simulated %1 instance at %2")
                                       .arg(*m_options.demoCloud, m_demo->baseUrl().toString())
                                << "\n";
    }
    m_detector->start(m_options.detector);
}

void DetectCommand::onFinished(const DetectionResult &result)
{
    if (m_options.json)
        writeText(stdout, QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)));
    else
        writeText(stdout, detectionReport(result));
    QCoreApplication::exit(0);
}

void DetectCommand::fail(const QString &message)
{
    writeText(stderr, QStringLiteral("mackerel-inspector: ") + message + QLatin1Char('\n'));
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}

} // namespace mi::app
