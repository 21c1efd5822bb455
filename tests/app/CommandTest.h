#pragma once

#include "CommandLine.h"
#include "ServerDatabase.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace bilan::test {

// A fixture for the command line run in-process: a temporary folder, the database path in it
// (not created) or in the PostgreSQL run an empty database on the test server, files written
// there, and the last command's standard output and error.
class CommandTest : public ::testing::Test
{
    static int commandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
    {
        return CommandLine(out, err).run(arguments);
    }

protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (onServer()) {
            m_server = std::make_unique<ServerDatabase>();
            m_db = m_server->address();
        } else {
            m_db = path(QStringLiteral("bilan.sqlite"));
        }
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << file.fileName().toStdString();
        file.write(bytes);
        return file.fileName();
    }

    using Command = int (*)(const QStringList&, QTextStream&, QTextStream&);

    // `bilan ARGUMENTS`, or another command's entry point taking the same streams.
    int run(const QStringList& arguments, Command command = &commandLine)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return command(arguments, out, err);
    }

    std::string out() const { return m_out.toStdString(); }
    std::string err() const { return m_err.toStdString(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_db;
    QString m_out;
    QString m_err;
};

} // namespace bilan::test
