#pragma once

#include "Clock.h"
#include "Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

namespace bilan::test {

// A fresh database per test, made by the real migration code in its own temporary folder,
// with a clock the test can set (2026-11-24 12:00 UTC unless moved).
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }
    FixedClock& clock() { return m_clock; }
    // Closes and reopens the same file (to check what was really written).
    void reopen();

private:
    QTemporaryDir m_dir;
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
