#pragma once

#include "Clock.h"
#include "Database.h"
#include "ServerDatabase.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace bilan::test {

// A fresh database per test, made by the real migration code: a file in its own temporary
// folder, or in the PostgreSQL run (onServer()) a new database on the test server; with a clock
// the test can set (2026-11-24 12:00 UTC unless moved).
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    // The file's path, or the server database's address.
    QString path() const
    {
        return m_server ? m_server->address() : m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    // The server database in the PostgreSQL run, else null.
    const ServerDatabase* server() const { return m_server.get(); }
    QString folder() const { return m_dir.path(); }
    FixedClock& clock() { return m_clock; }
    // Closes and reopens the same file (to check what was really written).
    void reopen();
    // A second connection to the same database with the same clock: another desk. Fails the
    // test (and returns null) when it cannot be opened.
    std::unique_ptr<Database> openAnotherDesk();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

// A fixture holding a fresh TestDatabase.
class DatabaseTest : public ::testing::Test
{
protected:
    TestDatabase m_test;
    Database& db() { return m_test.db(); }
};

} // namespace bilan::test

// ASSERT that a Result is ok, printing its message when it is not.
#define ASSERT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& bilan_result_ = (expr);                                                        \
        ASSERT_TRUE(bilan_result_.ok()) << bilan_result_.message().toStdString();                  \
    } while (0)
#define EXPECT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& bilan_result_ = (expr);                                                        \
        EXPECT_TRUE(bilan_result_.ok()) << bilan_result_.message().toStdString();                  \
    } while (0)
