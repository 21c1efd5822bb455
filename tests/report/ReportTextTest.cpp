// The report's words come from the .ts file through the report's own translator, in the report's
// language whatever the window's, and each enumerator has one name, shared with the window.

#include "ReportText.h"
#include "EnumNames.h"

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

namespace bilan {
namespace {

// Installs the French translation in the application, as the window in French does, for the
// length of a test.
class WindowInFrench
{
public:
    WindowInFrench()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/bilan_fr.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~WindowInFrench() { QCoreApplication::removeTranslator(&m_translator); }
    WindowInFrench(const WindowInFrench&) = delete;
    WindowInFrench& operator=(const WindowInFrench&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

TEST(ReportTextTest, AFrenchReportFromAWindowInEnglish)
{
    EXPECT_EQ(ReportText::tr("Associative life", ReportLanguage::French),
              QStringLiteral("Vie associative"));
    EXPECT_EQ(ReportText::name(MeetingKind::Board, ReportLanguage::French, GrammaticalNumber::Many),
              QStringLiteral("Rencontres du conseil"));
    // The window, with no translator installed, still speaks English.
    EXPECT_EQ(displayName(MeetingKind::Board), QStringLiteral("Board meeting"));
    EXPECT_EQ(QCoreApplication::translate("bilan::ReportText", "Associative life"),
              QStringLiteral("Associative life"));
}

TEST(ReportTextTest, AnEnglishReportFromAWindowInFrench)
{
    const WindowInFrench window;
    ASSERT_TRUE(window.loaded());
    // The Board page's word for a director, in the window and the report alike.
    EXPECT_EQ(displayName(BoardRole::Director), QStringLiteral("Membre du conseil"));
    EXPECT_EQ(ReportText::name(BoardRole::Director, ReportLanguage::English),
              QStringLiteral("Director"));
    EXPECT_EQ(ReportText::tr("Associative life", ReportLanguage::English),
              QStringLiteral("Associative life"));
}

// The window and the report give an enumerator the same name in the same language.
TEST(ReportTextTest, TheWindowAndTheReportNameEnumeratorsAlike)
{
    const WindowInFrench window;
    ASSERT_TRUE(window.loaded());
    for (BoardRole role : allValues<BoardRole>())
        EXPECT_EQ(displayName(role), ReportText::name(role, ReportLanguage::French));
    for (MembershipCategory category : allValues<MembershipCategory>())
        EXPECT_EQ(displayName(category, GrammaticalNumber::Many),
                  ReportText::name(category, ReportLanguage::French, GrammaticalNumber::Many));
    for (FinanceKind kind : allValues<FinanceKind>())
        EXPECT_EQ(displayName(kind), ReportText::name(kind, ReportLanguage::French));
}

template <typename E> void expectDistinctNames(ReportLanguage language)
{
    for (GrammaticalNumber number : {GrammaticalNumber::One, GrammaticalNumber::Many}) {
        QSet<QString> names;
        for (E value : allValues<E>()) {
            const QString name = ReportText::name(value, language, number);
            EXPECT_FALSE(name.trimmed().isEmpty()) << EnumNames<E>::context;
            EXPECT_FALSE(names.contains(name))
                << EnumNames<E>::context << ": " << name.toStdString();
            names.insert(name);
        }
    }
}

TEST(ReportTextTest, EveryEnumeratorHasItsOwnNameInBothLanguages)
{
    for (ReportLanguage language : {ReportLanguage::French, ReportLanguage::English}) {
        expectDistinctNames<OrganisationKind>(language);
        expectDistinctNames<MembershipCategory>(language);
        expectDistinctNames<ExpertRole>(language);
        expectDistinctNames<Gender>(language);
        expectDistinctNames<BoardRole>(language);
        expectDistinctNames<MeetingKind>(language);
        expectDistinctNames<AttendanceStatus>(language);
        expectDistinctNames<Scenario>(language);
        expectDistinctNames<FinanceKind>(language);
        expectDistinctNames<ActivityType>(language);
        expectDistinctNames<Audience>(language);
    }
}

TEST(ReportTextTest, APluralFallsBackToTheSingularWhereAnEnumHasNone)
{
    EXPECT_STREQ(englishName(Scenario::Budget, GrammaticalNumber::Many), "Budget");
    EXPECT_STREQ(englishName(ExpertRole::Trainer, GrammaticalNumber::Many), "Trainers");
    EXPECT_STREQ(englishName(ExpertRole::Trainer), "Trainer");
}

} // namespace
} // namespace bilan
