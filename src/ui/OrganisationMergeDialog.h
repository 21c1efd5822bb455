#pragma once

#include "Organisation.h"
#include "Result.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

namespace Ui {
class OrganisationMergeDialog;
}

namespace bilan {

// Chooses the organisation a duplicate is merged into, by typing words of its name. Merge runs
// the function it is given with the one chosen; a refusal stays in the dialog with its reason.
class OrganisationMergeDialog : public QDialog
{
    Q_OBJECT

public:
    using Merge = std::function<Status(const Organisation& kept)>;

    explicit OrganisationMergeDialog(QWidget* parent = nullptr);
    ~OrganisationMergeDialog() override;

    // `duplicate` is the one that goes; `organisations` the register (it is left out).
    void setOrganisations(const Organisation& duplicate, const QList<Organisation>& organisations);
    void setMerge(Merge merge) { m_merge = std::move(merge); }
    void setSearchText(const QString& text);
    // The organisations the search shows, in order.
    QStringList shownNames() const;
    bool chooseKept(qint64 id);
    // 0 when none is chosen.
    qint64 keptId() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void applySearch();
    void updateButton();

    std::unique_ptr<Ui::OrganisationMergeDialog> m_ui;
    Organisation m_duplicate;
    QList<Organisation> m_organisations;
    Merge m_merge;
};

} // namespace bilan
