#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan demo --db FILE`: writes the demo database (DemoData) into a new or empty database
// file. Exit status 0 on success, 1 when the file cannot be used (not a database, already holds
// data), 2 on a usage error.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::DemoCommand)

public:
    // `arguments`: what follows the word "demo".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace bilan
