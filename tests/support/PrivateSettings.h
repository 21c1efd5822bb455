#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QString>

namespace bilan::test {

// ctest runs tests as parallel processes, and the window keeps its page, geometry and recent
// databases in QSettings: while one of these lives, this process's settings are a file of its
// own (named after the process), emptied at the start and removed at the end.
class PrivateSettings
{
public:
    explicit PrivateSettings(const QString& tag = QString())
        : m_application(QCoreApplication::applicationName())
    {
        QCoreApplication::setApplicationName(
            QStringLiteral("%1%2-%3")
                .arg(m_application, tag.isEmpty() ? QString() : QLatin1Char('-') + tag)
                .arg(QCoreApplication::applicationPid()));
        QSettings().clear();
    }
    ~PrivateSettings()
    {
        {
            QSettings settings;
            settings.clear();
            settings.sync();
            QFile::remove(settings.fileName());
        }
        QCoreApplication::setApplicationName(m_application);
    }
    PrivateSettings(const PrivateSettings&) = delete;
    PrivateSettings& operator=(const PrivateSettings&) = delete;

private:
    QString m_application;
};

} // namespace bilan::test
