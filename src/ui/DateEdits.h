#pragma once

class QDateEdit;

namespace bilan {

// Holds a date editor to the one range of dates Bilan accepts (Validation::firstDate to
// lastDate), so that the window never offers a date the storage would refuse; and lets a date
// be typed into it at once (the first part is selected when the field takes the focus, and
// the separator typed after a part filled up does not skip the next part).
void limitToAcceptedDates(QDateEdit* edit);

} // namespace bilan
