// The main() of the suites that draw: charts, PDFs and windows need a QApplication. They run
// on the offscreen platform, so no display is needed.
#include <QApplication>
#include <QFile>
#include <QSettings>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

#include <unistd.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // gtest_discover_tests lists the tests at build time without the ENVIRONMENT property.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // ctest runs each test in a process of its own, several at once: each process keeps its
    // settings (window page, last expert, recent files) in a file of its own, removed at exit.
    QApplication::setOrganizationName(QStringLiteral("Bilan-tests"));
    QApplication::setApplicationName(QStringLiteral("bilan-tests-%1").arg(getpid()));
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::err);
    const int status = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());
    return status;
}
