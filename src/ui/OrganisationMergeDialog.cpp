#include "OrganisationMergeDialog.h"

#include "ui_OrganisationMergeDialog.h"

#include "Parsing.h"

#include <QPushButton>

namespace bilan {

OrganisationMergeDialog::OrganisationMergeDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrganisationMergeDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &OrganisationMergeDialog::applySearch);
    connect(m_ui->organisationsList, &QListWidget::currentRowChanged, this,
            &OrganisationMergeDialog::updateButton);
    connect(m_ui->organisationsList, &QListWidget::itemActivated, this,
            &OrganisationMergeDialog::accept);
    updateButton();
}

OrganisationMergeDialog::~OrganisationMergeDialog() = default;

void OrganisationMergeDialog::setOrganisations(const Organisation& duplicate,
                                               const QList<Organisation>& organisations)
{
    m_duplicate = duplicate;
    m_organisations.clear();
    for (const Organisation& organisation : organisations)
        if (organisation.id != duplicate.id)
            m_organisations << organisation;
    m_ui->explanationLabel->setText(
        tr("\"%1\" will be merged into the organisation you choose below: its hours, membership "
           "periods and board mandates move there, and \"%1\" is deleted. Edit ▸ Undo puts "
           "everything back.")
            .arg(duplicate.name));
    applySearch();
}

void OrganisationMergeDialog::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void OrganisationMergeDialog::applySearch()
{
    const QStringList words =
        Parsing::searchKey(m_ui->searchEdit->text()).split(u' ', Qt::SkipEmptyParts);
    m_ui->organisationsList->clear();
    for (const Organisation& organisation : m_organisations) {
        const QString key = Parsing::searchKey(organisation.name);
        const bool shown = std::all_of(words.cbegin(), words.cend(),
                                       [&key](const QString& word) { return key.contains(word); });
        if (!shown)
            continue;
        auto* item = new QListWidgetItem(organisation.name, m_ui->organisationsList);
        item->setData(Qt::UserRole, organisation.id);
    }
    if (m_ui->organisationsList->count() > 0)
        m_ui->organisationsList->setCurrentRow(0);
    updateButton();
}

QStringList OrganisationMergeDialog::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_ui->organisationsList->count(); ++row)
        names << m_ui->organisationsList->item(row)->text();
    return names;
}

bool OrganisationMergeDialog::chooseKept(qint64 id)
{
    for (int row = 0; row < m_ui->organisationsList->count(); ++row)
        if (m_ui->organisationsList->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_ui->organisationsList->setCurrentRow(row);
            return true;
        }
    return false;
}

qint64 OrganisationMergeDialog::keptId() const
{
    const QListWidgetItem* item = m_ui->organisationsList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString OrganisationMergeDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void OrganisationMergeDialog::updateButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(keptId() != 0);
}

void OrganisationMergeDialog::accept()
{
    const qint64 kept = keptId();
    if (kept == 0)
        return;
    if (m_merge) {
        const auto chosen = std::find_if(m_organisations.cbegin(), m_organisations.cend(),
                                         [kept](const Organisation& o) { return o.id == kept; });
        if (auto merged = m_merge(*chosen); !merged) {
            m_ui->errorLabel->setText(merged.message());
            m_ui->errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace bilan
