#include "MembersView.h"

#include "ui_MembersView.h"

#include "DateEdits.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "ListExport.h"
#include "ListTables.h"
#include "MemberDetail.h"
#include "MembershipPeriodEditor.h"
#include "MembershipPeriodModel.h"
#include "OrganisationTableModel.h"
#include "Parsing.h"
#include "ReadOnlyPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>

namespace bilan {

namespace {

constexpr OrganisationKind Kinds[] = {OrganisationKind::Coop, OrganisationKind::Mutual,
                                      OrganisationKind::Npo, OrganisationKind::Network,
                                      OrganisationKind::Other};

} // namespace

MembersView::MembersView(Database& database, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(database), m_clock(clock), m_ui(std::make_unique<Ui::MembersView>()),
      m_model(new OrganisationTableModel(database, this)),
      m_periods(new MembershipPeriodModel(database, this))
{
    m_ui->setupUi(this);
    limitToAcceptedDates(m_ui->memberOnEdit);
    m_ui->errorLabel->hide();
    // The error line stands out from the filters around it.
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); "
                                                   "background: #b00020; padding: 4px;"));

    m_model->setMemberOn(m_clock.today());
    m_ui->memberOnEdit->setDate(m_clock.today());
    m_ui->organisationsView->setModel(m_model);
    addHistoryAction(m_ui->organisationsView, database,
                     historyRowById(m_ui->organisationsView, QStringLiteral("organisations"),
                                    OrganisationTableModel::OrganisationIdRole));
    m_export = new ListExport(
        m_ui->organisationsView, database,
        [this]() -> Result<TableData> {
            return ListTables::organisations(*m_ui->organisationsView);
        },
        tr("members"), tr("Export &Members List…"), QStringLiteral("exportMembersAction"));
    m_ui->organisationsView->verticalHeader()->hide();
    setUpColumns();
    // The list, whose names are what the page is read by, takes two thirds at any size until
    // the user drags the splitter (see eventFilter).
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({660, 330});
    m_ui->splitter->installEventFilter(this);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    QFont titleFont = m_ui->detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->detailTitle->setFont(titleFont);

    m_ui->periodsTable->setModel(m_periods);
    addHistoryAction(m_ui->periodsTable, database,
                     historyRowById(m_ui->periodsTable, QStringLiteral("memberships"),
                                    MembershipPeriodModel::MembershipIdRole));
    m_ui->periodsTable->verticalHeader()->hide();
    m_ui->periodsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->periodEditor->hide();

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

    // A refused write is shown in the editor that made it; a failed read above the list.
    connect(m_periods, &MembershipPeriodModel::errorOccurred, this,
            [this](const QString& message, const QString& field) {
                if (m_ui->periodEditor->isHidden()) {
                    showError(message, field);
                    return;
                }
                m_ui->periodEditor->showError(message, field);
                emit errorOccurred(message, field);
            });
    connect(m_periods, &QAbstractItemModel::modelReset, this, &MembersView::updatePeriodButtons);
    connect(m_ui->periodsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersView::updatePeriodButtons);
    connect(m_ui->periodsTable, &QAbstractItemView::activated, this, &MembersView::startCorrect);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_ui->periodsTable);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &MembersView::startRemove);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &MembersView::startJoin);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &MembersView::startLeave);
    connect(m_ui->correctButton, &QPushButton::clicked, this, &MembersView::startCorrect);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MembersView::startRemove);
    connect(m_ui->periodEditor, &MembershipPeriodEditor::confirmed, this,
            [this] { (void)confirmPeriod(); });
    connect(m_ui->periodEditor, &MembershipPeriodEditor::cancelled, this,
            &MembersView::cancelPeriod);

    setUpOrganisationActions();
    (void)reload();
}

MembersView::~MembersView() = default;

void MembersView::fillFilters()
{
    m_ui->kindCombo->addItem(tr("All kinds"), -1);
    for (OrganisationKind kind : Kinds)
        m_ui->kindCombo->addItem(displayName(kind), static_cast<int>(kind));

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

bool MembersView::showOrganisation(qint64 organisationId)
{
    if (selectOrganisation(organisationId))
        return true;
    m_ui->searchEdit->clear();
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->regionCombo->setCurrentIndex(0);
    m_ui->categoryCombo->setCurrentIndex(0);
    if (selectOrganisation(organisationId))
        return true;
    // Added since the list was read (on another page or at another desk).
    (void)reload();
    return selectOrganisation(organisationId);
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
    // The editor belongs to the organisation it was opened for.
    if (id != m_shownId)
        cancelPeriod();
    m_shownId = id;
    (void)m_periods->load(id);
    m_ui->membersList->clear();
    m_ui->detailPane->setEnabled(id != 0);
    m_ui->membersLabel->hide();
    m_ui->membersList->hide();
    m_ui->networkLabel->clear();
    m_ui->hoursThisYearLabel->clear();
    m_ui->hoursLastYearLabel->clear();
    if (id == 0) {
        m_ui->detailTitle->setText(tr("Select an organisation to see its memberships."));
        return;
    }
    m_ui->detailTitle->setText(m_model->organisationName(id));
    auto detail = MemberDetailLoader(m_db, m_clock).load(id);
    if (!detail) {
        showError(detail.message(), detail.error().field);
        return;
    }
    showMemberDetail(*detail);
}

void MembersView::showMemberDetail(const MemberDetail& detail)
{
    m_ui->detailTitle->setText(detail.organisation.name);
    m_ui->networkLabel->setText(detail.network ? tr("Network: %1").arg(detail.network->name)
                                               : tr("Network: none"));
    // Only a network has member organisations to list.
    const bool isNetwork = detail.organisation.kind == OrganisationKind::Network;
    m_ui->membersLabel->setVisible(isNetwork);
    m_ui->membersList->setVisible(isNetwork);
    for (const Organisation& member : detail.members)
        m_ui->membersList->addItem(member.name);
    m_ui->hoursThisYearLabel->setText(
        tr("Hours this year (%1): %2")
            .arg(detail.thisYear.name(),
                 Parsing::formatDuration(static_cast<int>(detail.minutesThisYear))));
    m_ui->hoursLastYearLabel->setText(
        tr("Hours last year (%1): %2")
            .arg(detail.lastYear.name(),
                 Parsing::formatDuration(static_cast<int>(detail.minutesLastYear))));
}

MembershipPeriodEditor* MembersView::periodEditor() const
{
    return m_ui->periodEditor;
}

int MembersView::currentPeriodRow() const
{
    const QModelIndex current = m_ui->periodsTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MembersView::selectPeriodRow(int row)
{
    if (row < 0 || row >= m_periods->rowCount())
        return;
    m_ui->periodsTable->selectionModel()->setCurrentIndex(
        m_periods->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MembersView::updatePeriodButtons()
{
    const bool chosen = m_periods->organisationId() != 0;
    const bool running = m_periods->openPeriod().has_value();
    const bool hasPeriods = m_periods->rowCount() > 0;
    // A running period must end before a new one starts; a rejoin is a new period.
    m_ui->joinButton->setEnabled(chosen && !running);
    m_ui->joinButton->setText(hasPeriods ? tr("Re&join…") : tr("&Join…"));
    m_ui->leaveButton->setEnabled(chosen && running);
    m_ui->correctButton->setEnabled(currentPeriodRow() >= 0);
    m_ui->removeButton->setEnabled(currentPeriodRow() >= 0);
}

void MembersView::setReadOnly(bool readOnly, const QString& reason)
{
    m_readOnly = readOnly;
    if (readOnly)
        cancelPeriod();
    ReadOnlyPage::showReason(this, readOnly ? reason : QString());
    ReadOnlyPage::hide(
        {m_ui->joinButton, m_ui->leaveButton, m_ui->correctButton, m_ui->removeButton}, readOnly);
    ReadOnlyPage::hide(organisationButtons(), readOnly);
}

void MembersView::reloadFromDatabase()
{
    // What is typed in the period editor is never thrown away; the next change reloads.
    if (!m_ui->periodEditor->isHidden())
        return;
    if (auto loaded = reload(); !loaded)
        showError(loaded.message(), loaded.error().field);
}

void MembersView::startJoin()
{
    if (m_readOnly || m_periods->organisationId() == 0 || m_periods->openPeriod())
        return;
    m_ui->periodEditor->startJoin(m_clock.today(), m_periods->lastCategory(),
                                  m_periods->rowCount() > 0);
}

void MembersView::startLeave()
{
    if (auto running = m_periods->openPeriod(); running && !m_readOnly)
        m_ui->periodEditor->startLeave(*running, m_clock.today());
}

void MembersView::startCorrect()
{
    if (const int row = currentPeriodRow(); row >= 0 && !m_readOnly)
        m_ui->periodEditor->startCorrect(m_periods->periodAt(row));
}

void MembersView::startRemove()
{
    if (const int row = currentPeriodRow(); row >= 0 && !m_readOnly)
        m_ui->periodEditor->startRemove(m_periods->periodAt(row));
}

Status MembersView::confirmPeriod()
{
    MembershipPeriodEditor* editor = m_ui->periodEditor;
    if (editor->isHidden())
        return {};
    editor->clearErrors();
    const Membership period = editor->period();
    if (editor->mode() == MembershipPeriodEditor::Mode::Remove) {
        if (auto removed = m_periods->remove(period.id); !removed) {
            showStoredPeriod(period, removed.error());
            return removed;
        }
        afterPeriodWrite(0);
        return {};
    }
    auto saved = m_periods->save(period);
    if (!saved) {
        showStoredPeriod(period, saved.error());
        return saved.error();
    }
    afterPeriodWrite(*saved);
    return {};
}

void MembersView::showStoredPeriod(const Membership& period, const Error& error)
{
    if (!error.changedElsewhere || period.id == 0)
        return;
    // The periods were read again (MembershipPeriodModel::failed): the form takes the stored
    // period, or closes when it was removed, and says why.
    MembershipPeriodEditor* editor = m_ui->periodEditor;
    const int row = m_periods->rowOf(period.id);
    if (row < 0) {
        cancelPeriod();
        showError(error.message, error.field);
        return;
    }
    const Membership stored = m_periods->periodAt(row);
    switch (editor->mode()) {
    case MembershipPeriodEditor::Mode::Leave:
        if (stored.isOpen())
            editor->startLeave(stored, period.left);
        else
            editor->startCorrect(stored);
        break;
    case MembershipPeriodEditor::Mode::Remove:
        editor->startRemove(stored);
        break;
    default:
        editor->startCorrect(stored);
        break;
    }
    selectPeriodRow(row);
    editor->showError(error.message, error.field);
}

void MembersView::cancelPeriod()
{
    const bool wasOpen = !m_ui->periodEditor->isHidden();
    m_ui->periodEditor->clearErrors();
    m_ui->periodEditor->hide();
    if (wasOpen)
        m_ui->periodsTable->setFocus();
}

void MembersView::afterPeriodWrite(qint64 membershipId)
{
    m_ui->periodEditor->hide();
    // The list's categories, its "member on" filter and its counts read the periods too.
    if (auto reloaded = reload(); !reloaded)
        return;
    selectPeriodRow(membershipId != 0 ? m_periods->rowOf(membershipId) : 0);
    m_ui->periodsTable->setFocus();
}

void MembersView::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(ErrorText::sentence(message));
    m_ui->errorLabel->show();
    emit errorOccurred(message, field);
}

void MembersView::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
