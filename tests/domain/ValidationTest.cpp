#include "Validation.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The day the tests run on, for the rules that depend on today.
const QDate Today(2026, 6, 1);

// The message and field of a refusal, or a test failure when the value was accepted.
struct Refusal
{
    std::string message;
    std::string field;
};

Refusal refusal(const Status& status)
{
    EXPECT_FALSE(status.ok()) << "accepted";
    return {status.message().toStdString(), status.error().field.toStdString()};
}

Refusal refusal(const Error& error)
{
    return {error.message.toStdString(), error.field.toStdString()};
}

Membership membership(QDate joined, QDate left = {}, qint64 id = 0)
{
    Membership m;
    m.id = id;
    m.organisationId = 1;
    m.joined = joined;
    m.left = left;
    return m;
}

Expert expert()
{
    Expert e;
    e.name = QStringLiteral("Marie Tremblay");
    e.started = QDate(2018, 9, 1);
    return e;
}

ServiceEntry entry(int minutes)
{
    ServiceEntry e;
    e.date = QDate(2019, 5, 1);
    e.minutes = minutes;
    return e;
}

// --- organisations

TEST(Validation, AnOrganisationNeedsAName)
{
    Organisation o;
    o.name = QStringLiteral("   ");
    const Refusal r = refusal(Validation::organisation(o));
    EXPECT_EQ(r.field, "name");
    EXPECT_THAT(r.message, HasSubstr("an organisation needs a name"));
    o.name = QStringLiteral("Coop Le Rucher");
    EXPECT_TRUE(Validation::organisation(o).ok());
}

// --- memberships

TEST(Validation, AMembershipNeedsTheDayItJoined)
{
    const Refusal r = refusal(Validation::membership(membership(QDate())));
    EXPECT_EQ(r.field, "joined");
    EXPECT_THAT(r.message, HasSubstr("the date the organisation joined is required"));
    EXPECT_TRUE(Validation::membership(membership(QDate(2019, 4, 1))).ok());
}

TEST(Validation, AMembershipCannotEndBeforeItStarts)
{
    const Refusal r =
        refusal(Validation::membership(membership(QDate(2019, 4, 1), QDate(2019, 3, 31))));
    EXPECT_EQ(r.field, "left");
    EXPECT_THAT(r.message, HasSubstr("the organisation cannot leave (2019-03-31) before it joined "
                                     "(2019-04-01)"));
    EXPECT_TRUE(Validation::membership(membership(QDate(2019, 4, 1), QDate(2019, 4, 1))).ok());
    EXPECT_TRUE(Validation::membership(membership(QDate(2019, 4, 1), QDate(2019, 4, 2))).ok());
}

TEST(Validation, AMembershipCannotOverlapAnOpenPeriod)
{
    const QList<Membership> others{membership(QDate(2018, 1, 1), QDate(), 7)};
    const Refusal r = refusal(Validation::membershipAgainst(membership(QDate(2019, 4, 1)), others));
    EXPECT_EQ(r.field, "joined");
    EXPECT_THAT(r.message,
                HasSubstr("overlaps the membership from 2018-01-01 to today; a rejoin must start "
                          "on or after the day the previous period ended"));
}

TEST(Validation, ARejoinMayStartOnTheDayThePreviousPeriodEnded)
{
    const QList<Membership> others{membership(QDate(2018, 1, 1), QDate(2019, 4, 1), 7)};
    EXPECT_TRUE(Validation::membershipAgainst(membership(QDate(2019, 4, 1)), others).ok());

    const Refusal r =
        refusal(Validation::membershipAgainst(membership(QDate(2019, 3, 31)), others));
    EXPECT_EQ(r.field, "joined");
    EXPECT_THAT(r.message, HasSubstr("overlaps the membership from 2018-01-01 to 2019-04-01"));
}

TEST(Validation, APeriodThatEndsBeforeAnotherStartsDoesNotOverlapIt)
{
    const QList<Membership> others{membership(QDate(2020, 1, 1), QDate(), 7)};
    EXPECT_TRUE(
        Validation::membershipAgainst(membership(QDate(2018, 1, 1), QDate(2020, 1, 1)), others)
            .ok());
    EXPECT_FALSE(
        Validation::membershipAgainst(membership(QDate(2018, 1, 1), QDate(2020, 1, 2)), others)
            .ok());
}

TEST(Validation, AnEditedMembershipIsNotComparedWithItself)
{
    const QList<Membership> others{membership(QDate(2018, 1, 1), QDate(), 7)};
    EXPECT_TRUE(
        Validation::membershipAgainst(membership(QDate(2018, 6, 1), QDate(), 7), others).ok());
    // Two unsaved periods (id 0) are different periods.
    const QList<Membership> unsaved{membership(QDate(2018, 1, 1))};
    EXPECT_FALSE(Validation::membershipAgainst(membership(QDate(2018, 6, 1)), unsaved).ok());
}

// --- experts

TEST(Validation, AnExpertNeedsANameAndAStart)
{
    Expert nameless = expert();
    nameless.name = QStringLiteral(" ");
    Refusal r = refusal(Validation::expert(nameless, Today));
    EXPECT_EQ(r.field, "name");
    EXPECT_THAT(r.message, HasSubstr("an expert needs a name"));

    Expert unstarted = expert();
    unstarted.started = QDate();
    r = refusal(Validation::expert(unstarted, Today));
    EXPECT_EQ(r.field, "started");
    EXPECT_THAT(r.message, HasSubstr("the date the expert started is required"));

    EXPECT_TRUE(Validation::expert(expert(), Today).ok());
}

TEST(Validation, AnExpertCannotEndBeforeStarting)
{
    Expert e = expert();
    e.ended = QDate(2018, 8, 31);
    const Refusal r = refusal(Validation::expert(e, Today));
    EXPECT_EQ(r.field, "ended");
    EXPECT_THAT(r.message,
                HasSubstr("the expert cannot end (2018-08-31) before starting (2018-09-01)"));
    e.ended = e.started;
    EXPECT_TRUE(Validation::expert(e, Today).ok());
}

TEST(Validation, AnExpertsBirthYearMustBePlausible)
{
    Expert e = expert();
    // Issue 9: 2030 passed, though no expert is born after today.
    for (int year : {1899, 2027, 2030, 2101}) {
        e.birthYear = year;
        const Refusal r = refusal(Validation::expert(e, Today));
        EXPECT_EQ(r.field, "birth_year");
        EXPECT_THAT(r.message, HasSubstr(std::to_string(year) + " is not a plausible birth year"));
        EXPECT_THAT(r.message, HasSubstr("1900 to 2026"));
    }
    for (int year : {1900, 1975, 2026}) {
        e.birthYear = year;
        EXPECT_TRUE(Validation::expert(e, Today).ok()) << year;
    }
    e.birthYear.reset();
    EXPECT_TRUE(Validation::expert(e, Today).ok());
}

// --- hours

TEST(Validation, AServiceEntryNeedsADate)
{
    ServiceEntry e = entry(60);
    e.date = QDate();
    const Refusal r = refusal(Validation::serviceEntry(e));
    EXPECT_EQ(r.field, "date");
    EXPECT_THAT(r.message, HasSubstr("the date is required"));
}

TEST(Validation, AServiceEntryLastsMoreThanZeroAndAtMostADay)
{
    for (int minutes : {0, -30}) {
        const Refusal r = refusal(Validation::serviceEntry(entry(minutes)));
        EXPECT_EQ(r.field, "duration");
        EXPECT_THAT(r.message, HasSubstr("the duration must be more than zero"));
    }
    const Refusal r = refusal(Validation::serviceEntry(entry(1441)));
    EXPECT_EQ(r.field, "duration");
    EXPECT_THAT(r.message, HasSubstr("24:01 h is more than the 24 h of a day"));
    EXPECT_TRUE(Validation::serviceEntry(entry(1)).ok());
    EXPECT_TRUE(Validation::serviceEntry(entry(1440)).ok());
}

TEST(Validation, AnExpertsDayHoldsAtMostTwentyFourHours)
{
    const QDate day(2019, 5, 1);
    EXPECT_TRUE(Validation::dayTotal(day, 600, 840).ok());
    EXPECT_TRUE(Validation::dayTotal(day, 0, 1440).ok());
    const Refusal r = refusal(Validation::dayTotal(day, 600, 841));
    EXPECT_EQ(r.field, "duration");
    EXPECT_THAT(r.message, HasSubstr("this brings the expert's total for 2019-05-01 to 24:01 h, "
                                     "more than 24 h (already logged: 10:00 h)"));
}

// --- board

TEST(Validation, AMandateNeedsAStartAndCannotEndBeforeIt)
{
    BoardMandate m;
    Refusal r = refusal(Validation::mandate(m));
    EXPECT_EQ(r.field, "started");
    EXPECT_THAT(r.message, HasSubstr("the date the mandate started is required"));

    m.started = QDate(2019, 6, 15);
    m.ended = QDate(2019, 6, 14);
    r = refusal(Validation::mandate(m));
    EXPECT_EQ(r.field, "ended");
    EXPECT_THAT(r.message,
                HasSubstr("the mandate cannot end (2019-06-14) before it started (2019-06-15)"));
    m.ended = m.started;
    EXPECT_TRUE(Validation::mandate(m).ok());
    m.ended = QDate();
    EXPECT_TRUE(Validation::mandate(m).ok());
}

// --- finances, surveys, activities

TEST(Validation, AFinanceLineNeedsAPlausibleYear)
{
    FinanceLine line;
    EXPECT_THAT(refusal(Validation::financeLine(line)).message,
                HasSubstr("the fiscal year is required"));
    for (int year : {1899, 3000}) {
        line.fiscalYear = year;
        const Refusal r = refusal(Validation::financeLine(line));
        EXPECT_EQ(r.field, "year");
        EXPECT_THAT(r.message, HasSubstr(std::to_string(year) + " is out of range"));
        // The message names the years that would do.
        EXPECT_THAT(r.message, HasSubstr("fiscal years go from 1900 to 2999"));
    }
    for (int year : {1900, 2019, 2999}) {
        line.fiscalYear = year;
        EXPECT_TRUE(Validation::financeLine(line).ok()) << year;
    }
}

TEST(Validation, AFinanceLineAmountIsNeverNegative)
{
    FinanceLine line;
    line.fiscalYear = 2019;
    line.amountCents = -1;
    const Refusal r = refusal(Validation::financeLine(line));
    EXPECT_EQ(r.field, "amount");
    EXPECT_THAT(r.message, HasSubstr("amounts cannot be negative (-0.01); record an expense as a "
                                     "positive amount of kind expense"));
    line.amountCents = 0;
    EXPECT_TRUE(Validation::financeLine(line).ok());
}

TEST(Validation, ASurveyNeedsAPlausibleYearAndCountsThatAddUp)
{
    Survey s;
    s.respondents = 10;
    s.recommend = 9;
    Refusal r = refusal(Validation::survey(s));
    EXPECT_EQ(r.field, "year");
    EXPECT_THAT(r.message, HasSubstr("the fiscal year is required"));

    s.fiscalYear = 2019;
    EXPECT_TRUE(Validation::survey(s).ok());
    s.recommend = 10;
    EXPECT_TRUE(Validation::survey(s).ok());

    s.recommend = 11;
    r = refusal(Validation::survey(s));
    EXPECT_EQ(r.field, "recommend");
    EXPECT_THAT(r.message, HasSubstr("11 would recommend, but only 10 answered"));

    s.recommend = -1;
    r = refusal(Validation::survey(s));
    EXPECT_EQ(r.field, "recommend");
    EXPECT_THAT(r.message, HasSubstr("the number who would recommend cannot be negative"));

    s.recommend = 0;
    s.respondents = -1;
    r = refusal(Validation::survey(s));
    EXPECT_EQ(r.field, "respondents");
    EXPECT_THAT(r.message, HasSubstr("the number of respondents cannot be negative"));
}

TEST(Validation, AnActivityNeedsADate)
{
    Activity a;
    const Refusal r = refusal(Validation::activity(a));
    EXPECT_EQ(r.field, "date");
    EXPECT_THAT(r.message, HasSubstr("the date is required"));
    a.date = QDate(2019, 9, 1);
    EXPECT_TRUE(Validation::activity(a).ok());
}

// --- shared messages

TEST(Validation, AClosedYearIsNamedAsUsersWriteIt)
{
    Refusal r = refusal(Validation::closedYear(FiscalYear(2019), QStringLiteral("year")));
    EXPECT_EQ(r.field, "year");
    EXPECT_THAT(r.message,
                HasSubstr("the fiscal year 2019-2020 is closed: its hours and finance lines can "
                          "no longer be added, changed or deleted"));
    r = refusal(Validation::closedYear(FiscalYear(2019, 1)));
    EXPECT_EQ(r.field, "");
    EXPECT_THAT(r.message, HasSubstr("the fiscal year 2019 is closed"));
}

TEST(Validation, AClosedYearNamesTheSurveyOrTheActivitiesItKeeps)
{
    Refusal r = refusal(Validation::closedYear(FiscalYear(2019), QStringLiteral("year"),
                                               Validation::ClosedRecords::Survey));
    EXPECT_EQ(r.field, "year");
    EXPECT_THAT(r.message, HasSubstr("the fiscal year 2019-2020 is closed: its satisfaction survey "
                                     "can no longer be added, changed or deleted"));
    r = refusal(Validation::closedYear(FiscalYear(2019, 7), QStringLiteral("date"),
                                       Validation::ClosedRecords::Activities));
    EXPECT_EQ(r.field, "date");
    EXPECT_THAT(r.message,
                HasSubstr("the fiscal year 2019-2020 is closed: its business-development "
                          "activities can no longer be added, changed or deleted"));
}

TEST(Validation, ADuplicateNameNamesWhatAndWho)
{
    const Refusal r = refusal(
        Validation::duplicateName(QStringLiteral("an organisation"), QStringLiteral("Coop X")));
    EXPECT_EQ(r.field, "name");
    EXPECT_THAT(r.message, HasSubstr("an organisation named \"Coop X\" already exists"));
}

TEST(Validation, ADirectorNotInOfficeIsNamedWithTheDay)
{
    const Refusal r =
        refusal(Validation::notInOffice(QStringLiteral("Jeanne Roy"), QDate(2019, 6, 15)));
    EXPECT_EQ(r.field, "director");
    EXPECT_THAT(r.message, HasSubstr("Jeanne Roy is not a director in office on 2019-06-15"));
}

} // namespace

TEST(ValidationFieldName, RefusesAnEmptyNameAndTheCsvSeparator)
{
    EXPECT_TRUE(
        Validation::fieldName(QStringLiteral("Ressources humaines"), QStringLiteral("field")).ok());
    const Status empty = Validation::fieldName(QStringLiteral("  "), QStringLiteral("field"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("field"));
    const Status piped = Validation::fieldName(QStringLiteral("RH|Paie"), QStringLiteral("fields"));
    ASSERT_FALSE(piped.ok());
    EXPECT_EQ(piped.error().field, QStringLiteral("fields"));
    EXPECT_TRUE(piped.message().contains(QStringLiteral("cannot contain \"|\"")));

    Expert expert;
    expert.name = QStringLiteral("Awa");
    expert.started = QDate(2019, 1, 1);
    expert.fields = {QStringLiteral("Droit"), QStringLiteral("A|B")};
    EXPECT_EQ(Validation::expert(expert, Today).error().field, QStringLiteral("fields"));
    ServiceEntry entry;
    entry.date = QDate(2019, 5, 1);
    entry.minutes = 60;
    entry.field = QStringLiteral("A|B");
    EXPECT_EQ(Validation::serviceEntry(entry).error().field, QStringLiteral("field"));
}

// One character as a QString (fromUcs4 would drop a U+FEFF as a byte-order mark).
QString spelled(char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        const QChar pair[] = {QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c))};
        return QString(pair, 2);
    }
    return QString(QChar(static_cast<char16_t>(c)));
}

// Issue 9, finding 2: invisible characters made "Co<U+200B>op" a second organisation that
// looks like "Coop".
TEST(ValidationText, AOneLineTextRefusesInvisibleCharactersNamedEscaped)
{
    const QString name = QStringLiteral("name");
    const QList<std::pair<char32_t, std::string>> refused{
        {0x200B, "<U+200B> (U+200B)"}, {0x202E, "<U+202E> (U+202E)"},
        {0x2066, "<U+2066> (U+2066)"}, {0xFEFF, "<U+FEFF> (U+FEFF)"},
        {0x034F, "<U+034F> (U+034F)"}, {0xE0001, "<U+E0001> (U+E0001)"},
        {0xFFFE, "<U+FFFE> (U+FFFE)"}, {0x1FFFF, "<U+1FFFF> (U+1FFFF)"},
        {0x00AD, "<U+00AD> (U+00AD)"}};
    for (const auto& [c, shown] : refused) {
        const QString text = QStringLiteral("Co") + spelled(c) + QStringLiteral("op");
        const Status status = Validation::oneLineText(text, name);
        ASSERT_FALSE(status.ok()) << shown;
        EXPECT_EQ(status.error().field, name);
        EXPECT_THAT(status.message().toStdString(), HasSubstr("invisible character " + shown));
        // The text quoted is escaped too: nothing invisible reaches the message.
        EXPECT_THAT(status.message().toStdString(),
                    HasSubstr("\"Co" + shown.substr(0, shown.find(' ')) + "op\""));
    }
    // ZWNJ and ZWJ spell Persian, Indic scripts and emoji; private use is a font's business.
    for (const QString& text :
         {QStringLiteral("می\u200Cخواهم"), QStringLiteral("क्\u200Dष"), QStringLiteral("👩\u200D💻"),
          QStringLiteral("Coop \uE000"), QStringLiteral("Café ✓")})
        EXPECT_TRUE(Validation::oneLineText(text, name).ok()) << text.toStdString();
    // Through the rules of each kind.
    Organisation organisation;
    organisation.name = QStringLiteral("Co\u202Eop");
    EXPECT_EQ(Validation::organisation(organisation).error().field, name);
}

// Notes are prose: what a word processor leaves in pasted text passes, but not what reorders
// the text after it, nor noncharacters.
TEST(ValidationText, AMultiLineTextRefusesBidiControlsButKeepsMarksAndSoftHyphens)
{
    const QString note = QStringLiteral("note");
    for (const char32_t c : {char32_t(0x202A), char32_t(0x202E), char32_t(0x2066), char32_t(0x2069),
                             char32_t(0xFFFF)}) {
        const QString text = QStringLiteral("a") + spelled(c) + QStringLiteral("b");
        const Status status = Validation::multiLineText(text, note);
        ASSERT_FALSE(status.ok()) << int(c);
        EXPECT_THAT(status.message().toStdString(), HasSubstr("invisible character <U+"));
    }
    EXPECT_TRUE(Validation::multiLineText(QStringLiteral("soft\u00ADhyphen, \u200Fmark,\n"
                                                         "zero\u200Bwidth"),
                                          note)
                    .ok());
}
