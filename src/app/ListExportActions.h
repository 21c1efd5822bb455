#pragma once

namespace bilan {

class MainWindow;

// File ▸ Export's actions for the lists of the Hours, Members, Experts and History pages
// (ListExport):
// each shows its page, then asks for the file. A page the login does not have is left out.
void addListExportActions(MainWindow* window);

} // namespace bilan
