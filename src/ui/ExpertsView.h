#pragma once

#include "Database.h"
#include "Expert.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class ExpertsView;
}

class QCompleter;
class QLabel;

namespace bilan {

class ExpertTableModel;
class ListExport;

// The experts' page: the list of experts and, beside it, an editor for the selected expert or
// a new one. Gender and birth year sit apart, in a box that says they are only ever shown
// aggregated. A refused save shows the repository's message next to the field at fault.
class ExpertsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExpertsView(Database& database, QWidget* parent = nullptr);
    ~ExpertsView() override;

    ExpertTableModel* model() const { return m_model; }
    // The experts list's export (right-click, File ▸ Export): the rows shown.
    ListExport* listExport() const { return m_export; }
    // The id of the expert being edited; 0 for a new one.
    qint64 editedId() const { return m_editedId; }
    // The inline error shown for `field` (a repository field name: name, role, fields, region,
    // gender, birth_year, started, ended); empty when none. Unknown fields use the top line.
    QString errorText(const QString& field = {}) const;

    // Empties the editor for a new expert.
    void newExpert();
    // Loads the expert at `row` of the model into the editor.
    void editRow(int row);
    // Adds or updates the expert described by the editor.
    bilan::Status save();

    // A login that may read the experts but not change them (RoleLimits): the editor shows the
    // chosen expert without letting it be changed, no New or Save, and `reason` at the top.
    void setReadOnly(bool readOnly, const QString& reason);
    // Another desk changed the database: the list is read again, the chosen expert kept
    // chosen and the editor left as typed (refilled only when read-only).
    Q_INVOKABLE void reloadFromDatabase();

signals:
    void errorOccurred(const QString& message, const QString& field);
    void expertSaved(qint64 id);

private:
    void loadFieldNames();
    void fillEditor(const Expert& expert);
    Expert expertFromEditor() const;
    void completeField(const QString& text);
    void insertCompletion(const QString& completion);
    void selectExpert(qint64 id);
    void showError(const QString& message, const QString& field);
    void clearErrors();

    Database& m_db;
    std::unique_ptr<Ui::ExpertsView> m_ui;
    ExpertTableModel* m_model = nullptr;
    ListExport* m_export = nullptr;
    QCompleter* m_fieldCompleter = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    qint64 m_editedId = 0;
    // The version of the expert the editor shows (RowVersion); invalid for a new one.
    QDateTime m_version;
    bool m_readOnly = false;
};

} // namespace bilan
