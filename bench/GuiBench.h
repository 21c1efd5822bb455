#pragma once

#include <QString>
#include <QTextStream>

namespace bilan::bench {

// The measurements that need a QApplication, each run by `bilan_bench` in a child process of
// its own so that one case's memory and caches never count in another's. Each prints one
// line of `key=value` pairs that ScaleBench reads.

// The Hours page alone on `path`, its week set inside the data (2019-10-16): ms from before
// the database is opened to the first paint done, then the process's resident memory (VmRSS).
int hoursViewCase(const QString& path, QTextStream& out);
// The whole window as `bilan --db path` builds it (WindowLauncher::open, show, first paint);
// prints the monotonic clock at the first paint so that the parent counts the process start.
int windowCase(const QString& path, QTextStream& out);
// The annual report of 2019-2020 on `path`: ReportInputLoader::load + ReportPdf::write.
int reportCase(const QString& path, const QString& pdf, QTextStream& out);

// The system's monotonic clock in ms, the same in every process (CLOCK_MONOTONIC).
double monotonicMs();

// The resident memory of this process, in KiB (VmRSS of /proc/self/status).
qint64 residentKiB();

} // namespace bilan::bench
