#pragma once

#include "Database.h"
#include "Quorum.h"
#include "Result.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace bilan {

// The preferences: the interface language and the paper (this desk only, kept in QSettings)
// and the quorum rule for meetings (shared by every desk, kept in the database). OK saves both;
// Cancel saves nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // QSettings key; "" follows the system, otherwise "fr" or "en".
    static constexpr const char* LanguageKey = "interface/language";
    // SettingsRepository key; the value is Quorum::toText's spelling.
    static constexpr const char* QuorumRuleKey = "quorum_rule";

    explicit PreferencesDialog(Database& database, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // The language saved on this desk, for Translations::install at start-up.
    static QString savedLanguage();

    // What the controls show now.
    QString language() const;
    // "" (automatic: the system's paper), "a4" or "letter" (PaperPreference).
    QString paperCode() const;
    QuorumRule quorumRule() const;
    // Writes both preferences; a database error is shown in the dialog and returned.
    bilan::Status save();
    // The error shown in the dialog; empty when the last action went well.
    QString errorText() const;

public slots:
    // Saves, and closes only when the save went well.
    void accept() override;

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    void load();
    void updateQuorum();
    void showError(const QString& message, const QString& field);
    void clearError();

    Database& m_db;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace bilan
