#pragma once

// The secretary's documents speak the window's language: its translator and its locale. This
// puts both in French (the real translation, :/i18n/bilan_fr.qm) or English for one test.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace bilan::test {

class SheetLanguage
{
public:
    enum Language
    {
        English,
        French
    };

    explicit SheetLanguage(Language language) : m_locale(QLocale())
    {
        QLocale::setDefault(language == French ? QLocale(QLocale::French, QLocale::Canada)
                                               : QLocale(QLocale::English, QLocale::Canada));
        if (language == French) {
            EXPECT_TRUE(m_translator.load(QStringLiteral(":/i18n/bilan_fr.qm")));
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~SheetLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    SheetLanguage(const SheetLanguage&) = delete;
    SheetLanguage& operator=(const SheetLanguage&) = delete;

private:
    QLocale m_locale;
    QTranslator m_translator;
};

} // namespace bilan::test
