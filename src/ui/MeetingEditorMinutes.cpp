// MeetingEditor: what the minutes record beside the attendance (place, times, agenda,
// resolutions), and their errors shown under their fields.
#include "MeetingEditor.h"

#include "ui_MeetingEditor.h"

#include "AgendaPanel.h"
#include "AttendanceModel.h"
#include "DateEdits.h"
#include "ErrorText.h"
#include "FiscalYear.h"
#include "MeetingRepository.h"
#include "ResolutionsPanel.h"
#include "SettingsRepository.h"

namespace bilan {

namespace {

bool isResolutionField(const QString& field)
{
    return field == QLatin1String("number") || field == QLatin1String("text") ||
           field == QLatin1String("mover") || field == QLatin1String("seconder") ||
           field == QLatin1String("outcome") || field.startsWith(QLatin1String("votes_"));
}

} // namespace

void MeetingEditor::setUpMinutesFields()
{
    allowNoTime(m_ui->startTimeEdit);
    allowNoTime(m_ui->endTimeEdit);
    for (QLabel* label : {m_ui->placeError, m_ui->timeError, m_ui->agendaError}) {
        ErrorText::fitUnderField(label);
        label->hide();
    }
    // The movers and seconders follow the ticks of the attendance.
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            &MeetingEditor::refreshResolutionDirectors);
    connect(m_attendance, &QAbstractItemModel::dataChanged, this,
            &MeetingEditor::refreshResolutionDirectors);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MeetingEditor::refreshNumberBefore);
    // A field fixed takes its complaint away.
    const auto clearing = [this](QLabel* label) {
        return [label] {
            label->clear();
            label->hide();
        };
    };
    connect(m_ui->placeEdit, &QLineEdit::textEdited, this, clearing(m_ui->placeError));
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this, clearing(m_ui->timeError));
    connect(m_ui->endTimeEdit, &QTimeEdit::timeChanged, this, clearing(m_ui->timeError));
    connect(m_ui->agendaPanel, &AgendaPanel::changed, this, clearing(m_ui->agendaError));
}

void MeetingEditor::loadMinutesFields(const Meeting& meeting, const QList<Resolution>& resolutions)
{
    m_ui->placeEdit->setText(meeting.place);
    setOptionalTime(m_ui->startTimeEdit, meeting.startTime);
    setOptionalTime(m_ui->endTimeEdit, meeting.endTime);
    QStringList agenda;
    for (const AgendaItem& item : meeting.agenda)
        agenda << item.text;
    m_ui->agendaPanel->setItems(agenda);
    refreshResolutionDirectors();
    refreshNumberBefore();
    m_ui->resolutionsPanel->setResolutions(resolutions);
}

void MeetingEditor::readMinutesFields(Meeting& meeting) const
{
    meeting.place = m_ui->placeEdit->text().trimmed();
    meeting.startTime = optionalTime(m_ui->startTimeEdit);
    meeting.endTime = optionalTime(m_ui->endTimeEdit);
    meeting.agenda.clear();
    const QStringList items = m_ui->agendaPanel->items();
    for (int i = 0; i < items.size(); ++i)
        meeting.agenda << AgendaItem{i + 1, items.at(i)};
}

void MeetingEditor::refreshResolutionDirectors()
{
    QList<ResolutionDirector> directors;
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        directors << ResolutionDirector{
            m_attendance->directorIdAt(row),
            m_attendance->index(row, AttendanceModel::Director).data().toString(),
            m_attendance->statusAt(row) == AttendanceStatus::Present};
    m_ui->resolutionsPanel->setDirectors(directors);
}

void MeetingEditor::refreshNumberBefore()
{
    const QDate day = m_ui->dateEdit->date();
    auto month = SettingsRepository(m_db).fiscalStartMonth();
    const FiscalYear year =
        FiscalYear::containing(day, month ? *month : FiscalYear::DefaultStartMonth);
    // The year's resolutions before this meeting's day continue into its numbers; none found
    // (or none readable) starts them at 1.
    auto earlier = MeetingRepository(m_db).resolutionsBetween(year.firstDay(), day.addDays(-1));
    m_ui->resolutionsPanel->setNumberBefore(earlier && !earlier->isEmpty() ? earlier->last().number
                                                                           : QString());
}

bool MeetingEditor::showFieldError(const QString& message, const QString& field)
{
    QLabel* label = nullptr;
    QWidget* focus = nullptr;
    if (field == QLatin1String("place")) {
        label = m_ui->placeError;
        focus = m_ui->placeEdit;
    } else if (field == QLatin1String("start_time") || field == QLatin1String("end_time")) {
        label = m_ui->timeError;
        focus = field == QLatin1String("start_time") ? m_ui->startTimeEdit : m_ui->endTimeEdit;
    } else if (field == QLatin1String("agenda")) {
        m_ui->sectionTabs->setCurrentWidget(m_ui->agendaPage);
        label = m_ui->agendaError;
        focus = m_ui->agendaPanel;
    } else if (isResolutionField(field)) {
        m_ui->sectionTabs->setCurrentWidget(m_ui->resolutionsPage);
        m_ui->resolutionsPanel->showError(message, field);
        return true;
    } else {
        return false;
    }
    ErrorText::show(label, message);
    label->show();
    focus->setFocus();
    return true;
}

void MeetingEditor::clearFieldErrors()
{
    for (QLabel* label : {m_ui->placeError, m_ui->timeError, m_ui->agendaError}) {
        label->clear();
        label->hide();
    }
    m_ui->resolutionsPanel->clearError();
}

QString MeetingEditor::fieldErrorText(const QString& field) const
{
    if (field == QLatin1String("place"))
        return m_ui->placeError->isHidden() ? QString() : m_ui->placeError->text();
    if (field == QLatin1String("start_time") || field == QLatin1String("end_time"))
        return m_ui->timeError->isHidden() ? QString() : m_ui->timeError->text();
    if (field == QLatin1String("agenda"))
        return m_ui->agendaError->isHidden() ? QString() : m_ui->agendaError->text();
    if (isResolutionField(field))
        return m_ui->resolutionsPanel->errorText();
    return errorText();
}

} // namespace bilan
