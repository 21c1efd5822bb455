// The French translation is read from the file the package installs beside the program
// (bin/../share/bilan/translations/bilan_fr.qm) before the copy embedded in it; a damaged
// installed file falls back to the embedded copy.

#include "TranslationFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class TranslationFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_prefix.isValid());
        ASSERT_TRUE(QDir(m_prefix.path()).mkpath(QStringLiteral("bin")));
        ASSERT_TRUE(QDir(m_prefix.path()).mkpath(QStringLiteral("share/bilan/translations")));
    }

    QString bin() const { return m_prefix.filePath(QStringLiteral("bin")); }
    QString installed() const
    {
        return m_prefix.filePath(QStringLiteral("share/bilan/translations/bilan_fr.qm"));
    }

    QTemporaryDir m_prefix;
};

TEST_F(TranslationFileTest, TriesTheInstalledFileThenTheEmbeddedCopy)
{
    EXPECT_EQ(TranslationFile::frenchCandidates(bin()),
              QStringList({installed(), TranslationFile::Embedded}));
}

TEST_F(TranslationFileTest, LoadsTheInstalledFileWhenThere)
{
    ASSERT_TRUE(QFile::copy(TranslationFile::Embedded, installed()));
    QTranslator translator;
    EXPECT_EQ(TranslationFile::loadFrench(translator, bin()), installed());
    EXPECT_EQ(translator.filePath(), installed());
    EXPECT_EQ(translator.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

TEST_F(TranslationFileTest, WithoutAnInstalledFileLoadsTheEmbeddedCopy)
{
    QTranslator translator;
    EXPECT_EQ(TranslationFile::loadFrench(translator, bin()), TranslationFile::Embedded);
    EXPECT_EQ(translator.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

TEST_F(TranslationFileTest, ADamagedInstalledFileFallsBackToTheEmbeddedCopy)
{
    QFile damaged(installed());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("not a Qt translation file");
    damaged.close();
    QTranslator translator;
    EXPECT_EQ(TranslationFile::loadFrench(translator, bin()), TranslationFile::Embedded);
    EXPECT_EQ(translator.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

TEST_F(TranslationFileTest, TheRunningProgramsFolderByDefault)
{
    const QStringList candidates = TranslationFile::frenchCandidates();
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates.first(),
              QDir::cleanPath(QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/bilan/translations/bilan_fr.qm")));
}

} // namespace
