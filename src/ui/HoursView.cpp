#include "HoursView.h"

#include "Clock.h"
#include "DateEdits.h"
#include "EntryCommands.h"
#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "HoursEntryDelegate.h"
#include "HoursEntryList.h"
#include "LastExpertMemory.h"
#include "ListExport.h"
#include "ListTables.h"
#include "OrganisationMatchModel.h"
#include "OrganisationRepository.h"
#include "Parsing.h"
#include "RoleLimits.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "SettingsRepository.h"
#include "WeekGridModel.h"
#include "ui_HoursView.h"

#include "ErrorText.h"
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QShortcut>
#include <QUndoStack>

#include <algorithm>

namespace bilan {

namespace {

const QString DateField = QStringLiteral("date");
const QString ExpertField = QStringLiteral("expert");
const QString OrganisationField = QStringLiteral("organisation");
const QString DurationField = QStringLiteral("duration");
const QString FieldField = QStringLiteral("field");

bool isReturn(const QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<const QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

HoursView::HoursView(Database& database, QUndoStack* undoStack, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::HoursView), m_db(database), m_stack(undoStack), m_clock(clock)
{
    m_ui->setupUi(this);
    for (QDateEdit* edit : {m_ui->dateEdit, m_ui->fromDateEdit, m_ui->toDateEdit})
        limitToAcceptedDates(edit);
    // The commands on the stack refer to the context: it lives as long as the stack does, and a
    // view built again on the same stack (another language) shares it, so undoing an edit made
    // before still refreshes the lists shown.
    m_context = undoStack ? undoStack->findChild<EntryCommandContext*>(QString(),
                                                                       Qt::FindDirectChildrenOnly)
                          : nullptr;
    if (!m_context)
        m_context = new EntryCommandContext(database, undoStack ? static_cast<QObject*>(undoStack)
                                                                : static_cast<QObject*>(this));
    m_week = new WeekGridModel(database, this);
    HoursEntryList::Widgets list;
    list.table = m_ui->entriesTable;
    list.from = m_ui->fromDateEdit;
    list.to = m_ui->toDateEdit;
    list.expert = m_ui->listExpertCombo;
    list.organisation = m_ui->listOrganisationEdit;
    list.total = m_ui->totalShownLabel;
    m_list = new HoursEntryList(database, undoStack, m_context, list,
                                clock.today().addDays(1 - clock.today().dayOfWeek()), this);
    connect(m_list, &HoursEntryList::errorOccurred, this, &HoursView::showMessage);
    m_export = new ListExport(
        m_ui->entriesTable, database, [this] { return ListTables::hours(m_db, *m_list->model()); },
        tr("hours"), tr("Export &Hours List…"), QStringLiteral("exportHoursAction"));
    m_matchModel = new OrganisationMatchModel(this);

    setUpQuickEntry();
    setUpNewOrganisationPrompt();
    setUpWeek();
    reloadLists();
    dateChanged();
}

HoursView::~HoursView()
{
    // The focused field still emits editingFinished while its parent is being destroyed: the
    // slots of this class must not run then.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
    // The list's wiring too: it outlives the filter widgets it listens to.
    delete m_list;
    m_list = nullptr;
}

void HoursView::setUpQuickEntry()
{
    for (QLabel* label :
         {m_ui->dateError, m_ui->expertError, m_ui->organisationError, m_ui->durationError,
          m_ui->fieldError, m_ui->noteError, m_ui->messageLabel}) {
        label->setStyleSheet(QStringLiteral("color: #c00000;"));
        label->setWordWrap(true);
        label->hide();
    }
    m_ui->dateEdit->setDate(m_clock.today());

    QCompleter* completer = completeOrganisations(m_ui->organisationEdit, m_matchModel);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &HoursView::organisationChosen);
    connect(m_ui->organisationEdit, &QLineEdit::editingFinished, this,
            &HoursView::organisationChosen);
    connect(m_matchModel, &OrganisationMatchModel::errorOccurred, this,
            [this](const QString& message) { showError(message, OrganisationField); });

    // Return saves from any field of the row, whatever the widget would do with it otherwise.
    for (QWidget* editor : QList<QWidget*>{
             m_ui->dateEdit, m_ui->expertCombo, m_ui->organisationEdit, m_ui->durationEdit,
             m_ui->fieldCombo, m_ui->fieldCombo->lineEdit(), m_ui->noteEdit})
        editor->installEventFilter(this);

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &HoursView::dateChanged);
    connect(m_ui->expertCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &HoursView::expertChanged);
    // A failed save is shown next to its field by save(); undo and redo have no field there.
    connect(m_context, &EntryCommandContext::errorOccurred, this, [this](const QString& message) {
        if (!m_saving)
            showMessage(message);
    });
    // A change that went through (an edit in the list or the grid, an undo) ends the message of
    // an earlier failure.
    connect(m_context, &EntryCommandContext::entriesChanged, this, [this] {
        if (m_context->lastError().message.isEmpty())
            m_ui->messageLabel->hide();
    });
}

void HoursView::setUpWeek()
{
    m_week->setUndoStack(m_stack, m_context);
    m_week->setFieldDefault([this](qint64 organisation) { return lastFieldFor(organisation); });
    m_ui->weekTable->setModel(m_week);
    // Long organisation names must not push the days and the total off the screen: the names
    // are elided (the header's tooltip gives them whole) and the days share the rest.
    m_ui->weekTable->verticalHeader()->setMaximumWidth(280);
    m_ui->weekTable->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_ui->weekTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_week, &WeekGridModel::totalsChanged, this, &HoursView::updateWeekLabels);
    connect(m_week, &QAbstractItemModel::modelReset, this, &HoursView::updateWeekLabels);
    connect(m_week, &WeekGridModel::errorOccurred, this,
            [this](const QString& message) { showMessage(message); });
    connect(m_ui->previousWeekButton, &QToolButton::clicked, this, [this] {
        m_week->previousWeek();
        updateWeekLabels();
        listWeekShown();
    });
    connect(m_ui->nextWeekButton, &QToolButton::clicked, this, [this] {
        m_week->nextWeek();
        updateWeekLabels();
        listWeekShown();
    });
    const QList<QPair<QKeySequence, QToolButton*>> shortcuts = {
        {QKeySequence(Qt::ALT | Qt::Key_Left), m_ui->previousWeekButton},
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), m_ui->previousWeekButton},
        {QKeySequence(Qt::ALT | Qt::Key_Right), m_ui->nextWeekButton},
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), m_ui->nextWeekButton},
    };
    for (const auto& [keys, button] : shortcuts) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    }
}

void HoursView::reloadLists()
{
    const qint64 expert = currentExpertId();
    // One read of the organisations serves the quick entry, the list's filter and its editor.
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations) {
        showError(organisations.message(), OrganisationField);
    } else {
        m_matchModel->setOrganisations(*organisations);
        m_matcher.setOrganisations(*organisations);
    }
    auto experts = ExpertRepository(m_db).all();
    if (!experts) {
        showError(experts.message(), ExpertField);
    } else {
        // The experts still active on the entry's day first: those who left stay at the end.
        const QDate day = m_ui->dateEdit->date();
        std::stable_partition(experts->begin(), experts->end(),
                              [day](const Expert& e) { return e.activeOn(day); });
        QSignalBlocker blocker(m_ui->expertCombo);
        m_ui->expertCombo->clear();
        for (const Expert& e : *experts)
            m_ui->expertCombo->addItem(e.name, e.id);
        // No expert chosen yet and none sure to preselect: the chooser stays empty and asks.
        const int row = m_ui->expertCombo->findData(expert != 0 ? expert : defaultExpert(*experts));
        m_ui->expertCombo->setCurrentIndex(row);
        m_expertLocked = RoleLimits::lockExpertChoice(m_ui->expertCombo, m_db);
        m_list->reloadLists(*experts, organisations ? *organisations : QList<Organisation>());
    }
    auto fields = FieldRepository(m_db).names();
    if (!fields) {
        showError(fields.message(), FieldField);
    } else {
        const QString typed = m_ui->fieldCombo->currentText();
        m_ui->fieldCombo->clear();
        m_ui->fieldCombo->addItems(*fields);
        m_ui->fieldCombo->setEditText(typed);
    }
    expertChanged();
}

qint64 HoursView::defaultExpert(const QList<Expert>& experts) const
{
    return LastExpertMemory(m_db).choose(experts, m_ui->dateEdit->date());
}

void HoursView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The constructor has just read them the first time.
    if (m_shownOnce)
        reloadLists();
    // A window opening on this page starts in the entry row, not in the page list where typing
    // a name would switch pages.
    else if (!window()->focusWidget())
        m_ui->dateEdit->setFocus(Qt::OtherFocusReason);
    m_shownOnce = true;
}

qint64 HoursView::currentExpertId() const
{
    return m_ui->expertCombo->currentData().toLongLong();
}

void HoursView::expertChanged()
{
    m_week->setExpert(currentExpertId());
    m_list->followExpert(currentExpertId());
    updateWeekLabels();
}

void HoursView::dateChanged()
{
    const QDate day = m_ui->dateEdit->date();
    const QDate shown = m_week->weekStart();
    m_week->setWeek(day);
    updateWeekLabels();
    if (m_week->weekStart() != shown)
        listWeekShown();
    auto closed = SettingsRepository(m_db).closedYearContaining(day);
    if (!closed) {
        showError(closed.message(), DateField);
        return;
    }
    m_yearClosed = closed->has_value();
    // The date stays editable: it is how the user leaves the closed year.
    for (QWidget* editor : QList<QWidget*>{m_ui->organisationEdit, m_ui->durationEdit,
                                           m_ui->fieldCombo, m_ui->noteEdit})
        editor->setEnabled(!m_yearClosed);
    m_ui->expertCombo->setEnabled(!m_yearClosed && !m_expertLocked);
    if (m_yearClosed) {
        const FiscalYear& year = **closed;
        m_ui->dateError->setText(
            tr("The fiscal year %1 (%2 to %3) is closed: its hours cannot change.")
                .arg(year.name(), QLocale().toString(year.firstDay(), QLocale::ShortFormat),
                     QLocale().toString(year.lastDay(), QLocale::ShortFormat)));
        m_ui->dateError->show();
    } else {
        m_ui->dateError->clear();
        m_ui->dateError->hide();
    }
}

void HoursView::organisationChosen()
{
    const OrganisationChoice choice = m_matcher.resolve(m_ui->organisationEdit->text());
    if (!choice.found())
        return;
    if (const QString field = lastFieldFor(choice.organisation.id); !field.isEmpty())
        m_ui->fieldCombo->setEditText(field);
}

bool HoursView::save()
{
    clearErrors();
    if (m_yearClosed) {
        m_ui->dateError->show();
        return false;
    }
    ServiceEntry entry;
    entry.date = m_ui->dateEdit->date();
    entry.expertId = currentExpertId();
    if (entry.expertId == 0) {
        showError(tr("Choose an expert."), ExpertField);
        return false;
    }
    const OrganisationChoice organisation = m_matcher.resolve(m_ui->organisationEdit->text());
    if (!organisation.found()) {
        showError(organisation.message, OrganisationField);
        // A name the register lacks: create it there, keeping the row (HoursViewNewOrganisation).
        offerNewOrganisation(organisation);
        return false;
    }
    auto minutes = Parsing::duration(m_ui->durationEdit->text());
    if (!minutes) {
        showError(minutes.message(), DurationField);
        return false;
    }
    entry.organisationId = organisation.organisation.id;
    entry.minutes = *minutes;
    entry.field = m_ui->fieldCombo->currentText().trimmed();
    entry.note = m_ui->noteEdit->text().trimmed();

    m_saving = true;
    run(new AddEntryCommand(*m_context, entry));
    m_saving = false;
    if (!m_context->lastError().message.isEmpty()) {
        const Error& failure = m_context->lastError();
        showError(failure.message, failure.field);
        return false;
    }
    m_ui->messageLabel->hide();
    m_lastField.insert(entry.organisationId, entry.field);
    Expert chosen;
    chosen.id = entry.expertId;
    chosen.name = m_ui->expertCombo->currentText();
    LastExpertMemory(m_db).remember(chosen);
    // setText, unlike clear(), empties each field's own undo history: Ctrl+Z in the fresh row
    // then reaches the window and undoes the entry just saved.
    for (QLineEdit* edit : {m_ui->organisationEdit, m_ui->durationEdit, m_ui->noteEdit})
        edit->setText({});
    m_ui->organisationEdit->setFocus();
    // A day in another week: show the week the entry went to.
    if (m_week->weekStart() != entry.date.addDays(1 - entry.date.dayOfWeek()))
        m_week->setWeek(entry.date);
    updateWeekLabels();
    return true;
}

void HoursView::showError(const QString& message, const QString& field)
{
    QLabel* label = errorLabel(field);
    ErrorText::show(label, message);
    if (QWidget* editor = editorFor(field); editor && editor->isEnabled())
        editor->setFocus();
}

void HoursView::clearErrors()
{
    for (QLabel* label : {m_ui->expertError, m_ui->organisationError, m_ui->durationError,
                          m_ui->fieldError, m_ui->noteError, m_ui->messageLabel}) {
        label->clear();
        label->hide();
    }
    if (!m_yearClosed)
        m_ui->dateError->hide();
}

// The form names its widgets after the fields that repository errors name: "duration" is
// shown in durationError, next to durationEdit.
QLabel* HoursView::errorLabel(const QString& field) const
{
    auto* label = field.isEmpty() ? nullptr : findChild<QLabel*>(field + QStringLiteral("Error"));
    return label ? label : m_ui->messageLabel;
}

QWidget* HoursView::editorFor(const QString& field) const
{
    if (field.isEmpty())
        return nullptr;
    if (auto* edit = findChild<QWidget*>(field + QStringLiteral("Edit")))
        return edit;
    return findChild<QWidget*>(field + QStringLiteral("Combo"));
}

void HoursView::updateWeekLabels()
{
    const QDate monday = m_week->weekStart();
    m_ui->weekLabel->setText(tr("Week of %1 to %2")
                                 .arg(QLocale().toString(monday, QLocale::ShortFormat),
                                      QLocale().toString(monday.addDays(6), QLocale::ShortFormat)));
    m_ui->weekTotalLabel->setText(
        tr("Week total: %1 h").arg(Parsing::formatDuration(m_week->weekTotalMinutes())));
}

ServiceEntryTableModel* HoursView::entriesModel() const
{
    return m_list->model();
}

void HoursView::listWeekShown()
{
    // The list follows the week being browsed; its dates stay free to widen afterwards.
    m_list->showWeek(m_week->weekStart());
}

void HoursView::run(QUndoCommand* command)
{
    if (m_stack) {
        m_stack->push(command);
    } else {
        // No stack: the change is made all the same, just not undoable.
        command->redo();
        delete command;
    }
}

void HoursView::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(ErrorText::sentence(message));
    m_ui->messageLabel->show();
}

bool HoursView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // A line edit claims Ctrl+Z even with nothing to undo: let it through to the window's
        // Edit menu then, so the entry just saved is what gets undone.
        auto* key = static_cast<QKeyEvent*>(event);
        auto* edit = qobject_cast<QLineEdit*>(watched);
        if (edit && ((key->matches(QKeySequence::Undo) && !edit->isUndoAvailable()) ||
                     (key->matches(QKeySequence::Redo) && !edit->isRedoAvailable()))) {
            event->ignore();
            return true;
        }
    }
    if (isReturn(event)) {
        save();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bilan
