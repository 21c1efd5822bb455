#pragma once

// A hand-built report input with the seed report's 2019-2020 figures (seeds/003_*.txt), shared
// by the report's tests. Plain values, no database: the document is a pure function of them.

#include "ReportInput.h"

namespace bilan::test {

inline ReportInput seedReportInput(ReportLanguage language)
{
    ReportInput input;
    input.language = language;
    input.organisationName = QStringLiteral("Consortium de ressources et d'expertises "
                                            "coopératives");
    YearlyFigures& f = input.figures;
    f.year = FiscalYear(2019);
    f.minutesRendered = 75100LL * 60;
    f.previousMinutesRendered = 65304LL * 60;
    f.hoursGrowthPct = 15.0;
    f.enterprisesServed = 300;
    f.operationsWithMembersPct = 100.0;
    f.membersEnd = 84;
    f.previousMembersEnd = 58;
    f.membersNew = 26;
    f.membersLeft = 0;
    f.membershipGrowthPct = 44.83;
    f.membersByCategory = {{MembershipCategory::Member, 60},
                           {MembershipCategory::Auxiliary, 18},
                           {MembershipCategory::Supporting, 2},
                           {MembershipCategory::Managed, 4}};
    f.newMemberNames = {QStringLiteral("Conseil de la coopération de l'Ontario"),
                        QStringLiteral("MRC de Memphrémagog")};
    f.managedMemberNames = {QStringLiteral("Fédération des coopératives des paramédics du Québec"),
                            QStringLiteral("La mutuelle de prévention des EÉSAD"),
                            QStringLiteral("Réseau de coopération des EÉSAD")};
    f.previousRevenueCents = 356996400;
    f.previousExpensesCents = 349491600;
    f.previousSurplusCents = 7504800;
    f.revenueCents = 447585200;
    f.expensesCents = 440510900;
    f.surplusCents = 7074300;
    f.budgetRevenueCents = 414610900;
    f.budgetExpensesCents = 410035100;
    f.budgetSurplusCents = 4575800;
    f.revenueVsBudgetPct = 7.95;
    f.expensesVsBudgetPct = 7.43;
    f.nextBudgetRevenueCents = 395178300;
    f.nextBudgetExpensesCents = 387823900;
    f.nextBudgetSurplusCents = 7156400;
    f.revenueGrowthPct = 25.38;
    f.revenueMembersGrowthPct = 22.0;
    f.revenueAuxiliaryGrowthPct = 44.0;
    f.selfFinancingPct = 100.0;
    f.actualByKind = {{FinanceKind::RevenueMembers, 310000000},
                      {FinanceKind::RevenueAuxiliary, 120000000},
                      {FinanceKind::RevenueOther, 17585200},
                      {FinanceKind::PublicFunding, 0},
                      {FinanceKind::Expense, 440510900}};
    f.surveyRespondents = 120;
    f.satisfactionPct = 91.0;
    f.expertsByRole = {
        {ExpertRole::Professional, 47}, {ExpertRole::Trainer, 20}, {ExpertRole::Director, 6}};
    f.averageAge = 45.2;
    f.womenPct = 52.5;
    f.meetingsByKind = {
        {MeetingKind::Agm, 1}, {MeetingKind::Board, 5}, {MeetingKind::Executive, 2}};
    f.attendancePct = 87.5;
    f.board = {// An individual supporting member, representing no organisation.
               {QStringLiteral("Yvan Laurin"), BoardRole::President, QString()},
               {QStringLiteral("Manon Loranger"), BoardRole::VicePresident,
                QStringLiteral("Réseau de coopération des EÉSAD")},
               {QStringLiteral("Jocelyne Rouleau"), BoardRole::SecretaryTreasurer,
                QStringLiteral("Confédération québécoise des coopératives d'habitation")},
               {QStringLiteral("Clément Asselin"), BoardRole::Director,
                QStringLiteral("Fédération des coopératives d'alimentation du Québec")}};
    f.activities = {{{Audience::Networks, ActivityType::Event}, 16},
                    {{Audience::Networks, ActivityType::Meeting}, 16},
                    {{Audience::Networks, ActivityType::Agreement}, 0},
                    {{Audience::NpoGroups, ActivityType::Event}, 7},
                    {{Audience::NpoGroups, ActivityType::Meeting}, 32},
                    {{Audience::NpoGroups, ActivityType::Agreement}, 2},
                    {{Audience::RelayPartners, ActivityType::Event}, 21},
                    {{Audience::RelayPartners, ActivityType::Meeting}, 10},
                    {{Audience::RelayPartners, ActivityType::Agreement}, 3}};
    f.activityTitles = {{{Audience::Networks, ActivityType::Event},
                         {QStringLiteral("Congrès de Coopératives et mutuelles Canada (CMC)"),
                          QStringLiteral("Golf de la relève du CQCM")}},
                        {{Audience::NpoGroups, ActivityType::Meeting},
                         {QStringLiteral("Guilde du jeu vidéo du Québec")}},
                        {{Audience::RelayPartners, ActivityType::Meeting},
                         {QStringLiteral("Ville de Montréal"), QStringLiteral("PME Montréal")}}};
    f.agreements = {QStringLiteral("Collectif des entreprises d'insertion du Québec"),
                    QStringLiteral("MRC de Memphrémagog"),
                    QStringLiteral("Conseil de la coopération de l'Ontario")};

    FiguresSeries& s = input.series;
    for (int year = 2015; year <= 2019; ++year)
        s.years << FiscalYear(year);
    s.minutes = {52000LL * 60, 55100LL * 60, 62300LL * 60, 65304LL * 60, 75100LL * 60};
    s.membersEnd = {31, 38, 47, 58, 84};
    s.membersNew = {5, 8, 10, 12, 26};
    s.membersLeft = {1, 1, 1, 1, 0};
    s.retentionPct = {96.0, 96.8, 97.4, 97.9, 100.0};
    // The fully managed members' share of the hours falls, as the seed says it does.
    for (const qint64 managed : {52, 50, 47, 44, 40}) {
        const qint64 hour = 60;
        s.memberMinutesByCategory << QMap<MembershipCategory, qint64>{
            {MembershipCategory::Managed, managed * 700 * hour},
            {MembershipCategory::Member, (80 - managed) * 700 * hour},
            {MembershipCategory::Auxiliary, 18 * 700 * hour},
            {MembershipCategory::Supporting, 2 * 700 * hour}};
    }

    ReportTexts& t = input.texts;
    t.fiscalYear = 2019;
    t.language = input.languageKey();
    if (language == ReportLanguage::French) {
        t.president = QStringLiteral(
            "Le Consortium est un succès collectif qui ne se dément pas.\n\nAu nom du Conseil "
            "d'administration, je remercie toutes les organisations membres.");
        t.director = QStringLiteral("Parce qu'il réunit l'économie sociale, le Consortium est "
                                    "une remarquable aventure coopérative.");
        t.mission = QStringLiteral("Le Consortium existe pour que chaque entreprise collective "
                                   "puisse avoir accès à des services spécialisés de qualité.");
        t.objectives = QStringLiteral("» Diversification des utilisateurs de services\n"
                                      "» Accroissement de la capitalisation\n"
                                      "» Amélioration de la qualité de service");
    } else {
        t.president = QStringLiteral("The Consortium remains a collective success.\n\nOn behalf "
                                     "of the board, I thank every member organisation.");
        t.director = QStringLiteral("Because it brings the social economy together, the "
                                    "Consortium is a remarkable cooperative venture.");
        t.mission = QStringLiteral("The Consortium exists so that every collective enterprise "
                                   "has access to quality specialised services.");
        t.objectives = QStringLiteral("- Diversify the users of our services\n"
                                      "- Increase capitalisation\n"
                                      "- Improve the quality of service");
    }
    input.generalManager = QStringLiteral("J. Benoit Caron");
    // The vision is left unwritten: a missing text leaves its section out.
    return input;
}

} // namespace bilan::test
