#pragma once

#include "Board.h"
#include "Database.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace bilan {

// The board's mandates, read-only: the directors in office first (by role, then name), then the
// ended mandates, most recently ended first. The MandatesPanel edits the selected one in its
// form and reloads the model after each change.
class MandateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Director,
        Organisation,
        Role,
        Started,
        Ended,
        ColumnCount
    };
    enum DataRole
    {
        MandateIdRole = Qt::UserRole + 1,
        // Whether the mandate is in force on the model's day, on every column.
        InOfficeRole,
    };

    explicit MandateTableModel(Database& database, QObject* parent = nullptr);

    // Reads the mandates again; on failure the rows are left as they were and errorOccurred is
    // emitted.
    bilan::Status reload();
    // Ended mandates are listed only when asked for (the board's history grows every year).
    bool showsEnded() const { return m_showEnded; }
    void setShowEnded(bool show);
    // "In office" is judged on this day: today unless set.
    QDate day() const { return m_day; }

    BoardMandate mandateAt(int row) const;
    QString directorNameAt(int row) const;
    QString organisationNameAt(int row) const;
    // -1 when the mandate is not listed.
    int rowOf(qint64 mandateId) const;
    int inOfficeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    struct Row
    {
        BoardMandate mandate;
        QString director;
        QString organisation;
    };
    void applyFilter();

    Database& m_db;
    QDate m_day;
    bool m_showEnded = false;
    // Every mandate read; m_rows is what the filter lets through.
    QList<Row> m_all;
    QList<Row> m_rows;
};

} // namespace bilan
