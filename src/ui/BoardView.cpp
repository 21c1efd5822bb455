#include "BoardView.h"

#include "ListSearch.h"
#include "ui_BoardView.h"

#include "AttendanceModel.h"
#include "AttendanceRates.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "MandatesPanel.h"
#include "MeetingEditor.h"
#include "MeetingListModel.h"
#include "MeetingRepository.h"
#include "MessageBox.h"
#include "ReloadSupport.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>

#include <algorithm>

namespace bilan {

namespace {

enum RateColumn
{
    RateDirector,
    RatePresent,
    RateRecorded,
    RatePercent,
    RateColumnCount
};

// How many years before the current one the selector offers when no older
// meeting exists.
constexpr int YearsBack = 5;

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BoardView::BoardView(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::BoardView>()),
      m_meetings(new MeetingListModel(database, this))
{
    m_ui->setupUi(this);
    // The editor needs the database, so it is made here rather than by the form.
    m_editor = new MeetingEditor(database, m_ui->editorStack);
    m_ui->editorStack->addWidget(m_editor);
    m_mandates = new MandatesPanel(database, m_ui->mandatesPage);
    m_ui->mandatesLayout->addWidget(m_mandates);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->errorLabel->hide();

    m_ui->meetingsView->setModel(m_meetings);
    addHistoryAction(m_ui->meetingsView, database,
                     historyRowById(m_ui->meetingsView, QStringLiteral("meetings"),
                                    MeetingListModel::MeetingIdRole));
    new ListSearch(m_ui->meetingsView, tr("Search the meetings (date, kind, title)"));
    m_ui->meetingsView->verticalHeader()->hide();
    QHeaderView* header = m_ui->meetingsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::Title, QHeaderView::Stretch);
    m_ui->meetingsView->setWordWrap(false);

    m_ui->ratesTable->setColumnCount(RateColumnCount);
    m_ui->ratesTable->setHorizontalHeaderLabels(
        {tr("Director"), tr("Present"), tr("Meetings"), tr("Rate")});
    m_ui->ratesTable->verticalHeader()->hide();
    m_ui->ratesTable->horizontalHeader()->setSectionResizeMode(RateDirector, QHeaderView::Stretch);

    connect(m_meetings, &MeetingListModel::errorOccurred, this, &BoardView::showError);
    // activated covers the platform's double-click (or single click) and Enter.
    connect(m_ui->meetingsView, &QAbstractItemView::activated, this, &BoardView::openRow);
    connect(m_ui->newMeetingButton, &QPushButton::clicked, this, [this] {
        if (m_editor->confirmLeaving())
            (void)startNewMeeting();
    });
    connect(m_ui->deleteMeetingButton, &QPushButton::clicked, this,
            &BoardView::confirmDeleteSelected);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_ui->meetingsView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &BoardView::confirmDeleteSelected);
    connect(m_ui->meetingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BoardView::updateDeleteButton);
    connect(m_meetings, &QAbstractItemModel::modelReset, this, &BoardView::updateDeleteButton);
    connect(m_editor, &MeetingEditor::saved, this, &BoardView::meetingSaved);
    // The editor and the panel show their errors next to their fields; the window hears of
    // them too.
    connect(m_editor, &MeetingEditor::errorOccurred, this, &BoardView::errorOccurred);
    connect(m_mandates, &MandatesPanel::errorOccurred, this, &BoardView::errorOccurred);
    connect(m_mandates, &MandatesPanel::mandatesChanged, this, &BoardView::mandatesChanged);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &BoardView::selectYear);
    setUpRegister();

    auto filled = fillYears();
    selectYear(m_ui->yearCombo->currentIndex());
    // Loading the year clears the error line; a problem met while filling the selector stays.
    if (!filled)
        showError(filled.message(), filled.error().field);
}

BoardView::~BoardView() = default;

FiscalYear BoardView::year() const
{
    return m_meetings->year();
}

bilan::Status BoardView::setYear(const FiscalYear& year)
{
    int index = m_ui->yearCombo->findData(year.startYear());
    {
        const QSignalBlocker blocker(m_ui->yearCombo);
        if (index < 0) {
            // Kept newest first, like fillYears().
            index = 0;
            while (index < m_ui->yearCombo->count() &&
                   m_ui->yearCombo->itemData(index).toInt() > year.startYear())
                ++index;
            m_ui->yearCombo->insertItem(index, year.name(), year.startYear());
        }
        m_ui->yearCombo->setCurrentIndex(index);
    }
    clearError();
    auto loaded = m_meetings->setYear(year);
    if (!loaded)
        return loaded; // shown through MeetingListModel::errorOccurred
    return refreshRates();
}

bilan::Status BoardView::refresh()
{
    clearError();
    auto loaded = m_meetings->reload();
    if (!loaded)
        return loaded;
    return refreshRates();
}

void BoardView::reloadFromDatabase()
{
    const QVariant selected =
        reload::currentId(m_ui->meetingsView, MeetingListModel::MeetingIdRole);
    if (refresh())
        reload::selectId(m_ui->meetingsView, MeetingListModel::MeetingIdRole, selected);
    if (!m_editor->hasUnsavedChanges())
        (void)m_editor->refreshDirectors();
    m_mandates->reloadFromDatabase();
}

bilan::Status BoardView::openMeeting(qint64 meetingId)
{
    auto opened = m_editor->loadMeeting(meetingId);
    // The editor shows its own errors; it is shown either way so they are seen.
    m_ui->editorStack->setCurrentWidget(m_editor);
    if (opened)
        m_editor->setFocus();
    return opened;
}

bilan::Status BoardView::startNewMeeting()
{
    const FiscalYear shown = year();
    QDate day = m_db.clock().today();
    if (shown.isValid() && !shown.contains(day))
        day = day < shown.firstDay() ? shown.firstDay() : shown.lastDay();
    auto started = m_editor->newMeeting(day);
    m_ui->editorStack->setCurrentWidget(m_editor);
    m_ui->meetingsView->clearSelection();
    return started;
}

bilan::Status BoardView::deleteMeeting(qint64 meetingId)
{
    clearError();
    // Attendance goes with the meeting (ON DELETE CASCADE).
    // The version on the form is checked: a meeting another desk changed since is kept.
    const QDateTime shown = m_editor->meetingId() == meetingId ? m_editor->version() : QDateTime();
    auto removed = MeetingRepository(m_db).remove(meetingId, shown);
    if (!removed) {
        if (removed.error().changedElsewhere) {
            (void)refresh();
            if (m_editor->meetingId() == meetingId && !m_editor->loadMeeting(meetingId))
                m_ui->editorStack->setCurrentWidget(m_ui->placeholderPage);
        }
        return report(removed);
    }
    // The editor must not keep a meeting that no longer exists: a save would fail.
    if (m_editor->meetingId() == meetingId)
        m_ui->editorStack->setCurrentWidget(m_ui->placeholderPage);
    // A year offered only for its meetings leaves the list with its last one.
    if (auto filled = fillYears(year().startYear()); !filled)
        return report(filled);
    auto listed = setYear(FiscalYear(m_ui->yearCombo->currentData().toInt(), m_fiscalStartMonth));
    if (!listed)
        return listed;
    m_ui->meetingsView->setFocus();
    return {};
}

qint64 BoardView::selectedMeetingId() const
{
    const QModelIndexList rows = m_ui->meetingsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_meetings->meetingAt(rows.first().row()).id;
}

QString BoardView::meetingDescription(qint64 meetingId) const
{
    const int row = m_meetings->rowOf(meetingId);
    if (row < 0)
        return {};
    const Meeting meeting = m_meetings->meetingAt(row);
    const QString name =
        tr("%1 of %2")
            .arg(displayName(meeting.kind), QLocale().toString(meeting.date, QLocale::LongFormat));
    return meeting.title.isEmpty() ? name : tr("%1 — %2").arg(name, meeting.title);
}

void BoardView::confirmDeleteSelected()
{
    const qint64 id = selectedMeetingId();
    if (id == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete meeting"),
        tr("Delete the meeting « %1 » and its attendance list? This cannot be undone.")
            .arg(meetingDescription(id)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        (void)deleteMeeting(id);
}

void BoardView::updateDeleteButton()
{
    m_ui->deleteMeetingButton->setEnabled(selectedMeetingId() != 0);
}

void BoardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Re-read on every show: the preferences dialog writes the rule while this page waits.
    m_editor->reloadQuorumRule();
}

void BoardView::showMeetings()
{
    m_ui->tabs->setCurrentWidget(m_ui->meetingsPage);
}

void BoardView::showMandates()
{
    m_ui->tabs->setCurrentWidget(m_ui->mandatesPage);
}

QString BoardView::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

// `keep`: the year to show when the list still offers it.
bilan::Status BoardView::fillYears(std::optional<int> keep)
{
    bilan::Status problem;
    auto month = SettingsRepository(m_db).fiscalStartMonth();
    if (month)
        m_fiscalStartMonth = *month;
    else
        problem = month.error();
    const FiscalYear current = FiscalYear::containing(m_db.clock().today(), m_fiscalStartMonth);
    int oldest = current.startYear() - YearsBack;
    int newest = current.startYear() + 1;
    // The page opens where the secretary's work is: this year once it has a meeting, else the
    // latest year that has one (a database of past years would otherwise open on an empty list).
    int opening = current.startYear();
    // Older meetings (imported minutes, say) stay reachable.
    auto meetings = MeetingRepository(m_db).list({}, {}); // every meeting: open bounds
    if (!meetings) {
        problem = meetings.error();
    } else if (!meetings->isEmpty()) {
        const int first =
            FiscalYear::containing(meetings->first().date, m_fiscalStartMonth).startYear();
        const int last =
            FiscalYear::containing(meetings->last().date, m_fiscalStartMonth).startYear();
        oldest = std::min(oldest, first);
        newest = std::max(newest, last);
        const bool currentHasMeetings =
            std::any_of(meetings->cbegin(), meetings->cend(),
                        [&](const Meeting& meeting) { return current.contains(meeting.date); });
        if (!currentHasMeetings)
            opening = last;
    }

    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    for (int start = newest; start >= oldest; --start)
        m_ui->yearCombo->addItem(FiscalYear(start, m_fiscalStartMonth).name(), start);
    if (keep && m_ui->yearCombo->findData(*keep) >= 0)
        opening = *keep;
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(opening));
    return problem;
}

void BoardView::selectYear(int index)
{
    if (index < 0)
        return;
    (void)setYear(FiscalYear(m_ui->yearCombo->itemData(index).toInt(), m_fiscalStartMonth));
}

bool BoardView::confirmLeaving()
{
    return m_editor->confirmLeaving();
}

void BoardView::openRow(const QModelIndex& index)
{
    const qint64 id = m_meetings->data(index, MeetingListModel::MeetingIdRole).toLongLong();
    if (id <= 0)
        return;
    // The meeting already on the form keeps its edits; another one asks before they are left.
    if (id == m_editor->meetingId() && m_editor->hasUnsavedChanges()) {
        m_ui->editorStack->setCurrentWidget(m_editor);
        return;
    }
    if (m_editor->confirmLeaving())
        (void)openMeeting(id);
}

void BoardView::meetingSaved(qint64 meetingId)
{
    auto meeting = MeetingRepository(m_db).get(meetingId);
    if (!meeting) {
        showError(meeting.message(), meeting.error().field);
        return;
    }
    // A meeting moved into another fiscal year is followed there.
    const FiscalYear saved = FiscalYear::containing(meeting->date, m_fiscalStartMonth);
    // The year it left may have no meeting left.
    if (saved != year())
        (void)fillYears(saved.startYear());
    const bool listed = saved == year() ? refresh().ok() : setYear(saved).ok();
    if (!listed)
        return;
    const int row = m_meetings->rowOf(meetingId);
    if (row >= 0)
        m_ui->meetingsView->selectRow(row);
}

void BoardView::mandatesChanged()
{
    // The checklist follows the board as it now stands; the rates count recorded attendance
    // only, which a mandate change cannot alter.
    (void)m_editor->refreshDirectors();
}

bilan::Status BoardView::refreshRates()
{
    const FiscalYear shown = year();
    auto rates =
        AttendanceRates::perDirector(m_db, shown.firstDay(), shown.lastDay(), MeetingKind::Board);
    if (!rates)
        return report(rates.error());
    const QLocale locale;
    m_ui->ratesTable->setRowCount(0);
    m_ui->ratesTable->setRowCount(static_cast<int>(rates->size()));
    for (int row = 0; row < rates->size(); ++row) {
        const DirectorAttendanceRate& rate = rates->at(row);
        m_ui->ratesTable->setItem(row, RateDirector, new QTableWidgetItem(rate.name));
        m_ui->ratesTable->setItem(row, RatePresent, numberItem(locale.toString(rate.present)));
        m_ui->ratesTable->setItem(row, RateRecorded, numberItem(locale.toString(rate.recorded)));
        const QString percent =
            rate.ratePct ? tr("%1 %").arg(locale.toString(*rate.ratePct, 'f', 0)) : tr("n/a");
        m_ui->ratesTable->setItem(row, RatePercent, numberItem(percent));
    }
    return {};
}

bilan::Status BoardView::report(bilan::Status status)
{
    if (!status)
        showError(status.message(), status.error().field);
    return status;
}

void BoardView::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(ErrorText::sentence(message));
    m_ui->errorLabel->show();
    emit errorOccurred(message, field);
}

void BoardView::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
