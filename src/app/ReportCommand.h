#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt] [--lang fr|en]`: the
// annual activity report of one fiscal year as a PDF, an OpenDocument text, or both (at least one).
// Exit status 0 on success, 1 on a user error (a bad year, a database that cannot be read, a file
// that cannot be written), 2 on a usage error. Charts need a
// QApplication (Qt Charts draws with widgets' graphics items), offscreen is enough.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportCommand)

public:
    // `arguments`: those after the word "report".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
