#include "rawjson.h"

#include <QCoreApplication>

#include <limits>

namespace mi {

namespace {
struct RawJsonText
{
    Q_DECLARE_TR_FUNCTIONS(RawJson)
};
} // namespace

const RawJson *RawJson::member(const QString &key) const
{
    const RawJson *found = nullptr;
    for (const auto &entry : object) {
        if (entry.first.compare(key, Qt::CaseInsensitive) == 0)
            found = &entry.second;
    }
    return found;
}

namespace {

class Parser
{
public:
    Parser(const QByteArray &text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    std::optional<RawJson> parseDocument(RawJsonError *error)
    {
        RawJson value;
        skipSpace();
        if (!parseValue(value, 0) || (skipSpace(), m_pos != m_text.size())) {
            if (m_error.isEmpty())
                m_error = RawJsonText::tr("unexpected content after the JSON value");
            if (error)
                *error = RawJsonError{m_error, m_pos};
            return std::nullopt;
        }
        return value;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    bool literal(const char *word)
    {
        const QByteArray expected(word);
        if (m_text.mid(m_pos, expected.size()) != expected)
            return fail(RawJsonText::tr("invalid literal"));
        m_pos += expected.size();
        return true;
    }

    bool parseValue(RawJson &value, int depth)
    {
        if (depth > m_maxDepth)
            return fail(RawJsonText::tr("nested more than %1 levels deep").arg(m_maxDepth));
        switch (peek()) {
        case '{': return parseObject(value, depth);
        case '[': return parseArray(value, depth);
        case '"': value.type = RawJson::Type::String; return parseString(value.string);
        case 't': value.type = RawJson::Type::Bool; value.boolean = true; return literal("true");
        case 'f': value.type = RawJson::Type::Bool; value.boolean = false; return literal("false");
        case 'n': value.type = RawJson::Type::Null; return literal("null");
        case '\0':
            if (atEnd())
                return fail(RawJsonText::tr("the document ends too early"));
            break;
        default: break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
            return parseNumber(value);
        return fail(RawJsonText::tr("unexpected character '%1'").arg(QChar::fromLatin1(peek())));
    }

    bool parseObject(RawJson &value, int depth)
    {
        value.type = RawJson::Type::Object;
        ++m_pos; // {
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(RawJsonText::tr("expected a member name"));
            QString key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (peek() != ':')
                return fail(RawJsonText::tr("expected ':' after a member name"));
            ++m_pos;
            skipSpace();
            RawJson member;
            if (!parseValue(member, depth + 1))
                return false;
            value.object.append({key, std::move(member)});
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(RawJsonText::tr("expected ',' or '}' in an object"));
        }
    }

    bool parseArray(RawJson &value, int depth)
    {
        value.type = RawJson::Type::Array;
        ++m_pos; // [
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            RawJson element;
            if (!parseValue(element, depth + 1))
                return false;
            value.array.append(std::move(element));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(RawJsonText::tr("expected ',' or ']' in an array"));
        }
    }

    bool parseHex4(char32_t &unit)
    {
        if (m_pos + 4 > m_text.size())
            return fail(RawJsonText::tr("truncated \\u escape"));
        bool ok = false;
        unit = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(RawJsonText::tr("invalid \\u escape"));
        m_pos += 4;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        for (;;) {
            if (atEnd())
                return fail(RawJsonText::tr("unterminated string"));
            const char c = m_text.at(m_pos++);
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(RawJsonText::tr("control character in a string"));
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (atEnd())
                return fail(RawJsonText::tr("unterminated escape"));
            const char escape = m_text.at(m_pos++);
            switch (escape) {
            case '"': utf8 += '"'; break;
            case '\\': utf8 += '\\'; break;
            case '/': utf8 += '/'; break;
            case 'b': utf8 += '\b'; break;
            case 'f': utf8 += '\f'; break;
            case 'n': utf8 += '\n'; break;
            case 'r': utf8 += '\r'; break;
            case 't': utf8 += '\t'; break;
            case 'u': {
                char32_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                char32_t codePoint = unit;
                if (QChar::isHighSurrogate(unit) && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    char32_t low = 0;
                    if (!parseHex4(low))
                        return false;
                    codePoint = QChar::isLowSurrogate(low) ? QChar::surrogateToUcs4(char16_t(unit), char16_t(low))
                                                           : char32_t(QChar::ReplacementCharacter);
                } else if (QChar::isSurrogate(unit)) {
                    codePoint = QChar::ReplacementCharacter;
                }
                utf8 += QString::fromUcs4(&codePoint, 1).toUtf8();
                break;
            }
            default: return fail(RawJsonText::tr("invalid escape"));
            }
        }
        out = QString::fromUtf8(utf8);
        return true;
    }

    bool parseNumber(RawJson &value)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return fail(RawJsonText::tr("invalid number"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(RawJsonText::tr("invalid number"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return fail(RawJsonText::tr("invalid number"));
        }
        value.type = RawJson::Type::Number;
        value.number = m_text.mid(start, m_pos - start);
        return true;
    }

    const QByteArray &m_text;
    const int m_maxDepth;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

std::optional<RawJson> parseRawJson(const QByteArray &text, RawJsonError *error, int maxDepth)
{
    return Parser(text, maxDepth).parseDocument(error);
}

std::optional<quint64> parseJsonUint64(const QByteArray &literal)
{
    if (literal.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    for (const char c : literal) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 digit = quint64(c - '0');
        if (value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace mi
