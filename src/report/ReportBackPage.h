#pragma once

#include "Cooperative.h"
#include "ReportInput.h"

#include <QString>
#include <QStringList>

namespace bilan {

// The report's last page, as the seed report ends: the cooperative's name and how to reach it.
class ReportBackPage
{
public:
    // The lines printed under the name: each address line, then telephone, email and web site.
    static QStringList contactLines(const Cooperative& cooperative);
    // Its HTML, starting on a page of its own; empty when there are no contact lines.
    static QString html(const ReportInput& input);
};

} // namespace bilan
