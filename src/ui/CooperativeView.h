#pragma once

#include "Cooperative.h"
#include "Database.h"
#include "Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CooperativeView;
}

namespace bilan {

// The Cooperative page: the cooperative's name, address, contact lines (the report's cover and
// back page), its general manager and title (who signs the director's word) and its fiscal
// year's first month, saved together (CooperativeSettings). The director's to change; other
// logins read it (RoleLimits).
class CooperativeView : public QWidget
{
    Q_OBJECT
    // The window asks confirmLeaving() before it shows another page too: a form of settings
    // left half typed is easily forgotten.
    Q_CLASSINFO("confirmLeavingOnSwitch", "true")

public:
    explicit CooperativeView(Database& database, QWidget* parent = nullptr);
    ~CooperativeView() override;

    // What the form shows now.
    Cooperative cooperative() const;
    // Saves the form; a refusal is shown under its field and returned.
    Status save();
    // The form shows what is stored, dropping what was typed.
    void revert();
    // The error shown under `field` ("name", "email", "fiscal_start_month"…), else the page's.
    QString errorText(const QString& field = {}) const;
    void setReadOnly(bool readOnly, const QString& reason);
    // Another desk's change: shown unless something typed here is not saved.
    Q_INVOKABLE void reloadFromDatabase();
    // Asked by the window before it closes, opens another database or shows another page, when
    // something typed is not saved: Save (true once saved), Discard (the stored lines are shown
    // again) or Cancel (false: the page and what was typed stay).
    Q_INVOKABLE bool confirmLeaving();

signals:
    void errorOccurred(const QString& message, const QString& field);
    void saved();

private:
    static QString savedText();
    void fill(const Cooperative& cooperative);
    void showError(const QString& message, const QString& field);
    void clearErrors();
    bool isModified() const;

    Database& m_db;
    std::unique_ptr<Ui::CooperativeView> m_ui;
    Cooperative m_stored;
    bool m_readOnly = false;
};

} // namespace bilan
