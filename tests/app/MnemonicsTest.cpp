// Alt+letter reaches one control: on every page and tab, in French and in English, no two
// visible controls (labels with a buddy, buttons, tabs, the menu bar's menus) share a letter.
// A shared letter makes Qt only move the focus between them, so Alt+N neither clicks "New" nor
// reaches "Name" as the guides say.

#include "Database.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class MnemonicsTest : public ::testing::TestWithParam<const char*>
{
protected:
    void TearDown() override
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    test::PrivateSettings m_settings{QStringLiteral("mnemonics")};
    QTemporaryDir m_dir;
};

// The letters in use in `window` at this moment, each with the texts that use it.
QMap<QKeySequence, QStringList> lettersInUse(const MainWindow* window)
{
    QMap<QKeySequence, QStringList> letters;
    auto note = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            letters[key].append(QString(text).remove(u'&'));
    };
    for (const QAction* menu : window->menuBar()->actions())
        note(menu->text());
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            note(label->text());
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            note(button->text());
    }
    for (const QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisible() && box->isCheckable())
            note(box->title());
    }
    for (const QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (!bar->isVisible())
            continue;
        for (int tab = 0; tab < bar->count(); ++tab)
            note(bar->tabText(tab));
    }
    return letters;
}

void expectEachLetterOnce(const MainWindow* window)
{
    const auto letters = lettersInUse(window);
    for (auto it = letters.begin(); it != letters.end(); ++it) {
        EXPECT_EQ(it.value().size(), 1) << it.key().toString().toStdString() << " is shared by "
                                        << it.value().join(QStringLiteral(" / ")).toStdString();
    }
}

TEST_P(MnemonicsTest, EveryPageAndTabGivesEachAltLetterToOneControl)
{
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
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    ASSERT_TRUE(pages);
    for (int index = 0; index < pages->count(); ++index) {
        window->showPage(index);
        QApplication::processEvents();
        QWidget* page = pages->widget(index);
        SCOPED_TRACE(page->metaObject()->className());
        expectEachLetterOnce(window);
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QApplication::processEvents();
                SCOPED_TRACE(tabs->tabText(tab).toStdString());
                expectEachLetterOnce(window);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, MnemonicsTest, ::testing::Values("fr", "en"));

} // namespace
