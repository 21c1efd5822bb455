#pragma once

#include "Organisation.h"
#include "Result.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class OrganisationEditor;
}

namespace bilan {

// The form of one organisation: name, kind, region (one of those already used, or a new one),
// sector and network. Save runs the function it is given; a refusal stays in the form with
// its message, so nothing typed is lost.
class OrganisationEditor : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Organisation&)>;

    explicit OrganisationEditor(QWidget* parent = nullptr);
    ~OrganisationEditor() override;

    // The regions offered, and the networks one may choose (the organisation itself left out).
    void setChoices(const QStringList& regions, const QList<Organisation>& networks);
    // What the form shows; id 0 for a new organisation. Its id and version are kept.
    void setOrganisation(const Organisation& organisation);
    Organisation organisation() const;
    void setSave(Save save) { m_save = std::move(save); }
    QString errorText() const;

public slots:
    // Saves; closes only when the save went through.
    void accept() override;

private:
    std::unique_ptr<Ui::OrganisationEditor> m_ui;
    Organisation m_loaded;
    QList<Organisation> m_networks;
    Save m_save;
};

} // namespace bilan
