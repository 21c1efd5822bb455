#include "EntryCommands.h"

#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

Organisation coop(const QString& name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = OrganisationKind::Coop;
    return organisation;
}

const QDate Day(2025, 6, 12);

class EntryCommandsTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        auto expert = ExpertRepository(db()).add(alice);
        ASSERT_OK(expert);
        m_expert = *expert;
        auto rucher =
            OrganisationRepository(db()).add(coop(QStringLiteral("Coopérative Le Rucher")));
        ASSERT_OK(rucher);
        m_organisation = *rucher;
    }

    ServiceEntry entry(int minutes, QDate date = Day) const
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = m_expert;
        e.organisationId = m_organisation;
        e.minutes = minutes;
        e.field = QStringLiteral("Comptabilité");
        e.note = QStringLiteral("Clôture");
        return e;
    }

    qint64 count() { return *repo.count({}); }
    qint64 minutes() { return *repo.totalMinutes({}); }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
    ServiceEntryRepository repo{db()};
    EntryCommandContext context{db()};
    QUndoStack stack;
};

TEST_F(EntryCommandsTest, AddThreeUndoOneRedoIt)
{
    QSignalSpy changed(&context, &EntryCommandContext::entriesChanged);
    stack.push(new AddEntryCommand(context, entry(60)));
    stack.push(new AddEntryCommand(context, entry(30)));
    stack.push(new AddEntryCommand(context, entry(15)));
    EXPECT_EQ(count(), 3);
    EXPECT_EQ(minutes(), 105);
    EXPECT_EQ(changed.count(), 3);

    stack.undo();
    EXPECT_EQ(count(), 2);
    EXPECT_EQ(minutes(), 90);
    stack.redo();
    EXPECT_EQ(count(), 3);
    EXPECT_EQ(minutes(), 105);

    stack.undo();
    stack.undo();
    stack.undo();
    EXPECT_EQ(count(), 0);
    EXPECT_FALSE(stack.canUndo());
}

TEST_F(EntryCommandsTest, DeleteThenUndoGivesBackTheSameValuesUnderANewId)
{
    auto id = repo.add(entry(75));
    ASSERT_OK(id);
    auto command = new DeleteEntryCommand(context, *id);
    stack.push(command);
    EXPECT_EQ(count(), 0);
    EXPECT_EQ(command->currentId(), 0);

    stack.undo();
    ASSERT_EQ(count(), 1);
    auto back = repo.list({});
    ASSERT_OK(back);
    const ServiceEntry& restored = back->first();
    EXPECT_EQ(command->currentId(), restored.id);
    EXPECT_EQ(restored.date, Day);
    EXPECT_EQ(restored.expertId, m_expert);
    EXPECT_EQ(restored.organisationId, m_organisation);
    EXPECT_EQ(restored.minutes, 75);
    EXPECT_EQ(restored.field, QStringLiteral("Comptabilité"));
    EXPECT_EQ(restored.note, QStringLiteral("Clôture"));

    // Redo deletes the entry under its new id.
    stack.redo();
    EXPECT_EQ(count(), 0);
}

TEST_F(EntryCommandsTest, EditRestoresTheOldValues)
{
    auto id = repo.add(entry(60));
    ASSERT_OK(id);
    ServiceEntry changed = entry(120, Day.addDays(1));
    changed.id = *id;
    changed.note = QStringLiteral("Budget");
    stack.push(new EditEntryCommand(context, changed));
    EXPECT_EQ(repo.get(*id)->minutes, 120);
    EXPECT_EQ(repo.get(*id)->note, QStringLiteral("Budget"));

    stack.undo();
    EXPECT_EQ(repo.get(*id)->minutes, 60);
    EXPECT_EQ(repo.get(*id)->date, Day);
    EXPECT_EQ(repo.get(*id)->note, QStringLiteral("Clôture"));
    stack.redo();
    EXPECT_EQ(repo.get(*id)->minutes, 120);
}

TEST_F(EntryCommandsTest, LaterCommandsFollowAnEntryReaddedUnderANewId)
{
    auto add = new AddEntryCommand(context, entry(60));
    stack.push(add);
    ServiceEntry changed = entry(90);
    changed.id = add->currentId();
    stack.push(new EditEntryCommand(context, changed));
    stack.undo();
    stack.undo();
    EXPECT_EQ(count(), 0);
    // Another entry first, so the re-added one cannot get its old id back.
    ASSERT_OK(repo.add(entry(10, Day.addDays(3))));

    stack.redo();
    stack.redo();
    EXPECT_TRUE(context.lastError().message.isEmpty()) << context.lastError().message.toStdString();
    EXPECT_EQ(minutes(), 100);
    EXPECT_EQ(repo.get(add->currentId())->minutes, 90);
}

TEST_F(EntryCommandsTest, AnEditBreakingThe24HourRuleFailsWithItsMessage)
{
    ASSERT_OK(repo.add(entry(20 * 60)));
    auto id = repo.add(entry(60));
    ASSERT_OK(id);
    QSignalSpy errors(&context, &EntryCommandContext::errorOccurred);

    ServiceEntry tooMuch = entry(5 * 60);
    tooMuch.id = *id;
    auto* command = new EditEntryCommand(context, tooMuch);
    // Run by hand first to read the command's own error: pushed, it would be deleted.
    command->redo();
    EXPECT_THAT(command->lastError().toStdString(), HasSubstr("more than 24 h"));
    EXPECT_TRUE(command->isObsolete());
    delete command;

    stack.push(new EditEntryCommand(context, tooMuch));
    EXPECT_EQ(stack.count(), 0) << "a command that did nothing is not kept for undo";
    EXPECT_THAT(context.lastError().message.toStdString(), HasSubstr("more than 24 h"));
    EXPECT_EQ(context.lastError().field, QStringLiteral("duration"));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(repo.get(*id)->minutes, 60);
}

TEST_F(EntryCommandsTest, AnUndoRefusedByAClosedYearIsReportedAndNotRepeated)
{
    auto add = new AddEntryCommand(context, entry(60));
    stack.push(add);
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear::containing(Day)));

    stack.undo();
    EXPECT_THAT(add->lastError().toStdString(), HasSubstr("closed"));
    EXPECT_EQ(count(), 1);
    // The entry never left, so redo must not write it a second time.
    stack.redo();
    EXPECT_EQ(count(), 1);
    EXPECT_TRUE(context.lastError().message.isEmpty());
}

// Another desk changes the entry of `id` (its stored version moves on).
void changeElsewhere(ServiceEntryRepository& repository, qint64 id, const QString& note)
{
    auto stored = repository.get(id);
    ASSERT_OK(stored);
    stored->note = note;
    ASSERT_OK(repository.update(*stored));
}

TEST_F(EntryCommandsTest, ADeleteOfAnEntryChangedSinceItWasShownIsRefused)
{
    auto id = repo.add(entry(75));
    ASSERT_OK(id);
    const QDateTime shown = repo.get(*id)->updatedAt;
    changeElsewhere(repo, *id, QStringLiteral("noted at the other desk"));

    stack.push(new DeleteEntryCommand(context, *id, shown));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(context.lastError().changedElsewhere);
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(repo.get(*id)->note, QStringLiteral("noted at the other desk"));
}

TEST_F(EntryCommandsTest, UndoingAnAddDoesNotRemoveWhatAnotherDeskChangedSince)
{
    auto add = new AddEntryCommand(context, entry(60));
    stack.push(add);
    changeElsewhere(repo, add->currentId(), QStringLiteral("noted at the other desk"));

    stack.undo();
    EXPECT_TRUE(context.lastError().changedElsewhere);
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(repo.get(add->currentId())->note, QStringLiteral("noted at the other desk"));
    // The add still stands, so a redo writes nothing more.
    stack.redo();
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryCommandsTest, UndoAndRedoOfADeleteCheckTheVersionThisStackWrote)
{
    auto id = repo.add(entry(75));
    ASSERT_OK(id);
    auto remove = new DeleteEntryCommand(context, *id, repo.get(*id)->updatedAt);
    stack.push(remove);
    stack.undo();
    ASSERT_EQ(count(), 1);
    changeElsewhere(repo, remove->currentId(), QStringLiteral("noted at the other desk"));

    stack.redo();
    EXPECT_TRUE(context.lastError().changedElsewhere);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryCommandsTest, TwoEditsOfOneEntryUndoInTurn)
{
    auto id = repo.add(entry(60));
    ASSERT_OK(id);
    ServiceEntry first = *repo.get(*id);
    first.minutes = 90;
    stack.push(new EditEntryCommand(context, first));
    ServiceEntry second = *repo.get(*id);
    second.minutes = 120;
    stack.push(new EditEntryCommand(context, second));
    ASSERT_EQ(stack.count(), 2);

    stack.undo();
    EXPECT_EQ(repo.get(*id)->minutes, 90);
    stack.undo();
    EXPECT_TRUE(context.lastError().message.isEmpty()) << context.lastError().message.toStdString();
    EXPECT_EQ(repo.get(*id)->minutes, 60);
    stack.redo();
    stack.redo();
    EXPECT_TRUE(context.lastError().message.isEmpty()) << context.lastError().message.toStdString();
    EXPECT_EQ(repo.get(*id)->minutes, 120);
}

} // namespace
