#pragma once

#include <QString>
#include <optional>

namespace mi {

// The values of mackerel-agent.conf's `cloud_platform`, with the agent's spelling.
enum class CloudPlatform { Auto, None, Ec2, Gce, AzureVm };

// Parses the agent's spelling ("auto", "", "none", "ec2", "gce", "azurevm"); case-sensitive, as the agent is.
std::optional<CloudPlatform> parseCloudPlatform(const QString &text);

// "auto", "none", "ec2", "gce", "azurevm": the name used in the conf and in our JSON `platform`.
QString cloudPlatformName(CloudPlatform platform);

// The `cloud.provider` string the agent sends: "ec2", "gce", "AzureVM" (empty for Auto/None).
QString cloudProviderName(CloudPlatform platform);

// A name for people: "Amazon EC2", "Google Compute Engine", "Azure Virtual Machines", "no cloud".
QString cloudDisplayName(CloudPlatform platform);

} // namespace mi
