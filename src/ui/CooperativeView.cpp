#include "CooperativeView.h"

#include "ui_CooperativeView.h"

#include "CooperativeSettings.h"
#include "ErrorText.h"
#include "MessageBox.h"
#include "ReadOnlyPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace bilan {

namespace {

const QStringList Fields{QStringLiteral("name"),
                         QStringLiteral("address"),
                         QStringLiteral("phone"),
                         QStringLiteral("email"),
                         QStringLiteral("website"),
                         QStringLiteral("general_manager"),
                         QStringLiteral("general_manager_title"),
                         QStringLiteral("fiscal_start_month")};

} // namespace

CooperativeView::CooperativeView(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::CooperativeView>())
{
    m_ui->setupUi(this);
    // A word-wrapped label asks for little width: without a floor, "Saved. New reports use these
    // lines." broke after three words beside the buttons.
    m_ui->messageLabel->setMinimumWidth(m_ui->messageLabel->fontMetrics().averageCharWidth() * 40);
    for (int month = 1; month <= 12; ++month)
        m_ui->monthCombo->addItem(QLocale().standaloneMonthName(month), month);
    m_ui->nameEdit->setPlaceholderText(tr("As printed on the report's cover"));
    m_ui->generalManagerEdit->setPlaceholderText(
        tr("Signs the director's word; empty: no signature"));
    // The report's own word in the report's language when left empty.
    m_ui->generalManagerTitleEdit->setPlaceholderText(tr("General manager"));
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, &CooperativeView::revert);
    // "Saved" is about the lines as saved: it goes as soon as one is typed again.
    const auto forgetSaved = [this] {
        if (m_ui->messageLabel->text() == savedText())
            m_ui->messageLabel->clear();
    };
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->websiteEdit,
                            m_ui->generalManagerEdit, m_ui->generalManagerTitleEdit})
        connect(edit, &QLineEdit::textEdited, this, forgetSaved);
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, forgetSaved);
    connect(m_ui->monthCombo, &QComboBox::activated, this, forgetSaved);
    revert();
}

CooperativeView::~CooperativeView() = default;

Cooperative CooperativeView::cooperative() const
{
    Cooperative typed;
    typed.name = m_ui->nameEdit->text();
    typed.address = m_ui->addressEdit->toPlainText();
    typed.phone = m_ui->phoneEdit->text();
    typed.email = m_ui->emailEdit->text();
    typed.website = m_ui->websiteEdit->text();
    typed.generalManager = m_ui->generalManagerEdit->text();
    typed.generalManagerTitle = m_ui->generalManagerTitleEdit->text();
    typed.fiscalStartMonth = m_ui->monthCombo->currentData().toInt();
    return typed;
}

Status CooperativeView::save()
{
    clearErrors();
    const Cooperative typed = cooperative();
    if (auto saved = CooperativeSettings(m_db).save(typed); !saved) {
        showError(saved.message(), saved.error().field);
        return saved;
    }
    revert();
    m_ui->messageLabel->setText(savedText());
    emit saved();
    return {};
}

QString CooperativeView::savedText()
{
    return tr("Saved. New reports use these lines.");
}

void CooperativeView::revert()
{
    clearErrors();
    auto stored = CooperativeSettings(m_db).load();
    if (!stored) {
        showError(stored.message(), stored.error().field);
        return;
    }
    m_stored = *stored;
    fill(m_stored);
}

QString CooperativeView::errorText(const QString& field) const
{
    const auto* label = findChild<QLabel*>(
        (Fields.contains(field) ? field : QStringLiteral("message")) +
        (Fields.contains(field) ? QStringLiteral("Error") : QStringLiteral("Label")));
    return label && !label->isHidden() ? label->text() : QString();
}

void CooperativeView::setReadOnly(bool readOnly, const QString& reason)
{
    m_readOnly = readOnly;
    ReadOnlyPage::showReason(this, readOnly ? reason : QString());
    ReadOnlyPage::disable({m_ui->formBox}, readOnly);
    ReadOnlyPage::hide({m_ui->saveButton, m_ui->revertButton}, readOnly);
}

void CooperativeView::reloadFromDatabase()
{
    if (!isModified())
        revert();
}

bool CooperativeView::confirmLeaving()
{
    if (m_readOnly || !isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved Cooperative"), tr("The cooperative's lines have unsaved changes."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        tr("Save them before leaving?"));
    if (answer == QMessageBox::Save)
        return bool(save()); // a failed save is shown under its field and the page stays
    if (answer != QMessageBox::Discard)
        return false;
    revert();
    return true;
}

void CooperativeView::fill(const Cooperative& cooperative)
{
    m_ui->nameEdit->setText(cooperative.name);
    m_ui->addressEdit->setPlainText(cooperative.address);
    m_ui->phoneEdit->setText(cooperative.phone);
    m_ui->emailEdit->setText(cooperative.email);
    m_ui->websiteEdit->setText(cooperative.website);
    m_ui->generalManagerEdit->setText(cooperative.generalManager);
    m_ui->generalManagerTitleEdit->setText(cooperative.generalManagerTitle);
    m_ui->monthCombo->setCurrentIndex(m_ui->monthCombo->findData(cooperative.fiscalStartMonth));
}

void CooperativeView::showError(const QString& message, const QString& field)
{
    auto* label = Fields.contains(field) ? findChild<QLabel*>(field + QStringLiteral("Error"))
                                         : m_ui->messageLabel;
    ErrorText::show(label, message);
    emit errorOccurred(message, field);
}

void CooperativeView::clearErrors()
{
    m_ui->messageLabel->clear();
    for (const QString& field : Fields) {
        if (auto* label = findChild<QLabel*>(field + QStringLiteral("Error")))
            label->hide();
    }
}

bool CooperativeView::isModified() const
{
    const Cooperative typed = cooperative();
    return typed.name != m_stored.name || typed.address != m_stored.address ||
           typed.phone != m_stored.phone || typed.email != m_stored.email ||
           typed.website != m_stored.website || typed.generalManager != m_stored.generalManager ||
           typed.generalManagerTitle != m_stored.generalManagerTitle ||
           typed.fiscalStartMonth != m_stored.fiscalStartMonth;
}

} // namespace bilan
