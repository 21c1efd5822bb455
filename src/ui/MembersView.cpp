#include "MembersView.h"

#include "ui_MembersView.h"

#include "FiscalYear.h"
#include "OrganisationTableModel.h"
#include "Parsing.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalBlocker>

namespace bilan {

namespace {

constexpr OrganisationKind Kinds[] = {OrganisationKind::Coop, OrganisationKind::Mutual,
                                      OrganisationKind::Npo, OrganisationKind::Network,
                                      OrganisationKind::Other};

enum PeriodColumn
{
    Joined,
    Left,
    PeriodCategory,
    PeriodColumnCount
};

} // namespace

MembersView::MembersView(Database& database, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(database), m_clock(clock), m_ui(std::make_unique<Ui::MembersView>()),
      m_model(new OrganisationTableModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    // The error line stands out from the filters around it.
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); "
                                                   "background: #b00020; padding: 4px;"));

    m_model->setMemberOn(m_clock.today());
    m_ui->memberOnEdit->setDate(m_clock.today());
    m_ui->organisationsView->setModel(m_model);
    m_ui->organisationsView->verticalHeader()->hide();
    m_ui->organisationsView->horizontalHeader()->setSectionResizeMode(OrganisationTableModel::Name,
                                                                      QHeaderView::Stretch);

    m_ui->periodsTable->setColumnCount(PeriodColumnCount);
    m_ui->periodsTable->setHorizontalHeaderLabels({tr("Joined"), tr("Left"), tr("Category")});
    m_ui->periodsTable->verticalHeader()->hide();
    m_ui->periodsTable->horizontalHeader()->setStretchLastSection(true);

    fillFilters();

    connect(m_model, &OrganisationTableModel::errorOccurred, this, &MembersView::showError);
    connect(m_model, &OrganisationTableModel::rowsFiltered, this, &MembersView::updateCount);
    // A reset loses the selection; the detail panel follows it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersView::showDetail);
    connect(m_ui->organisationsView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &MembersView::showDetail);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MembersView::applyFilters);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MembersView::applyFilters);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &MembersView::applyFilters);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &MembersView::applyFilters);
    connect(m_ui->memberOnEdit, &QDateEdit::dateChanged, this, &MembersView::applyFilters);

    (void)reload();
}

MembersView::~MembersView() = default;

void MembersView::fillFilters()
{
    m_ui->kindCombo->addItem(tr("All kinds"), -1);
    for (OrganisationKind kind : Kinds)
        m_ui->kindCombo->addItem(OrganisationTableModel::kindLabel(kind), static_cast<int>(kind));

    using Filter = OrganisationTableModel::CategoryFilter;
    m_ui->categoryCombo->addItem(tr("All"), static_cast<int>(Filter::All));
    m_ui->categoryCombo->addItem(tr("Member"), static_cast<int>(Filter::Member));
    m_ui->categoryCombo->addItem(tr("Auxiliary"), static_cast<int>(Filter::Auxiliary));
    m_ui->categoryCombo->addItem(tr("Supporting"), static_cast<int>(Filter::Supporting));
    m_ui->categoryCombo->addItem(tr("Managed"), static_cast<int>(Filter::Managed));
    m_ui->categoryCombo->addItem(tr("Not a member"), static_cast<int>(Filter::NotMember));
}

void MembersView::fillRegions()
{
    const QString current = m_ui->regionCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->regionCombo);
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItem(tr("All regions"), QString());
    for (const QString& region : m_model->regions())
        m_ui->regionCombo->addItem(region, region);
    const int index = m_ui->regionCombo->findData(current);
    m_ui->regionCombo->setCurrentIndex(index < 0 ? 0 : index);
}

Status MembersView::reload()
{
    const qint64 selected = selectedOrganisationId();
    clearError();
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded;
    fillRegions();
    applyFilters();
    if (selected != 0)
        selectOrganisation(selected);
    return {};
}

void MembersView::applyFilters()
{
    const qint64 selected = selectedOrganisationId();
    const int kind = m_ui->kindCombo->currentData().toInt();
    m_model->setKindFilter(kind < 0 ? std::nullopt
                                    : std::optional(static_cast<OrganisationKind>(kind)));
    m_model->setRegionFilter(m_ui->regionCombo->currentData().toString());
    m_model->setCategoryFilter(static_cast<OrganisationTableModel::CategoryFilter>(
        m_ui->categoryCombo->currentData().toInt()));
    m_model->setMemberOn(m_ui->memberOnEdit->date());
    m_model->setSearchText(m_ui->searchEdit->text());
    // Narrowing the list keeps the organisation being read when it is still shown.
    if (selected != 0)
        selectOrganisation(selected);
}

void MembersView::updateCount()
{
    const int shown = m_model->rowCount();
    const int members = m_model->shownMemberCount();
    const QString day = Parsing::formatDate(m_model->memberOn());
    // English has no plural forms file: the singular is spelled out, the French file adds its own.
    const QString organisations =
        shown == 1 ? tr("1 organisation shown") : tr("%n organisations shown", nullptr, shown);
    const QString memberText = members == 1 ? tr("1 member on %1").arg(day)
                                            : tr("%n members on %1", nullptr, members).arg(day);
    m_ui->countLabel->setText(tr("%1, %2").arg(organisations, memberText));
}

bool MembersView::selectOrganisation(qint64 organisationId)
{
    const int row = m_model->rowOf(organisationId);
    if (row < 0)
        return false;
    m_ui->organisationsView->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 MembersView::selectedOrganisationId() const
{
    const QModelIndex current = m_ui->organisationsView->selectionModel()->currentIndex();
    return current.isValid() ? m_model->organisationAt(current.row()).id : 0;
}

QString MembersView::countText() const
{
    return m_ui->countLabel->text();
}

QString MembersView::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void MembersView::showDetail()
{
    const qint64 id = selectedOrganisationId();
    m_ui->periodsTable->setRowCount(0);
    m_ui->membersList->clear();
    m_ui->detailPane->setEnabled(id != 0);
    if (id == 0) {
        m_ui->detailTitle->setText(tr("Select an organisation to see its memberships."));
        m_ui->networkLabel->clear();
        m_ui->hoursThisYearLabel->clear();
        m_ui->hoursLastYearLabel->clear();
        m_ui->membersLabel->hide();
        m_ui->membersList->hide();
        return;
    }
    const Organisation organisation = m_model->organisationAt(m_model->rowOf(id));
    m_ui->detailTitle->setText(organisation.name);
    m_ui->networkLabel->setText(
        organisation.networkId
            ? tr("Network: %1").arg(m_model->organisationName(*organisation.networkId))
            : tr("Network: none"));

    const QList<Membership> periods = m_model->membershipsOf(id);
    m_ui->periodsTable->setRowCount(static_cast<int>(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const Membership& period = periods[row];
        m_ui->periodsTable->setItem(row, Joined,
                                    new QTableWidgetItem(Parsing::formatDate(period.joined)));
        m_ui->periodsTable->setItem(row, Left,
                                    new QTableWidgetItem(period.isOpen()
                                                             ? tr("still a member")
                                                             : Parsing::formatDate(period.left)));
        m_ui->periodsTable->setItem(
            row, PeriodCategory,
            new QTableWidgetItem(OrganisationTableModel::categoryLabel(period.category)));
    }

    // Only a network has member organisations to list.
    const bool isNetwork = organisation.kind == OrganisationKind::Network;
    m_ui->membersLabel->setVisible(isNetwork);
    m_ui->membersList->setVisible(isNetwork);
    if (isNetwork)
        for (const Organisation& member : m_model->networkMembers(id))
            m_ui->membersList->addItem(member.name);

    auto year = SettingsRepository(m_db).fiscalYearContaining(m_clock.today());
    if (!year) {
        showError(year.message(), year.error().field);
        return;
    }
    const FiscalYear years[] = {year.value(), year.value().previous()};
    QLabel* labels[] = {m_ui->hoursThisYearLabel, m_ui->hoursLastYearLabel};
    ServiceEntryRepository entries(m_db);
    for (int i = 0; i < 2; ++i) {
        ServiceEntryRepository::Filter filter;
        filter.from = years[i].firstDay();
        filter.to = years[i].lastDay();
        filter.organisationId = id;
        auto minutes = entries.totalMinutes(filter);
        if (!minutes) {
            showError(minutes.message(), minutes.error().field);
            labels[i]->clear();
            continue;
        }
        labels[i]->setText(
            (i == 0 ? tr("Hours this year (%1): %2") : tr("Hours last year (%1): %2"))
                .arg(years[i].name(), Parsing::formatDuration(static_cast<int>(minutes.value()))));
    }
}

void MembersView::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    emit errorOccurred(message, field);
}

void MembersView::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
