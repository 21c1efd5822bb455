#pragma once

#include <QDateTime>
#include <QString>

namespace bilan {

// The prose of one fiscal year's activity report, in one language ("fr" or "en").
struct ReportTexts
{
    int fiscalYear = 0;
    QString language;
    QString president;
    QString director;
    QString mission;
    QString vision;
    QString objectives;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Set by ReportTextRepository::get: updatedAt is the version a form shows (invalid when
    // nothing was stored yet), and a save is refused when another desk wrote these texts since
    // (RowVersion). Texts made from scratch (the demo) replace whatever is stored.
    bool loaded = false;
};

} // namespace bilan
