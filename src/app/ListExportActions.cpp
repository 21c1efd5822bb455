#include "ListExportActions.h"

#include "ExpertsView.h"
#include "HistoryView.h"
#include "HoursView.h"
#include "ListExport.h"
#include "MainWindow.h"
#include "MembersView.h"

#include <QAction>

namespace bilan {

namespace {

void addFor(MainWindow* window, QWidget* page, ListExport* exporter)
{
    if (!page || !exporter)
        return;
    QAction* action = exporter->menuAction();
    QObject::connect(action, &QAction::triggered, page, [window, page, exporter] {
        // The page left may ask to stay (a change not saved): then nothing is exported.
        window->showPage(window->pageIndex(page));
        if (window->currentPage() == window->pageIndex(page))
            exporter->askAndExport();
    });
    window->addExportAction(action);
}

} // namespace

void addListExportActions(MainWindow* window)
{
    if (auto* hours = window->findChild<HoursView*>())
        addFor(window, hours, hours->listExport());
    if (auto* members = window->findChild<MembersView*>())
        addFor(window, members, members->listExport());
    if (auto* experts = window->findChild<ExpertsView*>())
        addFor(window, experts, experts->listExport());
    if (auto* history = window->findChild<HistoryView*>())
        addFor(window, history, history->listExport());
}

} // namespace bilan
