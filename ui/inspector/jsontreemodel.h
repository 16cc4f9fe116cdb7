#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace mi::ui {

// A read-only tree over a JSON document: objects and arrays are branches, everything else a leaf.
// Column 0 is the key (or [index]), column 1 the value as the JSON would write it.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &root);
    QJsonValue json() const { return m_json; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node *node);
    Node *nodeFor(const QModelIndex &index) const;

    QJsonValue m_json;
    std::unique_ptr<Node> m_root;
};

} // namespace mi::ui
