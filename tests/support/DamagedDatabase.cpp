#include "DamagedDatabase.h"

#include <QJsonObject>

#include "ChangeLog.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <QFile>
#include <QFileInfo>

#include <functional>

namespace bilan::test {

bool buildDatabaseWithEntries(const QString& path, int rows, QString* why)
{
    return buildDatabaseWithEntries(path, rows, 0, why);
}

bool buildDatabaseWithEntries(const QString& path, int rows, int longNotes, QString* why)
{
    auto database = Database::open(path);
    if (!database) {
        *why = database.message();
        return false;
    }
    Expert expert;
    expert.name = QStringLiteral("Émilie Tremblay");
    expert.role = ExpertRole::Professional;
    expert.started = QDate(2000, 1, 1);
    auto expertId = ExpertRepository(**database).add(expert);
    Organisation organisation;
    organisation.name = QStringLiteral("Coopérative Le Rucher");
    organisation.kind = OrganisationKind::Coop;
    auto organisationId = OrganisationRepository(**database).add(organisation);
    if (!expertId || !organisationId) {
        *why = !expertId ? expertId.message() : organisationId.message();
        return false;
    }
    std::vector<ServiceEntryRepository::CheckedRow> entries;
    const QDate first(2018, 4, 1);
    for (int i = 0; i < rows; ++i) {
        ServiceEntryRepository::CheckedRow row;
        row.date = first.addDays(i % (4 * 365));
        row.expertId = *expertId;
        row.organisationId = *organisationId;
        row.minutes = 15 + i % 4 * 15;
        row.note = i < longNotes ? LongNoteMarker.repeated(800)
                                 : QStringLiteral("%1 %2").arg(EntryNoteMarker).arg(i);
        entries.push_back(row);
    }
    Transaction transaction(**database);
    // One record in the history, as an import makes: the damaged page is then one of entries.
    ChangeEvent event(**database, ChangeOperation::Import, QStringLiteral("service_entries"));
    auto inserted = ServiceEntryRepository(**database).insertChecked(entries);
    if (inserted)
        inserted = event.record(QJsonObject{{QStringLiteral("rows"), rows}});
    if (inserted)
        inserted = transaction.commit();
    if (!inserted) {
        *why = inserted.message();
        return false;
    }
    return true;
}

namespace {

// Overwrites with garbage the middle one of the pages of the closed file `path` that
// `wanted` picks (it sees each page but the first); the page's number (from 1), or 0.
int damageOnePage(const QString& path, const std::function<bool(const QByteArray&)>& wanted,
                  QString* why)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        *why = QStringLiteral("%1 has changes waiting in its journal").arg(wal.filePath());
        return 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *why = file.errorString();
        return 0;
    }
    const QByteArray bytes = file.readAll();
    // The page size is a big-endian 16-bit number at offset 16 (1 stands for 65536).
    int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    QList<qsizetype> pages;
    // Page 1 holds the file header and the schema.
    for (qsizetype at = pageSize; at + pageSize <= bytes.size(); at += pageSize) {
        if (wanted(bytes.mid(at, pageSize)))
            pages << at;
    }
    if (pages.size() < 3) {
        *why = QStringLiteral("only %1 pages to damage were found").arg(pages.size());
        return 0;
    }
    const qsizetype at = pages.at(pages.size() / 2);
    file.seek(at);
    if (file.write(QByteArray(pageSize, '\x5A')) != pageSize || !file.flush()) {
        *why = file.errorString();
        return 0;
    }
    return static_cast<int>(at / pageSize) + 1;
}

} // namespace

int damageOneEntriesPage(const QString& path, QString* why)
{
    const QByteArray marker = EntryNoteMarker.toUtf8();
    // A table's leaf page starts with 0x0D.
    return damageOnePage(
        path, [&](const QByteArray& page) { return page.at(0) == '\x0D' && page.contains(marker); },
        why);
}

int damageOneOverflowPage(const QString& path, QString* why)
{
    const QByteArray marker = LongNoteMarker.toUtf8();
    // An overflow page starts with the next page's number, no b-tree page type (2, 5, 10, 13);
    // past it, nothing but the note's text.
    return damageOnePage(
        path,
        [&](const QByteArray& page) {
            return !QByteArray("\x02\x05\x0A\x0D").contains(page.at(0)) &&
                   page.mid(8, 64).contains(marker);
        },
        why);
}

} // namespace bilan::test
