#pragma once

#include "Database.h"

#include <QFrame>
#include <QTimer>

#include <memory>

namespace Ui {
class FirstRunChecklist;
}

namespace bilan {

// What a new database asks of its director, above the pages: name the cooperative, add (or
// import) the organisations, add the experts, add the board. Each step has a button to the
// page that does it and is ticked once the database holds it (read again every few seconds
// and on refresh()); the list hides itself when every step is done, or when dismissed (kept
// for this database on this desk).
class FirstRunChecklist : public QFrame
{
    Q_OBJECT

public:
    enum class Step
    {
        Cooperative,
        Organisations,
        Experts,
        Board
    };

    explicit FirstRunChecklist(Database& database, QWidget* parent = nullptr);
    ~FirstRunChecklist() override;

    bool isDone(Step step) const;
    bool allDone() const;
    // Whether the list is still wanted: not every step done, not dismissed.
    bool isWanted() const;
    // Hides the list for this database on this desk.
    void dismiss();

public slots:
    // Reads the counts again, ticks the steps done, and hides the list once all are.
    void refresh();

signals:
    void stepRequested(bilan::FirstRunChecklist::Step step);
    void importRequested();

private:
    QString dismissedKey() const;

    Database& m_db;
    std::unique_ptr<Ui::FirstRunChecklist> m_ui;
    QTimer m_timer;
};

} // namespace bilan
