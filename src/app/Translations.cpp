#include "Translations.h"

#include "TranslationFile.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace bilan {

namespace {

// The translators installed now, removed when the language changes while Bilan runs.
QPointer<QTranslator>& bilanTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void remove(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator = nullptr;
}

} // namespace

QString Translations::resolve(const QString& language)
{
    const QString chosen = language.toLower();
    if (chosen == QLatin1String("fr") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString Translations::install(const QString& language)
{
    const QString chosen = resolve(language);
    QLocale::setDefault(chosen == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                                      : QLocale(QLocale::English, QLocale::Canada));
    remove(bilanTranslator());
    remove(qtTranslator());
    if (chosen == QLatin1String("en"))
        return chosen; // the source strings are English
    auto* bilan = new QTranslator(QCoreApplication::instance());
    // The installed file first (bin/../share/bilan/translations), else the embedded copy.
    if (!TranslationFile::loadFrench(*bilan).isEmpty()) {
        QCoreApplication::installTranslator(bilan);
        bilanTranslator() = bilan;
    } else {
        delete bilan;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return chosen;
}

} // namespace bilan
