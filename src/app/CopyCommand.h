#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan copy --db SOURCE TARGET`: the whole database SOURCE into TARGET, a new file or an
// empty database (a desk's file onto the server, the server into a file). Exit status 0 on
// success, 1 when a database cannot be used (the target holds data, is the source itself, the
// copy failed and nothing was written), 2 on a usage error.
class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CopyCommand)

public:
    // `arguments`: what follows the word "copy".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
