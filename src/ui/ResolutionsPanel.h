#pragma once

#include "Meeting.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;

namespace Ui {
class ResolutionsPanel;
}

namespace bilan {

// A director in office on the meeting's day, as the resolutions' mover and seconder lists
// need them.
struct ResolutionDirector
{
    qint64 id = 0;
    QString name;
    bool present = false;
};

// The resolutions put to a meeting: a list, and under it the form of the one selected (its
// number, text, mover and seconder among the directors present, outcome, and the votes when
// they were counted). Edits go straight into the list; the meeting editor saves them with the
// meeting.
class ResolutionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResolutionsPanel(QWidget* parent = nullptr);
    ~ResolutionsPanel() override;

    void setResolutions(const QList<Resolution>& resolutions);
    QList<Resolution> resolutions() const;
    // The number before this meeting's first resolution (the year's last so far), from which
    // the first one's number is proposed; empty when the year has none.
    void setNumberBefore(const QString& number);
    // The directors in office that day; only those present may move or second. A mover or
    // seconder already chosen who is no longer marked present stays chosen, said so, for the
    // secretary to change (saving refuses it).
    void setDirectors(const QList<ResolutionDirector>& directors);

    // A new resolution numbered after the last one, selected, its text ready for typing.
    void addResolution();
    void removeSelected();
    int currentRow() const;
    void setCurrentRow(int row);

    // Shows a refusal under the form and puts the cursor in the field it names (number, text,
    // mover, seconder, outcome, votes_for, votes_against, votes_abstaining).
    void showError(const QString& message, const QString& field);
    void clearError();
    QString errorText() const;

    // The number after `previous`: its last run of digits plus one, as wide as it was
    // ("CA-2025-07" → "CA-2025-08", "9" → "10"); "1" after nothing; empty when `previous` does
    // not end with a number.
    static QString nextNumber(const QString& previous);

signals:
    // A resolution was added, changed or removed.
    void changed();

private:
    void showCurrent();
    void storeCurrent();
    void fillDirectorCombo(QComboBox* combo, qint64 chosen);
    QString listText(const Resolution& resolution) const;
    // The row of the resolution an error concerns, or -1.
    int rowConcerned(const QString& message, const QString& field) const;
    void updateButtons();

    std::unique_ptr<Ui::ResolutionsPanel> m_ui;
    QList<Resolution> m_resolutions;
    QList<ResolutionDirector> m_directors;
    QString m_numberBefore;
    // While the form is being filled from the list, its signals are not edits.
    bool m_filling = false;
};

} // namespace bilan
