#include "MandatesPanel.h"

#include "ui_MandatesPanel.h"

#include "BoardRepository.h"
#include "DateEdits.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "ListSearch.h"
#include "MandateTableModel.h"
#include "MessageBox.h"
#include "OrganisationMatchModel.h"
#include "OrganisationRepository.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QStringListModel>

namespace bilan {

MandatesPanel::MandatesPanel(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::MandatesPanel>()),
      m_model(new MandateTableModel(database, this)),
      m_organisations(new OrganisationMatchModel(this)), m_directorNames(new QStringListModel(this))
{
    m_ui->setupUi(this);
    for (QDateEdit* edit : {m_ui->startedEdit, m_ui->endedEdit})
        limitToAcceptedDates(edit);
    for (BoardRole role : allValues<BoardRole>())
        m_ui->roleCombo->addItem(displayName(role), static_cast<int>(role));

    m_ui->mandatesView->setModel(m_model);
    // A director's history: their own row and every one of their mandates.
    addHistoryAction(m_ui->mandatesView, database, [this](int row) -> std::optional<HistoryRow> {
        const qint64 director = m_model->mandateAt(row).directorId;
        if (director <= 0)
            return std::nullopt;
        return HistoryRow{QStringLiteral("directors"), QString::number(director),
                          m_model->directorNameAt(row)};
    });
    new ListSearch(m_ui->mandatesView, tr("Search the mandates (director, organisation, role)"));
    m_ui->mandatesView->verticalHeader()->hide();
    QHeaderView* header = m_ui->mandatesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MandateTableModel::Organisation, QHeaderView::Stretch);
    m_ui->mandatesView->installEventFilter(this);

    // Organisations are found however they are typed ("coop rucher" finds « Coopérative Le
    // Rucher »); the model filters, the completer only shows.
    auto* organisationCompleter = new QCompleter(m_organisations, this);
    organisationCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    organisationCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->organisationEdit->setCompleter(organisationCompleter);
    connect(m_ui->organisationEdit, &QLineEdit::textEdited, m_organisations,
            &OrganisationMatchModel::setTyped);
    auto* directorCompleter = new QCompleter(m_directorNames, this);
    directorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    directorCompleter->setFilterMode(Qt::MatchContains);
    m_ui->directorEdit->setCompleter(directorCompleter);

    connect(m_model, &MandateTableModel::errorOccurred, this, &MandatesPanel::showError);
    connect(m_organisations, &OrganisationMatchModel::errorOccurred, this,
            &MandatesPanel::showError);
    connect(m_ui->mandatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MandatesPanel::currentRowChanged);
    connect(m_ui->showEndedCheck, &QCheckBox::toggled, this, [this](bool show) {
        const qint64 edited = m_editedId;
        m_model->setShowEnded(show);
        selectMandate(edited);
        updateButtons();
    });
    connect(m_ui->endedCheck, &QCheckBox::toggled, m_ui->endedEdit, &QWidget::setEnabled);
    // An individual member represents no organisation: nothing to type there.
    connect(m_ui->noOrganisationCheck, &QCheckBox::toggled, m_ui->organisationEdit,
            &QWidget::setDisabled);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        startNewMandate();
        m_ui->directorEdit->setFocus();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MandatesPanel::revert);
    connect(m_ui->endButton, &QPushButton::clicked, this, &MandatesPanel::endToday);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MandatesPanel::confirmRemove);
    // Enter in a text field saves, as in the other forms; Escape puts the form back.
    for (QLineEdit* edit : {m_ui->directorEdit, m_ui->organisationEdit})
        connect(edit, &QLineEdit::returnPressed, this, [this] { (void)save(); });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->editorBox);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &MandatesPanel::revert);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { (void)save(); });

    clearErrors();
    (void)reload();
    startNewMandate();
}

MandatesPanel::~MandatesPanel() = default;

bilan::Status MandatesPanel::reload()
{
    auto loaded = m_model->reload();
    if (!loaded)
        return loaded; // shown through MandateTableModel::errorOccurred
    if (!m_organisations->load(m_db))
        return fail(m_organisations->lastError());
    auto directors = BoardRepository(m_db).directors();
    if (!directors)
        return report(directors.error());
    QStringList names;
    for (const Director& director : std::as_const(*directors))
        names << director.name;
    m_directorNames->setStringList(names);
    updateCount();
    updateButtons();
    return {};
}

void MandatesPanel::reloadFromDatabase()
{
    // Choosing the same mandate again leaves its form as it is (currentRowChanged).
    if (reload())
        selectMandate(m_editedId);
}

void MandatesPanel::startNewMandate()
{
    clearErrors();
    m_editedId = 0;
    m_version = {};
    m_ui->editorBox->setTitle(tr("New mandate"));
    MandateInput input;
    input.started = m_db.clock().today();
    setFormInput(input);
    m_ui->mandatesView->clearSelection();
    updateButtons();
}

bilan::Status MandatesPanel::editMandate(qint64 mandateId)
{
    clearErrors();
    BoardRepository board(m_db);
    auto mandate = board.mandate(mandateId);
    if (!mandate)
        return report(mandate.error());
    auto director = board.director(mandate->directorId);
    if (!director)
        return report(director.error());
    MandateInput input{director->name, {},
                       mandate->role,  mandate->started,
                       mandate->ended, mandate->organisationId == 0};
    if (!input.individualMember) {
        auto organisation = OrganisationRepository(m_db).get(mandate->organisationId);
        if (!organisation)
            return report(organisation.error());
        input.organisation = organisation->name;
    }
    m_editedId = mandateId;
    m_version = mandate->updatedAt;
    m_ui->editorBox->setTitle(tr("Mandate of %1").arg(director->name));
    setFormInput(input);
    selectMandate(mandateId);
    updateButtons();
    return {};
}

MandateInput MandatesPanel::formInput() const
{
    MandateInput input;
    input.director = m_ui->directorEdit->text().simplified();
    input.individualMember = m_ui->noOrganisationCheck->isChecked();
    if (!input.individualMember)
        input.organisation = m_ui->organisationEdit->text().simplified();
    input.role = static_cast<BoardRole>(m_ui->roleCombo->currentData().toInt());
    input.started = m_ui->startedEdit->date();
    if (m_ui->endedCheck->isChecked())
        input.ended = m_ui->endedEdit->date();
    return input;
}

void MandatesPanel::setFormInput(const MandateInput& input)
{
    m_ui->directorEdit->setText(input.director);
    m_ui->organisationEdit->setText(input.organisation);
    m_ui->noOrganisationCheck->setChecked(input.individualMember);
    const int role = m_ui->roleCombo->findData(static_cast<int>(input.role));
    m_ui->roleCombo->setCurrentIndex(role < 0 ? 0 : role);
    m_ui->startedEdit->setDate(input.started.isValid() ? input.started : m_db.clock().today());
    m_ui->endedCheck->setChecked(input.ended.isValid());
    // An ongoing mandate's end date waits at today's date, the likeliest one to be entered.
    m_ui->endedEdit->setDate(input.ended.isValid() ? input.ended : m_db.clock().today());
}

bilan::Result<qint64> MandatesPanel::save()
{
    clearErrors();
    auto written = MandateWriter(m_db).write(m_editedId, formInput(), m_version);
    if (!written) {
        if (written.error().changedElsewhere)
            showStored();
        return report(written.error()).error();
    }
    const qint64 id = *written;
    (void)reload();
    (void)editMandate(id);
    emit mandatesChanged();
    return id;
}

bilan::Result<qint64> MandatesPanel::addMandate(const MandateInput& input)
{
    startNewMandate();
    setFormInput(input);
    return save();
}

bilan::Status MandatesPanel::updateMandate(qint64 mandateId, const MandateInput& input)
{
    if (auto opened = editMandate(mandateId); !opened)
        return opened;
    setFormInput(input);
    auto saved = save();
    if (!saved)
        return saved.error();
    return {};
}

bilan::Status MandatesPanel::endMandate(qint64 mandateId, QDate lastDay)
{
    if (auto opened = editMandate(mandateId); !opened)
        return opened;
    MandateInput input = formInput();
    input.ended = lastDay;
    setFormInput(input);
    auto saved = save();
    if (!saved)
        return saved.error();
    return {};
}

bilan::Status MandatesPanel::removeMandate(qint64 mandateId)
{
    clearErrors();
    // The version shown is checked when the mandate is the one in the form.
    const QDateTime shown = mandateId == m_editedId ? m_version : QDateTime();
    if (auto removed = BoardRepository(m_db).removeMandate(mandateId, shown); !removed) {
        if (removed.error().changedElsewhere)
            showStored();
        return report(removed);
    }
    (void)reload();
    if (m_editedId == mandateId)
        startNewMandate();
    emit mandatesChanged();
    return {};
}

QString MandatesPanel::fieldError(const QString& field) const
{
    const QLabel* label = errorLabelFor(MandateWriter::formField(field));
    return label->isHidden() ? QString() : label->text();
}

QString MandatesPanel::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void MandatesPanel::openRow(const QModelIndex& index)
{
    const qint64 id = m_model->data(index, MandateTableModel::MandateIdRole).toLongLong();
    if (id > 0)
        (void)editMandate(id);
}

void MandatesPanel::currentRowChanged(const QModelIndex& current)
{
    const qint64 id = m_model->data(current, MandateTableModel::MandateIdRole).toLongLong();
    if (id > 0 && id != m_editedId)
        (void)editMandate(id);
}

void MandatesPanel::endToday()
{
    if (m_editedId == 0)
        return;
    // The date is offered, not saved: the secretary often records the end after the fact.
    m_ui->endedCheck->setChecked(true);
    m_ui->endedEdit->setDate(m_db.clock().today());
    m_ui->endedEdit->setFocus();
}

void MandatesPanel::confirmRemove()
{
    const qint64 id = m_editedId;
    if (id == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove the mandate"),
        tr("Remove this mandate of %1? To record that a director left the board, end the "
           "mandate instead.")
            .arg(m_ui->directorEdit->text()));
    if (answer == QMessageBox::Yes)
        (void)removeMandate(id);
}

void MandatesPanel::showStored()
{
    (void)reload();
    const qint64 edited = m_editedId;
    // The stored mandate replaces the form; one removed elsewhere leaves an empty form.
    if (edited == 0 || !editMandate(edited))
        startNewMandate();
    emit mandatesChanged();
}

void MandatesPanel::revert()
{
    if (m_editedId == 0)
        startNewMandate();
    else
        (void)editMandate(m_editedId);
}

void MandatesPanel::updateButtons()
{
    const bool editing = m_editedId != 0;
    m_ui->endButton->setEnabled(editing);
    m_ui->removeButton->setEnabled(editing);
}

void MandatesPanel::updateCount()
{
    m_ui->countLabel->setText(tr("Directors in office today: %1").arg(m_model->inOfficeCount()));
}

void MandatesPanel::selectMandate(qint64 mandateId)
{
    const int row = m_model->rowOf(mandateId);
    if (row < 0) {
        m_ui->mandatesView->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    if (m_ui->mandatesView->currentIndex().row() != row)
        m_ui->mandatesView->setCurrentIndex(index);
    m_ui->mandatesView->selectRow(row);
}

QLabel* MandatesPanel::errorLabelFor(const QString& field) const
{
    if (field == QLatin1String("director"))
        return m_ui->directorError;
    if (field == QLatin1String("organisation"))
        return m_ui->organisationError;
    if (field == QLatin1String("role"))
        return m_ui->roleError;
    if (field == QLatin1String("started"))
        return m_ui->startedError;
    if (field == QLatin1String("ended"))
        return m_ui->endedError;
    return m_ui->errorLabel;
}

bilan::Status MandatesPanel::report(bilan::Status status)
{
    if (!status)
        showError(status.message(), status.error().field);
    return status;
}

void MandatesPanel::showError(const QString& message, const QString& field)
{
    const QString name = MandateWriter::formField(field);
    QLabel* label = errorLabelFor(name);
    ErrorText::show(label, message);
    // The field at fault gets the focus so it can be fixed at once.
    if (name == QLatin1String("director"))
        m_ui->directorEdit->setFocus();
    else if (name == QLatin1String("organisation"))
        m_ui->organisationEdit->setFocus();
    else if (name == QLatin1String("started"))
        m_ui->startedEdit->setFocus();
    else if (name == QLatin1String("ended"))
        m_ui->endedEdit->setFocus();
    emit errorOccurred(message, name);
}

void MandatesPanel::clearErrors()
{
    for (QLabel* label : {m_ui->directorError, m_ui->organisationError, m_ui->roleError,
                          m_ui->startedError, m_ui->endedError, m_ui->errorLabel}) {
        label->clear();
        label->hide();
    }
}

void MandatesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Organisations and directors may have been added on other pages meanwhile.
    if (reload())
        selectMandate(m_editedId);
}

bool MandatesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->mandatesView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            confirmRemove();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_ui->mandatesView->currentIndex());
            m_ui->directorEdit->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bilan
