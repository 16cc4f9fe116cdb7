#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace mi {

// Base URLs of the three instance metadata services: scheme, host and port only.
// The service paths (/latest, /computeMetadata/v1, /metadata/instance) are added by the probes,
// exactly as mackerel-agent adds them.
struct MetadataEndpoints
{
    QUrl ec2 = QUrl(QStringLiteral("http://169.254.169.254"));
    QUrl gce = QUrl(QStringLiteral("http://metadata.google.internal."));
    QUrl azure = QUrl(QStringLiteral("http://169.254.169.254"));

    // Defaults overridden by the AWS and Google SDK conventions:
    // AWS_EC2_METADATA_SERVICE_ENDPOINT (a URL) and GCE_METADATA_HOST (host[:port]).
    static MetadataEndpoints fromEnvironment();

    // Full URL of a path below a base URL, keeping any path prefix the base carries.
    static QUrl resolve(const QUrl &base, const QString &pathAndQuery);
};

// Parses a user-given endpoint ("http://127.0.0.1:8080", "127.0.0.1:8080", or a URL that already ends
// with the service path such as ".../latest"); strips `servicePath` and trailing slashes.
// Returns nullopt and sets *error for anything that is not an http(s) URL.
std::optional<QUrl> parseEndpoint(const QString &text, const QString &servicePath, QString *error);

} // namespace mi
