#include "TranslationFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace bilan {

const QString TranslationFile::Embedded = QStringLiteral(":/i18n/bilan_fr.qm");

QStringList TranslationFile::frenchCandidates(const QString& applicationDir)
{
    QString folder = applicationDir;
    if (folder.isEmpty() && QCoreApplication::instance())
        folder = QCoreApplication::applicationDirPath();
    QStringList candidates;
    if (!folder.isEmpty())
        candidates << QDir::cleanPath(
            QDir(folder).filePath(QStringLiteral("../share/bilan/translations/bilan_fr.qm")));
    candidates << Embedded;
    return candidates;
}

QString TranslationFile::loadFrench(QTranslator& translator, const QString& applicationDir)
{
    for (const QString& candidate : frenchCandidates(applicationDir)) {
        if (QFileInfo::exists(candidate) && translator.load(candidate))
            return candidate;
    }
    return {};
}

} // namespace bilan
