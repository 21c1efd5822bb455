// On a server, an import or a copy is recorded as one event rather than a row per line
// (ChangeEvent sets bilan.bulk for its transaction). A setting is any session's to set, so the
// server checks that such a transaction does record its event: ChangeLogSchema.h says how.

#include "ChangeLog.h"
#include "ChangeLogSchema.h"

namespace bilan {

QStringList ChangeLogSchema::serverBulkGuard(const QString& schema)
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE change_log_bulk (
            txid BIGINT NOT NULL,
            table_name TEXT COLLATE "C" NOT NULL,
            recorded BOOLEAN NOT NULL DEFAULT false,
            PRIMARY KEY (txid, table_name)))"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION bilan_note_bulk() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
BEGIN
    INSERT INTO change_log_bulk (txid, table_name) VALUES (txid_current(), TG_TABLE_NAME)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$f$)")
            .arg(schema),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION bilan_check_bulk() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM change_log_bulk WHERE txid = NEW.txid AND recorded) THEN
        RAISE EXCEPTION 'rows were added to % without the record of their import or copy',
            NEW.table_name USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END
$f$)")
            .arg(schema),
        QStringLiteral("CREATE CONSTRAINT TRIGGER bilan_bulk_recorded AFTER INSERT ON "
                       "change_log_bulk DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE "
                       "FUNCTION bilan_check_bulk()"),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_note_bulk() FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_check_bulk() FROM PUBLIC"),
    };
    for (const QString& table : recordedTables())
        statements << QStringLiteral("CREATE TRIGGER bilan_note_bulk AFTER INSERT ON %1 FOR EACH "
                                     "STATEMENT WHEN (current_setting('bilan.bulk', true) = 'on') "
                                     "EXECUTE FUNCTION bilan_note_bulk()")
                          .arg(table);
    return statements;
}

} // namespace bilan
