#include "RobustnessSupport.h"

#include "ExpertRepository.h"
#include "OrganisationRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bilan::test {

bool prepareStressDatabase(const QString& path, QString* why)
{
    auto database = Database::open(path);
    if (!database) {
        *why = database.message();
        return false;
    }
    Expert expert;
    expert.name = StressExpert;
    expert.role = ExpertRole::Professional;
    expert.started = QDate(2000, 1, 1);
    auto e = ExpertRepository(**database).add(expert);
    Organisation organisation;
    organisation.name = StressOrganisation;
    organisation.kind = OrganisationKind::Coop;
    auto o = OrganisationRepository(**database).add(organisation);
    if (!e || !o) {
        *why = !e ? e.message() : o.message();
        return false;
    }
    return true;
}

QString checkIntegrity(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return problems.join(QLatin1Char('\n'));
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return query.lastError().text();
    if (query.next())
        return QStringLiteral("a row of %1 points to nothing").arg(query.value(0).toString());
    return QStringLiteral("ok");
}

QList<int> entriesTagged(Database& database, const QString& tag, QDate firstDay,
                         QStringList* broken)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT note, entry_date, minutes FROM service_entries "
                                 "WHERE substr(note, 1, length(:prefix)) = :prefix"));
    const QString prefix = tag + QStringLiteral(" #");
    query.bindValue(QStringLiteral(":prefix"), prefix);
    QList<int> numbers;
    if (!query.exec()) {
        broken->append(query.lastError().text());
        return numbers;
    }
    while (query.next()) {
        const QString note = query.value(0).toString();
        bool isNumber = false;
        const int number = note.mid(prefix.size()).toInt(&isNumber);
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (!isNumber || day != firstDay.addDays(number) || query.value(2).toInt() != 30)
            broken->append(QStringLiteral("%1 on %2, %3 min")
                               .arg(note, query.value(1).toString(), query.value(2).toString()));
        numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace bilan::test
