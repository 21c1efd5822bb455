#include "NewOrganisationPrompt.h"

#include "EnumNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace bilan {

NewOrganisationPrompt::NewOrganisationPrompt(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_kind(new QComboBox(this)),
      m_create(new QPushButton(tr("C&reate"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newOrganisationPrompt"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    for (OrganisationKind kind :
         {OrganisationKind::Coop, OrganisationKind::Mutual, OrganisationKind::Npo,
          OrganisationKind::Network, OrganisationKind::Other})
        m_kind->addItem(displayName(kind), static_cast<int>(kind));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_kind);
    layout->addWidget(m_create);
    layout->addWidget(m_cancel);
    layout->addWidget(m_error, 1);
    layout->addStretch();
    connect(m_create, &QPushButton::clicked, this, &NewOrganisationPrompt::createRequested);
    connect(m_cancel, &QPushButton::clicked, this, &NewOrganisationPrompt::cancelled);
    hide();
}

void NewOrganisationPrompt::ask(const QString& name, bool mayCreate)
{
    m_name = name;
    m_error->hide();
    m_kind->setVisible(mayCreate);
    m_create->setVisible(mayCreate);
    m_cancel->setText(mayCreate ? tr("Cancel") : tr("OK"));
    if (mayCreate) {
        setKind(OrganisationKind::Coop);
        m_label->setText(tr("\"%1\" is not in the register. Create it as:").arg(name));
    } else {
        m_label->setText(tr("\"%1\" is not in the register; the director adds organisations "
                            "(Members page). Check the spelling, or ask them to add it.")
                             .arg(name));
    }
    show();
    if (mayCreate)
        m_kind->setFocus();
    else
        m_cancel->setFocus();
}

OrganisationKind NewOrganisationPrompt::kind() const
{
    return static_cast<OrganisationKind>(m_kind->currentData().toInt());
}

void NewOrganisationPrompt::setKind(OrganisationKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

QString NewOrganisationPrompt::text() const
{
    return m_label->text();
}

void NewOrganisationPrompt::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NewOrganisationPrompt::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit cancelled();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_create->isVisible())
            emit createRequested();
        else
            emit cancelled();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace bilan
