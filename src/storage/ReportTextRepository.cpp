#include "ReportTextRepository.h"

#include "RowVersion.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

namespace {

const QString Columns = QStringLiteral("fiscal_year, language, president, director, mission, "
                                       "vision, objectives, created_at, updated_at");

ReportTexts textsFrom(const QSqlQuery& query)
{
    ReportTexts texts;
    texts.fiscalYear = query.value(0).toInt();
    texts.language = query.value(1).toString();
    texts.president = query.value(2).toString();
    texts.director = query.value(3).toString();
    texts.mission = query.value(4).toString();
    texts.vision = query.value(5).toString();
    texts.objectives = query.value(6).toString();
    texts.createdAt = sql::toTimestamp(query.value(7));
    texts.updatedAt = sql::toTimestamp(query.value(8));
    return texts;
}

// "fr" or "en" as stored; "FR" or " en " as a command line or a form may spell them.
Result<QString> languageKey(const QString& language)
{
    const QString key = language.trimmed().toLower();
    if (key != QLatin1String("fr") && key != QLatin1String("en"))
        return fail(
            ReportTextRepository::tr("\"%1\" is not a report language; use fr or en").arg(language),
            QStringLiteral("language"));
    return key;
}

Status checkYear(int fiscalYear)
{
    if (fiscalYear < 1900 || fiscalYear > 2999)
        return fail(ReportTextRepository::tr("%1 is not a fiscal year").arg(fiscalYear),
                    QStringLiteral("year"));
    return {};
}

} // namespace

Result<ReportTexts> ReportTextRepository::get(int fiscalYear, const QString& language)
{
    auto key = languageKey(language);
    if (!key)
        return key.error();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1 FROM report_texts WHERE fiscal_year = ? "
                                         "AND language = ?")
                              .arg(Columns),
                          {fiscalYear, *key});
    if (!query)
        return query.error();
    auto found = sql::next(m_db, *query);
    if (!found)
        return found.error();
    if (*found) {
        ReportTexts texts = textsFrom(*query);
        texts.loaded = true;
        return texts;
    }
    ReportTexts empty;
    empty.fiscalYear = fiscalYear;
    empty.language = *key;
    empty.loaded = true;
    return empty;
}

Status ReportTextRepository::save(const ReportTexts& texts)
{
    if (auto year = checkYear(texts.fiscalYear); !year)
        return year;
    auto key = languageKey(texts.language);
    if (!key)
        return key.error();
    for (const auto& [text, field] :
         {std::pair{&texts.president, "president"}, std::pair{&texts.director, "director"},
          std::pair{&texts.mission, "mission"}, std::pair{&texts.vision, "vision"},
          std::pair{&texts.objectives, "objectives"}}) {
        if (auto valid = Validation::multiLineText(*text, QLatin1String(field)); !valid)
            return valid;
    }
    const QString table = QStringLiteral("report_texts");
    const QString where = QStringLiteral("fiscal_year = ? AND language = ?");
    const QVariantList keyValues{texts.fiscalYear, *key};
    return sql::inTransaction(m_db, [&]() -> Status {
        bool stored = texts.loaded && texts.updatedAt.isValid();
        if (texts.loaded && !stored) {
            // The form showed none: texts another desk wrote since are not replaced.
            if (auto absent = RowVersion::checkAbsent(m_db, table, where, keyValues); !absent)
                return absent;
        } else if (!texts.loaded) {
            auto found = sql::run(
                m_db, QStringLiteral("SELECT 1 FROM report_texts WHERE %1").arg(where), keyValues);
            if (!found)
                return found.error();
            auto row = sql::next(m_db, *found);
            if (!row)
                return row.error();
            stored = *row;
        }
        if (stored)
            return RowVersion::update(
                m_db, table,
                QStringLiteral("president = ?, director = ?, mission = ?, vision = ?, "
                               "objectives = ?"),
                {sql::text(texts.president), sql::text(texts.director), sql::text(texts.mission),
                 sql::text(texts.vision), sql::text(texts.objectives)},
                where, keyValues, texts.updatedAt);
        const QString now = m_db.timestamp();
        auto inserted =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO report_texts (fiscal_year, language, president, "
                                    "director, mission, vision, objectives, created_at, "
                                    "updated_at, updated_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {texts.fiscalYear, *key, sql::text(texts.president), sql::text(texts.director),
                      sql::text(texts.mission), sql::text(texts.vision),
                      sql::text(texts.objectives), now, now, RowVersion::author(m_db)});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Status ReportTextRepository::remove(int fiscalYear, const QString& language,
                                    const QDateTime& loaded)
{
    auto key = languageKey(language);
    if (!key)
        return key.error();
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current = RowVersion::check(m_db, QStringLiteral("report_texts"),
                                             QStringLiteral("fiscal_year = ? AND language = ?"),
                                             {fiscalYear, *key}, loaded);
            !current)
            return current;
        auto removed = sql::run(m_db,
                                QStringLiteral("DELETE FROM report_texts WHERE fiscal_year = ? "
                                               "AND language = ?"),
                                {fiscalYear, *key});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0) {
            auto year = SettingsRepository(m_db).fiscalYear(fiscalYear);
            if (!year)
                return year.error();
            return fail(tr("no report texts for %1 in %2").arg(year->name(), *key));
        }
        return {};
    });
}

Result<QList<ReportTexts>> ReportTextRepository::all()
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM report_texts ORDER BY fiscal_year, language").arg(Columns));
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, textsFrom);
}

} // namespace bilan
