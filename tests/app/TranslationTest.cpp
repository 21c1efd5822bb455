// The French translation is complete and keeps every placeholder of the English source, and the
// program really loads it.

#include "Translations.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
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
