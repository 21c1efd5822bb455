#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class DatabaseSummaryView;
}

namespace bilan {

// What the open database holds, kind by kind: the overview page.
class DatabaseSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseSummaryView(QWidget* parent = nullptr);
    ~DatabaseSummaryView() override;

    // (what, how many) rows, e.g. ("Organisations", 312); no count: it could not be read.
    using Rows = QList<QPair<QString, std::optional<qint64>>>;
    void setSummary(const Rows& rows);
    // Where the rows are read from, each time the page is shown and when another desk changed
    // the database: the counts are never those of an earlier moment.
    void setSource(std::function<Rows()> source);
    Q_INVOKABLE void reloadFromDatabase();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::function<Rows()> m_source;
    std::unique_ptr<Ui::DatabaseSummaryView> m_ui;
};

} // namespace bilan
