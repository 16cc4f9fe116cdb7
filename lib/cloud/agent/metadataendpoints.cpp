#include "metadataendpoints.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace mi {

namespace {
struct MetadataEndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(MetadataEndpoints)
};
} // namespace

MetadataEndpoints MetadataEndpoints::fromEnvironment()
{
    MetadataEndpoints endpoints;
    QString ignored;
    const QString awsEndpoint = qEnvironmentVariable("AWS_EC2_METADATA_SERVICE_ENDPOINT");
    if (!awsEndpoint.isEmpty()) {
        if (const auto url = parseEndpoint(awsEndpoint, QStringLiteral("/latest"), &ignored))
            endpoints.ec2 = *url;
    }
    const QString gceHost = qEnvironmentVariable("GCE_METADATA_HOST");
    if (!gceHost.isEmpty()) {
        if (const auto url = parseEndpoint(gceHost, QStringLiteral("/computeMetadata/v1"), &ignored))
            endpoints.gce = *url;
    }
    return endpoints;
}

QUrl MetadataEndpoints::resolve(const QUrl &base, const QString &pathAndQuery)
{
    QString text = base.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl(text + pathAndQuery, QUrl::StrictMode);
}

std::optional<QUrl> parseEndpoint(const QString &text, const QString &servicePath, QString *error)
{
    QString candidate = text.trimmed();
    if (candidate.isEmpty()) {
        *error = MetadataEndpointsText::tr("the endpoint is empty");
        return std::nullopt;
    }
    if (!candidate.contains(QLatin1String("://")))
        candidate.prepend(QLatin1String("http://"));
    QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = MetadataEndpointsText::tr("'%1' is not a valid URL").arg(text);
        return std::nullopt;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        *error = MetadataEndpointsText::tr("'%1' must be an http:// URL").arg(text);
        return std::nullopt;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!servicePath.isEmpty() && path.endsWith(servicePath))
        path.chop(servicePath.size());
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace mi
