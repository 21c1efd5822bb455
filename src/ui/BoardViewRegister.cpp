// BoardView: the register of the fiscal year's resolutions, printed or written as PDF.
#include "BoardView.h"

#include "ui_BoardView.h"

#include "MeetingPrinting.h"
#include "MeetingSheets.h"
#include "PaperPreference.h"
#include "ResolutionRegister.h"
#include "ResolutionRegisterLoader.h"

#include <QMenu>
#include <QTextDocument>

namespace bilan {

void BoardView::setUpRegister()
{
    auto* menu = new QMenu(m_ui->registerButton);
    menu->addAction(tr("Print the resolutions register…"), this,
                    &BoardView::printResolutionRegister);
    menu->addAction(tr("Save the resolutions register as PDF…"), this,
                    &BoardView::chooseResolutionRegisterPdf);
    m_ui->registerButton->setMenu(menu);
}

std::unique_ptr<QTextDocument> BoardView::resolutionRegister()
{
    clearError();
    auto input = ResolutionRegisterLoader(m_db).load(year());
    if (!input) {
        (void)report(input.error());
        return nullptr;
    }
    return ResolutionRegister::document(*input);
}

bilan::Status BoardView::saveResolutionRegisterPdf(const QString& path)
{
    clearError();
    auto input = ResolutionRegisterLoader(m_db).load(year());
    if (!input)
        return report(input.error());
    return report(MeetingSheets::writePdf(*ResolutionRegister::document(*input), path, m_db.path(),
                                          PaperPreference::paper()));
}

void BoardView::printResolutionRegister()
{
    if (const auto document = resolutionRegister())
        MeetingPrinting::preview(this, *document, m_db.path());
}

void BoardView::chooseResolutionRegisterPdf()
{
    const QString path =
        MeetingPrinting::askPdfPath(this, tr("Save the resolutions register"),
                                    tr("resolutions-register-%1.pdf").arg(year().name()));
    if (!path.isEmpty())
        (void)saveResolutionRegisterPdf(path);
}

} // namespace bilan
