#pragma once

class QDateEdit;

namespace bilan {

// Holds a date editor to the one range of dates Bilan accepts (Validation::firstDate to
// lastDate), so that the window never offers a date the storage would refuse.
void limitToAcceptedDates(QDateEdit* edit);

} // namespace bilan
