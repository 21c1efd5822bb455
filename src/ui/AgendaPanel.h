#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class AgendaPanel;
}

namespace bilan {

// A meeting's agenda as the secretary writes it: an ordered list of items, each edited in
// place, added, removed and moved from the keyboard (Insert, F2, Delete, Ctrl+Up, Ctrl+Down)
// or with the buttons beside it.
class AgendaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaPanel(QWidget* parent = nullptr);
    ~AgendaPanel() override;

    void setItems(const QStringList& items);
    // In order, as typed; items left blank are not part of the agenda.
    QStringList items() const;

    // Adds an empty item after the selected one (at the end when none is) and opens it for
    // typing; an item left empty goes away when its editor closes.
    void addItem();
    void removeSelected();
    // Moves the selected item by `step` rows (-1 up, +1 down), keeping it selected.
    void moveSelected(int step);

signals:
    // An item was added, changed, removed or moved.
    void changed();

private:
    void updateButtons();
    void dropIfBlank(QWidget* editor);

    std::unique_ptr<Ui::AgendaPanel> m_ui;
};

} // namespace bilan
