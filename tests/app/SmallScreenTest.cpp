// Issue 12, defect 11: at 1024×768 pages were crushed (the Hours filter over the total, Board,
// Experts and Reports squeezed) and "Terminer aujourd'hui" was cut at every size. The whole
// window works at 1024×768, in French and in English, and at 1024×768 as at 1400×900 no button
// on any page (each tab in turn) is narrower than it asks to be, nor a push button's text without
// the style's margin on each side (Fusion's own size hint leaves 4 pixels, frame included: a
// long text such as "Terminer aujourd'hui" then touches the frame and its last letter is cut).

#include "Database.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <ostream>
#include <string>

using namespace bilan;

namespace {

struct Screen
{
    const char* language;
    QSize size;
};

void PrintTo(const Screen& screen, std::ostream* out)
{
    *out << screen.language << ' ' << screen.size.width() << 'x' << screen.size.height();
}

class SmallScreenTest : public ::testing::TestWithParam<Screen>
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

// A button's text is never cut: no button shown is narrower than its size hint, and a push
// button leaves the style's margin and frame on each side of its text.
void expectButtonsWhole(const QWidget* page)
{
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!button->isVisible())
            continue;
        const std::string name =
            button->text().toStdString() + " (" + button->objectName().toStdString() + ")";
        EXPECT_GE(button->width(), button->sizeHint().width()) << "squeezed: " << name;
        if (!qobject_cast<const QPushButton*>(button) || button->text().isEmpty())
            continue;
        const QStyle* style = button->style();
        const int side = style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button) +
                         style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        const int text = button->fontMetrics().size(Qt::TextShowMnemonic, button->text()).width();
        EXPECT_GE(button->width(), text + 2 * side) << "cut: " << name;
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
    Translations::install(QString::fromLatin1(GetParam().language));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    MainWindow* window = launcher.window();
    const QSize screen = GetParam().size;
    window->resize(screen);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
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

INSTANTIATE_TEST_SUITE_P(LanguagesAndScreens, SmallScreenTest,
                         ::testing::Values(Screen{"fr", QSize(1024, 768)},
                                           Screen{"en", QSize(1024, 768)},
                                           Screen{"fr", QSize(1400, 900)},
                                           Screen{"en", QSize(1400, 900)}),
                         [](const ::testing::TestParamInfo<Screen>& info) {
                             return std::string(info.param.language) + "_" +
                                    std::to_string(info.param.size.width()) + "x" +
                                    std::to_string(info.param.size.height());
                         });

} // namespace
