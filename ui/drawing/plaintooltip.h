#pragma once

#include <QString>

namespace mi::ui {

// A tooltip that shows `text` literally. Qt guesses rich text for every tooltip (Qt::mightBeRichText),
// so outside data such as "<img src=file:///…>" would be rendered: here it is escaped inside our own
// markup, its line breaks and spaces kept.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace mi::ui
