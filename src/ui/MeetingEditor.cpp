#include "MeetingEditor.h"

#include "ui_MeetingEditor.h"

#include "AttendanceModel.h"
#include "AttendanceStatusDelegate.h"
#include "DateEdits.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "MeetingPrinting.h"
#include "MeetingRepository.h"
#include "MeetingService.h"
#include "MeetingSheets.h"
#include "MessageBox.h"
#include "Parsing.h"
#include "Quorum.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QTextDocument>

#include <algorithm>

namespace bilan {

namespace {

const QString QuorumRuleKey = QStringLiteral("quorum_rule");

bool sameVotes(const std::optional<ResolutionVotes>& a, const std::optional<ResolutionVotes>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->inFavour == b->inFavour && a->against == b->against &&
                  a->abstaining == b->abstaining);
}

// As the secretary sees them: the ids and times the storage keeps are not edits.
bool sameResolutions(const QList<Resolution>& a, const QList<Resolution>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Resolution& x, const Resolution& y) {
                          return x.number == y.number && x.text == y.text &&
                                 x.moverId == y.moverId && x.seconderId == y.seconderId &&
                                 x.outcome == y.outcome && sameVotes(x.votes, y.votes);
                      });
}

} // namespace

MeetingEditor::MeetingEditor(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::MeetingEditor>()),
      m_attendance(new AttendanceModel(database, this))
{
    m_ui->setupUi(this);
    limitToAcceptedDates(m_ui->dateEdit);
    for (MeetingKind kind : {MeetingKind::Agm, MeetingKind::Board, MeetingKind::Executive})
        m_ui->kindCombo->addItem(displayName(kind), static_cast<int>(kind));
    m_ui->attendanceView->setModel(m_attendance);
    m_ui->attendanceView->setItemDelegateForColumn(
        AttendanceModel::Status, new AttendanceStatusDelegate(m_ui->attendanceView));
    // F2, a double click or a typed letter open the status's list (the table's own triggers);
    // Enter does too, since a table only reports it as an activation.
    m_ui->attendanceView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                          QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed);
    connect(m_ui->attendanceView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) {
                if (index.column() == AttendanceModel::Status)
                    m_ui->attendanceView->edit(index);
            });
    // Names, roles and statuses are short and read whole; the organisation takes what is left.
    QHeaderView* header = m_ui->attendanceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttendanceModel::Organisation, QHeaderView::Stretch);
    m_ui->attendanceView->setWordWrap(false);
    m_ui->attendanceView->verticalHeader()->hide();
    m_ui->errorLabel->hide();
    m_ui->noDirectorWarning->hide();
    // Defect 9: a meeting on a day with no director in office is said so before it is saved.
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            &MeetingEditor::updateNoDirectorWarning);
    connect(m_attendance, &QAbstractItemModel::rowsInserted, this,
            &MeetingEditor::updateNoDirectorWarning);
    connect(m_attendance, &QAbstractItemModel::rowsRemoved, this,
            &MeetingEditor::updateNoDirectorWarning);

    connect(m_attendance, &AttendanceModel::quorumChanged, this, &MeetingEditor::updateQuorum);
    connect(m_attendance, &AttendanceModel::errorOccurred, this, &MeetingEditor::showError);
    connect(m_attendance, &AttendanceModel::errorCleared, this, [this](const QString& field) {
        // Only the error that was fixed goes; a refused save stays in sight.
        if (field == m_errorField)
            clearError();
    });
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MeetingEditor::changeDate);
    connect(m_ui->allPresentButton, &QPushButton::clicked, this,
            [this] { m_attendance->setAllStatuses(AttendanceStatus::Present); });
    // The outcome is shown inline by save() itself.
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MeetingEditor::saveAfterAsking);
    // Ctrl+S anywhere in the form, as in the mandates form.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &MeetingEditor::saveAfterAsking);
    setUpMinutesFields();
    setUpPrinting();
    updateQuorum(false, 0, 0);
}

MeetingEditor::~MeetingEditor() = default;

bilan::Status MeetingEditor::newMeeting(QDate day, MeetingKind kind)
{
    clearError();
    loadRule();
    auto loaded = m_attendance->loadForDate(day);
    if (!loaded)
        return loaded;
    m_meetingId = 0;
    m_version = {};
    setDateSilently(day);
    setKind(kind);
    m_ui->titleEdit->clear();
    m_ui->notesEdit->clear();
    loadMinutesFields(Meeting{}, {});
    markClean();
    return {};
}

bilan::Status MeetingEditor::loadMeeting(qint64 meetingId)
{
    clearError();
    loadRule();
    auto meeting = MeetingRepository(m_db).get(meetingId);
    if (!meeting)
        return report(meeting.error());
    auto resolutions = MeetingRepository(m_db).resolutions(meetingId);
    if (!resolutions)
        return report(resolutions.error());
    auto loaded = m_attendance->loadMeeting(meetingId);
    if (!loaded)
        return loaded;
    m_meetingId = meetingId;
    m_version = meeting->updatedAt;
    setDateSilently(meeting->date);
    setKind(meeting->kind);
    m_ui->titleEdit->setText(meeting->title);
    m_ui->notesEdit->setPlainText(meeting->notes);
    loadMinutesFields(*meeting, *resolutions);
    markClean();
    return {};
}

QString MeetingEditor::noDirectorWarning() const
{
    return m_ui->noDirectorWarning->isHidden() ? QString() : m_ui->noDirectorWarning->text();
}

void MeetingEditor::updateNoDirectorWarning()
{
    const QDate day = m_attendance->date();
    const bool none = day.isValid() && m_attendance->rowCount() == 0;
    m_ui->noDirectorWarning->setText(
        none ? tr("No director is in office on %1: the meeting will have no attendance. Check "
                  "the dates of the mandates on the Mandates tab.")
                   .arg(Parsing::formatDate(day))
             : QString());
    m_ui->noDirectorWarning->setVisible(none);
}

void MeetingEditor::saveAfterAsking()
{
    if (!noDirectorWarning().isEmpty() &&
        MessageBox::question(this, tr("No Director in Office"),
                             tr("No director is in office on %1. Save the meeting anyway?")
                                 .arg(Parsing::formatDate(m_attendance->date())),
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Save)
        return;
    (void)save();
}

bilan::Status MeetingEditor::save()
{
    clearError();
    Meeting meeting;
    meeting.id = m_meetingId;
    meeting.date = m_ui->dateEdit->date();
    meeting.kind = kind();
    meeting.title = m_ui->titleEdit->text().trimmed();
    meeting.notes = m_ui->notesEdit->toPlainText();
    meeting.updatedAt = m_version;
    readMinutesFields(meeting);

    auto written = MeetingService(m_db).save(meeting, m_attendance->attendance(),
                                             m_ui->resolutionsPanel->resolutions());
    if (!written) {
        const Error& error = written.error();
        // Another desk saved this meeting since it was loaded: its version replaces the form.
        if (error.changedElsewhere) {
            (void)loadMeeting(m_meetingId);
            return report(error);
        }
        if (error.field == QLatin1String("status") || error.field == QLatin1String("director")) {
            m_attendance->notify(error); // shown through errorOccurred, cleared once fixed
            return error;
        }
        return report(error);
    }
    m_attendance->markSaved();
    m_meetingId = *written;
    MeetingRepository meetings(m_db);
    if (auto stored = meetings.get(m_meetingId))
        m_version = stored->updatedAt;
    // Read back with their ids, so that the next save keeps them.
    if (auto stored = meetings.resolutions(m_meetingId)) {
        const int row = m_ui->resolutionsPanel->currentRow();
        m_ui->resolutionsPanel->setResolutions(*stored);
        m_ui->resolutionsPanel->setCurrentRow(row);
    }
    markClean();
    emit saved(m_meetingId);
    return {};
}

void MeetingEditor::markClean()
{
    Meeting shown;
    readMinutesFields(shown);
    QStringList agenda;
    for (const AgendaItem& item : shown.agenda)
        agenda << item.text;
    m_clean = Clean{m_ui->dateEdit->date(),
                    kind(),
                    m_ui->titleEdit->text(),
                    m_ui->notesEdit->toPlainText(),
                    shown.place,
                    shown.startTime,
                    shown.endTime,
                    agenda,
                    m_ui->resolutionsPanel->resolutions()};
}

bool MeetingEditor::hasUnsavedChanges() const
{
    if (!m_clean)
        return false; // no meeting on the form yet
    return m_ui->dateEdit->date() != m_clean->date || kind() != m_clean->kind ||
           m_ui->titleEdit->text() != m_clean->title ||
           m_ui->notesEdit->toPlainText() != m_clean->notes || m_attendance->isModified() ||
           m_ui->placeEdit->text() != m_clean->place ||
           optionalTime(m_ui->startTimeEdit) != m_clean->startTime ||
           optionalTime(m_ui->endTimeEdit) != m_clean->endTime ||
           m_ui->agendaPanel->items() != m_clean->agenda ||
           !sameResolutions(m_ui->resolutionsPanel->resolutions(), m_clean->resolutions);
}

bool MeetingEditor::confirmLeaving()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved Meeting"),
        tr("The meeting of %1 has unsaved changes.")
            .arg(QLocale().toString(m_ui->dateEdit->date(), QLocale::LongFormat)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        tr("Save them before leaving?"));
    if (answer == QMessageBox::Save)
        return bool(save()); // a failed save is shown and the form stays
    return answer == QMessageBox::Discard;
}

bool MeetingEditor::quorumReached() const
{
    return m_attendance->quorumReached();
}

QString MeetingEditor::quorumText() const
{
    return m_ui->quorumLabel->text();
}

QString MeetingEditor::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bilan::Status MeetingEditor::refreshDirectors()
{
    if (!m_attendance->date().isValid())
        return {};
    const QDate day = m_ui->dateEdit->date();
    // Nothing ticked yet: the fresh list is not a change the secretary made here.
    if (m_meetingId == 0 && !m_attendance->isModified())
        return m_attendance->loadForDate(day);
    return m_attendance->changeDate(day); // a failure is shown through errorOccurred
}

void MeetingEditor::reloadQuorumRule()
{
    loadRule();
}

void MeetingEditor::loadRule()
{
    // A complaint about the former rule goes; the new one is judged below.
    if (m_errorField == QuorumRuleKey)
        clearError();
    auto text = SettingsRepository(m_db).value(QuorumRuleKey);
    QuorumRule rule;
    if (!text) {
        showError(text.message(), text.error().field);
    } else if (!text->isEmpty()) {
        if (auto parsed = Quorum::fromText(*text))
            rule = *parsed;
        else
            // Counting with the usual rule beats refusing to open the meeting; the
            // secretary is told so the setting gets fixed.
            showError(tr("The quorum rule \"%1\" in the settings is not understood; "
                         "counting "
                         "with more than half of the directors in office.")
                          .arg(*text),
                      QuorumRuleKey);
    }
    m_attendance->setRule(rule);
}

void MeetingEditor::changeDate(QDate day)
{
    if (m_settingDate)
        return;
    // The error line is left alone: a refused save or a bad quorum setting stays in sight.
    // A failure is shown through AttendanceModel::errorOccurred and keeps the
    // former list.
    (void)m_attendance->changeDate(day);
}

void MeetingEditor::updateQuorum(bool reached, int present, int required)
{
    const int inOffice = m_attendance->inOfficeCount();
    if (reached) {
        // %n: French agrees "présent" with the count ("1 présent", "2 présents").
        m_ui->quorumLabel->setText(
            tr("Quorum reached: %n present of %1, %2 required", nullptr, present)
                .arg(inOffice)
                .arg(required));
        m_ui->quorumLabel->setStyleSheet(QStringLiteral("color: #1b7f2a; font-weight: bold;"));
    } else {
        m_ui->quorumLabel->setText(
            tr("No quorum: %n present, %1 required", nullptr, present).arg(required));
        m_ui->quorumLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

bilan::Status MeetingEditor::report(bilan::Status status)
{
    if (!status)
        showError(status.message(), status.error().field);
    return status;
}

void MeetingEditor::showError(const QString& message, const QString& field)
{
    if (showFieldError(message, field)) {
        m_errorField = field;
        emit errorOccurred(message, field);
        return;
    }
    m_errorField = field;
    m_ui->errorLabel->setText(ErrorText::sentence(message));
    m_ui->errorLabel->show();
    // The field at fault gets the focus so the secretary can fix it at once.
    if (field == QLatin1String("date"))
        m_ui->dateEdit->setFocus();
    else if (field == QLatin1String("kind"))
        m_ui->kindCombo->setFocus();
    else if (field == QLatin1String("title"))
        m_ui->titleEdit->setFocus();
    emit errorOccurred(message, field);
}

void MeetingEditor::clearError()
{
    m_errorField.clear();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    clearFieldErrors();
}

void MeetingEditor::setDateSilently(QDate day)
{
    m_settingDate = true;
    m_ui->dateEdit->setDate(day);
    m_settingDate = false;
}

void MeetingEditor::setKind(MeetingKind kind)
{
    const int index = m_ui->kindCombo->findData(static_cast<int>(kind));
    m_ui->kindCombo->setCurrentIndex(index < 0 ? 0 : index);
}

MeetingKind MeetingEditor::kind() const
{
    return static_cast<MeetingKind>(m_ui->kindCombo->currentData().toInt());
}

} // namespace bilan
