#pragma once

#include <QWidget>
#include <functional>

namespace mi::ui {

// A tab page whose content is built the first time it is shown (or asked for): the window starts
// without building pages nobody has opened, which over X forwarding also means fewer round trips
// and pixels before the first frame. Any tab can be made lazy: addTab(new LazyTab(factory), label).
class LazyTab : public QWidget
{
    Q_OBJECT
public:
    // `factory` builds the content once, as a child of the page it is given, which owns it.
    explicit LazyTab(std::function<QWidget *(QWidget *page)> factory, QWidget *parent = nullptr);

    // The content, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

Q_SIGNALS:
    // Emitted once, right after the content is built (before it is shown).
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *(QWidget *page)> m_factory;
    QWidget *m_content = nullptr;
};

} // namespace mi::ui
