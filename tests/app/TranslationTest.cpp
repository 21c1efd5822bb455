// The French translation is complete, keeps every placeholder of the English source and is up to
// date with the sources, and the program really loads it.

#include "Translations.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("BILAN_SOURCE_DIR", QStringLiteral(BILAN_SOURCE_DIR));
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

TEST(Translation, TheFrenchFileHasNoUnfinishedEntryAndKeepsEveryPlaceholder)
{
    QFile file(sourceDir() + QStringLiteral("/resources/translations/bilan_fr.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QDomDocument document;
    ASSERT_TRUE(document.setContent(&file));
    // A string lupdate could not attach to a class (a tr() through an alias) lands in a nameless
    // context, where the program never looks it up.
    const QDomNodeList contexts = document.elementsByTagName(QStringLiteral("context"));
    for (int i = 0; i < contexts.size(); ++i)
        EXPECT_FALSE(contexts.at(i)
                         .toElement()
                         .firstChildElement(QStringLiteral("name"))
                         .text()
                         .trimmed()
                         .isEmpty());
    const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
    ASSERT_GT(messages.size(), 100);
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        EXPECT_NE(translation.attribute(QStringLiteral("type")), QStringLiteral("unfinished"))
            << source.toStdString();
        // A plural entry (%n) holds one form per grammatical number, each a whole translation.
        QStringList forms;
        for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform"));
             !form.isNull(); form = form.nextSiblingElement(QStringLiteral("numerusform")))
            forms << form.text();
        if (forms.isEmpty())
            forms << translation.text();
        for (const QString& form : std::as_const(forms)) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << source.toStdString();
            EXPECT_EQ(placeholders(source), placeholders(form)) << source.toStdString();
        }
    }
}

// lupdate run over today's sources, the way the target bilan_app_lupdate runs it, on a copy of the
// checked-in file: a string added, changed or removed in the code and not in the .ts shows here.
TEST(Translation, TheFrenchFileIsWhatLupdateMakesOfTheSources)
{
    const QString lupdate = QStringLiteral(BILAN_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        GTEST_SKIP() << "lupdate is not installed (" << lupdate.toStdString()
                     << "; Debian: qt6-l10n-tools), so the .ts file cannot be checked against "
                        "the sources";
    const QString checkedIn = sourceDir() + QStringLiteral("/resources/translations/bilan_fr.ts");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("bilan_fr.ts"));
    ASSERT_TRUE(QFile::copy(checkedIn, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList options =
        QStringLiteral(BILAN_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    process.start(lupdate, options + QStringList{QStringLiteral("-project"),
                                                 QStringLiteral(BILAN_LUPDATE_PROJECT),
                                                 QStringLiteral("-ts"), copy});
    ASSERT_TRUE(process.waitForFinished(120000)) << process.errorString().toStdString();
    const QString log = QString::fromLocal8Bit(process.readAll());
    ASSERT_EQ(process.exitCode(), 0) << log.toStdString();

    QFile before(checkedIn);
    QFile after(copy);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(before.readAll()).split(u'\n');
    const QStringList updated = QString::fromUtf8(after.readAll()).split(u'\n');
    QStringList changed;
    for (qsizetype i = 0; i < std::max(expected.size(), updated.size()); ++i) {
        const QString was = expected.value(i);
        const QString now = updated.value(i);
        if (was != now) {
            changed << QStringLiteral("line %1: checked in \"%2\", lupdate \"%3\"")
                           .arg(i + 1)
                           .arg(was.trimmed(), now.trimmed());
            break; // the first difference is enough to locate it
        }
    }
    EXPECT_TRUE(changed.isEmpty())
        << "resources/translations/bilan_fr.ts is out of date with the sources: run `cmake "
           "--build <build> --target bilan_app_lupdate`, translate the new entries and commit.\n"
        << changed.join(u'\n').toStdString() << "\n"
        << log.toStdString();
}

TEST(Translation, FrenchMessagesReplaceTheEnglishOnesAtRunTime)
{
    EXPECT_EQ(bilan::Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    const QString french =
        bilan::Validation::dayTotal(QDate(2019, 6, 4), 20 * 60, 5 * 60).message();
    EXPECT_FALSE(french.contains(QStringLiteral("more than 24 h"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("2019-06-04"))) << french.toStdString();
    // Back to the source language for the other tests.
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(QLocale::c());
}

// French agrees the noun with the count: "1 présent", "2 présents" (the quorum line read
// "1 présents sur 1").
TEST(Translation, FrenchCountsAgreeWithTheirNumber)
{
    EXPECT_EQ(bilan::Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    const auto quorum = [](int present) {
        return QCoreApplication::translate("bilan::MeetingEditor",
                                           "Quorum reached: %n present of %1, %2 required", nullptr,
                                           present)
            .arg(5)
            .arg(1);
    };
    EXPECT_EQ(quorum(1), QStringLiteral("Quorum atteint\u00a0: 1 présent sur 5, 1 requis"));
    EXPECT_EQ(quorum(2), QStringLiteral("Quorum atteint\u00a0: 2 présents sur 5, 1 requis"));
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(QLocale::c());
}
