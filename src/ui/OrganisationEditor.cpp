#include "OrganisationEditor.h"

#include "ui_OrganisationEditor.h"

#include "EnumNames.h"

#include <QPushButton>

namespace bilan {

OrganisationEditor::OrganisationEditor(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrganisationEditor>())
{
    m_ui->setupUi(this);
    for (OrganisationKind kind :
         {OrganisationKind::Coop, OrganisationKind::Mutual, OrganisationKind::Npo,
          OrganisationKind::Network, OrganisationKind::Other})
        m_ui->kindCombo->addItem(displayName(kind), static_cast<int>(kind));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->nameEdit->setMinimumWidth(m_ui->nameEdit->fontMetrics().averageCharWidth() * 40);
    setChoices({}, {});
}

OrganisationEditor::~OrganisationEditor() = default;

void OrganisationEditor::setChoices(const QStringList& regions, const QList<Organisation>& networks)
{
    const QString region = m_ui->regionCombo->currentText();
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItems(regions);
    m_ui->regionCombo->setCurrentText(region);
    m_networks = networks;
    m_ui->networkCombo->clear();
    m_ui->networkCombo->addItem(tr("No network"), 0);
    for (const Organisation& network : networks)
        m_ui->networkCombo->addItem(network.name, network.id);
}

void OrganisationEditor::setOrganisation(const Organisation& organisation)
{
    m_loaded = organisation;
    setWindowTitle(organisation.id == 0 ? tr("New organisation")
                                        : tr("Organisation: %1").arg(organisation.name));
    m_ui->nameEdit->setText(organisation.name);
    m_ui->kindCombo->setCurrentIndex(
        m_ui->kindCombo->findData(static_cast<int>(organisation.kind)));
    m_ui->regionCombo->setCurrentText(organisation.region);
    m_ui->sectorEdit->setText(organisation.sector);
    const int network = m_ui->networkCombo->findData(organisation.networkId.value_or(0));
    m_ui->networkCombo->setCurrentIndex(network < 0 ? 0 : network);
    m_ui->errorLabel->hide();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

Organisation OrganisationEditor::organisation() const
{
    Organisation organisation = m_loaded;
    organisation.name = m_ui->nameEdit->text();
    organisation.kind = static_cast<OrganisationKind>(m_ui->kindCombo->currentData().toInt());
    organisation.region = m_ui->regionCombo->currentText();
    organisation.sector = m_ui->sectorEdit->text();
    const qint64 network = m_ui->networkCombo->currentData().toLongLong();
    organisation.networkId = network == 0 ? std::nullopt : std::optional<qint64>(network);
    return organisation;
}

QString OrganisationEditor::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void OrganisationEditor::accept()
{
    if (m_save) {
        if (auto saved = m_save(organisation()); !saved) {
            m_ui->errorLabel->setText(saved.message());
            m_ui->errorLabel->show();
            QWidget* at = m_ui->nameEdit;
            if (saved.error().field == QLatin1String("kind"))
                at = m_ui->kindCombo;
            else if (saved.error().field == QLatin1String("network"))
                at = m_ui->networkCombo;
            at->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace bilan
