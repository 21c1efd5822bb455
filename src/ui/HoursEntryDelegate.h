#pragma once

#include "Database.h"
#include "Expert.h"
#include "Organisation.h"

#include <QList>
#include <QStyledItemDelegate>

class QCompleter;
class QLineEdit;

namespace bilan {

class OrganisationMatchModel;

// Gives the hours list's cells the editors of the quick-entry row: a date editor, the experts
// in a list, the organisation with the same accent-blind completion. The model does the
// checking (ServiceEntryTableModel::setData); the editors only make typing easy.
class HoursEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HoursEntryDelegate(QObject* parent = nullptr);

    // The organisations the completion offers (read once by the page for all its lists).
    void setOrganisations(const QList<Organisation>& organisations);
    void setExperts(const QList<Expert>& experts) { m_experts = experts; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    OrganisationMatchModel* m_organisations;
    QList<Expert> m_experts;
};

// Completion of organisation names in `edit` from `matches` (accent- and case-blind), with a
// popup wide enough for long names.
QCompleter* completeOrganisations(QLineEdit* edit, OrganisationMatchModel* matches);

} // namespace bilan
