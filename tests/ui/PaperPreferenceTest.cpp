// The paper preference: shown in Preferences (Automatic names the paper the locale gives), kept
// in the desk's settings, and followed by the report's PDF and the meeting documents.

#include "PaperPreference.h"
#include "MeetingSheets.h"
#include "PreferencesDialog.h"
#include "ReportPrinting.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class PaperPreferenceTest : public bilan::test::DatabaseTest
{
protected:
    // The paper lives in the tests' own QSettings; no test leaves it behind.
    void SetUp() override { QSettings().remove(QLatin1String(PaperPreference::Key)); }
    void TearDown() override { QSettings().remove(QLatin1String(PaperPreference::Key)); }

    static QComboBox* paperCombo(PreferencesDialog& dialog)
    {
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("paperCombo"));
        EXPECT_NE(combo, nullptr);
        return combo;
    }

    // pdfinfo's "Page size" line of `path`; empty when pdfinfo is missing.
    static QString pageSize(const QString& path)
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            return {};
        QProcess process;
        process.start(pdfinfo, {path});
        process.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
            if (line.startsWith(QStringLiteral("Page size:")))
                return line.simplified();
        return QStringLiteral("no page size");
    }
};

TEST_F(PaperPreferenceTest, AutomaticByDefaultNamingTheLocalesPaper)
{
    PreferencesDialog dialog(db());
    QComboBox* combo = paperCombo(dialog);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 3);
    EXPECT_EQ(dialog.paperCode(), QString());
    const QString expected = Paper::systemDefault() == PaperSize::Letter ? QStringLiteral("Letter")
                                                                         : QStringLiteral("A4");
    EXPECT_EQ(combo->currentText(), QStringLiteral("Automatic (%1)").arg(expected));
    EXPECT_EQ(PaperPreference::paper(), Paper::systemDefault());
}

TEST_F(PaperPreferenceTest, ChoiceIsStoredAndReadBack)
{
    for (const PaperSize paper : {PaperSize::Letter, PaperSize::A4}) {
        {
            PreferencesDialog dialog(db());
            QComboBox* combo = paperCombo(dialog);
            ASSERT_NE(combo, nullptr);
            combo->setCurrentIndex(combo->findData(Paper::code(paper)));
            dialog.accept();
            ASSERT_EQ(dialog.result(), QDialog::Accepted);
        }
        EXPECT_EQ(QSettings().value(QLatin1String(PaperPreference::Key)).toString(),
                  Paper::code(paper));
        EXPECT_EQ(PaperPreference::paper(), paper);
        PreferencesDialog reopened(db());
        EXPECT_EQ(reopened.paperCode(), Paper::code(paper));
    }
    // Back to automatic: the saved value is empty and the locale decides again.
    PreferencesDialog dialog(db());
    paperCombo(dialog)->setCurrentIndex(0);
    dialog.accept();
    EXPECT_EQ(QSettings().value(QLatin1String(PaperPreference::Key)).toString(), QString());
    EXPECT_EQ(PaperPreference::paper(), Paper::systemDefault());
}

TEST_F(PaperPreferenceTest, CancelKeepsThePaperAndAnUnknownValueIsAutomatic)
{
    {
        PreferencesDialog dialog(db());
        paperCombo(dialog)->setCurrentIndex(paperCombo(dialog)->findData(QStringLiteral("letter")));
        dialog.reject();
    }
    EXPECT_FALSE(QSettings().contains(QLatin1String(PaperPreference::Key)));
    // A hand-edited file.
    QSettings().setValue(QLatin1String(PaperPreference::Key), QStringLiteral("legal"));
    EXPECT_EQ(PaperPreference::savedCode(), QString());
    EXPECT_EQ(PaperPreference::paper(), Paper::systemDefault());
    PreferencesDialog dialog(db());
    EXPECT_EQ(dialog.paperCode(), QString());
}

TEST_F(PaperPreferenceTest, TheReportAndTheMeetingSheetsFollowIt)
{
    QTemporaryDir dir;
    for (const PaperSize paper : {PaperSize::Letter, PaperSize::A4}) {
        PaperPreference::save(Paper::code(paper));
        const QString expected = paper == PaperSize::Letter
                                     ? QStringLiteral("612 x 792 pts (letter)")
                                     : QStringLiteral("595 x 842 pts (A4)");
        const QString report =
            dir.filePath(QStringLiteral("report-%1.pdf").arg(Paper::code(paper)));
        auto pages = ReportPrinting::writePdf(db(), 2019, QStringLiteral("en"), report);
        ASSERT_TRUE(pages.ok()) << pages.message().toStdString();
        const QString size = pageSize(report);
        if (size.isEmpty())
            GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
        EXPECT_EQ(size, QStringLiteral("Page size: ") + expected);

        QTextDocument minutes;
        minutes.setPlainText(QStringLiteral("Minutes"));
        const QString sheet =
            dir.filePath(QStringLiteral("minutes-%1.pdf").arg(Paper::code(paper)));
        ASSERT_TRUE(MeetingSheets::writePdf(minutes, sheet, {}, PaperPreference::paper()).ok());
        EXPECT_EQ(pageSize(sheet), QStringLiteral("Page size: ") + expected);
    }
}

} // namespace
