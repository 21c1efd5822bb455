#pragma once

#include "Clock.h"
#include "Database.h"
#include "Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MembersView;
}

namespace bilan {

class OrganisationTableModel;

// The membership page: every organisation, narrowed by kind, region, category on a chosen day
// and words of its name, with a count line and, beside the list, the selected organisation's
// membership periods, its network or its member organisations, and its hours this fiscal year
// and last. Read-only for now: periods are edited through the import until an editor is added.
class MembersView : public QWidget
{
    Q_OBJECT

public:
    // `clock` gives today (the default "member on" day and the current fiscal year); it must
    // outlive the view.
    MembersView(Database& database, const Clock& clock, QWidget* parent = nullptr);
    ~MembersView() override;

    OrganisationTableModel* model() const { return m_model; }
    // Reads everything again, keeping the filters and the selection when it is still shown.
    bilan::Status reload();
    // Selects the organisation's row (false when it is filtered out).
    bool selectOrganisation(qint64 organisationId);
    // 0 when nothing is selected.
    qint64 selectedOrganisationId() const;
    QString countText() const;
    // The error shown above the list; empty when the last action went well.
    QString errorText() const;

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    void fillFilters();
    void fillRegions();
    void applyFilters();
    void updateCount();
    void showDetail();
    void showError(const QString& message, const QString& field);
    void clearError();

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<Ui::MembersView> m_ui;
    OrganisationTableModel* m_model = nullptr;
};

} // namespace bilan
