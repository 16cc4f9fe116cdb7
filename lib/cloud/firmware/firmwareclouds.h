#pragma once

#include "cloudplatform.h"

#include <QList>
#include <QString>
#include <optional>

namespace mi {

// How a firmware file's value is compared.
enum class FirmwareTest {
    Is,         // equal, whole value
    Contains,   // holds the text anywhere
    StartsWith, // begins with the text
    Ec2Uuid,    // an EC2 system UUID, in either byte order (the text is unused)
    Matches,    // matches the regular expression in the text, anchored by the text itself
};

struct FirmwareCondition
{
    QString file; // DMI attribute name, or a path starting with "/"
    FirmwareTest test = FirmwareTest::Is;
    QString text;

    bool holds(const QString &value) const;
};

// Every condition must hold. `source` names the public code the rule is taken from.
struct FirmwareRule
{
    QList<FirmwareCondition> conditions;
    QString source;
    // A value that only resembles a cloud's (a random UUID begins with "ec2" one time in 4096):
    // tried after every cloud's naming rules, so that a vendor's own name wins over it.
    bool heuristic = false;
};

// One cloud as its firmware tells it. The inspector's own knowledge, beyond mackerel-agent's three.
struct FirmwareCloud
{
    QString provider;    // hostedOn.provider: "ec2", "gce", "azure", "oci", ...
    QString displayName; // "Amazon EC2"
    QList<FirmwareRule> rules; // any one rule names this cloud

    // Where the firmware itself carries the instance id (empty file: it does not).
    QString instanceIdFile;
    QList<FirmwareCondition> instanceIdConditions; // must hold too (the id file's own shape included)
    QString instanceIdSource;

    // Clouds mackerel-agent detects: its platform, the customIdentifier it derives from the
    // instance id ("%1" is the id), the Mackerel integration that registers the same instance,
    // the metadata service the agent asks.
    std::optional<CloudPlatform> agentPlatform;
    QString customIdentifierFormat;
    QString integration;
    QString metadataService;
};

// The integration's name in the language of the running application (the field itself stays English).
QString integrationDisplayName(const QString &integration);

// The clouds the firmware view knows, in the order they are tried. Adding a cloud is adding an
// entry here (and a row to docs/firmware.md).
const QList<FirmwareCloud> &firmwareClouds();
// nullptr for an unknown provider.
const FirmwareCloud *findFirmwareCloud(const QString &provider);

} // namespace mi
