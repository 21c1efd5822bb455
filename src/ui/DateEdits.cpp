#include "DateEdits.h"

#include "Validation.h"

#include <QDateEdit>

namespace bilan {

void limitToAcceptedDates(QDateEdit* edit)
{
    edit->setDateRange(Validation::firstDate(), Validation::lastDate());
}

} // namespace bilan
