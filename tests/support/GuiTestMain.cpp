// The main() of the suites that draw: charts, PDFs and windows need a QApplication. They run
// on the offscreen platform, so no display is needed.
#include <QApplication>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // gtest_discover_tests lists the tests at build time without the ENVIRONMENT property.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication::setOrganizationName(QStringLiteral("Bilan-tests"));
    QApplication::setApplicationName(QStringLiteral("bilan-tests"));
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::err);
    return RUN_ALL_TESTS();
}
