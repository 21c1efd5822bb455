#include "ExpertsView.h"

#include "EnumNames.h"
#include "HistoryDialog.h"
#include "ListExport.h"
#include "ListSearch.h"
#include "ListTables.h"
#include "ui_ExpertsView.h"

#include "DateEdits.h"
#include "ErrorText.h"
#include "ExpertRepository.h"
#include "ExpertTableModel.h"
#include "FieldRepository.h"
#include "ReadOnlyPage.h"
#include "Validation.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>
#include <QStringListModel>

namespace bilan {

namespace {

// The birth year spin box's minimum stands for "not given" (its special value text).
constexpr int NoBirthYear = Validation::FirstBirthYear - 1;
const QChar FieldSeparator = QLatin1Char('|');

} // namespace

ExpertsView::ExpertsView(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::ExpertsView>()),
      m_model(new ExpertTableModel(database, this))
{
    m_ui->setupUi(this);
    for (QDateEdit* edit : {m_ui->startedEdit, m_ui->endedEdit})
        limitToAcceptedDates(edit);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); "
                                                   "background: #b00020; padding: 4px;"));
    m_errorLabels = {{QStringLiteral("name"), m_ui->nameError},
                     {QStringLiteral("role"), m_ui->roleError},
                     {QStringLiteral("fields"), m_ui->fieldsError},
                     {QStringLiteral("region"), m_ui->regionError},
                     {QStringLiteral("started"), m_ui->startedError},
                     {QStringLiteral("ended"), m_ui->endedError},
                     {QStringLiteral("gender"), m_ui->genderError},
                     {QStringLiteral("birth_year"), m_ui->birthYearError}};
    for (QLabel* label : std::as_const(m_errorLabels))
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
    clearErrors();

    for (ExpertRole role : allValues<ExpertRole>())
        m_ui->roleCombo->addItem(displayName(role), static_cast<int>(role));
    m_ui->genderCombo->addItem(tr("Not given"));
    for (Gender gender : allValues<Gender>())
        m_ui->genderCombo->addItem(displayName(gender), static_cast<int>(gender));
    // No later than the repositories accept (Validation::expert).
    m_ui->birthYearSpin->setRange(NoBirthYear, m_db.clock().today().year());
    m_ui->birthYearSpin->setSpecialValueText(tr("Not given"));
    m_ui->fieldsEdit->setPlaceholderText(tr("field | field | field"));
    m_ui->fieldsEdit->setToolTip(tr("Separate the fields of expertise with \"|\"."));

    // The completer offers names for the field being typed, the text after the last "|", so it
    // is driven by hand rather than attached to the whole line.
    m_fieldCompleter = new QCompleter(new QStringListModel(this), this);
    m_fieldCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fieldCompleter->setWidget(m_ui->fieldsEdit);
    connect(m_ui->fieldsEdit, &QLineEdit::textEdited, this, &ExpertsView::completeField);
    connect(m_fieldCompleter, qOverload<const QString&>(&QCompleter::activated), this,
            &ExpertsView::insertCompletion);

    m_ui->expertsView->setModel(m_model);
    addHistoryAction(m_ui->expertsView, database, [this](int row) -> std::optional<HistoryRow> {
        const Expert expert = m_model->expertAt(row);
        if (expert.id <= 0)
            return std::nullopt;
        return HistoryRow{QStringLiteral("experts"), QString::number(expert.id), expert.name};
    });
    new ListSearch(m_ui->expertsView, tr("Search the experts (name, field, region)"));
    m_export = new ListExport(
        m_ui->expertsView, database,
        [this]() -> Result<TableData> { return ListTables::experts(*m_ui->expertsView, *m_model); },
        tr("experts"), tr("Export E&xperts List…"), QStringLiteral("exportExpertsAction"));
    m_ui->expertsView->verticalHeader()->hide();
    m_ui->expertsView->horizontalHeader()->setSectionResizeMode(ExpertTableModel::Fields,
                                                                QHeaderView::Stretch);
    connect(m_model, &ExpertTableModel::errorOccurred, this, &ExpertsView::showError);
    connect(m_ui->expertsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    editRow(current.row());
            });
    connect(m_ui->stillActiveCheck, &QCheckBox::toggled, m_ui->endedEdit, &QWidget::setDisabled);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ExpertsView::newExpert);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)save(); });

    (void)m_model->reload();
    loadFieldNames();
    newExpert();
}

ExpertsView::~ExpertsView() = default;

QString ExpertsView::errorText(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field, m_ui->errorLabel);
    return label->isHidden() ? QString() : label->text();
}

void ExpertsView::loadFieldNames()
{
    auto names = FieldRepository(m_db).names();
    if (!names) {
        showError(names.message(), names.error().field);
        return;
    }
    static_cast<QStringListModel*>(m_fieldCompleter->model())->setStringList(*names);
}

void ExpertsView::newExpert()
{
    m_ui->expertsView->selectionModel()->clearSelection();
    Expert blank;
    blank.started = m_db.clock().today();
    fillEditor(blank);
    m_ui->nameEdit->setFocus();
}

void ExpertsView::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    fillEditor(m_model->expertAt(row));
}

void ExpertsView::fillEditor(const Expert& expert)
{
    clearErrors();
    m_editedId = expert.id;
    m_version = expert.updatedAt;
    m_ui->editorBox->setTitle(expert.id ? tr("Expert: %1").arg(expert.name) : tr("New expert"));
    m_ui->nameEdit->setText(expert.name);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(expert.role)));
    m_ui->fieldsEdit->setText(expert.fields.join(QStringLiteral(" | ")));
    m_ui->regionEdit->setText(expert.region);
    m_ui->startedEdit->setDate(expert.started.isValid() ? expert.started : m_db.clock().today());
    m_ui->stillActiveCheck->setChecked(!expert.ended.isValid());
    m_ui->endedEdit->setDate(expert.ended.isValid() ? expert.ended : m_db.clock().today());
    m_ui->endedEdit->setDisabled(!expert.ended.isValid());
    m_ui->genderCombo->setCurrentIndex(
        expert.gender ? m_ui->genderCombo->findData(static_cast<int>(*expert.gender)) : 0);
    m_ui->birthYearSpin->setValue(expert.birthYear.value_or(NoBirthYear));
}

Expert ExpertsView::expertFromEditor() const
{
    Expert expert;
    expert.id = m_editedId;
    expert.updatedAt = m_version;
    expert.name = m_ui->nameEdit->text().simplified();
    expert.role = static_cast<ExpertRole>(m_ui->roleCombo->currentData().toInt());
    for (const QString& field : m_ui->fieldsEdit->text().split(FieldSeparator, Qt::SkipEmptyParts))
        if (!field.trimmed().isEmpty())
            expert.fields << field.simplified();
    expert.region = m_ui->regionEdit->text().simplified();
    expert.started = m_ui->startedEdit->date();
    if (!m_ui->stillActiveCheck->isChecked())
        expert.ended = m_ui->endedEdit->date();
    const QVariant gender = m_ui->genderCombo->currentData();
    if (gender.isValid())
        expert.gender = static_cast<Gender>(gender.toInt());
    if (m_ui->birthYearSpin->value() != NoBirthYear)
        expert.birthYear = m_ui->birthYearSpin->value();
    return expert;
}

bilan::Status ExpertsView::save()
{
    clearErrors();
    const Expert expert = expertFromEditor();
    ExpertRepository repository(m_db);
    qint64 id = expert.id;
    if (id == 0) {
        auto added = repository.add(expert);
        if (!added) {
            showError(added.message(), added.error().field);
            return added.error();
        }
        id = *added;
    } else if (auto updated = repository.update(expert); !updated) {
        // Another desk changed or removed the expert since it was shown: the list and the
        // editor show the stored version, and the message says whose it is.
        if (updated.error().changedElsewhere) {
            (void)m_model->reload();
            if (const int row = m_model->rowOf(id); row >= 0)
                selectExpert(id);
            else
                newExpert();
        }
        showError(updated.message(), updated.error().field);
        return updated;
    }
    auto reloaded = m_model->reload();
    loadFieldNames();
    selectExpert(id);
    emit expertSaved(id);
    return reloaded;
}

void ExpertsView::setReadOnly(bool readOnly, const QString& reason)
{
    m_readOnly = readOnly;
    ReadOnlyPage::showReason(this, readOnly ? reason : QString());
    ReadOnlyPage::disable({m_ui->editorBox, m_ui->personalBox}, readOnly);
    ReadOnlyPage::hide({m_ui->newButton, m_ui->saveButton}, readOnly);
}

void ExpertsView::reloadFromDatabase()
{
    {
        // Choosing the row again must not load it over what is being typed.
        const QSignalBlocker blocker(m_ui->expertsView->selectionModel());
        (void)m_model->reload();
        loadFieldNames();
        const int row = m_editedId != 0 ? m_model->rowOf(m_editedId) : -1;
        if (row >= 0)
            m_ui->expertsView->setCurrentIndex(m_model->index(row, ExpertTableModel::Name));
        if (row >= 0 && m_readOnly)
            editRow(row);
    }
    m_ui->expertsView->viewport()->update();
}

void ExpertsView::selectExpert(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    // Selecting the row loads the saved expert back into the editor.
    m_ui->expertsView->setCurrentIndex(m_model->index(row, ExpertTableModel::Name));
    editRow(row);
}

void ExpertsView::completeField(const QString& text)
{
    const QString current = text.section(FieldSeparator, -1).trimmed();
    if (current.isEmpty()) {
        m_fieldCompleter->popup()->hide();
        return;
    }
    m_fieldCompleter->setCompletionPrefix(current);
    m_fieldCompleter->complete();
}

void ExpertsView::insertCompletion(const QString& completion)
{
    QStringList parts = m_ui->fieldsEdit->text().split(FieldSeparator);
    parts.last() = parts.size() > 1 ? QLatin1Char(' ') + completion : completion;
    m_ui->fieldsEdit->setText(parts.join(FieldSeparator));
}

void ExpertsView::showError(const QString& message, const QString& field)
{
    QLabel* label = m_errorLabels.value(field, m_ui->errorLabel);
    ErrorText::show(label, message);
    emit errorOccurred(message, field);
}

void ExpertsView::clearErrors()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

} // namespace bilan
