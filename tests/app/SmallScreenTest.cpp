// Issue 12, defect 11: at 1024×768 pages were crushed (the Hours filter over the total, Board,
// Experts and Reports squeezed) and "Terminer aujourd'hui" was cut at every size. The whole
// window works at 1024×768, in French and in English.

#include "Database.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class SmallScreenTest : public ::testing::TestWithParam<const char*>
{
protected:
    void TearDown() override
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    test::PrivateSettings m_settings{QStringLiteral("small")};
    QTemporaryDir m_dir;
};

// A push button's text is never cut: the text needs no more than the button is wide.
void expectButtonsWhole(const QWidget* page)
{
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QString text = QString(button->text()).remove(u'&');
        const int needed = button->fontMetrics().horizontalAdvance(text);
        EXPECT_LE(needed, button->width()) << "cut: " << text.toStdString();
    }
}

TEST_P(SmallScreenTest, EveryPageFitsAndShowsItsButtonsWhole)
{
    // The demo's long names (119 experts, 470 organisations) fill the lists as at a real desk.
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto demo = Database::open(path);
        ASSERT_TRUE(demo.ok()) << demo.message().toStdString();
        ASSERT_TRUE(DemoData::create(**demo).ok());
    }
    Translations::install(QString::fromLatin1(GetParam()));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    MainWindow* window = launcher.window();
    window->resize(1024, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    const QSize screen(1024, 768);
    EXPECT_LE(window->minimumSizeHint().width(), screen.width());
    EXPECT_LE(window->minimumSizeHint().height(), screen.height());
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    ASSERT_TRUE(pages);
    for (int index = 0; index < pages->count(); ++index) {
        window->showPage(index);
        QApplication::processEvents();
        QWidget* page = pages->widget(index);
        SCOPED_TRACE(page->metaObject()->className());
        const QSize wanted = page->minimumSizeHint();
        EXPECT_LE(wanted.width(), pages->width()) << "page too wide";
        EXPECT_LE(wanted.height(), pages->height()) << "page too tall";
        EXPECT_EQ(window->size(), screen);
        // Each tab of the page in turn (the Board's Mandates tab holds "End today").
        QList<QTabWidget*> tabs = page->findChildren<QTabWidget*>();
        expectButtonsWhole(page);
        for (QTabWidget* tab : tabs) {
            for (int t = 0; t < tab->count(); ++t) {
                tab->setCurrentIndex(t);
                QApplication::processEvents();
                expectButtonsWhole(tab->widget(t));
                EXPECT_LE(page->minimumSizeHint().width(), pages->width()) << "tab too wide";
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, SmallScreenTest, ::testing::Values("fr", "en"));

} // namespace
