#pragma once

#include "Database.h"
#include "FiscalYear.h"
#include "Result.h"
#include "ServiceEntry.h"
#include "ServiceEntryRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <array>
#include <functional>
#include <optional>

class QUndoStack;

namespace bilan {

class EntryCommandContext;

// One expert's week, Monday to Sunday: a row per organisation served that week (and those the
// user added to fill in), a column per day, totals on the right and on a last row. Typing a
// duration in a cell makes it that organisation's total for the day: the single entry behind
// the cell is changed (or added, or deleted when the cell is emptied). A cell made of several
// entries is refused: which one to change is for the list to say. Days of a closed fiscal
// year are read-only.
class WeekGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DayCount = 7;
    static constexpr int TotalColumn = DayCount;
    enum Role
    {
        OrganisationIdRole = Qt::UserRole + 1,
        MinutesRole,
        DateRole,
        EntryCountRole,
        // True on the cells of a closed fiscal year's days.
        ClosedRole,
    };

    explicit WeekGridModel(Database& database, QObject* parent = nullptr);

    // Writes go through commands on `stack` (undoable) instead of straight to the repository,
    // and the grid follows every command of the context (undo, redo, the quick-entry row).
    // Both must outlive the model; null pointers write directly again.
    void setUndoStack(QUndoStack* stack, EntryCommandContext* context);

    // The field of expertise a new entry typed in the grid gets when the organisation has no
    // other entry that week (the quick entry's rule: the last field used there).
    void setFieldDefault(std::function<QString(qint64 organisationId)> fieldFor)
    {
        m_fieldFor = std::move(fieldFor);
    }

    void setExpert(qint64 expertId);
    qint64 expertId() const { return m_expertId; }
    // The week holding `day`.
    void setWeek(QDate day);
    void nextWeek() { setWeek(m_monday.addDays(7)); }
    void previousWeek() { setWeek(m_monday.addDays(-7)); }
    QDate weekStart() const { return m_monday; }
    QDate dayDate(int day) const { return m_monday.addDays(day); }
    // Reads the week again, keeping the rows shown (after a change made elsewhere).
    void reload();

    // Appends an empty row for the organisation (or finds its row); -1 if it cannot be read.
    int addOrganisation(qint64 organisationId);
    int rowOf(qint64 organisationId) const;
    qint64 organisationAt(int row) const;
    int totalRow() const { return static_cast<int>(m_rows.size()); }

    int weekTotalMinutes() const;
    int dayTotalMinutes(int day) const;
    int organisationTotalMinutes(int row) const;
    int cellMinutes(int row, int day) const;
    // The closed fiscal year `day` (0 = Monday) falls in, if any.
    std::optional<FiscalYear> closedYear(int day) const;
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Any spelling Parsing::duration accepts; empty (or zero) deletes the cell's single entry.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString& message, const QString& field);
    // The week, the expert or an entry changed: totals shown elsewhere follow.
    void totalsChanged();

private:
    struct Row
    {
        qint64 organisationId = 0;
        QString name;
        std::array<QList<ServiceEntry>, DayCount> days;
    };

    // Starts the rows again from what the week holds (a new week or expert).
    void resetWeek();
    // The week's rows: those in `kept` first, in their order, then the others by name.
    bool readRows(const QList<qint64>& kept, QList<Row>& rows);
    bool readNames();
    bool readClosedDays();
    Status write(const Row& row, int day, int minutes);
    QString displayedMinutes(int minutes, bool blankWhenZero) const;
    void report(const Error& error);

    Database& m_db;
    ServiceEntryRepository m_repository;
    QUndoStack* m_stack = nullptr;
    EntryCommandContext* m_context = nullptr;
    qint64 m_expertId = 0;
    QDate m_monday;
    QList<Row> m_rows;
    std::array<std::optional<FiscalYear>, DayCount> m_closed;
    QHash<qint64, QString> m_names;
    std::function<QString(qint64)> m_fieldFor;
    QString m_lastError;
};

} // namespace bilan
