#pragma once

#include "Membership.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class MembershipPeriodEditor;
}

class QLabel;

namespace bilan {

// The small form under an organisation's periods, shown for one action at a time: a join or
// rejoin (a new period), a leave (the running period's end), a correction of a period, or the
// confirmation before removing one. It only collects and shows; the Members page writes.
// Enter confirms and Escape cancels from any of its fields.
class MembershipPeriodEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Join,
        Leave,
        Correct,
        Remove
    };

    explicit MembershipPeriodEditor(QWidget* parent = nullptr);
    ~MembershipPeriodEditor() override;

    // `rejoin` only changes the wording: either way it is a new, open period.
    void startJoin(QDate joined, MembershipCategory category, bool rejoin);
    void startLeave(const Membership& open, QDate left);
    void startCorrect(const Membership& period);
    void startRemove(const Membership& period);

    Mode mode() const { return m_mode; }
    // The period as the fields describe it, with the id of the period being changed (0 for a
    // join).
    Membership period() const;

    // Shows `message` next to the field named by the repository (joined, left, category), or
    // on the form's own error line for any other field.
    void showError(const QString& message, const QString& field);
    void clearErrors();
    // Empty when no error is shown for `field`; an unknown field reads the form's error line.
    QString errorText(const QString& field = {}) const;

signals:
    void confirmed();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void start(Mode mode, const Membership& period);

    std::unique_ptr<Ui::MembershipPeriodEditor> m_ui;
    QHash<QString, QLabel*> m_errorLabels;
    Mode m_mode = Mode::Join;
    Membership m_period;
};

} // namespace bilan
