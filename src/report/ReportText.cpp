#include "ReportText.h"

#include "TranslationFile.h"

#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

namespace bilan {

namespace {

// Loaded once, from the installed file else the resource lrelease builds out of bilan_fr.ts
// (TranslationFile); never installed in the application, so the window's language does not
// change with the report's.
const QTranslator& frenchTranslator()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto loaded = std::make_unique<QTranslator>();
        if (TranslationFile::loadFrench(*loaded).isEmpty())
            qWarning("the report's French translation (bilan_fr.qm) could not be loaded");
        return loaded;
    }();
    return *translator;
}

} // namespace

QString ReportText::tr(const char* english, ReportLanguage language)
{
    return translated("bilan::ReportText", english, language);
}

QString ReportText::tr(const char* english, const ReportInput& input)
{
    return translated("bilan::ReportText", english, input.language);
}

bool ReportText::hasFrench(const char* context, const char* english)
{
    return !frenchTranslator().translate(context, english).isEmpty();
}

QString ReportText::translated(const char* context, const char* english, ReportLanguage language)
{
    const QString source = QString::fromUtf8(english);
    if (language == ReportLanguage::English)
        return source; // the source strings are English
    const QString french = frenchTranslator().translate(context, english);
    if (!french.isEmpty())
        return french;
    // A missing entry is a defect of the .ts file; English beats an empty label.
    qWarning("report text without French translation: %s", english);
    return source;
}

} // namespace bilan
