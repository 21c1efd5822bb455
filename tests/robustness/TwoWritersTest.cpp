// Two programs save entries into one file at the same time, one transaction per entry as the
// Hours page does: every entry lands and neither program meets "database is locked".

#include "Database.h"
#include "RobustnessSupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

TEST(TwoWritersTest, TwoProcessesEachAddAThousandEntriesToOneFile)
{
    constexpr int PerWriter = 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QString why;
    ASSERT_TRUE(prepareStressDatabase(path, &why)) << why.toStdString();

    // Different days for each writer: the same expert's day never passes 24 h.
    const QDate firstA(2001, 1, 1);
    const QDate firstB(2010, 1, 1);
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(BILAN_STRESS_WRITER),
            {path, QStringLiteral("single"), QString::number(PerWriter), QStringLiteral("A"),
             firstA.toString(Qt::ISODate)});
    b.start(QStringLiteral(BILAN_STRESS_WRITER),
            {path, QStringLiteral("single"), QString::number(PerWriter), QStringLiteral("B"),
             firstB.toString(Qt::ISODate)});
    ASSERT_TRUE(a.waitForStarted(5000));
    ASSERT_TRUE(b.waitForStarted(5000));
    ASSERT_TRUE(a.waitForFinished(120'000));
    ASSERT_TRUE(b.waitForFinished(120'000));
    const QString errorsA = QString::fromUtf8(a.readAllStandardError());
    const QString errorsB = QString::fromUtf8(b.readAllStandardError());
    EXPECT_EQ(a.exitCode(), 0) << errorsA.toStdString();
    EXPECT_EQ(b.exitCode(), 0) << errorsB.toStdString();
    EXPECT_FALSE(errorsA.contains(QStringLiteral("locked"), Qt::CaseInsensitive));
    EXPECT_FALSE(errorsB.contains(QStringLiteral("locked"), Qt::CaseInsensitive));

    auto database = Database::open(path);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    EXPECT_EQ(checkIntegrity(**database).toStdString(), "ok");
    QStringList broken;
    EXPECT_EQ(entriesTagged(**database, QStringLiteral("A"), firstA, &broken).size(), PerWriter);
    EXPECT_EQ(entriesTagged(**database, QStringLiteral("B"), firstB, &broken).size(), PerWriter);
    EXPECT_TRUE(broken.isEmpty()) << broken.join(QStringLiteral(", ")).toStdString();
}
