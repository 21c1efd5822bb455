// MeetingEditor: the attendance sheet and the minutes of the meeting on the form, printed or
// written as PDF.
#include "MeetingEditor.h"

#include "ui_MeetingEditor.h"

#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "DateEdits.h"
#include "EnumNames.h"
#include "MeetingPrinting.h"
#include "MeetingSheets.h"
#include "PaperPreference.h"
#include "Quorum.h"
#include "ResolutionsPanel.h"
#include "SettingsRepository.h"

#include <QMenu>
#include <QTextDocument>

namespace bilan {

MeetingSheetInput MeetingEditor::sheetInput() const
{
    MeetingSheetInput input;
    auto name = SettingsRepository(m_db).value(
        QString::fromLatin1(SettingsRepository::OrganisationNameKey));
    // The sheets print without the organisation's name rather than not at all.
    if (name)
        input.organisationName = *name;
    input.kind = displayName(kind());
    input.title = m_ui->titleEdit->text().trimmed();
    input.date = m_ui->dateEdit->date();
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        MeetingSheetDirector director;
        director.name = m_attendance->index(row, AttendanceModel::Director).data().toString();
        director.role = m_attendance->index(row, AttendanceModel::Role).data().toString();
        director.organisation =
            m_attendance->index(row, AttendanceModel::Organisation).data().toString();
        director.status = m_attendance->statusAt(row);
        input.directors << director;
    }
    input.required = m_attendance->requiredCount();
    input.quorumReached = m_attendance->quorumReached();
    input.quorumRule = Quorum::describe(m_attendance->rule());
    input.notes = m_ui->notesEdit->toPlainText();

    Meeting shown;
    readMinutesFields(shown);
    input.place = shown.place;
    input.startTime = shown.startTime;
    input.endTime = shown.endTime;
    for (const AgendaItem& item : shown.agenda)
        input.agenda << item.text;
    for (const Resolution& resolution : m_ui->resolutionsPanel->resolutions()) {
        MeetingSheetResolution printed;
        printed.number = resolution.number.trimmed();
        printed.text = resolution.text;
        printed.mover = directorName(resolution.moverId);
        printed.seconder = directorName(resolution.seconderId);
        printed.outcome = displayName(resolution.outcome);
        printed.votes = resolution.votes;
        input.resolutions << printed;
    }
    input.secretaryName = signatoryName(BoardRole::SecretaryTreasurer);
    input.presidentName = signatoryName(BoardRole::President);
    return input;
}

QString MeetingEditor::directorName(qint64 directorId) const
{
    if (directorId == 0)
        return {};
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        if (m_attendance->directorIdAt(row) == directorId)
            return m_attendance->index(row, AttendanceModel::Director).data().toString();
    // No longer in office that day (the date changed): still named, as stored.
    auto director = BoardRepository(m_db).director(directorId);
    return director ? director->name : QString();
}

QString MeetingEditor::signatoryName(BoardRole role) const
{
    // The directors in office on the meeting's day, as the attendance lists them.
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        if (m_attendance->roleAt(row) == role)
            return m_attendance->index(row, AttendanceModel::Director).data().toString();
    return {};
}

std::unique_ptr<QTextDocument> MeetingEditor::attendanceSheet() const
{
    return MeetingSheets::attendanceSheet(sheetInput());
}

std::unique_ptr<QTextDocument> MeetingEditor::minutes() const
{
    return MeetingSheets::minutes(sheetInput());
}

bilan::Status MeetingEditor::saveAttendanceSheetPdf(const QString& path)
{
    clearError();
    return report(
        MeetingSheets::writePdf(*attendanceSheet(), path, m_db.path(), PaperPreference::paper()));
}

bilan::Status MeetingEditor::saveMinutesPdf(const QString& path)
{
    clearError();
    return report(MeetingSheets::writePdf(*minutes(), path, m_db.path(), PaperPreference::paper()));
}

void MeetingEditor::setUpPrinting()
{
    auto* sheetMenu = new QMenu(m_ui->attendanceSheetButton);
    sheetMenu->addAction(tr("&Print…"), this, [this] { printDocument(*attendanceSheet()); });
    sheetMenu->addAction(tr("Save as &PDF…"), this, &MeetingEditor::chooseAttendanceSheetPdf);
    m_ui->attendanceSheetButton->setMenu(sheetMenu);
    auto* minutesMenu = new QMenu(m_ui->minutesButton);
    minutesMenu->addAction(tr("P&rint…"), this, [this] { printDocument(*minutes()); });
    minutesMenu->addAction(tr("Save as P&DF…"), this, &MeetingEditor::chooseMinutesPdf);
    m_ui->minutesButton->setMenu(minutesMenu);
}

void MeetingEditor::printDocument(const QTextDocument& document)
{
    clearError();
    MeetingPrinting::preview(this, document, m_db.path());
}

void MeetingEditor::chooseAttendanceSheetPdf()
{
    const QString path = MeetingPrinting::askPdfPath(this, tr("Save the attendance sheet"),
                                                     tr("attendance-sheet-%1.pdf").arg(fileStem()));
    if (!path.isEmpty())
        (void)saveAttendanceSheetPdf(path);
}

void MeetingEditor::chooseMinutesPdf()
{
    const QString path = MeetingPrinting::askPdfPath(this, tr("Save the minutes"),
                                                     tr("minutes-%1.pdf").arg(fileStem()));
    if (!path.isEmpty())
        (void)saveMinutesPdf(path);
}

QString MeetingEditor::fileStem() const
{
    return m_ui->dateEdit->date().toString(Qt::ISODate) + QLatin1Char('-') +
           MeetingPrinting::fileWord(displayName(kind()));
}

} // namespace bilan
