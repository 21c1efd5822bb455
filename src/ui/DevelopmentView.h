#pragma once

#include "Activity.h"
#include "Database.h"
#include "Result.h"
#include "YearlyFigures.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class DevelopmentView;
}

namespace bilan {

// The director's page for one fiscal year's satisfaction survey and business-development
// activities: added, changed and removed here, with the figures the annual report will print
// for them (FiguresCalculator::development, the report's own reading) kept current as they
// change. A closed year, or a login that may not change them (RoleLimits), is read-only under a
// banner saying why.
class DevelopmentView : public QWidget
{
    Q_OBJECT

public:
    explicit DevelopmentView(Database& database, QWidget* parent = nullptr);
    ~DevelopmentView() override;

    // The start year of the fiscal year shown.
    int fiscalYear() const;
    // Shows the year starting in `startYear` (added to the chooser when missing).
    bilan::Status setFiscalYear(int startYear);

    // The survey form: saved (added or replaced) or removed for the year shown.
    bilan::Status saveSurveyFromForm();
    bilan::Status removeSurvey();
    // The activity form: a new one when none is selected, else the selected one changed.
    bilan::Result<qint64> saveActivityFromForm();
    // Removes the activity selected in the list, without asking (the button asks first).
    bilan::Status removeSelectedActivity();
    // Selects the activity in the list and puts it in the form; false when it is not listed.
    bool selectActivity(qint64 id);

    // The figures of the year shown, as the report computes them.
    const YearlyFigures& figures() const { return m_figures; }
    // The satisfaction line under the survey form, the error line, the closed-year reason.
    QString satisfactionText() const;
    QString errorText() const;
    bool isYearClosed() const { return m_closed; }

    // A login that may read but not change surveys and activities: no forms, `reason` said.
    void setReadOnly(bool readOnly, const QString& reason);
    // Another desk changed the database: the years, the survey and the list are read again.
    Q_INVOKABLE void reloadFromDatabase();

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    bilan::Status fillYears(int keep);
    bilan::Status load();
    void fillActivities();
    void fillCounts();
    void showActivityInForm();
    void confirmRemoveActivity();
    void confirmRemoveSurvey();
    void updateEditable();
    // A write refused: reported, and the page made read-only when the year is now closed.
    bilan::Status refused(bilan::Status status);
    bilan::Status report(bilan::Status status);
    void clearError();

    Database& m_db;
    std::unique_ptr<Ui::DevelopmentView> m_ui;
    int m_startMonth = 4;
    bool m_closed = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QDateTime m_surveyVersion;
    QList<Activity> m_activities;
    YearlyFigures m_figures;
};

} // namespace bilan
