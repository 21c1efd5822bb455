#pragma once

// The board the meeting tests work with: Jane sits for fiscal year 2019-2020 only, Luc from 2018
// on, both for one organisation written directly (its repository is not under test there).

#include "BoardRepository.h"
#include "ServiceEntryTestRows.h"
#include "TestDatabase.h"

namespace bilan::test {

class TwoDirectorsTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        const qint64 organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        BoardRepository board(db());
        jane = valueOf(board.addDirector(QStringLiteral("Jane Doe")));
        luc = valueOf(board.addDirector(QStringLiteral("Luc Gagnon")));
        BoardMandate mandate;
        mandate.organisationId = organisation;
        mandate.directorId = jane;
        mandate.started = QDate(2019, 4, 1);
        mandate.ended = QDate(2020, 3, 31);
        ASSERT_OK(board.addMandate(mandate));
        mandate.directorId = luc;
        mandate.started = QDate(2018, 1, 1);
        mandate.ended = QDate();
        ASSERT_OK(board.addMandate(mandate));
    }

    qint64 jane = 0;
    qint64 luc = 0;
};

} // namespace bilan::test
