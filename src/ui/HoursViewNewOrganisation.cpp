// The Hours quick-entry row meeting an organisation the register lacks.
#include "HoursView.h"

#include "NewOrganisationPrompt.h"
#include "OrganisationRepository.h"
#include "Parsing.h"
#include "ui_HoursView.h"

namespace bilan {

void HoursView::setUpNewOrganisationPrompt()
{
    m_newOrganisation = new NewOrganisationPrompt(this);
    m_ui->quickEntryLayout->addWidget(m_newOrganisation, m_ui->quickEntryLayout->rowCount(), 0, 1,
                                      m_ui->quickEntryLayout->columnCount());
    connect(m_newOrganisation, &NewOrganisationPrompt::createRequested, this,
            [this] { (void)createOrganisation(); });
    connect(m_newOrganisation, &NewOrganisationPrompt::cancelled, this, [this] {
        m_newOrganisation->hide();
        m_ui->organisationEdit->setFocus();
    });
    // Another name typed: the offer was for the old one.
    connect(m_ui->organisationEdit, &QLineEdit::textEdited, m_newOrganisation, &QWidget::hide);
}

void HoursView::offerNewOrganisation(const OrganisationChoice& choice)
{
    // Ambiguous text names organisations that exist: the message lists them.
    if (choice.outcome != OrganisationChoice::Outcome::NoMatch)
        return;
    m_newOrganisation->ask(Parsing::cleanName(m_ui->organisationEdit->text()),
                           m_mayAddOrganisations);
}

bool HoursView::createOrganisation()
{
    if (!m_mayAddOrganisations || m_newOrganisation->isHidden())
        return false;
    Organisation fresh;
    fresh.name = m_newOrganisation->name();
    fresh.kind = m_newOrganisation->kind();
    auto added = OrganisationRepository(m_db).add(fresh);
    if (!added) {
        m_newOrganisation->showError(added.message());
        return false;
    }
    m_newOrganisation->hide();
    // The row keeps its date, expert, duration, field and note; the name now resolves.
    reloadLists();
    return save();
}

} // namespace bilan
