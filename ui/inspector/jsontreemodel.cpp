#include "jsontreemodel.h"

#include "plaintooltip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mi::ui {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node)
{
    auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

void JsonTreeModel::setJson(const QJsonValue &root)
{
    beginResetModel();
    m_json = root;
    m_root = std::make_unique<Node>();
    m_root->value = root;
    build(m_root.get());
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    return createIndex(row, column, nodeFor(parent)->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return QModelIndex();
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

static QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return QObject::tr("{%n keys}", nullptr, int(value.toObject().size()));
    case QJsonValue::Array: return QObject::tr("[%n items]", nullptr, int(value.toArray().size()));
    case QJsonValue::String: return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QString();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *node = nodeFor(index);
    if (role == Qt::DisplayRole)
        return index.column() == Key ? node->key : valueText(node->value);
    if (role == Qt::ToolTipRole)
        return plainToolTip(index.column() == Key ? node->key : valueText(node->value));
    return QVariant();
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == Key ? tr("Key") : tr("Value");
}

} // namespace mi::ui
