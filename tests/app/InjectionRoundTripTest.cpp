// Names and notes a pasted spreadsheet may hold — quotes, semicolons, an SQL injection, line
// breaks and non-Latin scripts — come back unchanged through import, export, a second import,
// and the annual report.

#include "CsvExporter.h"
#include "CsvImporter.h"
#include "OrganisationRepository.h"
#include "ReportDocument.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QString Injection = QStringLiteral("Robert'); DROP TABLE organisations;--");
const QString Quoted = QStringLiteral("Coop \"Le Rucher\"; O'Brien & fils, inc.");
const QString Cyrillic = QStringLiteral("Кооператив «Пчела»");
const QString Chinese = QStringLiteral("蜂巢合作社");
const QString Arabic = QStringLiteral("تعاونية النحل");
const QString DirectorName = QStringLiteral("Zoë O'Neil; \"la présidente\"");
const QString Note = QStringLiteral("line one\nline two; 'quoted' \"twice\", 100 % — ok");

// A CSV field as a spreadsheet writes it: quoted when it holds a comma, quote or line break.
QString field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString row(const QStringList& values)
{
    QStringList fields;
    for (const QString& value : values)
        fields << field(value);
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

class InjectionRoundTripTest : public test::DatabaseTest
{
protected:
    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    void importInto(Database& database, CsvKind kind, const QString& path)
    {
        const ImportResult result = CsvImporter(database).importFile(kind, path);
        QStringList problems;
        for (const ImportProblem& problem : result.problems)
            problems << CsvImporter::describe(path, problem);
        ASSERT_TRUE(result.ok()) << problems.join(QLatin1Char('\n')).toStdString();
        ASSERT_TRUE(result.written);
    }

    QByteArray exported(Database& database, CsvKind kind, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto rows = CsvExporter(database).exportFile(kind, path);
        EXPECT_TRUE(rows.ok()) << rows.message().toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    void importHostileFiles(Database& database)
    {
        importInto(
            database, CsvKind::Organisations,
            write(QStringLiteral("organisations.csv"),
                  row({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("region")}) +
                      row({Injection, QStringLiteral("coop"), Arabic}) +
                      row({Quoted, QStringLiteral("mutual"), QString()}) +
                      row({Cyrillic, QStringLiteral("npo"), Chinese}) +
                      row({Chinese, QStringLiteral("other"), QString()})));
        importInto(
            database, CsvKind::Experts,
            write(QStringLiteral("experts.csv"),
                  row({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("started")}) +
                      row({Arabic, QStringLiteral("professional"), QStringLiteral("2015-01-01")})));
        importInto(database, CsvKind::Hours,
                   write(QStringLiteral("hours.csv"),
                         row({QStringLiteral("date"), QStringLiteral("expert"),
                              QStringLiteral("organisation"), QStringLiteral("duration"),
                              QStringLiteral("note")}) +
                             row({QStringLiteral("2019-06-03"), Arabic, Injection,
                                  QStringLiteral("1h30"), Note}) +
                             row({QStringLiteral("2019-06-04"), Arabic, Cyrillic,
                                  QStringLiteral("2"), Injection})));
        importInto(database, CsvKind::Board,
                   write(QStringLiteral("board.csv"),
                         row({QStringLiteral("name"), QStringLiteral("organisation"),
                              QStringLiteral("role"), QStringLiteral("started")}) +
                             row({DirectorName, Quoted, QStringLiteral("president"),
                                  QStringLiteral("2018-06-01")}) +
                             row({Cyrillic, Injection, QStringLiteral("director"),
                                  QStringLiteral("2018-06-01")})));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(InjectionRoundTripTest, HostileTextIsStoredAsTypedAndTheTablesSurvive)
{
    importHostileFiles(db());
    auto organisations = OrganisationRepository(db()).all();
    ASSERT_OK(organisations);
    QStringList names;
    for (const Organisation& organisation : *organisations)
        names << organisation.name;
    names.sort();
    QStringList expected{Injection, Quoted, Cyrillic, Chinese};
    expected.sort();
    EXPECT_EQ(names, expected);
    auto entries = ServiceEntryRepository(db()).list({});
    ASSERT_OK(entries);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).note, Note);
    EXPECT_EQ(entries->at(1).note, Injection);
}

TEST_F(InjectionRoundTripTest, ExportThenImportIntoAFreshDatabaseGivesTheSameFiles)
{
    importHostileFiles(db());
    test::TestDatabase second;
    const QList<QPair<CsvKind, QString>> kinds{{CsvKind::Organisations, QStringLiteral("o")},
                                               {CsvKind::Experts, QStringLiteral("e")},
                                               {CsvKind::Hours, QStringLiteral("h")},
                                               {CsvKind::Board, QStringLiteral("b")}};
    QList<QByteArray> first;
    for (const auto& [kind, name] : kinds) {
        first << exported(db(), kind, name + QStringLiteral("1.csv"));
        importInto(second.db(), kind, m_dir.filePath(name + QStringLiteral("1.csv")));
    }
    for (int i = 0; i < kinds.size(); ++i) {
        const QByteArray again =
            exported(second.db(), kinds.at(i).first, kinds.at(i).second + QStringLiteral("2.csv"));
        EXPECT_EQ(again, first.at(i)) << "kind " << i;
    }
    const QString organisations = QString::fromUtf8(first.at(0));
    for (const QString& name : {Cyrillic, Chinese, Arabic})
        EXPECT_TRUE(organisations.contains(name)) << name.toStdString();
    EXPECT_TRUE(QString::fromUtf8(first.at(2)).contains(field(Note)));
}

TEST_F(InjectionRoundTripTest, TheReportPrintsTheNamesUnchanged)
{
    importHostileFiles(db());
    auto input = ReportInputLoader::load(db(), 2019, ReportLanguage::French);
    ASSERT_OK(input);
    const auto document = ReportDocument::build(*input);
    const QString text = ReportDocument::text(*document, ReportLanguage::French);
    for (const QString& name : {DirectorName, Quoted, Cyrillic, Injection})
        EXPECT_TRUE(text.contains(name)) << name.toStdString();

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    auto pages = ReportPdf::write(*input, pdf);
    ASSERT_OK(pages);
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& name : {QStringLiteral("Zoë O'Neil"), Cyrillic, Injection})
        EXPECT_TRUE(printed.contains(name)) << name.toStdString();
}
