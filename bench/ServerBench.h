#pragma once

#include <QTextStream>

namespace bilan::bench {

// Issue 11's goals on a PostgreSQL server, each beside psql doing the same work in the same
// run: the figures of one year on `entries` entries, saving one entry over loopback, and the
// import of `importRows` hour rows against psql's \copy of the same rows into a bare table.
// Runs where libpq's PG* variables point (inside `pg_virtualenv`, scripts/bench-server.sh), as
// a login that may create databases; its databases bilan_bench_* are made again each run.
int server(int entries, int importRows, int runs, QTextStream& out);

} // namespace bilan::bench
