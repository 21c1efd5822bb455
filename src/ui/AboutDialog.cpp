#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLabel>

namespace bilan {

namespace {

QString& logFilePath()
{
    static QString path;
    return path;
}

} // namespace

AboutDialog::AboutDialog(const Details& details, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        m_ui->icon->setPixmap(icon.pixmap(64, 64));
    m_ui->title->setText(QStringLiteral("<b>Bilan %1</b>").arg(details.version.toHtmlEscaped()));
    m_ui->version->setText(details.version);
    m_ui->database->setText(
        details.database.isEmpty() ? tr("none open") : QDir::toNativeSeparators(details.database));
    m_ui->logFile->setText(details.logFile.isEmpty() ? tr("none (the log could not be opened)")
                                                     : QDir::toNativeSeparators(details.logFile));
    // Paths and addresses are shown as they are, never as rich text.
    m_ui->database->setTextFormat(Qt::PlainText);
    m_ui->logFile->setTextFormat(Qt::PlainText);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setLogFile(const QString& path)
{
    logFilePath() = path;
}

QString AboutDialog::logFile()
{
    return logFilePath();
}

QString AboutDialog::text() const
{
    const QList<QPair<QLabel*, QLabel*>> rows{{m_ui->versionLabel, m_ui->version},
                                              {m_ui->licenceLabel, m_ui->licence},
                                              {m_ui->databaseLabel, m_ui->database},
                                              {m_ui->logFileLabel, m_ui->logFile}};
    QStringList lines{m_ui->summary->text()};
    for (const auto& [label, value] : rows)
        lines << label->text() + u' ' + value->text();
    return lines.join(u'\n');
}

} // namespace bilan
