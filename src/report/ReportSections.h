#pragma once

#include "ReportInput.h"

#include <QString>

namespace bilan {

// The HTML of the report's sections built from the figures (ReportDocument adds the cover's
// frame and the sections written as prose). Each is a pure function of the input; an absent
// figure is shown as "—", never as 0.
namespace ReportSections {

QString heading(const QString& title);
QString coverFigures(const ReportInput& input);
QString associativeLife(const ReportInput& input);
QString membership(const ReportInput& input);
QString services(const ReportInput& input);
QString finances(const ReportInput& input);
QString humanCapital(const ReportInput& input);
QString businessDevelopment(const ReportInput& input);
// The new members in columns after the last section, when there are more of them than
// `NewMembersInPlace` (the membership section then gives their number); empty otherwise.
QString newMembersAppendix(const ReportInput& input);

// The most new members listed in the membership section itself.
constexpr qsizetype NewMembersInPlace = 30;

} // namespace ReportSections

} // namespace bilan
