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
};

} // namespace bilan
