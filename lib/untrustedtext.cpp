#include "untrustedtext.h"

#include <QStringList>

namespace mi {

namespace {

void appendEscape(QString &out, char32_t code)
{
    switch (code) {
    case U'\a': out += QLatin1String("\\a"); return;
    case U'\b': out += QLatin1String("\\b"); return;
    case U'\t': out += QLatin1String("\\t"); return;
    case U'\n': out += QLatin1String("\\n"); return;
    case U'\v': out += QLatin1String("\\v"); return;
    case U'\f': out += QLatin1String("\\f"); return;
    case U'\r': out += QLatin1String("\\r"); return;
    default: break;
    }
    if (code < 0x20) // the rest of C0 in octal, as git writes it: "\033"
        out += QStringLiteral("\\%1").arg(uint(code), 3, 8, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
}

QString escape(QStringView text, bool keepLineEnds)
{
    qsizetype i = 0;
    // Most text needs nothing: find the first code unit that does before copying.
    auto isLineEnd = [&](qsizetype at) {
        const char16_t unit = text.at(at).unicode();
        return keepLineEnds && (unit == u'\n' || (unit == u'\r' && at + 1 < text.size() && text.at(at + 1) == u'\n'));
    };
    for (; i < text.size(); ++i) {
        if (isUnsafeForDisplay(text.at(i).unicode()) && !isLineEnd(i))
            break;
    }
    if (i == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out += text.first(i);
    for (; i < text.size(); ++i) {
        const QChar character = text.at(i);
        const char16_t unit = character.unicode();
        // Every unsafe code point is in the BMP and none is a surrogate, so code units suffice.
        if (isUnsafeForDisplay(unit) && !isLineEnd(i))
            appendEscape(out, unit);
        else
            out += character;
    }
    return out;
}

} // namespace

bool isUnsafeForDisplay(char32_t code)
{
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E)
        || (code >= 0x2066 && code <= 0x2069) || code == 0x200E || code == 0x200F || code == 0x061C || code == 0x2028
        || code == 0x2029;
}

QString escapeUntrusted(QStringView text)
{
    return escape(text, false);
}

QString escapeForTerminal(QStringView text)
{
    return escape(text, true);
}

QString csvCell(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r") + QChar(u'\0');
    QString cell = value;
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    cell = escapeUntrusted(cell);
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString shellQuoted(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (const QChar character : path) {
        const char16_t unit = character.unicode();
        const bool safe = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9')
            || unit == u'/' || unit == u'.' || unit == u'_' || unit == u'-' || unit == u'+' || unit == u':' || unit == u'@'
            || unit == u'%' || unit == u',';
        if (!safe) {
            plain = false;
            break;
        }
    }
    if (plain)
        return path;
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isTrustworthyPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar character : path) {
        if (isUnsafeForDisplay(character.unicode()))
            return false;
    }
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (path.size() > 1 && (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")))
            return false;
    }
    return true;
}

} // namespace mi
