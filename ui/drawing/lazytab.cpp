#include "lazytab.h"

#include <QVBoxLayout>

namespace mi::ui {

LazyTab::LazyTab(std::function<QWidget *(QWidget *page)> factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyTab::content()
{
    if (!m_content) {
        m_content = m_factory(this);
        Q_ASSERT(m_content);
        m_factory = nullptr;
        layout()->addWidget(m_content);
        // Placed and shown now rather than by the layout's queued show: shown for the first time, the
        // page paints once, with its content, instead of empty and then again.
        layout()->activate();
        m_content->show();
        Q_EMIT built(m_content);
    }
    return m_content;
}

void LazyTab::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace mi::ui
