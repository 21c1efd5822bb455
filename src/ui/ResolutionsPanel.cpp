#include "ResolutionsPanel.h"

#include "ui_ResolutionsPanel.h"

#include "EnumNames.h"
#include "ErrorText.h"

#include <QComboBox>
#include <QListWidget>
#include <QRegularExpression>
#include <QShortcut>

namespace bilan {

ResolutionsPanel::ResolutionsPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResolutionsPanel>())
{
    m_ui->setupUi(this);
    for (ResolutionOutcome outcome :
         {ResolutionOutcome::Adopted, ResolutionOutcome::Rejected, ResolutionOutcome::Deferred})
        m_ui->outcomeCombo->addItem(displayName(outcome), static_cast<int>(outcome));
    m_ui->errorLabel->hide();
    m_ui->textEdit->setMaximumHeight(m_ui->textEdit->fontMetrics().lineSpacing() * 4 + 12);

    const auto onList = [this](const QKeySequence& key) {
        auto* shortcut = new QShortcut(key, m_ui->resolutionList);
        shortcut->setContext(Qt::WidgetShortcut);
        return shortcut;
    };
    connect(onList(QKeySequence(Qt::Key_Insert)), &QShortcut::activated, this,
            &ResolutionsPanel::addResolution);
    connect(onList(QKeySequence(QKeySequence::Delete)), &QShortcut::activated, this,
            &ResolutionsPanel::removeSelected);
    connect(m_ui->addResolutionButton, &QPushButton::clicked, this,
            &ResolutionsPanel::addResolution);
    connect(m_ui->removeResolutionButton, &QPushButton::clicked, this,
            &ResolutionsPanel::removeSelected);
    connect(m_ui->resolutionList, &QListWidget::currentRowChanged, this,
            &ResolutionsPanel::showCurrent);

    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, &ResolutionsPanel::storeCurrent);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &ResolutionsPanel::storeCurrent);
    for (QComboBox* combo : {m_ui->outcomeCombo, m_ui->moverCombo, m_ui->seconderCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ResolutionsPanel::storeCurrent);
    connect(m_ui->votesCheck, &QCheckBox::toggled, this, [this](bool counted) {
        for (QWidget* spin : {m_ui->forSpin, m_ui->againstSpin, m_ui->abstainingSpin})
            spin->setEnabled(counted);
        storeCurrent();
    });
    for (QSpinBox* spin : {m_ui->forSpin, m_ui->againstSpin, m_ui->abstainingSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ResolutionsPanel::storeCurrent);
    showCurrent();
}

ResolutionsPanel::~ResolutionsPanel() = default;

QString ResolutionsPanel::nextNumber(const QString& previous)
{
    const QString number = previous.trimmed();
    if (number.isEmpty())
        return QStringLiteral("1");
    qsizetype start = number.size();
    while (start > 0 && number.at(start - 1).isDigit())
        --start;
    const QString digits = number.mid(start);
    if (digits.isEmpty())
        return {};
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok)
        return {};
    return number.left(start) + QStringLiteral("%1").arg(value + 1, static_cast<int>(digits.size()),
                                                         10, QLatin1Char('0'));
}

void ResolutionsPanel::setResolutions(const QList<Resolution>& resolutions)
{
    m_resolutions = resolutions;
    {
        const QSignalBlocker quiet(m_ui->resolutionList);
        m_ui->resolutionList->clear();
        for (const Resolution& resolution : m_resolutions)
            m_ui->resolutionList->addItem(listText(resolution));
        if (!m_resolutions.isEmpty())
            m_ui->resolutionList->setCurrentRow(0);
    }
    clearError();
    showCurrent();
}

QList<Resolution> ResolutionsPanel::resolutions() const
{
    return m_resolutions;
}

void ResolutionsPanel::setNumberBefore(const QString& number)
{
    m_numberBefore = number;
}

void ResolutionsPanel::setDirectors(const QList<ResolutionDirector>& directors)
{
    m_directors = directors;
    // The lists follow the attendance; the form's own choice is kept.
    showCurrent();
}

void ResolutionsPanel::addResolution()
{
    Resolution resolution;
    resolution.number =
        nextNumber(m_resolutions.isEmpty() ? m_numberBefore : m_resolutions.last().number);
    m_resolutions << resolution;
    m_ui->resolutionList->addItem(listText(resolution));
    m_ui->resolutionList->setCurrentRow(static_cast<int>(m_resolutions.size()) - 1);
    m_ui->textEdit->setFocus();
    emit changed();
}

void ResolutionsPanel::removeSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_resolutions.removeAt(row);
    {
        const QSignalBlocker quiet(m_ui->resolutionList);
        delete m_ui->resolutionList->takeItem(row);
        if (!m_resolutions.isEmpty())
            m_ui->resolutionList->setCurrentRow(
                qMin(row, static_cast<int>(m_resolutions.size()) - 1));
    }
    showCurrent();
    emit changed();
}

int ResolutionsPanel::currentRow() const
{
    const int row = m_ui->resolutionList->currentRow();
    return row >= 0 && row < m_resolutions.size() ? row : -1;
}

void ResolutionsPanel::setCurrentRow(int row)
{
    m_ui->resolutionList->setCurrentRow(row);
}

void ResolutionsPanel::showCurrent()
{
    const int row = currentRow();
    m_filling = true;
    const Resolution shown = row >= 0 ? m_resolutions.at(row) : Resolution{};
    m_ui->formWidget->setEnabled(row >= 0);
    m_ui->numberEdit->setText(shown.number);
    if (m_ui->textEdit->toPlainText() != shown.text)
        m_ui->textEdit->setPlainText(shown.text);
    m_ui->outcomeCombo->setCurrentIndex(
        m_ui->outcomeCombo->findData(static_cast<int>(shown.outcome)));
    fillDirectorCombo(m_ui->moverCombo, shown.moverId);
    fillDirectorCombo(m_ui->seconderCombo, shown.seconderId);
    m_ui->votesCheck->setChecked(shown.votes.has_value());
    const ResolutionVotes votes = shown.votes.value_or(ResolutionVotes{});
    m_ui->forSpin->setValue(votes.inFavour);
    m_ui->againstSpin->setValue(votes.against);
    m_ui->abstainingSpin->setValue(votes.abstaining);
    for (QWidget* spin : {m_ui->forSpin, m_ui->againstSpin, m_ui->abstainingSpin})
        spin->setEnabled(shown.votes.has_value());
    m_filling = false;
    updateButtons();
}

void ResolutionsPanel::fillDirectorCombo(QComboBox* combo, qint64 chosen)
{
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(tr("(not recorded)"), qint64(0));
    for (const ResolutionDirector& director : m_directors) {
        if (director.present)
            combo->addItem(director.name, director.id);
        else if (director.id == chosen)
            combo->addItem(tr("%1 (not marked present)").arg(director.name), director.id);
    }
    int index = combo->findData(chosen);
    if (index < 0 && chosen != 0) {
        // No longer in office on the meeting's day: kept, so that nothing changes unseen.
        combo->addItem(tr("Director no longer in office"), chosen);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ResolutionsPanel::storeCurrent()
{
    const int row = currentRow();
    if (m_filling || row < 0)
        return;
    Resolution& resolution = m_resolutions[row];
    resolution.number = m_ui->numberEdit->text();
    resolution.text = m_ui->textEdit->toPlainText();
    resolution.outcome = static_cast<ResolutionOutcome>(m_ui->outcomeCombo->currentData().toInt());
    resolution.moverId = m_ui->moverCombo->currentData().toLongLong();
    resolution.seconderId = m_ui->seconderCombo->currentData().toLongLong();
    if (m_ui->votesCheck->isChecked())
        resolution.votes = ResolutionVotes{m_ui->forSpin->value(), m_ui->againstSpin->value(),
                                           m_ui->abstainingSpin->value()};
    else
        resolution.votes.reset();
    if (QListWidgetItem* item = m_ui->resolutionList->item(row))
        item->setText(listText(resolution));
    emit changed();
}

QString ResolutionsPanel::listText(const Resolution& resolution) const
{
    // One line: the number, the text's first line, the outcome.
    QString text = resolution.text.trimmed().section(QLatin1Char('\n'), 0, 0);
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    const QString number =
        resolution.number.trimmed().isEmpty() ? QStringLiteral("?") : resolution.number.trimmed();
    return tr("%1 — %2 (%3)").arg(number, text, displayName(resolution.outcome));
}

void ResolutionsPanel::showError(const QString& message, const QString& field)
{
    ErrorText::show(m_ui->errorLabel, message);
    m_ui->errorLabel->show();
    if (const int row = rowConcerned(message, field); row >= 0)
        setCurrentRow(row);
    QWidget* target = nullptr;
    if (field == QLatin1String("number"))
        target = m_ui->numberEdit;
    else if (field == QLatin1String("text"))
        target = m_ui->textEdit;
    else if (field == QLatin1String("mover"))
        target = m_ui->moverCombo;
    else if (field == QLatin1String("seconder"))
        target = m_ui->seconderCombo;
    else if (field == QLatin1String("outcome"))
        target = m_ui->outcomeCombo;
    else if (field == QLatin1String("votes_for"))
        target = m_ui->forSpin;
    else if (field == QLatin1String("votes_against"))
        target = m_ui->againstSpin;
    else if (field == QLatin1String("votes_abstaining"))
        target = m_ui->abstainingSpin;
    if (target && target->isEnabled())
        target->setFocus();
}

int ResolutionsPanel::rowConcerned(const QString& message, const QString& field) const
{
    // The messages name the resolution by its number ("resolution CA-7 needs a text").
    for (int row = 0; row < m_resolutions.size(); ++row) {
        const QString number = m_resolutions.at(row).number.trimmed();
        const QRegularExpression word(
            QStringLiteral("(^|\\s)%1([\\s,.;:]|$)").arg(QRegularExpression::escape(number)));
        if (!number.isEmpty() && word.match(message).hasMatch())
            return row;
    }
    // A resolution without a number or a text cannot be named: the first such one.
    for (int row = 0; row < m_resolutions.size(); ++row) {
        const Resolution& resolution = m_resolutions.at(row);
        if ((field == QLatin1String("number") && resolution.number.trimmed().isEmpty()) ||
            (field == QLatin1String("text") && resolution.text.trimmed().isEmpty()))
            return row;
    }
    return -1;
}

void ResolutionsPanel::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

QString ResolutionsPanel::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ResolutionsPanel::updateButtons()
{
    m_ui->removeResolutionButton->setEnabled(currentRow() >= 0);
}

} // namespace bilan
