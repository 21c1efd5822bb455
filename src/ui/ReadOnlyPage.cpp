#include "ReadOnlyPage.h"

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>

namespace bilan {

namespace {

const QString BannerName = QStringLiteral("readOnlyBanner");

} // namespace

void ReadOnlyPage::showReason(QWidget* page, const QString& reason)
{
    auto* banner = page->findChild<QLabel*>(BannerName, Qt::FindDirectChildrenOnly);
    if (!banner && reason.isEmpty())
        return;
    if (!banner) {
        banner = new QLabel(page);
        banner->setObjectName(BannerName);
        banner->setWordWrap(true);
        // Like the closed-year banner: seen, not alarming.
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; "
                                             "padding: 6px; border: 1px solid #e0c97a;"));
        if (auto* box = qobject_cast<QBoxLayout*>(page->layout()))
            box->insertWidget(0, banner);
        else if (page->layout())
            page->layout()->addWidget(banner);
    }
    banner->setText(reason);
    banner->setVisible(!reason.isEmpty());
}

QString ReadOnlyPage::reason(const QWidget* page)
{
    const auto* banner = page->findChild<QLabel*>(BannerName, Qt::FindDirectChildrenOnly);
    return banner && !banner->isHidden() ? banner->text() : QString();
}

void ReadOnlyPage::hide(const QList<QWidget*>& actions, bool readOnly)
{
    for (QWidget* widget : actions)
        widget->setVisible(!readOnly);
}

void ReadOnlyPage::disable(const QList<QWidget*>& editors, bool readOnly)
{
    for (QWidget* widget : editors)
        widget->setEnabled(!readOnly);
}

void ReadOnlyPage::lockTable(QAbstractItemView* table, bool readOnly,
                             QAbstractItemView::EditTriggers editable)
{
    table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : editable);
}

} // namespace bilan
