#include "DateEdits.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimeEdit>

#include <utility>

namespace bilan {

namespace {

// Typing "2021-03-15" (or "19:30") into a date (or time) field, as one types it anywhere else. Qt's
// editor ignores digits typed where the cursor lands after a click (the end of a full part), and
// moves on by itself once a part is full, so that the "-" typed next skipped the month.
class DateTyping : public QObject
{
public:
    static constexpr QLatin1StringView Name{"bilanDateTyping"};

    explicit DateTyping(QDateTimeEdit* edit) : QObject(edit), m_edit(edit)
    {
        setObjectName(Name);
        edit->installEventFilter(this);
        if (auto* line = edit->findChild<QLineEdit*>())
            line->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::FocusIn:
            if (watched == m_edit)
                focused(static_cast<QFocusEvent*>(event)->reason());
            break;
        case QEvent::MouseButtonRelease:
            // A click that brought the focus puts the cursor where it landed: the first part
            // is selected instead, so the date typed next replaces the one shown.
            // A click in a field that had it selects the part clicked, which typing replaces.
            if (std::exchange(m_selectOnRelease, false))
                selectFirstPart();
            else if (auto* line = qobject_cast<QLineEdit*>(watched);
                     line && !line->hasSelectedText())
                m_edit->setSelectedSection(m_edit->currentSection());
            break;
        case QEvent::KeyPress:
            if (watched == m_edit)
                return keyPressed(static_cast<QKeyEvent*>(event));
            break;
        default:
            break;
        }
        return false;
    }

private:
    void focused(Qt::FocusReason reason)
    {
        m_partBefore = -1;
        if (reason == Qt::MouseFocusReason)
            m_selectOnRelease = true;
        else if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                 reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason)
            selectFirstPart();
    }

    void selectFirstPart()
    {
        if (m_edit->sectionCount() > 0)
            m_edit->setCurrentSectionIndex(0);
        m_edit->setSelectedSection(m_edit->currentSection());
    }

    // True when the key is swallowed.
    bool keyPressed(const QKeyEvent* key)
    {
        m_selectOnRelease = false;
        const QString text = key->text();
        const bool separator = text.size() == 1 && !text.at(0).isLetterOrNumber() &&
                               (text.at(0).isPrint() || text.at(0).isSpace());
        // The part the last digit filled up moved the cursor on by itself: the separator
        // typed after it is already passed.
        const bool movedOn = m_partBefore >= 0 && m_edit->currentSectionIndex() != m_partBefore;
        m_partBefore =
            text.size() == 1 && text.at(0).isDigit() ? m_edit->currentSectionIndex() : -1;
        return separator && movedOn;
    }

    QDateTimeEdit* m_edit;
    bool m_selectOnRelease = false;
    // The part a digit was typed into, while the next key may be the separator after it.
    int m_partBefore = -1;
};

const QString NoTime = QStringLiteral("--:--");

// An optional time: "--:--" (the minimum's special text) until a digit is typed, which starts
// an ordinary time from its hour; Delete, or Backspace over the whole text, empties it again.
class OptionalTimeTyping : public QObject
{
public:
    explicit OptionalTimeTyping(QTimeEdit* edit) : QObject(edit), m_edit(edit)
    {
        edit->installEventFilter(this);
        // A time typed shows as itself; 00:00 left when the typing ends is no time.
        connect(edit, &QTimeEdit::timeChanged, this, [this](QTime time) {
            if (time != m_edit->minimumTime())
                m_edit->setSpecialValueText(NoTime);
        });
        connect(edit, &QTimeEdit::editingFinished, this,
                [this] { m_edit->setSpecialValueText(NoTime); });
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<const QKeyEvent*>(event);
        const bool empty = m_edit->time() == m_edit->minimumTime();
        const auto* line = m_edit->findChild<QLineEdit*>();
        const bool allSelected = line && line->selectedText() == line->text();
        if (key->key() == Qt::Key_Delete || (key->key() == Qt::Key_Backspace && allSelected)) {
            m_edit->setTime(m_edit->minimumTime());
            m_edit->setSpecialValueText(NoTime);
            return true;
        }
        const QString text = key->text();
        if (empty && text.size() == 1 && text.at(0).isDigit() &&
            !m_edit->specialValueText().isEmpty()) {
            // Qt's editor does not type over a special text: the hour is typed into 00:00.
            m_edit->setSpecialValueText(QString());
            m_edit->setCurrentSectionIndex(0);
            m_edit->setSelectedSection(m_edit->currentSection());
        }
        return false;
    }

private:
    QTimeEdit* m_edit;
};

} // namespace

void allowNoTime(QTimeEdit* edit)
{
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setTimeRange(QTime(0, 0), QTime(23, 59));
    // The minimum stands for "not recorded": a meeting does not open at midnight.
    edit->setSpecialValueText(NoTime);
    edit->setToolTip(QCoreApplication::translate("bilan::DateEdits",
                                                 "Leave --:-- when not recorded (Delete empties "
                                                 "the time)."));
    if (!edit->findChild<QObject*>(DateTyping::Name, Qt::FindDirectChildrenOnly))
        new DateTyping(edit);
    new OptionalTimeTyping(edit);
}

QTime optionalTime(const QTimeEdit* edit)
{
    const QTime time = edit->time();
    return time == edit->minimumTime() ? QTime() : time;
}

void setOptionalTime(QTimeEdit* edit, QTime time)
{
    edit->setSpecialValueText(NoTime);
    edit->setTime(time.isValid() && time != edit->minimumTime() ? time : edit->minimumTime());
}

void limitToAcceptedDates(QDateEdit* edit)
{
    edit->setDateRange(Validation::firstDate(), Validation::lastDate());
    if (!edit->findChild<QObject*>(DateTyping::Name, Qt::FindDirectChildrenOnly))
        new DateTyping(edit);
}

} // namespace bilan
