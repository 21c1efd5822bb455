#include "TestDatabase.h"

namespace bilan::test {

TestDatabase::TestDatabase()
    : m_server(onServer() ? std::make_unique<ServerDatabase>() : nullptr),
      m_clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC))
{
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::Options options;
    options.clock = &m_clock;
    options.busyTimeoutMs = 200;
    auto opened = Database::open(path(), options);
    if (!opened)
        throw std::runtime_error(opened.message().toStdString());
    m_db = std::move(opened.value());
}

std::unique_ptr<Database> TestDatabase::openAnotherDesk()
{
    Database::Options options;
    options.clock = &m_clock;
    auto other = Database::open(path(), options);
    EXPECT_TRUE(other.ok()) << other.message().toStdString();
    return other.ok() ? std::move(other.value()) : nullptr;
}

} // namespace bilan::test
