#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

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
    void setSummary(const QList<QPair<QString, std::optional<qint64>>>& rows);

private:
    std::unique_ptr<Ui::DatabaseSummaryView> m_ui;
};

} // namespace bilan
