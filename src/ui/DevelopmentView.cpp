#include "DevelopmentView.h"

#include "ui_DevelopmentView.h"

#include "ActivityRepository.h"
#include "DateEdits.h"
#include "EnumNames.h"
#include "FiguresCalculator.h"
#include "FiscalYear.h"
#include "Formatting.h"
#include "ListSearch.h"
#include "MessageBox.h"
#include "Parsing.h"
#include "ReadOnlyPage.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <set>

namespace bilan {

namespace {

const int IdRole = Qt::UserRole;
// The report's columns (ReportSections: events, meetings) and the agreements it lists.
const ActivityType CountedTypes[] = {ActivityType::Event, ActivityType::Meeting,
                                     ActivityType::Agreement};

// Messages from the layers below begin in lower case, to be part of a sentence; the page shows
// them as sentences.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

DevelopmentView::DevelopmentView(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::DevelopmentView>())
{
    m_ui->setupUi(this);
    limitToAcceptedDates(m_ui->activityDateEdit);
    for (ActivityType type : allValues<ActivityType>())
        m_ui->typeCombo->addItem(displayName(type), static_cast<int>(type));
    for (Audience audience : allValues<Audience>())
        m_ui->audienceCombo->addItem(displayName(audience), static_cast<int>(audience));
    m_ui->activitiesTable->setColumnCount(4);
    m_ui->activitiesTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Type"), tr("Audience"), tr("Title")});
    m_ui->activitiesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->activitiesTable->verticalHeader()->hide();
    new ListSearch(m_ui->activitiesTable,
                   tr("Search the activities (date, type, audience, title)"));
    m_ui->countsTable->setColumnCount(3);
    m_ui->countsTable->setHorizontalHeaderLabels(
        {displayName(ActivityType::Event, GrammaticalNumber::Many),
         displayName(ActivityType::Meeting, GrammaticalNumber::Many),
         displayName(ActivityType::Agreement, GrammaticalNumber::Many)});
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->errorLabel->hide();

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] { (void)load(); });
    connect(m_ui->saveSurveyButton, &QPushButton::clicked, this,
            [this] { (void)saveSurveyFromForm(); });
    connect(m_ui->removeSurveyButton, &QPushButton::clicked, this,
            &DevelopmentView::confirmRemoveSurvey);
    connect(m_ui->activitiesTable, &QTableWidget::itemSelectionChanged, this,
            &DevelopmentView::showActivityInForm);
    connect(m_ui->newActivityButton, &QPushButton::clicked, this, [this] {
        m_ui->activitiesTable->clearSelection();
        m_ui->activityDateEdit->setFocus();
    });
    connect(m_ui->saveActivityButton, &QPushButton::clicked, this,
            [this] { (void)saveActivityFromForm(); });
    connect(m_ui->removeActivityButton, &QPushButton::clicked, this,
            &DevelopmentView::confirmRemoveActivity);
    connect(m_ui->titleEdit, &QLineEdit::returnPressed, this,
            [this] { (void)saveActivityFromForm(); });

    (void)report(fillYears(0));
    (void)load();
}

DevelopmentView::~DevelopmentView() = default;

int DevelopmentView::fiscalYear() const
{
    return m_ui->yearCombo->currentData().toInt();
}

bilan::Status DevelopmentView::fillYears(int keep)
{
    SettingsRepository settings(m_db);
    auto month = settings.fiscalStartMonth();
    if (!month)
        return month.error();
    m_startMonth = *month;
    // The years with a survey or an activity, and the current one.
    const FiscalYear current = FiscalYear::containing(m_db.clock().today(), m_startMonth);
    std::set<int> withData;
    auto surveys = SurveyRepository(m_db).all();
    if (!surveys)
        return surveys.error();
    for (const Survey& survey : std::as_const(*surveys))
        withData.insert(survey.fiscalYear);
    auto activities = ActivityRepository(m_db).all();
    if (!activities)
        return activities.error();
    for (const Activity& activity : std::as_const(*activities))
        withData.insert(FiscalYear::containing(activity.date, m_startMonth).startYear());
    std::set<int> years = withData;
    years.insert(current.startYear());
    if (keep != 0)
        years.insert(keep);
    // Opens on the current year once it has data, else on the latest year that has some.
    const int shown = keep != 0 ? keep
                      : withData.empty() || withData.count(current.startYear())
                          ? current.startYear()
                          : *withData.rbegin();
    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_ui->yearCombo->addItem(FiscalYear(*it, m_startMonth).name(), *it);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(shown));
    return {};
}

bilan::Status DevelopmentView::setFiscalYear(int startYear)
{
    if (auto checked = FiscalYear::checkStartYear(startYear); !checked)
        return report(checked);
    if (m_ui->yearCombo->findData(startYear) < 0) {
        if (auto filled = fillYears(startYear); !filled)
            return report(filled);
        return load();
    }
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(startYear));
    return {};
}

bilan::Status DevelopmentView::load()
{
    const int year = fiscalYear();
    if (year == 0)
        return {};
    auto closed = SettingsRepository(m_db).isClosed(year);
    if (!closed)
        return report(closed.error());
    m_closed = *closed;
    auto survey = SurveyRepository(m_db).forYear(year);
    if (!survey)
        return report(survey.error());
    const FiscalYear shown(year, m_startMonth);
    auto activities = ActivityRepository(m_db).list(shown.firstDay(), shown.lastDay());
    if (!activities)
        return report(activities.error());
    auto figures = FiguresCalculator(m_db).development(year);
    if (!figures)
        return report(figures.error());

    m_surveyVersion = *survey ? (*survey)->updatedAt : QDateTime();
    m_ui->respondentsSpin->setValue(*survey ? (*survey)->respondents : 0);
    m_ui->recommendSpin->setValue(*survey ? (*survey)->recommend : 0);
    m_ui->removeSurveyButton->setEnabled(survey->has_value());
    m_activities = *activities;
    m_figures = *figures;
    fillActivities();
    fillCounts();
    updateEditable();
    return {};
}

void DevelopmentView::fillActivities()
{
    const QSignalBlocker blocker(m_ui->activitiesTable);
    m_ui->activitiesTable->clearContents();
    m_ui->activitiesTable->setRowCount(static_cast<int>(m_activities.size()));
    for (int row = 0; row < m_activities.size(); ++row) {
        const Activity& activity = m_activities.at(row);
        const QStringList cells{Parsing::formatDate(activity.date), displayName(activity.type),
                                displayName(activity.audience), activity.title};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, activity.id);
            m_ui->activitiesTable->setItem(row, column, item);
        }
    }
    // The title takes the rest of the width (a resize of every column to its contents would
    // shrink it, and setStretchLastSection() does nothing once set).
    for (int column = 0; column < m_ui->activitiesTable->columnCount() - 1; ++column)
        m_ui->activitiesTable->resizeColumnToContents(column);
    // Today when it falls in the year shown, else the year's first day: a new activity's date
    // is always one the year accepts.
    const FiscalYear shown(fiscalYear(), m_startMonth);
    const QDate today = m_db.clock().today();
    m_ui->activityDateEdit->setDate(
        today >= shown.firstDay() && today <= shown.lastDay() ? today : shown.firstDay());
    m_ui->titleEdit->clear();
    m_ui->removeActivityButton->setEnabled(false);
}

void DevelopmentView::fillCounts()
{
    const Formatting format{QLocale()};
    const FiscalYear& year = m_figures.year;
    m_ui->satisfactionLabel->setText(
        m_figures.satisfactionPct
            ? tr("The report for %1 will print: %2 of respondents would recommend the "
                 "cooperative (%3 respondents).")
                  .arg(year.name(), format.ratio(m_figures.satisfactionPct),
                       format.integer(m_figures.surveyRespondents.value_or(0)))
            : tr("No survey answered for %1: the report leaves the satisfaction question out.")
                  .arg(year.name()));
    const auto audiences = allValues<Audience>();
    m_ui->countsTable->setRowCount(static_cast<int>(audiences.size()));
    QStringList rows;
    for (int row = 0; row < static_cast<int>(audiences.size()); ++row) {
        const Audience audience = audiences.at(static_cast<std::size_t>(row));
        rows << displayName(audience, GrammaticalNumber::Many);
        for (int column = 0; column < 3; ++column) {
            const int count = m_figures.activities.value({audience, CountedTypes[column]});
            auto* item = new QTableWidgetItem(format.integer(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->countsTable->setItem(row, column, item);
        }
    }
    m_ui->countsTable->setVerticalHeaderLabels(rows);
}

void DevelopmentView::showActivityInForm()
{
    const QList<QTableWidgetItem*> selected = m_ui->activitiesTable->selectedItems();
    const bool any = !selected.isEmpty();
    m_ui->removeActivityButton->setEnabled(any && !m_closed && !m_readOnly);
    if (!any)
        return;
    const qint64 id = selected.first()->data(IdRole).toLongLong();
    for (const Activity& activity : std::as_const(m_activities)) {
        if (activity.id != id)
            continue;
        m_ui->activityDateEdit->setDate(activity.date);
        m_ui->typeCombo->setCurrentIndex(
            m_ui->typeCombo->findData(static_cast<int>(activity.type)));
        m_ui->audienceCombo->setCurrentIndex(
            m_ui->audienceCombo->findData(static_cast<int>(activity.audience)));
        m_ui->titleEdit->setText(activity.title);
    }
}

bool DevelopmentView::selectActivity(qint64 id)
{
    for (int row = 0; row < m_ui->activitiesTable->rowCount(); ++row) {
        if (m_ui->activitiesTable->item(row, 0)->data(IdRole).toLongLong() == id) {
            m_ui->activitiesTable->selectRow(row);
            return true;
        }
    }
    return false;
}

bilan::Status DevelopmentView::saveSurveyFromForm()
{
    clearError();
    Survey survey;
    survey.fiscalYear = fiscalYear();
    survey.respondents = m_ui->respondentsSpin->value();
    survey.recommend = m_ui->recommendSpin->value();
    survey.updatedAt = m_surveyVersion;
    const Status saved = SurveyRepository(m_db).save(survey);
    if (!saved) {
        // Changed at another desk: its version is shown, with the reason.
        if (saved.error().changedElsewhere)
            (void)load();
        return refused(saved);
    }
    return load();
}

bilan::Status DevelopmentView::removeSurvey()
{
    clearError();
    const Status removed = SurveyRepository(m_db).remove(fiscalYear(), m_surveyVersion);
    (void)load();
    return removed ? removed : report(removed);
}

bilan::Result<qint64> DevelopmentView::saveActivityFromForm()
{
    clearError();
    Activity activity;
    const QList<QTableWidgetItem*> selected = m_ui->activitiesTable->selectedItems();
    if (!selected.isEmpty()) {
        activity.id = selected.first()->data(IdRole).toLongLong();
        for (const Activity& shown : std::as_const(m_activities))
            if (shown.id == activity.id)
                activity.updatedAt = shown.updatedAt;
    }
    activity.date = m_ui->activityDateEdit->date();
    activity.type = static_cast<ActivityType>(m_ui->typeCombo->currentData().toInt());
    activity.audience = static_cast<Audience>(m_ui->audienceCombo->currentData().toInt());
    activity.title = m_ui->titleEdit->text();
    const FiscalYear shown(fiscalYear(), m_startMonth);
    if (activity.date < shown.firstDay() || activity.date > shown.lastDay()) {
        const Error outside = fail(tr("%1 is not in the fiscal year %2 shown; choose that year "
                                      "first")
                                       .arg(Parsing::formatDate(activity.date), shown.name()),
                                   QStringLiteral("date"));
        (void)report(outside);
        return outside;
    }
    ActivityRepository activities(m_db);
    Result<qint64> written = activity.id == 0 ? activities.add(activity) : [&]() -> Result<qint64> {
        if (auto updated = activities.update(activity); !updated)
            return updated.error();
        return activity.id;
    }();
    if (!written) {
        if (written.error().changedElsewhere) {
            (void)load();
            selectActivity(activity.id);
        }
        (void)refused(written.error());
        return written;
    }
    (void)load();
    return written;
}

bilan::Status DevelopmentView::removeSelectedActivity()
{
    clearError();
    const QList<QTableWidgetItem*> selected = m_ui->activitiesTable->selectedItems();
    if (selected.isEmpty())
        return {};
    const qint64 id = selected.first()->data(IdRole).toLongLong();
    QDateTime version;
    for (const Activity& shown : std::as_const(m_activities))
        if (shown.id == id)
            version = shown.updatedAt;
    const Status removed = ActivityRepository(m_db).remove(id, version);
    (void)load();
    if (!removed)
        selectActivity(id);
    return removed ? removed : report(removed);
}

void DevelopmentView::confirmRemoveActivity()
{
    const QList<QTableWidgetItem*> selected = m_ui->activitiesTable->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (MessageBox::question(this, tr("Remove the Activity"),
                             tr("Remove the activity of %1 (%2)?")
                                 .arg(m_ui->activitiesTable->item(row, 0)->text(),
                                      m_ui->activitiesTable->item(row, 1)->text())) ==
        QMessageBox::Yes)
        (void)removeSelectedActivity();
}

void DevelopmentView::confirmRemoveSurvey()
{
    if (MessageBox::question(this, tr("Remove the Survey"),
                             tr("Remove the satisfaction survey of %1?")
                                 .arg(FiscalYear(fiscalYear(), m_startMonth).name())) ==
        QMessageBox::Yes)
        (void)removeSurvey();
}

QString DevelopmentView::satisfactionText() const
{
    return m_ui->satisfactionLabel->text();
}

QString DevelopmentView::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void DevelopmentView::setReadOnly(bool readOnly, const QString& reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    updateEditable();
}

void DevelopmentView::updateEditable()
{
    const bool locked = m_closed || m_readOnly;
    // The login's reason first; a closed year says so otherwise.
    ReadOnlyPage::showReason(
        this, m_readOnly ? m_readOnlyReason
              : m_closed ? tr("The fiscal year %1 is closed: its survey and activities can be "
                              "read but not changed.")
                               .arg(FiscalYear(fiscalYear(), m_startMonth).name())
                         : QString());
    ReadOnlyPage::hide({m_ui->saveSurveyButton, m_ui->removeSurveyButton, m_ui->newActivityButton,
                        m_ui->saveActivityButton, m_ui->removeActivityButton},
                       locked);
    ReadOnlyPage::disable({m_ui->respondentsSpin, m_ui->recommendSpin, m_ui->activityDateEdit,
                           m_ui->typeCombo, m_ui->audienceCombo, m_ui->titleEdit},
                          locked);
}

void DevelopmentView::reloadFromDatabase()
{
    const int shown = fiscalYear();
    (void)report(fillYears(shown));
    (void)load();
}

bilan::Status DevelopmentView::refused(bilan::Status status)
{
    if (!status && !status.error().storage && !status.error().changedElsewhere) {
        // The year may have been closed at another desk since the page read it: storage said
        // so in the message; the page turns read-only, leaving the values typed in view.
        if (auto closed = SettingsRepository(m_db).isClosed(fiscalYear());
            closed && *closed != m_closed) {
            m_closed = *closed;
            updateEditable();
        }
    }
    return report(status);
}

bilan::Status DevelopmentView::report(bilan::Status status)
{
    if (!status) {
        m_ui->errorLabel->setText(sentence(status.message()));
        m_ui->errorLabel->show();
        emit errorOccurred(status.message(), status.error().field);
    }
    return status;
}

void DevelopmentView::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
