#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "ErrorText.h"
#include "PaperPreference.h"
#include "SettingsRepository.h"

#include <QPushButton>
#include <QSettings>

namespace bilan {

PreferencesDialog::PreferencesDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_db(database), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // The item data is the code kept in QSettings; the labels are for reading.
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(tr("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    // Automatic names the paper it gives here, so nobody has to guess.
    const QString automatic = Paper::systemDefault() == PaperSize::Letter ? tr("Letter") : tr("A4");
    m_ui->paperCombo->addItem(tr("Automatic (%1)").arg(automatic), QString());
    m_ui->paperCombo->addItem(tr("A4"), Paper::code(PaperSize::A4));
    m_ui->paperCombo->addItem(tr("Letter"), Paper::code(PaperSize::Letter));
    m_ui->errorLabel->hide();

    connect(m_ui->moreThanHalfRadio, &QRadioButton::toggled, this,
            &PreferencesDialog::updateQuorum);
    connect(m_ui->atLeastRadio, &QRadioButton::toggled, this, &PreferencesDialog::updateQuorum);
    connect(m_ui->minimumSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateQuorum);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::savedLanguage()
{
    return QSettings().value(QLatin1String(LanguageKey)).toString();
}

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

QString PreferencesDialog::paperCode() const
{
    return m_ui->paperCombo->currentData().toString();
}

QuorumRule PreferencesDialog::quorumRule() const
{
    QuorumRule rule;
    if (m_ui->atLeastRadio->isChecked()) {
        rule.kind = QuorumRule::Kind::AtLeast;
        rule.minimum = m_ui->minimumSpin->value();
    }
    return rule;
}

bilan::Status PreferencesDialog::save()
{
    clearError();
    // The database first: if it refuses, nothing is written and the dialog stays as it was.
    auto stored = SettingsRepository(m_db).setValue(QLatin1String(QuorumRuleKey),
                                                    Quorum::toText(quorumRule()));
    if (!stored) {
        showError(stored.message(), stored.error().field);
        return stored;
    }
    QSettings settings;
    settings.setValue(QLatin1String(LanguageKey), language());
    PaperPreference::save(paperCode());
    return {};
}

QString PreferencesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PreferencesDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PreferencesDialog::load()
{
    const int index = m_ui->languageCombo->findData(savedLanguage());
    // An unknown code (a hand-edited file) falls back to the system's language.
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
    const int paper = m_ui->paperCombo->findData(PaperPreference::savedCode());
    m_ui->paperCombo->setCurrentIndex(paper < 0 ? 0 : paper);

    QuorumRule rule;
    auto text = SettingsRepository(m_db).value(QLatin1String(QuorumRuleKey));
    if (!text) {
        showError(text.message(), text.error().field);
    } else if (!text->isEmpty()) {
        if (auto parsed = Quorum::fromText(*text))
            rule = *parsed;
        else
            showError(tr("The saved quorum rule \"%1\" is not understood; more than half of the "
                         "directors in office is shown instead.")
                          .arg(*text),
                      QLatin1String(QuorumRuleKey));
    }
    if (rule.kind == QuorumRule::Kind::AtLeast) {
        m_ui->minimumSpin->setValue(rule.minimum);
        m_ui->atLeastRadio->setChecked(true);
    } else {
        m_ui->moreThanHalfRadio->setChecked(true);
    }
    updateQuorum();
}

void PreferencesDialog::updateQuorum()
{
    m_ui->minimumSpin->setEnabled(m_ui->atLeastRadio->isChecked());
    m_ui->quorumDescriptionLabel->setText(Quorum::describe(quorumRule()));
}

void PreferencesDialog::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(ErrorText::sentence(message));
    m_ui->errorLabel->show();
    emit errorOccurred(message, field);
}

void PreferencesDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
