#include "GuiBench.h"

#include "Clock.h"
#include "Database.h"
#include "HoursView.h"
#include "MainWindow.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUndoStack>

#include <ctime>

namespace bilan::bench {

namespace {

// Lets the window system deliver the expose, then paints synchronously: on the offscreen
// platform this is the first screen as a user would see it.
void firstPaint(QWidget& widget)
{
    widget.show();
    QCoreApplication::processEvents();
    widget.repaint();
    QCoreApplication::processEvents();
}

} // namespace

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int hoursViewCase(const QString& path, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(path);
    if (!database) {
        out << "error=" << database.message() << '\n';
        return 1;
    }
    const FixedClock clock(QDateTime(QDate(2019, 10, 16), QTime(12, 0), Qt::UTC));
    QUndoStack stack;
    HoursView view(**database, &stack, clock);
    view.resize(1280, 800);
    firstPaint(view);
    const double ms = timer.nsecsElapsed() / 1e6;
    out << "ms=" << ms << " rss_kib=" << residentKiB() << '\n';
    return 0;
}

int windowCase(const QString& path, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    WindowLauncher launcher;
    if (!launcher.open(path)) {
        out << "error=cannot open " << path << '\n';
        return 1;
    }
    firstPaint(*launcher.window());
    const double ms = timer.nsecsElapsed() / 1e6;
    out << "shown_at_ms=" << QString::number(monotonicMs(), 'f', 1) << " ms=" << ms
        << " rss_kib=" << residentKiB() << '\n';
    return 0;
}

int reportCase(const QString& path, const QString& pdf, QTextStream& out)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(path, options);
    if (!database) {
        out << "error=" << database.message() << '\n';
        return 1;
    }
    auto input = ReportInputLoader::load(**database, 2019, ReportLanguage::French);
    if (!input) {
        out << "error=" << input.message() << '\n';
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;
    auto pages = ReportPdf::write(*input, pdf);
    if (!pages) {
        out << "error=" << pages.message() << '\n';
        return 1;
    }
    out << "ms=" << timer.nsecsElapsed() / 1e6 << " load_ms=" << loadMs << " pages=" << *pages
        << '\n';
    return 0;
}

} // namespace bilan::bench
