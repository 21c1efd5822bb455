#pragma once

#include <QLineEdit>
#include <QObject>
#include <QPointer>
#include <QString>

class QTableView;

namespace bilan {

// A search box above a list: the rows whose text (any column) does not hold every word typed,
// accents and case ignored, are hidden; Ctrl+F reaches the box while its page is shown. The
// rows stay the model's own (hidden, not filtered through a proxy), so a page that finds its
// rows by number keeps doing so; a reload of the model applies the search again.
class ListSearch : public QObject
{
    Q_OBJECT

public:
    // Puts the box above `view`, in the place the view had in its layout.
    ListSearch(QTableView* view, const QString& placeholder);

    QLineEdit* box() const { return m_box; }
    void apply();

private:
    QTableView* m_view;
    QPointer<QLineEdit> m_box;
};

} // namespace bilan
