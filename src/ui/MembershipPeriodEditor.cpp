#include "MembershipPeriodEditor.h"

#include "ui_MembershipPeriodEditor.h"

#include "DateEdits.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "Parsing.h"

#include <QKeyEvent>

namespace bilan {

MembershipPeriodEditor::MembershipPeriodEditor(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MembershipPeriodEditor>())
{
    m_ui->setupUi(this);
    m_errorLabels = {{QStringLiteral("joined"), m_ui->joinedError},
                     {QStringLiteral("left"), m_ui->leftError},
                     {QStringLiteral("category"), m_ui->categoryError}};
    for (QLabel* label : std::as_const(m_errorLabels))
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    clearErrors();

    for (MembershipCategory category : allValues<MembershipCategory>())
        m_ui->categoryCombo->addItem(displayName(category), static_cast<int>(category));
    for (QDateEdit* edit : {m_ui->joinedEdit, m_ui->leftEdit})
        limitToAcceptedDates(edit);

    connect(m_ui->stillMemberCheck, &QCheckBox::toggled, m_ui->leftEdit,
            [this](bool still) { m_ui->leftEdit->setEnabled(!still && m_mode != Mode::Remove); });
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &MembershipPeriodEditor::confirmed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MembershipPeriodEditor::cancelled);
}

MembershipPeriodEditor::~MembershipPeriodEditor() = default;

void MembershipPeriodEditor::startJoin(QDate joined, MembershipCategory category, bool rejoin)
{
    Membership period;
    period.joined = joined;
    period.category = category;
    start(Mode::Join, period);
    m_ui->editorBox->setTitle(rejoin ? tr("Rejoin: a new period") : tr("Join"));
    m_ui->confirmButton->setText(rejoin ? tr("Rejoin") : tr("Join"));
    m_ui->joinedEdit->setFocus();
}

void MembershipPeriodEditor::startLeave(const Membership& open, QDate left)
{
    Membership period = open;
    period.left = left;
    start(Mode::Leave, period);
    m_ui->editorBox->setTitle(tr("Leave"));
    m_ui->confirmButton->setText(tr("Leave"));
    m_ui->leftEdit->setFocus();
}

void MembershipPeriodEditor::startCorrect(const Membership& period)
{
    start(Mode::Correct, period);
    m_ui->editorBox->setTitle(tr("Correct the period"));
    m_ui->confirmButton->setText(tr("Save"));
    m_ui->joinedEdit->setFocus();
}

void MembershipPeriodEditor::startRemove(const Membership& period)
{
    start(Mode::Remove, period);
    m_ui->editorBox->setTitle(tr("Remove the period"));
    m_ui->questionLabel->setText(
        tr("Remove this period for good? The counts of members will no longer include it."));
    m_ui->questionLabel->show();
    m_ui->confirmButton->setText(tr("Remove"));
    // The safe answer has the focus: Enter on it cancels, as the button says.
    m_ui->cancelButton->setFocus();
}

void MembershipPeriodEditor::start(Mode mode, const Membership& period)
{
    m_mode = mode;
    m_period = period;
    clearErrors();
    m_ui->questionLabel->hide();
    m_ui->joinedEdit->setDate(period.joined);
    m_ui->stillMemberCheck->setChecked(period.isOpen());
    m_ui->leftEdit->setDate(period.isOpen() ? period.joined : period.left);
    m_ui->categoryCombo->setCurrentIndex(
        m_ui->categoryCombo->findData(static_cast<int>(period.category)));

    // A leave only sets the end of the running period; a removal changes no field.
    const bool editable = mode == Mode::Join || mode == Mode::Correct;
    m_ui->joinedEdit->setEnabled(editable);
    m_ui->categoryCombo->setEnabled(editable);
    m_ui->stillMemberCheck->setEnabled(editable);
    m_ui->leftEdit->setEnabled(mode == Mode::Leave || (editable && !period.isOpen()));
    show();
}

Membership MembershipPeriodEditor::period() const
{
    Membership period = m_period;
    if (m_mode == Mode::Remove)
        return period;
    period.joined = m_ui->joinedEdit->date();
    period.left = m_ui->stillMemberCheck->isChecked() && m_mode != Mode::Leave
                      ? QDate()
                      : m_ui->leftEdit->date();
    period.category = static_cast<MembershipCategory>(m_ui->categoryCombo->currentData().toInt());
    return period;
}

void MembershipPeriodEditor::showError(const QString& message, const QString& field)
{
    QLabel* label = m_errorLabels.value(field, m_ui->errorLabel);
    ErrorText::show(label, message);
}

void MembershipPeriodEditor::clearErrors()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

QString MembershipPeriodEditor::errorText(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field, m_ui->errorLabel);
    return label->isHidden() ? QString() : label->text();
}

void MembershipPeriodEditor::keyPressEvent(QKeyEvent* event)
{
    // The fields pass Enter and Escape on unhandled; the buttons handle Enter themselves.
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit confirmed();
        event->accept();
        return;
    case Qt::Key_Escape:
        emit cancelled();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace bilan
