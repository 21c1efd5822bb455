#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace bilan {

// Where Bilan's French translation is read from: the file installed with the program
// (bin/../share/bilan/translations/bilan_fr.qm, cmake/Packaging.cmake), so that a packaged
// translation can be replaced without rebuilding, else the copy embedded in the program.
class TranslationFile
{
public:
    // The places tried, in order, for a program in `applicationDir` (empty: the running
    // program's folder, QCoreApplication::applicationDirPath()).
    static QStringList frenchCandidates(const QString& applicationDir = {});
    // Loads the first candidate that loads into `translator`; returns its path, empty when none
    // did (a damaged installed file falls back to the embedded copy).
    static QString loadFrench(QTranslator& translator, const QString& applicationDir = {});

    static const QString Embedded;
};

} // namespace bilan
