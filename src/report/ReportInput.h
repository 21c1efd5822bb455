#pragma once

#include "ReportTexts.h"
#include "YearlyFigures.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace bilan {

enum class ReportLanguage
{
    French,
    English
};

// Everything the annual activity report is made of, gathered by the caller (the command, the
// window) so that rendering never reads the database: a document is a pure function of this.
struct ReportInput
{
    YearlyFigures figures;
    FiguresSeries series;
    ReportTexts texts;
    // Empty: the report shows a generic title instead.
    QString organisationName;
    // The back page's lines under the name: address lines, telephone, email, web site. Empty:
    // no back page.
    QStringList contactLines;
    // Who signs the director's word (Cooperative): empty, no signature; an empty title prints
    // the report's word for a general manager.
    QString generalManager;
    QString generalManagerTitle;
    ReportLanguage language = ReportLanguage::French;

    QLocale locale() const
    {
        return language == ReportLanguage::French ? QLocale(QLocale::French, QLocale::Canada)
                                                  : QLocale(QLocale::English, QLocale::Canada);
    }
    QString languageKey() const
    {
        return language == ReportLanguage::French ? QStringLiteral("fr") : QStringLiteral("en");
    }
};

} // namespace bilan
