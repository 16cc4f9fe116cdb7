#include "hostlisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mi {

namespace {

// A scanner over the listing's bytes that finds where each JSON value starts and ends, without
// building it. The values it hands out are parsed (and so validated) by QJsonDocument one by one.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) {}

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }
    bool expect(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Past one string (at its opening quote); false when it does not end.
    bool skipString()
    {
        if (peek() != '"')
            return false;
        for (++m_pos; !atEnd(); ++m_pos) {
            const char c = m_text.at(m_pos);
            if (c == '\\')
                ++m_pos;
            else if (c == '"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }
    // Past one value of any kind; brackets balanced, strings skipped whole. Depth is bounded so that
    // a hostile listing of nested brackets costs no stack (QJsonDocument refuses deeper ones anyway).
    bool skipValue()
    {
        skipSpace();
        int depth = 0;
        do {
            skipSpace();
            const char c = peek();
            if (c == '"') {
                if (!skipString())
                    return false;
            } else if (c == '{' || c == '[') {
                if (++depth > 1024)
                    return false;
                ++m_pos;
            } else if (c == '}' || c == ']') {
                if (--depth < 0)
                    return false;
                ++m_pos;
            } else if (c == ',' || c == ':') {
                if (depth == 0)
                    return false;
                ++m_pos;
            } else if (c == '\0' && atEnd()) {
                return false;
            } else {
                // A literal or a number: up to the next delimiter.
                const qsizetype start = m_pos;
                while (!atEnd() && !QByteArrayView(",:{}[] \t\r\n\"").contains(m_text.at(m_pos)))
                    ++m_pos;
                if (m_pos == start)
                    return false;
            }
        } while (depth > 0);
        return true;
    }
    QByteArray slice(qsizetype from, qsizetype to) const { return QByteArray::fromRawData(m_text.constData() + from, to - from); }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// One JSON value given by its bytes, parsed alone (wrapped in an array, so that a scalar parses too).
std::optional<QJsonValue> parseValue(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[" + bytes + "]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

} // namespace

std::optional<MackerelHost> listedHost(const QJsonObject &object)
{
    std::optional<MackerelHost> host = MackerelHost::fromJson(object);
    if (!host)
        return host;
    host->memo.clear();
    host->raw = QJsonObject();

    QJsonObject meta;
    const QJsonValue agentVersion = object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("agent-version"));
    if (!agentVersion.isUndefined())
        meta.insert(QStringLiteral("agent-version"), agentVersion);
    const QJsonObject cloud = host->meta.value(QStringLiteral("cloud")).toObject();
    if (!cloud.isEmpty()) {
        QJsonObject keptCloud;
        if (cloud.contains(QStringLiteral("provider")))
            keptCloud.insert(QStringLiteral("provider"), cloud.value(QStringLiteral("provider")));
        const QJsonObject metadata = cloud.value(QStringLiteral("metadata")).toObject();
        QJsonObject keptMetadata;
        for (const QString &key : {QStringLiteral("instance-id"), QStringLiteral("vmID"), QStringLiteral("vmId")}) {
            if (metadata.contains(key))
                keptMetadata.insert(key, metadata.value(key));
        }
        if (!keptMetadata.isEmpty())
            keptCloud.insert(QStringLiteral("metadata"), keptMetadata);
        meta.insert(QStringLiteral("cloud"), keptCloud);
    }
    host->meta = meta;

    QJsonArray interfaces;
    for (const QJsonValue &value : std::as_const(host->interfaces)) {
        const QJsonObject interface = value.toObject();
        QJsonObject kept;
        for (const QString &key : {QStringLiteral("macAddress"), QStringLiteral("ipv4Addresses"), QStringLiteral("ipv6Addresses"),
                                   QStringLiteral("ipAddress"), QStringLiteral("ipv6Address")}) {
            if (interface.contains(key))
                kept.insert(key, interface.value(key));
        }
        interfaces.append(kept);
    }
    host->interfaces = interfaces;
    return host;
}

bool parseHostListing(const QByteArray &body, QList<MackerelHost> *hosts)
{
    hosts->clear();
    Scanner scanner(body);
    bool sawHosts = false;
    auto fail = [hosts] {
        hosts->clear();
        return false;
    };
    if (!scanner.expect('{'))
        return fail();
    scanner.skipSpace();
    if (scanner.peek() == '}') {
        scanner.expect('}');
    } else {
        for (;;) {
            scanner.skipSpace();
            const qsizetype keyStart = scanner.position();
            if (!scanner.skipString())
                return fail();
            const std::optional<QJsonValue> key = parseValue(scanner.slice(keyStart, scanner.position()));
            if (!key || !scanner.expect(':'))
                return fail();
            scanner.skipSpace();
            if (key->toString() == QLatin1String("hosts")) {
                // As QJsonDocument does, the last "hosts" member counts.
                hosts->clear();
                sawHosts = true;
                if (!scanner.expect('['))
                    return fail();
                scanner.skipSpace();
                if (scanner.peek() == ']') {
                    scanner.expect(']');
                } else {
                    for (;;) {
                        scanner.skipSpace();
                        const qsizetype start = scanner.position();
                        if (scanner.peek() != '{' || !scanner.skipValue())
                            return fail();
                        const std::optional<QJsonValue> element = parseValue(scanner.slice(start, scanner.position()));
                        if (!element)
                            return fail();
                        std::optional<MackerelHost> host = listedHost(element->toObject());
                        if (!host)
                            return fail();
                        hosts->append(std::move(*host));
                        if (scanner.expect(','))
                            continue;
                        if (!scanner.expect(']'))
                            return fail();
                        break;
                    }
                }
            } else {
                const qsizetype start = scanner.position();
                if (!scanner.skipValue() || !parseValue(scanner.slice(start, scanner.position())))
                    return fail();
            }
            if (scanner.expect(','))
                continue;
            if (!scanner.expect('}'))
                return fail();
            break;
        }
    }
    scanner.skipSpace();
    if (!scanner.atEnd() || !sawHosts)
        return fail();
    hosts->squeeze();
    return true;
}

} // namespace mi
