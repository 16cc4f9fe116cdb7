#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mi {

// One line of the host specs summary: a label ("OS", "CPU", "Memory", "Disks", "Filesystems",
// "Interfaces"; empty for a continuation line) and the fact in words.
struct SpecSummaryLine
{
    QString label;
    QString text;
    bool operator==(const SpecSummaryLine &other) const { return label == other.label && text == other.text; }
};

// The host payload mackerel-agent would send (POST /api/v0/hosts), summarised for a person: the same
// facts as `inspect`'s text report, sizes in binary units with one decimal. Pure: JSON in, lines out.
// A section the payload leaves out reads "not collected".
QList<SpecSummaryLine> specSummary(const QJsonObject &host);

// 1536 → "1.5 KiB"; MiB, GiB and TiB the same way, one decimal; below 1 KiB in bytes.
QString humanBytes(double bytes);

} // namespace mi
