#include "FileDialog.h"

#include "MessageBox.h"
#include "VisibleText.h"

#include <QFileDialog>
#include <QFileInfo>

#include <optional>
#include <utility>

namespace bilan {

namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> path;
    return path;
}

QString& lastSuggested()
{
    static QString name;
    return name;
}

QString withSuffix(const QString& path, const QString& suffix)
{
    if (path.isEmpty() || suffix.isEmpty() ||
        QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (auto path = std::exchange(nextFileName(), std::nullopt))
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& start,
                                    const QString& filter, const QString& suffix, Existing existing,
                                    QString* selectedFilter)
{
    lastSuggested() = start;
    QString shown = start;
    for (;;) {
        const std::optional<QString> given = std::exchange(nextFileName(), std::nullopt);
        // The dialog's own question is off: it would ask about the name before its suffix is
        // added, and a test could not answer it.
        const QString path = withSuffix(
            given ? *given
                  : QFileDialog::getSaveFileName(parent, caption, shown, filter, selectedFilter,
                                                 QFileDialog::DontConfirmOverwrite),
            suffix);
        if (path.isEmpty() || existing == Existing::NotAsked || !QFileInfo::exists(path))
            return path;
        if (confirmReplace(parent, path))
            return path;
        // As the dialog's own question does: back to the dialog, to choose another name.
        if (given)
            return {};
        shown = path;
    }
}

bool FileDialog::confirmReplace(QWidget* parent, const QString& path)
{
    const auto answer = MessageBox::question(
        parent, tr("Replace the File?"),
        tr("%1 already exists. Replace it?").arg(VisibleText::of(QFileInfo(path).fileName())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName() = path;
}

void FileDialog::clearNextFileName()
{
    nextFileName().reset();
}

QString FileDialog::lastSuggestedName()
{
    return lastSuggested();
}

bool FileDialog::hasNextFileName()
{
    return nextFileName().has_value();
}

} // namespace bilan
