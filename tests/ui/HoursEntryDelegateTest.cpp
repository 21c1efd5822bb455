// The list's expert editor chooses by id: closing it without a choice never moves an entry to
// another expert, even when the entry's expert is missing from the list offered (added at
// another desk since the list was read).

#include "HoursEntryDelegate.h"
#include "EntryCommands.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QStyleOptionViewItem>
#include <QUndoStack>
#include <QWidget>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class HoursEntryDelegateTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        for (int i = 0; i < 2; ++i) {
            Expert expert;
            expert.name = i == 0 ? QStringLiteral("Alex Roy") : QStringLiteral("Zoé Roy");
            expert.started = QDate(2015, 1, 1);
            auto id = ExpertRepository(db()).add(expert);
            ASSERT_OK(id);
            expert.id = *id;
            m_experts << expert;
        }
        Organisation organisation;
        organisation.name = QStringLiteral("Coop Un");
        organisation.kind = OrganisationKind::Coop;
        auto org = OrganisationRepository(db()).add(organisation);
        ASSERT_OK(org);
        ServiceEntry entry;
        entry.date = QDate(2026, 11, 23);
        entry.expertId = m_experts.at(1).id;
        entry.organisationId = *org;
        entry.minutes = 60;
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }

    // Opens the expert editor on the entry and closes it at once, as Escape-less Tab would.
    qint64 expertAfterEditing(const QList<Expert>& offered)
    {
        ServiceEntryTableModel model(db());
        HoursEntryDelegate delegate;
        delegate.setExperts(offered);
        const QModelIndex cell = model.index(0, ServiceEntryTableModel::Expert);
        QWidget parent;
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, cell));
        delegate.setEditorData(editor.get(), cell);
        delegate.setModelData(editor.get(), &model, cell);
        return ServiceEntryRepository(db()).list({})->first().expertId;
    }

    QList<Expert> m_experts;
};

} // namespace

TEST_F(HoursEntryDelegateTest, ClosingTheEditorKeepsTheSecondExpert)
{
    EXPECT_EQ(expertAfterEditing(m_experts), m_experts.at(1).id);
}

TEST_F(HoursEntryDelegateTest, AnExpertMissingFromTheListIsNotReplacedByTheFirst)
{
    EXPECT_EQ(expertAfterEditing({m_experts.at(0)}), m_experts.at(1).id);
}

TEST_F(HoursEntryDelegateTest, AnEditInTheListOfAnEntryChangedAtAnotherDeskShowsTheStoredOne)
{
    ServiceEntryTableModel model(db());
    QUndoStack stack;
    EntryCommandContext context(db());
    model.setUndoStack(&stack, &context);
    ASSERT_EQ(model.rowCount(), 1);

    // Another desk adds a note after this list was read.
    ServiceEntry elsewhere = ServiceEntryRepository(db()).list({})->first();
    elsewhere.note = QStringLiteral("noted at the other desk");
    ASSERT_OK(ServiceEntryRepository(db()).update(elsewhere));

    // The change made to the row as shown is refused, nothing is overwritten, and the list
    // now shows the stored entry.
    EXPECT_FALSE(
        model.setData(model.index(0, ServiceEntryTableModel::Duration), QStringLiteral("1h30")));
    EXPECT_TRUE(context.lastError().changedElsewhere);
    EXPECT_TRUE(model.lastError().contains(QStringLiteral("changed at another desk")));
    const ServiceEntry stored = ServiceEntryRepository(db()).list({})->first();
    EXPECT_EQ(stored.minutes, 60);
    EXPECT_EQ(stored.note, QStringLiteral("noted at the other desk"));
    EXPECT_EQ(model.index(0, ServiceEntryTableModel::Note).data().toString(),
              QStringLiteral("noted at the other desk"));
    EXPECT_EQ(stack.count(), 0);

    // Made again on the row shown, the change goes through.
    ASSERT_TRUE(
        model.setData(model.index(0, ServiceEntryTableModel::Duration), QStringLiteral("1h30")));
    EXPECT_EQ(ServiceEntryRepository(db()).list({})->first().minutes, 90);
}
