// The one main() of every test executable: GoogleTest plus the Qt application object that
// the SQL drivers, translations and (for GUI suites) widgets need.
#include <QCoreApplication>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // gtest_discover_tests lists the tests at build time without the ENVIRONMENT property.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QCoreApplication::setOrganizationName(QStringLiteral("Bilan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("bilan-tests"));
    QCoreApplication app(argc, argv);
    // Tests provoke errors on purpose; only what goes wrong unexpectedly should be read.
    spdlog::set_level(spdlog::level::err);
    return RUN_ALL_TESTS();
}
