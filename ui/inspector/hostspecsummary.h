#pragma once

#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace mi::ui {

// The host specs in words, above the JSON tree: OS, CPUs, memory, disks, filesystems with use,
// interfaces with addresses (mi::specSummary), as plain-text labels in two columns.
class HostSpecSummary : public QWidget
{
    Q_OBJECT
public:
    explicit HostSpecSummary(QWidget *parent = nullptr);

    void setHost(const QJsonObject &host);
    void clear();
    // The summary as text, one "Label: text" line each, as shown (for tests and copying).
    QString text() const;

private:
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace mi::ui
