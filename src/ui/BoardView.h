#pragma once

#include "Database.h"
#include "FiscalYear.h"
#include "Result.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class BoardView;
}

class QModelIndex;
class QTextDocument;

namespace bilan {

class MandatesPanel;
class MeetingEditor;
class MeetingListModel;

// The board secretary's page. The Meetings tab: the fiscal year's meetings, the meeting being
// edited beside them, and how often each director attended the board's meetings that year.
// The Mandates tab: who sits on the board, for whom and in which role. It opens on the
// current fiscal year when that year has meetings, else on the latest year that has some.
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(Database& database, QWidget* parent = nullptr);
    ~BoardView() override;

    FiscalYear year() const;
    // Lists the meetings and attendance rates of `year` (added to the selector
    // when missing).
    bilan::Status setYear(const FiscalYear& year);
    // Reads the list and the rates again.
    bilan::Status refresh();
    // Opens a recorded meeting in the editor.
    bilan::Status openMeeting(qint64 meetingId);
    // An unsaved board meeting in the editor, today when today is in the year
    // shown.
    bilan::Status startNewMeeting();

    // Removes a recorded meeting and its attendance without asking (the button and the Delete
    // key ask first), then lists the year again.
    bilan::Status deleteMeeting(qint64 meetingId);
    // The meeting selected in the list; 0 when none is.
    qint64 selectedMeetingId() const;
    // « Board meeting of 2025-06-10 — Regular meeting », to name it in a question.
    QString meetingDescription(qint64 meetingId) const;

    // Asked by the window before it closes or opens another database: unsaved changes to the
    // meeting in the editor are saved, discarded or kept (false) as the user answers.
    Q_INVOKABLE bool confirmLeaving();
    // Another desk changed the database: the meetings, the rates and the mandates are read
    // again, the chosen meeting kept chosen; the meeting being edited is left as typed (its
    // directors are read again only when it has no unsaved change).
    Q_INVOKABLE void reloadFromDatabase();

    MeetingEditor* editor() const { return m_editor; }
    MandatesPanel* mandatesPanel() const { return m_mandates; }
    // Brings the Meetings or the Mandates tab forward.
    void showMeetings();
    void showMandates();
    MeetingListModel* meetingModel() const { return m_meetings; }
    // The error shown under the list; empty when the last action went well.
    QString errorText() const;

    // The register of the resolutions of the fiscal year shown; null (the error shown under
    // the list) when it cannot be read.
    std::unique_ptr<QTextDocument> resolutionRegister();
    // Writes it without asking; the button's menu asks for the file first.
    bilan::Status saveResolutionRegisterPdf(const QString& path);

signals:
    void errorOccurred(const QString& message, const QString& field);

protected:
    // The quorum rule may have changed in the preferences while the page was hidden.
    void showEvent(QShowEvent* event) override;

private:
    // Asks, naming the meeting, before deleteMeeting().
    void confirmDeleteSelected();
    void setUpRegister();
    void printResolutionRegister();
    void chooseResolutionRegisterPdf();
    void updateDeleteButton();
    // The first problem met, after filling what it could. Selects the year to open on.
    bilan::Status fillYears(std::optional<int> keep = std::nullopt);
    void selectYear(int index);
    void openRow(const QModelIndex& index);
    void meetingSaved(qint64 meetingId);
    void mandatesChanged();
    bilan::Status refreshRates();
    bilan::Status report(bilan::Status status);
    void showError(const QString& message, const QString& field);
    void clearError();

    Database& m_db;
    std::unique_ptr<Ui::BoardView> m_ui;
    MeetingListModel* m_meetings = nullptr;
    MeetingEditor* m_editor = nullptr;
    MandatesPanel* m_mandates = nullptr;
    int m_fiscalStartMonth = FiscalYear::DefaultStartMonth;
};

} // namespace bilan
