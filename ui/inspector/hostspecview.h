#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace mi::ui {

class HostSpecSummary;
class JsonTreeModel;

// The host payload mackerel-agent would POST: a summary in words (HostSpecSummary), then a searchable tree, with "copy as JSON" and
// "save as JSON" (written atomically; the save dialog is not a nested event loop).
class HostSpecView : public QWidget
{
    Q_OBJECT
public:
    explicit HostSpecView(QWidget *parent = nullptr);

    void setHost(const QJsonObject &host, const QString &note);
    void clear(const QString &reason);
    QJsonObject host() const { return m_host; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    HostSpecSummary *summary() const { return m_summary; }
    // Writes the payload to `path` atomically; returns false with *error on failure.
    bool saveTo(const QString &path, QString *error) const;

public Q_SLOTS:
    void copyJson();
    void chooseFileAndSave();

Q_SIGNALS:
    void message(const QString &text);

private:
    QJsonObject m_host;
    JsonTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_note = nullptr;
    HostSpecSummary *m_summary = nullptr;
};

} // namespace mi::ui
