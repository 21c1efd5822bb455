// Every row Bilan reads is stepped through SqlSupport.h, whose helpers tell the end of the rows
// from a read that failed part-way (QSqlQuery::next() returns false for both). A call to
// next() on a query anywhere else could end a loop early on a damaged file and hand back part
// of a table as the whole: this test finds one before it ships.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

TEST(QueryStepsTest, OnlySqlSupportStepsAQuery)
{
    const QString sources = QStringLiteral(BILAN_SOURCE_DIR "/src");
    // A query's next(), or a QSqlQuery used beside SQL's own folder.
    const QRegularExpression step(QStringLiteral(R"((->|\.)next\(\)|\bQSqlQuery\b)"));
    QStringList offenders;
    int files = 0;
    QDirIterator it(sources, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/storage/SqlSupport.h")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        const bool storage = path.contains(QLatin1String("/src/storage/"));
        for (int i = 0; i < lines.size(); ++i) {
            const QString code = lines.at(i).section(QStringLiteral("//"), 0, 0);
            const auto match = step.match(code);
            if (!match.hasMatch())
                continue;
            // Outside storage only a query's next() is the concern: a QTextBlock or a fiscal
            // year has one too, but no layer above storage may hold a query at all.
            const bool query = match.captured(0) == QLatin1String("QSqlQuery");
            if (storage ? !query : query)
                offenders << QStringLiteral("%1:%2: %3")
                                 .arg(path.mid(sources.size() + 1))
                                 .arg(i + 1)
                                 .arg(lines.at(i).trimmed());
        }
    }
    EXPECT_GT(files, 50);
    EXPECT_TRUE(offenders.isEmpty())
        << "step queries with sql::next / sql::forEachRow / sql::rows / sql::scalar:\n"
        << offenders.join(QLatin1Char('\n')).toStdString();
}
