#include "AttendanceModel.h"
#include "AttendanceRates.h"

#include "BoardRepository.h"
#include "EnumNames.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QDate MeetingDay(2025, 6, 10);

class AttendanceModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Organisation coop;
        coop.name = QStringLiteral("Coop Le Rucher");
        coop.kind = OrganisationKind::Coop;
        auto rucher = OrganisationRepository(db()).add(coop);
        ASSERT_OK(rucher);
        m_organisation = *rucher;
        // Eleven directors in office on the meeting's day, the first one president.
        for (int i = 1; i <= 11; ++i) {
            const QString name = QStringLiteral("Director %1").arg(i, 2, 10, QLatin1Char('0'));
            const BoardRole role = i == 1 ? BoardRole::President : BoardRole::Director;
            ASSERT_NO_FATAL_FAILURE(addDirector(name, role, QDate(2024, 6, 1), {}));
        }
        // One who left before the meeting, one who arrives after it.
        ASSERT_NO_FATAL_FAILURE(addDirector(QStringLiteral("Former Director"), BoardRole::Director,
                                            QDate(2022, 6, 1), QDate(2025, 5, 31)));
        ASSERT_NO_FATAL_FAILURE(addDirector(QStringLiteral("Future Director"), BoardRole::Director,
                                            QDate(2025, 6, 11), {}));
    }

    void addDirector(const QString& name, BoardRole role, QDate started, QDate ended)
    {
        BoardRepository board(db());
        auto id = board.addDirector(name);
        ASSERT_OK(id);
        BoardMandate mandate;
        mandate.directorId = *id;
        mandate.organisationId = m_organisation;
        mandate.role = role;
        mandate.started = started;
        mandate.ended = ended;
        ASSERT_OK(board.addMandate(mandate));
        m_directors.insert(name, *id);
    }

    qint64 addMeeting(QDate day)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = MeetingKind::Board;
        meeting.title = QStringLiteral("Regular meeting");
        auto id = MeetingRepository(db()).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    static void markPresent(AttendanceModel& model, int count)
    {
        for (int row = 0; row < count; ++row)
            ASSERT_TRUE(model.setStatus(row, AttendanceStatus::Present));
    }

    qint64 m_organisation = 0;
    QHash<QString, qint64> m_directors;
};

QStringList names(const AttendanceModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, AttendanceModel::Director).data().toString();
    return list;
}

} // namespace

TEST_F(AttendanceModelTest, ListsTheDirectorsInOfficeThatDayAllAbsent)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.loadForDate(MeetingDay));

    ASSERT_EQ(model.rowCount(), 11);
    EXPECT_EQ(model.inOfficeCount(), 11);
    EXPECT_EQ(model.presentCount(), 0);
    EXPECT_FALSE(names(model).contains(QStringLiteral("Former Director")));
    EXPECT_FALSE(names(model).contains(QStringLiteral("Future Director")));
    // inOfficeOn orders by role: the president comes first.
    EXPECT_EQ(model.index(0, AttendanceModel::Director).data().toString(),
              QStringLiteral("Director 01"));
    EXPECT_EQ(model.index(0, AttendanceModel::Role).data().toString(),
              displayName(BoardRole::President));
    EXPECT_EQ(model.index(0, AttendanceModel::Organisation).data().toString(),
              QStringLiteral("Coop Le Rucher"));
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.statusAt(row), AttendanceStatus::Absent);
        EXPECT_EQ(model.index(row, AttendanceModel::Status).data().toString(),
                  displayName(AttendanceStatus::Absent));
    }
    EXPECT_FALSE(model.isModified());
}

TEST_F(AttendanceModelTest, TheFormerDirectorIsListedOnADayInOffice)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.loadForDate(QDate(2025, 5, 31)));
    EXPECT_EQ(model.rowCount(), 12);
    EXPECT_TRUE(names(model).contains(QStringLiteral("Former Director")));
}

TEST_F(AttendanceModelTest, QuorumTurnsOnAndOffAsStatusesChange)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy quorum(&model, &AttendanceModel::quorumChanged);
    ASSERT_OK(model.loadForDate(MeetingDay));
    ASSERT_EQ(quorum.count(), 1);
    EXPECT_EQ(quorum.last(), (QVariantList{false, 0, 6}));

    ASSERT_NO_FATAL_FAILURE(markPresent(model, 5));
    EXPECT_EQ(quorum.count(), 6);
    EXPECT_EQ(quorum.last(), (QVariantList{false, 5, 6}));
    EXPECT_FALSE(model.quorumReached());

    ASSERT_TRUE(model.setData(model.index(5, AttendanceModel::Status),
                              displayName(AttendanceStatus::Present)));
    EXPECT_EQ(quorum.last(), (QVariantList{true, 6, 6}));
    EXPECT_TRUE(model.quorumReached());
    EXPECT_EQ(model.presentCount(), 6);

    ASSERT_TRUE(model.setData(model.index(5, AttendanceModel::Status),
                              QVariant::fromValue(AttendanceStatus::Excused)));
    EXPECT_EQ(quorum.last(), (QVariantList{false, 5, 6}));
    EXPECT_FALSE(model.quorumReached());
    EXPECT_TRUE(model.isModified());
}

TEST_F(AttendanceModelTest, AnotherRuleMovesTheThreshold)
{
    AttendanceModel model(db());
    QSignalSpy quorum(&model, &AttendanceModel::quorumChanged);
    ASSERT_OK(model.loadForDate(MeetingDay));
    ASSERT_NO_FATAL_FAILURE(markPresent(model, 4));
    EXPECT_FALSE(model.quorumReached());
    EXPECT_TRUE(model.quorumReached({QuorumRule::Kind::AtLeast, 4}));

    model.setRule({QuorumRule::Kind::AtLeast, 4});
    EXPECT_EQ(quorum.last(), (QVariantList{true, 4, 4}));
    EXPECT_EQ(model.requiredCount(), 4);
}

TEST_F(AttendanceModelTest, TheCheckBoxMarksPresentOrAbsent)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.loadForDate(MeetingDay));
    const QModelIndex first = model.index(0, AttendanceModel::Director);
    EXPECT_TRUE(model.flags(first) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    ASSERT_TRUE(model.setData(first, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Present);
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    ASSERT_TRUE(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Absent);

    // Unticking an excused director keeps the excuse.
    ASSERT_TRUE(model.setStatus(1, AttendanceStatus::Excused));
    ASSERT_TRUE(model.setData(model.index(1, AttendanceModel::Director), Qt::Unchecked,
                              Qt::CheckStateRole));
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Excused);
}

TEST_F(AttendanceModelTest, StatusAcceptsKeysAndRefusesNonsense)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &AttendanceModel::errorOccurred);
    ASSERT_OK(model.loadForDate(MeetingDay));
    const QModelIndex status = model.index(2, AttendanceModel::Status);
    EXPECT_TRUE(model.flags(status) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(2, AttendanceModel::Role)) & Qt::ItemIsEditable);

    ASSERT_TRUE(model.setData(status, QStringLiteral("excused")));
    EXPECT_EQ(model.statusAt(2), AttendanceStatus::Excused);
    ASSERT_TRUE(model.setData(status, static_cast<int>(AttendanceStatus::Present),
                              AttendanceModel::StatusRole));
    EXPECT_EQ(model.statusAt(2), AttendanceStatus::Present);

    EXPECT_FALSE(model.setData(status, QStringLiteral("asleep")));
    EXPECT_FALSE(model.setData(status, 7));
    EXPECT_EQ(model.statusAt(2), AttendanceStatus::Present);
    ASSERT_EQ(errors.count(), 2);
    EXPECT_EQ(errors.first().at(1).toString(), QStringLiteral("status"));
    EXPECT_FALSE(model.lastError().isEmpty());
}

TEST_F(AttendanceModelTest, SavesAndReloadsAMeeting)
{
    const qint64 meetingId = addMeeting(MeetingDay);
    ASSERT_NE(meetingId, 0);
    {
        AttendanceModel model(db());
        ASSERT_OK(model.loadForDate(MeetingDay));
        ASSERT_NO_FATAL_FAILURE(markPresent(model, 7));
        ASSERT_TRUE(model.setStatus(10, AttendanceStatus::Excused));
        ASSERT_OK(model.save(meetingId));
        EXPECT_FALSE(model.isModified());
    }
    auto recorded = MeetingRepository(db()).attendance(meetingId);
    ASSERT_OK(recorded);
    EXPECT_EQ(recorded->size(), 11);

    m_test.reopen();
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy quorum(&model, &AttendanceModel::quorumChanged);
    ASSERT_OK(model.loadMeeting(meetingId));
    EXPECT_EQ(model.date(), MeetingDay);
    EXPECT_EQ(model.rowCount(), 11);
    EXPECT_EQ(model.presentCount(), 7);
    EXPECT_EQ(model.statusAt(10), AttendanceStatus::Excused);
    EXPECT_EQ(model.statusAt(9), AttendanceStatus::Absent);
    EXPECT_EQ(quorum.last(), (QVariantList{true, 7, 6}));

    // Saving again replaces the list rather than adding to it.
    model.setAllStatuses(AttendanceStatus::Absent);
    EXPECT_EQ(model.presentCount(), 0);
    ASSERT_OK(model.save(meetingId));
    AttendanceModel again(db());
    ASSERT_OK(again.loadMeeting(meetingId));
    EXPECT_EQ(again.presentCount(), 0);
    EXPECT_EQ(again.rowCount(), 11);
}

TEST_F(AttendanceModelTest, ASaveThatFailsIsReported)
{
    AttendanceModel model(db());
    QSignalSpy errors(&model, &AttendanceModel::errorOccurred);
    ASSERT_OK(model.loadForDate(MeetingDay));
    ASSERT_NO_FATAL_FAILURE(markPresent(model, 3));
    EXPECT_FALSE(model.save(4242).ok());
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(model.lastError().isEmpty());
    EXPECT_TRUE(model.isModified());

    // A list made for another day than the meeting's: the newcomer was not in office yet.
    const qint64 earlier = addMeeting(QDate(2025, 5, 1));
    AttendanceModel later(db());
    QSignalSpy laterErrors(&later, &AttendanceModel::errorOccurred);
    ASSERT_OK(later.loadForDate(QDate(2025, 6, 11)));
    ASSERT_TRUE(names(later).contains(QStringLiteral("Future Director")));
    const auto saved = later.save(earlier);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.message().contains(QStringLiteral("Future Director")))
        << saved.message().toStdString();
    EXPECT_EQ(laterErrors.count(), 1);
    // One transaction: nothing of the list was written.
    auto recorded = MeetingRepository(db()).attendance(earlier);
    ASSERT_OK(recorded);
    EXPECT_TRUE(recorded->isEmpty());
}

TEST_F(AttendanceModelTest, ChangingTheDateKeepsTheStatusesOfThoseStillInOffice)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.loadForDate(QDate(2025, 5, 31)));
    model.setAllStatuses(AttendanceStatus::Present);
    EXPECT_EQ(model.presentCount(), 12);
    ASSERT_OK(model.changeDate(MeetingDay));
    EXPECT_EQ(model.rowCount(), 11);
    EXPECT_EQ(model.presentCount(), 11);
    ASSERT_OK(model.changeDate(QDate(2025, 6, 11)));
    EXPECT_EQ(model.rowCount(), 12);
    // The newcomer starts absent.
    EXPECT_EQ(model.presentCount(), 11);
}

TEST_F(AttendanceModelTest, AnInvalidDateIsReported)
{
    AttendanceModel model(db());
    QSignalSpy errors(&model, &AttendanceModel::errorOccurred);
    EXPECT_FALSE(model.loadForDate({}).ok());
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(model.loadMeeting(999).ok());
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(AttendanceModelTest, PerDirectorRatesOverAPeriod)
{
    const qint64 june = addMeeting(MeetingDay);
    const qint64 september = addMeeting(QDate(2025, 9, 16));
    AttendanceModel model(db());
    ASSERT_OK(model.loadForDate(MeetingDay));
    ASSERT_NO_FATAL_FAILURE(markPresent(model, 6));
    ASSERT_OK(model.save(june));
    ASSERT_OK(model.loadForDate(QDate(2025, 9, 16)));
    ASSERT_EQ(model.rowCount(), 12);
    ASSERT_NO_FATAL_FAILURE(markPresent(model, 3));
    ASSERT_OK(model.save(september));

    auto rates = AttendanceRates::perDirector(db(), QDate(2025, 4, 1), QDate(2026, 3, 31));
    ASSERT_OK(rates);
    ASSERT_EQ(rates->size(), 12);
    // Ordered by name: Director 01 was present twice out of two.
    EXPECT_EQ(rates->at(0).name, QStringLiteral("Director 01"));
    EXPECT_EQ(rates->at(0).present, 2);
    EXPECT_EQ(rates->at(0).recorded, 2);
    EXPECT_DOUBLE_EQ(*rates->at(0).ratePct, 100.0);
    for (const DirectorAttendanceRate& rate : std::as_const(*rates)) {
        if (rate.name == QStringLiteral("Future Director")) {
            EXPECT_EQ(rate.recorded, 1);
            EXPECT_DOUBLE_EQ(*rate.ratePct, 0.0);
        }
        if (rate.name == QStringLiteral("Director 05")) {
            EXPECT_EQ(rate.present, 1);
            EXPECT_DOUBLE_EQ(*rate.ratePct, 50.0);
        }
    }

    auto executive = AttendanceRates::perDirector(db(), QDate(2025, 4, 1), QDate(2026, 3, 31),
                                                  MeetingKind::Executive);
    ASSERT_OK(executive);
    EXPECT_TRUE(executive->isEmpty());
}
