#include "hostspecview.h"

#include "hostspecsummary.h"
#include "jsontreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mi::ui {

HostSpecView::HostSpecView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search keys and values…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search keys and values"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    auto *copyButton = new QPushButton(tr("Copy as JSON"), this);
    connect(copyButton, &QPushButton::clicked, this, &HostSpecView::copyJson);
    auto *saveButton = new QPushButton(tr("Save as JSON…"), this);
    connect(saveButton, &QPushButton::clicked, this, &HostSpecView::chooseFileAndSave);

    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_summary = new HostSpecSummary(this);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    m_tree->setAccessibleName(tr("Host payload"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false); // no repaint storms over X forwarding
    m_tree->header()->resizeSection(JsonTreeModel::Key, 280);
    // A fixed value column, not a stretched one: the stretch is worked out when the tree is first
    // shown and repaints it a second time right after (a page of pixels over X forwarding).
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(JsonTreeModel::Value, 760);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(copyButton);
    bar->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
}

void HostSpecView::setHost(const QJsonObject &host, const QString &note)
{
    m_host = host;
    m_model->setJson(host);
    m_summary->setHost(host);
    m_note->setText(note);
    // The top-level sections open; the long lists (cpu, filesystem) stay closed until searched.
    m_tree->expandToDepth(0);
}

void HostSpecView::clear(const QString &reason)
{
    m_host = QJsonObject();
    m_model->setJson(QJsonValue());
    m_summary->clear();
    m_note->setText(reason);
}

void HostSpecView::copyJson()
{
    if (m_host.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_host).toJson(QJsonDocument::Indented)));
    Q_EMIT message(tr("Copied the host payload as JSON."));
}

bool HostSpecView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_host).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void HostSpecView::chooseFileAndSave()
{
    if (m_host.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save the host payload"), QStringLiteral("mackerel-host.json"),
                                   tr("JSON (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        Q_EMIT message(saveTo(path, &error) ? tr("Saved %1").arg(path) : tr("Cannot save %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace mi::ui
