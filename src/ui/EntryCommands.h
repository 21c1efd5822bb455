#pragma once

#include "Database.h"
#include "Result.h"
#include "ServiceEntry.h"
#include "ServiceEntryRepository.h"
#include "UndoTexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUndoCommand>

namespace bilan {

// What the entry commands of one undo stack share: the repository, where their errors go, and
// the ids of the entries they know. Undoing a delete or redoing an add writes the entry again
// under a new id while later commands on the stack still name the old one, so commands name
// entries by a key of this context and ask it for the current id. Must outlive the stack.
class EntryCommandContext : public QObject
{
    Q_OBJECT

public:
    explicit EntryCommandContext(Database& database, QObject* parent = nullptr);

    ServiceEntryRepository& repository() { return m_repository; }

    // The key of the entry stored now under `id` (a new key for an id not seen yet).
    int keyFor(qint64 id);
    // A new key for an entry just written under `id`; another key still on `id` was stale.
    int newKey(qint64 id);
    // The entry's current id; 0 while it is not stored (deleted by a command).
    qint64 idOf(int key) const { return m_ids.value(key); }
    void setId(int key, qint64 id);
    // The version (RowVersion) of the entry of `key` after this stack's last write to it;
    // invalid before any. Undo and redo change or remove the entry only while it still holds
    // that version, so that they never overwrite or remove another desk's change.
    QDateTime versionOf(int key) const { return m_versions.value(key); }
    // Reads the version the entry of `key` holds now, after a command wrote it.
    void noteWritten(int key);

    // The outcome of the last command run: empty message when it succeeded.
    const Error& lastError() const { return m_lastError; }
    void succeeded();
    void failed(const Error& error);

signals:
    void errorOccurred(const QString& message, const QString& field);
    // A command wrote to the database: lists and totals should be read again.
    void entriesChanged();

private:
    ServiceEntryRepository m_repository;
    QHash<int, qint64> m_ids;
    QHash<int, QDateTime> m_versions;
    int m_nextKey = 1;
    Error m_lastError;
};

// The common part: a command knows whether its effect is in the database now, so an undo that
// failed (a year closed since) is not followed by a redo that would write the entry twice.
class EntryCommand : public QUndoCommand, public TranslatedUndoText
{
public:
    const QString& lastError() const { return m_lastError; }
    bool isDone() const { return m_done; }

    void redo() final;
    void undo() final;

protected:
    EntryCommand(EntryCommandContext& context, const QString& text, QUndoCommand* parent)
        : QUndoCommand(text, parent), m_context(context)
    {}
    virtual Status perform(bool firstTime) = 0;
    virtual Status reverse() = 0;

    EntryCommandContext& m_context;

private:
    Status finish(Status status);

    QString m_lastError;
    bool m_done = false;
    bool m_ranOnce = false;
};

class AddEntryCommand : public EntryCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::AddEntryCommand)

public:
    AddEntryCommand(EntryCommandContext& context, ServiceEntry entry,
                    QUndoCommand* parent = nullptr);
    // The id the entry has now, 0 while undone.
    qint64 currentId() const { return m_key ? m_context.idOf(m_key) : 0; }
    QString translatedText() const override;

protected:
    Status perform(bool firstTime) override;
    Status reverse() override;

private:
    ServiceEntry m_entry;
    int m_key = 0;
};

// Changes every value of the entry `entry.id` names; undo puts back what was stored before.
class EditEntryCommand : public EntryCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::EditEntryCommand)

public:
    EditEntryCommand(EntryCommandContext& context, ServiceEntry entry,
                     QUndoCommand* parent = nullptr);
    qint64 currentId() const { return m_context.idOf(m_key); }
    QString translatedText() const override;

protected:
    Status perform(bool firstTime) override;
    Status reverse() override;

private:
    Status write(ServiceEntry values, const QDateTime& loaded);

    ServiceEntry m_after;
    ServiceEntry m_before;
    int m_key = 0;
};

// Undo writes the same values again (under a new id). `shown` is the version of the entry the
// caller showed (invalid: not checked); the first run removes it only while it holds that one.
class DeleteEntryCommand : public EntryCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::DeleteEntryCommand)

public:
    DeleteEntryCommand(EntryCommandContext& context, qint64 entryId, QDateTime shown = {},
                       QUndoCommand* parent = nullptr);
    qint64 currentId() const { return m_context.idOf(m_key); }
    QString translatedText() const override;

protected:
    Status perform(bool firstTime) override;
    Status reverse() override;

private:
    ServiceEntry m_removed;
    QDateTime m_shown;
    int m_key = 0;
};

} // namespace bilan
