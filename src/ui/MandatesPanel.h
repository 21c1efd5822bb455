#pragma once

#include "Database.h"
#include "MandateWriter.h"
#include "Result.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class MandatesPanel;
}

class QLabel;
class QModelIndex;
class QStringListModel;

namespace bilan {

class MandateTableModel;
class OrganisationMatchModel;

// The board's mandates for the secretary: the list (the board in office first), and a form
// beside it to add one, change one, end one or remove one entered by mistake. Errors from the
// repository are shown next to the field at fault and nothing is written.
class MandatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MandatesPanel(Database& database, QWidget* parent = nullptr);
    ~MandatesPanel() override;

    MandateTableModel* model() const { return m_model; }
    // Reads the mandates, directors and organisations again.
    bilan::Status reload();
    // Another desk changed the database: reload(), the mandate being edited kept chosen and its
    // form as typed.
    void reloadFromDatabase();

    // An empty form for a new mandate starting today.
    void startNewMandate();
    // The mandate in the form, to change it.
    bilan::Status editMandate(qint64 mandateId);
    // 0 while the form holds a new mandate.
    qint64 editedMandateId() const { return m_editedId; }
    MandateInput formInput() const;
    void setFormInput(const MandateInput& input);
    // Adds or updates the mandate in the form; the director is created when new, in the same
    // transaction.
    bilan::Result<qint64> save();

    // The same as filling the form and saving.
    bilan::Result<qint64> addMandate(const MandateInput& input);
    bilan::Status updateMandate(qint64 mandateId, const MandateInput& input);
    bilan::Status endMandate(qint64 mandateId, QDate lastDay);
    // No confirmation asked: the button asks before calling it.
    bilan::Status removeMandate(qint64 mandateId);

    // The message shown next to `field` (director, organisation, role, started, ended), or
    // under the form for the others; empty when none.
    QString fieldError(const QString& field) const;
    QString errorText() const;

signals:
    // After every add, change or removal, so the meetings can list the directors in office.
    void mandatesChanged();
    void errorOccurred(const QString& message, const QString& field);

private:
    void openRow(const QModelIndex& index);
    void currentRowChanged(const QModelIndex& current);
    void endToday();
    void confirmRemove();
    void revert();
    // After a refusal because another desk changed or removed the mandate (RowVersion): the
    // list and the form show what is stored.
    void showStored();
    void updateButtons();
    void updateCount();
    void selectMandate(qint64 mandateId);
    QLabel* errorLabelFor(const QString& field) const;
    bilan::Status report(bilan::Status status);
    void showError(const QString& message, const QString& field);
    void clearErrors();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

    Database& m_db;
    std::unique_ptr<Ui::MandatesPanel> m_ui;
    MandateTableModel* m_model = nullptr;
    OrganisationMatchModel* m_organisations = nullptr;
    QStringListModel* m_directorNames = nullptr;
    qint64 m_editedId = 0;
    // The version of the mandate in the form (RowVersion); invalid for a new one.
    QDateTime m_version;
};

} // namespace bilan
