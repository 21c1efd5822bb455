#pragma once

#include <QString>

namespace bilan::test {

// Whether this run of a suite is the PostgreSQL one: ctest runs the storage and command-line
// suites a second time with BILAN_TEST_BACKEND=postgresql, inside the throwaway server that
// scripts/test.sh starts (pg_virtualenv exports PGHOST, PGPORT, PGUSER, PGPASSWORD).
bool onServer();

// A new empty database on that server, dropped (with whatever still connects to it) when this
// goes. Its address names no host or user: libpq takes them from the PG* variables, as it
// would for a user.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const QString& name() const { return m_name; }
    QString address() const { return QStringLiteral("postgresql:///") + m_name; }

    // Runs one statement as the server's administrator (the PG* login), in this database or
    // in the administrator's own; throws when it fails.
    void administer(const QString& statement, bool inThisDatabase = true) const;

private:
    QString m_name;
};

// For tests of a file's own behaviour (its journal, its permission bits, a damaged page) that a
// server has no equivalent of.
#define BILAN_FILE_ONLY()                                                                          \
    do {                                                                                           \
        if (::bilan::test::onServer())                                                             \
            GTEST_SKIP() << "about a database file; a server has no equivalent";                   \
    } while (0)

} // namespace bilan::test
