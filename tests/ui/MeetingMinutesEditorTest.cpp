// The meeting editor's minutes fields (issue 13): place and times, the agenda written and
// ordered from the keyboard, resolutions moved and seconded by directors present, all saved
// with the meeting and read back; the minutes and the year's register print them.

#include "MeetingEditor.h"

#include "AgendaPanel.h"
#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "BoardView.h"
#include "MeetingRepository.h"
#include "MeetingService.h"
#include "OrganisationRepository.h"
#include "ResolutionsPanel.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeEdit>

#include <gtest/gtest.h>

#include <functional>

using namespace bilan;

namespace {

const QDate MeetingDay(2025, 6, 10);

class MeetingMinutesEditorTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Organisation coop;
        coop.name = QStringLiteral("Coop Le Rucher");
        coop.kind = OrganisationKind::Coop;
        auto rucher = OrganisationRepository(db()).add(coop);
        ASSERT_OK(rucher);
        BoardRepository board(db());
        // Listed by role, then name: Anne (president), Bruno (secretary), then the directors.
        const std::pair<const char*, BoardRole> people[] = {
            {"Anne Président", BoardRole::President},
            {"Bruno Secrétaire", BoardRole::SecretaryTreasurer},
            {"Carole Membre", BoardRole::Director},
            {"Denis Membre", BoardRole::Director},
            {"Élise Membre", BoardRole::Director},
        };
        for (const auto& [name, role] : people) {
            auto id = board.addDirector(QString::fromUtf8(name));
            ASSERT_OK(id);
            m_ids[QString::fromUtf8(name)] = *id;
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = *rucher;
            mandate.role = role;
            mandate.started = QDate(2024, 6, 1);
            ASSERT_OK(board.addMandate(mandate));
        }
    }

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void setPresent(MeetingEditor& editor, int row, bool present)
    {
        AttendanceModel& model = *editor.attendanceModel();
        ASSERT_TRUE(model.setData(model.index(row, AttendanceModel::Director),
                                  present ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    }

    static QStringList comboTexts(QComboBox* combo)
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts;
    }

    static void choose(QComboBox* combo, qint64 id)
    {
        const int index = combo->findData(id);
        ASSERT_GE(index, 0) << id;
        combo->setCurrentIndex(index);
    }

    // A saved meeting on `day` with everyone present and resolutions numbered `numbers`.
    qint64 addMeetingWithResolutions(QDate day, MeetingKind kind, const QStringList& numbers)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = kind;
        QList<Attendance> attendance;
        for (qint64 id : m_ids)
            attendance << Attendance{0, id, AttendanceStatus::Present, {}, {}};
        QList<Resolution> resolutions;
        for (const QString& number : numbers) {
            Resolution resolution;
            resolution.number = number;
            resolution.text = QStringLiteral("Text of %1.").arg(number);
            resolution.outcome = ResolutionOutcome::Adopted;
            resolutions << resolution;
        }
        auto saved = MeetingService(db()).save(meeting, attendance, resolutions);
        EXPECT_TRUE(saved.ok()) << saved.message().toStdString();
        return saved.ok() ? *saved : 0;
    }

    QMap<QString, qint64> m_ids;
};

TEST_F(MeetingMinutesEditorTest, PlaceTimesAgendaAndAResolutionAreSavedAndReadBack)
{
    MeetingEditor editor(db());
    editor.resize(800, 700);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ASSERT_OK(editor.newMeeting(MeetingDay));
    for (int row = 0; row < 4; ++row)
        ASSERT_NO_FATAL_FAILURE(setPresent(editor, row, true));

    child<QLineEdit>(editor, "placeEdit")->setText(QString::fromUtf8("Siège, Lévis"));
    child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(19, 0));
    child<QTimeEdit>(editor, "endTimeEdit")->setTime(QTime(21, 30));

    // The agenda from the keyboard: Insert, type, Enter; the second moved above the first.
    auto* tabs = child<QTabWidget>(editor, "sectionTabs");
    tabs->setCurrentWidget(child<QWidget>(editor, "agendaPage"));
    auto* items = child<QListWidget>(editor, "itemList");
    items->setFocus();
    for (const char* text : {"Budget", "Opening"}) {
        QTest::keyClick(items, Qt::Key_Insert);
        QApplication::processEvents();
        QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(text));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
    }
    ASSERT_EQ(items->count(), 2);
    EXPECT_EQ(items->currentRow(), 1);
    QTest::keyClick(items, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(items->item(0)->text(), QStringLiteral("Opening"));
    EXPECT_TRUE(editor.hasUnsavedChanges());

    // One resolution, moved and seconded, with its votes.
    tabs->setCurrentWidget(child<QWidget>(editor, "resolutionsPage"));
    QTest::mouseClick(child<QPushButton>(editor, "addResolutionButton"), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(editor, "numberEdit")->text(), QStringLiteral("1"));
    QTest::keyClicks(child<QPlainTextEdit>(editor, "textEdit"),
                     QStringLiteral("That the budget be adopted."));
    ASSERT_NO_FATAL_FAILURE(
        choose(child<QComboBox>(editor, "moverCombo"), m_ids[QStringLiteral("Carole Membre")]));
    ASSERT_NO_FATAL_FAILURE(choose(child<QComboBox>(editor, "seconderCombo"),
                                   m_ids[QString::fromUtf8("Denis Membre")]));
    auto* outcome = child<QComboBox>(editor, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(ResolutionOutcome::Rejected)));
    child<QCheckBox>(editor, "votesCheck")->setChecked(true);
    child<QSpinBox>(editor, "forSpin")->setValue(1);
    child<QSpinBox>(editor, "againstSpin")->setValue(2);
    child<QSpinBox>(editor, "abstainingSpin")->setValue(1);

    ASSERT_OK(editor.save());
    EXPECT_FALSE(editor.hasUnsavedChanges());
    const qint64 id = editor.meetingId();

    // What the storage holds.
    auto stored = MeetingRepository(db()).get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->place, QString::fromUtf8("Siège, Lévis"));
    EXPECT_EQ(stored->startTime, QTime(19, 0));
    EXPECT_EQ(stored->endTime, QTime(21, 30));
    ASSERT_EQ(stored->agenda.size(), 2);
    EXPECT_EQ(stored->agenda[0].text, QStringLiteral("Opening"));
    EXPECT_EQ(stored->agenda[1].text, QStringLiteral("Budget"));
    auto resolutions = MeetingRepository(db()).resolutions(id);
    ASSERT_OK(resolutions);
    ASSERT_EQ(resolutions->size(), 1);
    const Resolution& resolution = resolutions->first();
    EXPECT_EQ(resolution.number, QStringLiteral("1"));
    EXPECT_EQ(resolution.text, QStringLiteral("That the budget be adopted."));
    EXPECT_EQ(resolution.moverId, m_ids[QStringLiteral("Carole Membre")]);
    EXPECT_EQ(resolution.seconderId, m_ids[QStringLiteral("Denis Membre")]);
    EXPECT_EQ(resolution.outcome, ResolutionOutcome::Rejected);
    ASSERT_TRUE(resolution.votes.has_value());
    EXPECT_EQ(resolution.votes->against, 2);

    // And a fresh editor shows it all again, with nothing to save.
    MeetingEditor again(db());
    ASSERT_OK(again.loadMeeting(id));
    EXPECT_FALSE(again.hasUnsavedChanges());
    EXPECT_EQ(child<QLineEdit>(again, "placeEdit")->text(), QString::fromUtf8("Siège, Lévis"));
    EXPECT_EQ(child<QTimeEdit>(again, "startTimeEdit")->time(), QTime(19, 0));
    EXPECT_EQ(child<QListWidget>(again, "itemList")->count(), 2);
    EXPECT_EQ(child<QPlainTextEdit>(again, "textEdit")->toPlainText(),
              QStringLiteral("That the budget be adopted."));
    EXPECT_EQ(child<QComboBox>(again, "moverCombo")->currentText(),
              QStringLiteral("Carole Membre"));
    EXPECT_TRUE(child<QCheckBox>(again, "votesCheck")->isChecked());
    EXPECT_EQ(child<QSpinBox>(again, "forSpin")->value(), 1);

    // A second save keeps the resolution (same id), and the minutes print it all.
    ASSERT_OK(again.save());
    auto kept = MeetingRepository(db()).resolutions(id);
    ASSERT_OK(kept);
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->first().id, resolution.id);
    const QString minutes = again.minutes()->toPlainText();
    for (const char* expected :
         {"Place: Siège, Lévis", "Opening", "Budget", "Resolution 1", "That the budget be adopted.",
          "Proposed by Carole Membre, seconded by Denis Membre.",
          "For: 1, against: 2, abstaining: 1", "Anne Président", "Bruno Secrétaire"})
        EXPECT_TRUE(minutes.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                   << minutes.toStdString();
}

TEST_F(MeetingMinutesEditorTest, MoversAndSecondersAreTheDirectorsMarkedPresent)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    auto* panel = child<ResolutionsPanel>(editor, "resolutionsPanel");
    panel->addResolution();
    auto* mover = child<QComboBox>(editor, "moverCombo");
    auto* seconder = child<QComboBox>(editor, "seconderCombo");
    // Nobody ticked yet: nobody to choose.
    EXPECT_EQ(mover->count(), 1);

    ASSERT_NO_FATAL_FAILURE(setPresent(editor, 2, true)); // Carole
    ASSERT_NO_FATAL_FAILURE(setPresent(editor, 4, true)); // Élise
    EXPECT_EQ(comboTexts(mover),
              QStringList({QStringLiteral("(not recorded)"), QStringLiteral("Carole Membre"),
                           QString::fromUtf8("Élise Membre")}));
    EXPECT_EQ(comboTexts(seconder), comboTexts(mover));

    // Carole moves, then is marked absent: still chosen, and said not present.
    ASSERT_NO_FATAL_FAILURE(choose(mover, m_ids[QStringLiteral("Carole Membre")]));
    ASSERT_NO_FATAL_FAILURE(setPresent(editor, 2, false));
    EXPECT_EQ(mover->currentText(), QStringLiteral("Carole Membre (not marked present)"));
    EXPECT_EQ(comboTexts(seconder),
              QStringList({QStringLiteral("(not recorded)"), QString::fromUtf8("Élise Membre")}));
    EXPECT_EQ(panel->resolutions().first().moverId, m_ids[QStringLiteral("Carole Membre")]);

    // Saving it is refused, and the refusal shows under the resolution's form.
    child<QPlainTextEdit>(editor, "textEdit")->setPlainText(QStringLiteral("That we meet."));
    EXPECT_FALSE(editor.save().ok());
    EXPECT_FALSE(editor.fieldErrorText(QStringLiteral("mover")).isEmpty());
    EXPECT_EQ(child<QTabWidget>(editor, "sectionTabs")->currentWidget(),
              child<QWidget>(editor, "resolutionsPage"));
    EXPECT_EQ(editor.meetingId(), 0);
}

TEST_F(MeetingMinutesEditorTest, NumbersFollowOnFromTheYearsLastResolution)
{
    EXPECT_EQ(ResolutionsPanel::nextNumber(QString()), QStringLiteral("1"));
    EXPECT_EQ(ResolutionsPanel::nextNumber(QStringLiteral("9")), QStringLiteral("10"));
    EXPECT_EQ(ResolutionsPanel::nextNumber(QStringLiteral("CA-2025-07")),
              QStringLiteral("CA-2025-08"));
    EXPECT_EQ(ResolutionsPanel::nextNumber(QStringLiteral("CA-2025-99")),
              QStringLiteral("CA-2025-100"));
    EXPECT_EQ(ResolutionsPanel::nextNumber(QStringLiteral("Budget")), QString());

    // April's meeting (same fiscal year) ended at CA-2025-07; March's (the year before) at 40.
    ASSERT_NE(
        addMeetingWithResolutions(QDate(2025, 3, 20), MeetingKind::Board, {QStringLiteral("40")}),
        0);
    ASSERT_NE(
        addMeetingWithResolutions(QDate(2025, 4, 15), MeetingKind::Board,
                                  {QStringLiteral("CA-2025-06"), QStringLiteral("CA-2025-07")}),
        0);
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    auto* panel = child<ResolutionsPanel>(editor, "resolutionsPanel");
    panel->addResolution();
    panel->addResolution();
    ASSERT_EQ(panel->resolutions().size(), 2);
    EXPECT_EQ(panel->resolutions()[0].number, QStringLiteral("CA-2025-08"));
    EXPECT_EQ(panel->resolutions()[1].number, QStringLiteral("CA-2025-09"));
}

TEST_F(MeetingMinutesEditorTest, EachNewFieldMakesTheMeetingUnsaved)
{
    const qint64 id =
        addMeetingWithResolutions(MeetingDay, MeetingKind::Board, {QStringLiteral("1")});
    ASSERT_NE(id, 0);
    MeetingEditor editor(db());
    const std::function<void()> edits[] = {
        [&] { child<QLineEdit>(editor, "placeEdit")->setText(QStringLiteral("Lévis")); },
        [&] { child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(9, 0)); },
        [&] { child<QTimeEdit>(editor, "endTimeEdit")->setTime(QTime(11, 0)); },
        [&] { child<AgendaPanel>(editor, "agendaPanel")->setItems({QStringLiteral("Item")}); },
        [&] { child<QPlainTextEdit>(editor, "textEdit")->appendPlainText(QStringLiteral("!")); },
        [&] { child<QCheckBox>(editor, "votesCheck")->setChecked(true); },
        [&] { child<ResolutionsPanel>(editor, "resolutionsPanel")->removeSelected(); },
    };
    int index = 0;
    for (const auto& edit : edits) {
        SCOPED_TRACE(index++);
        ASSERT_OK(editor.loadMeeting(id));
        ASSERT_FALSE(editor.hasUnsavedChanges());
        edit();
        EXPECT_TRUE(editor.hasUnsavedChanges());
    }
}

TEST_F(MeetingMinutesEditorTest, ATimeCanBeLeftOutAndEmptiedAgain)
{
    MeetingEditor editor(db());
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ASSERT_OK(editor.newMeeting(MeetingDay));
    auto* start = child<QTimeEdit>(editor, "startTimeEdit");
    EXPECT_EQ(start->text(), QStringLiteral("--:--"));
    start->setFocus();
    QTest::keyClicks(start, QStringLiteral("1930"));
    EXPECT_EQ(start->time(), QTime(19, 30)) << start->text().toStdString();
    QTest::keyClick(start, Qt::Key_Delete);
    EXPECT_EQ(start->text(), QStringLiteral("--:--"));
    ASSERT_OK(editor.save());
    auto stored = MeetingRepository(db()).get(editor.meetingId());
    ASSERT_OK(stored);
    EXPECT_FALSE(stored->startTime.isValid());
    EXPECT_FALSE(stored->endTime.isValid());
}

TEST_F(MeetingMinutesEditorTest, AnEndBeforeTheStartIsShownUnderTheTimes)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(21, 0));
    child<QTimeEdit>(editor, "endTimeEdit")->setTime(QTime(19, 0));
    EXPECT_FALSE(editor.save().ok());
    EXPECT_FALSE(editor.fieldErrorText(QStringLiteral("end_time")).isEmpty());
    EXPECT_TRUE(editor.errorText().isEmpty()) << editor.errorText().toStdString();
    // Fixing the time takes the complaint away.
    child<QTimeEdit>(editor, "endTimeEdit")->setTime(QTime(22, 0));
    EXPECT_TRUE(editor.fieldErrorText(QStringLiteral("end_time")).isEmpty());
    ASSERT_OK(editor.save());
}

TEST_F(MeetingMinutesEditorTest, TheBoardPagePrintsTheYearsRegister)
{
    ASSERT_NE(addMeetingWithResolutions(QDate(2025, 3, 20), MeetingKind::Board,
                                        {QStringLiteral("Old-1")}),
              0);
    ASSERT_NE(addMeetingWithResolutions(QDate(2025, 9, 9), MeetingKind::Board,
                                        {QStringLiteral("CA-10"), QStringLiteral("CA-9")}),
              0);
    ASSERT_NE(
        addMeetingWithResolutions(QDate(2025, 6, 12), MeetingKind::Agm, {QStringLiteral("AG-1")}),
        0);
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    const auto document = view.resolutionRegister();
    ASSERT_TRUE(document);
    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Fiscal year 2025-2026"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Old-1")));
    const int agm = text.indexOf(QStringLiteral("AG-1"));
    const int ninth = text.indexOf(QStringLiteral("CA-9"));
    const int tenth = text.indexOf(QStringLiteral("CA-10"));
    EXPECT_TRUE(agm >= 0 && agm < ninth && ninth < tenth) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("General assembly")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_OK(view.saveResolutionRegisterPdf(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    // A year without resolutions says so.
    ASSERT_OK(view.setYear(FiscalYear(2023)));
    EXPECT_TRUE(view.resolutionRegister()->toPlainText().contains(
        QStringLiteral("No resolution was recorded in fiscal year 2023-2024.")));
}

} // namespace
