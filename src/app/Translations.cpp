#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bilan {

QString Translations::install(const QString& language)
{
    QString chosen = language.toLower();
    if (chosen != QLatin1String("fr") && chosen != QLatin1String("en"))
        chosen = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                                 : QStringLiteral("en");
    QLocale::setDefault(chosen == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                                      : QLocale(QLocale::English, QLocale::Canada));
    if (chosen == QLatin1String("en"))
        return chosen; // the source strings are English
    auto* bilan = new QTranslator(QCoreApplication::instance());
    if (bilan->load(QStringLiteral(":/i18n/bilan_fr.qm")))
        QCoreApplication::installTranslator(bilan);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace bilan
