#pragma once

#include <QTime>

class QDateEdit;
class QTimeEdit;

namespace bilan {

// Holds a date editor to the one range of dates Bilan accepts (Validation::firstDate to
// lastDate), so that the window never offers a date the storage would refuse; and lets a date
// be typed into it at once (the first part is selected when the field takes the focus, and
// the separator typed after a part filled up does not skip the next part).
void limitToAcceptedDates(QDateEdit* edit);

// Lets a time editor hold no time: it shows "--:--" (its minimum, 00:00) until a time is typed,
// and Delete empties it again. Typing goes as in a date field.
void allowNoTime(QTimeEdit* edit);
// The time shown, or an invalid QTime for "--:--".
QTime optionalTime(const QTimeEdit* edit);
// Shows `time`, or "--:--" for an invalid one.
void setOptionalTime(QTimeEdit* edit, QTime time);

} // namespace bilan
