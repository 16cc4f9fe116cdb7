#include "childenvironment.h"

namespace mi {

QProcessEnvironment childEnvironment(const QProcessEnvironment &base, const QStringList &secrets)
{
    QProcessEnvironment environment = base;
    environment.remove(QStringLiteral("MACKEREL_APIKEY"));
    const QStringList names = environment.keys();
    for (const QString &secret : secrets) {
        const QString key = secret.trimmed();
        if (key.size() < 4) // a key that short would match by chance; keys are 44 characters
            continue;
        for (const QString &name : names) {
            if (environment.value(name).contains(key))
                environment.remove(name);
        }
    }
    return environment;
}

} // namespace mi
