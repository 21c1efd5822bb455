#pragma once

#include "Enums.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace bilan {

// The line under the Hours quick-entry row when the organisation typed matches none: "«…» is
// not in the register. Create it as [kind] [Create] [Cancel]" (Cooperative unless chosen), or,
// for a login that may not add organisations, who must. The row keeps what was typed.
class NewOrganisationPrompt : public QFrame
{
    Q_OBJECT

public:
    explicit NewOrganisationPrompt(QWidget* parent = nullptr);

    // Shows the offer for `name`; `mayCreate` false shows who must add it instead.
    void ask(const QString& name, bool mayCreate);
    QString name() const { return m_name; }
    OrganisationKind kind() const;
    void setKind(OrganisationKind kind);
    QString text() const;
    // A refused creation: the reason, the offer kept.
    void showError(const QString& message);

signals:
    void createRequested();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_name;
    QLabel* m_label;
    QComboBox* m_kind;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QLabel* m_error;
};

} // namespace bilan
