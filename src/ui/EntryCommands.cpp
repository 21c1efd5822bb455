#include "EntryCommands.h"

#include "Parsing.h"

namespace bilan {

namespace {

QString describe(const ServiceEntry& entry)
{
    return QStringLiteral("%1 h, %2")
        .arg(Parsing::formatDuration(entry.minutes), Parsing::formatDate(entry.date));
}

} // namespace

EntryCommandContext::EntryCommandContext(Database& database, QObject* parent)
    : QObject(parent), m_repository(database)
{}

int EntryCommandContext::keyFor(qint64 id)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return newKey(id);
}

int EntryCommandContext::newKey(qint64 id)
{
    const int key = m_nextKey++;
    setId(key, id);
    return key;
}

void EntryCommandContext::setId(int key, qint64 id)
{
    // SQLite may hand a freed id to a new row: a key still holding it named an entry that
    // was removed outside these commands.
    if (id != 0) {
        for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
            if (it.value() == id && it.key() != key)
                it.value() = 0;
        }
    }
    m_ids.insert(key, id);
    m_versions.remove(key);
}

void EntryCommandContext::noteWritten(int key)
{
    auto stored = m_repository.get(idOf(key));
    m_versions.insert(key, stored ? stored->updatedAt : QDateTime());
}

void EntryCommandContext::succeeded()
{
    m_lastError = {};
    emit entriesChanged();
}

void EntryCommandContext::failed(const Error& error)
{
    m_lastError = error;
    emit errorOccurred(error.message, error.field);
    // Another desk changed the entry: the lists read it again and show the stored version.
    if (error.changedElsewhere)
        emit entriesChanged();
}

void EntryCommand::redo()
{
    const bool firstTime = !m_ranOnce;
    m_ranOnce = true;
    if (m_done) {
        // The undo before this failed: the effect is still in the database.
        m_context.succeeded();
        return;
    }
    if (finish(perform(firstTime))) {
        m_done = true;
    } else if (firstTime) {
        // Nothing happened, so there is nothing to undo: QUndoStack drops an obsolete command.
        setObsolete(true);
    }
}

void EntryCommand::undo()
{
    if (!m_done) {
        m_context.succeeded();
        return;
    }
    if (finish(reverse()))
        m_done = false;
}

Status EntryCommand::finish(Status status)
{
    if (status) {
        m_lastError.clear();
        m_context.succeeded();
    } else {
        m_lastError = status.message();
        m_context.failed(status.error());
    }
    return status;
}

AddEntryCommand::AddEntryCommand(EntryCommandContext& context, ServiceEntry entry,
                                 QUndoCommand* parent)
    : EntryCommand(context, tr("Add %1").arg(describe(entry)), parent), m_entry(std::move(entry))
{
    m_entry.id = 0;
}

QString AddEntryCommand::translatedText() const
{
    return tr("Add %1").arg(describe(m_entry));
}

Status AddEntryCommand::perform(bool)
{
    auto id = m_context.repository().add(m_entry);
    if (!id)
        return id.error();
    if (m_key == 0)
        m_key = m_context.newKey(*id);
    else
        m_context.setId(m_key, *id);
    m_context.noteWritten(m_key);
    return {};
}

Status AddEntryCommand::reverse()
{
    if (auto removed =
            m_context.repository().remove(m_context.idOf(m_key), m_context.versionOf(m_key));
        !removed)
        return removed;
    m_context.setId(m_key, 0);
    return {};
}

EditEntryCommand::EditEntryCommand(EntryCommandContext& context, ServiceEntry entry,
                                   QUndoCommand* parent)
    : EntryCommand(context, tr("Change %1").arg(describe(entry)), parent),
      m_after(std::move(entry)), m_key(context.keyFor(m_after.id))
{}

QString EditEntryCommand::translatedText() const
{
    return tr("Change %1").arg(describe(m_after));
}

Status EditEntryCommand::perform(bool firstTime)
{
    if (firstTime) {
        // The values to put back are the stored ones, whatever the caller's copy says.
        auto stored = m_context.repository().get(m_context.idOf(m_key));
        if (!stored)
            return stored.error();
        m_before = std::move(stored).value();
        // The first run checks the version its caller loaded.
        return write(m_after, m_after.updatedAt);
    }
    return write(m_after, m_context.versionOf(m_key));
}

Status EditEntryCommand::reverse()
{
    return write(m_before, m_context.versionOf(m_key));
}

Status EditEntryCommand::write(ServiceEntry values, const QDateTime& loaded)
{
    values.id = m_context.idOf(m_key);
    if (values.id == 0)
        return fail(tr("this entry no longer exists"));
    values.updatedAt = loaded;
    if (auto updated = m_context.repository().update(values); !updated)
        return updated;
    m_context.noteWritten(m_key);
    return {};
}

DeleteEntryCommand::DeleteEntryCommand(EntryCommandContext& context, qint64 entryId,
                                       QDateTime shown, QUndoCommand* parent)
    : EntryCommand(context, tr("Delete an entry"), parent), m_shown(std::move(shown)),
      m_key(context.keyFor(entryId))
{}

QString DeleteEntryCommand::translatedText() const
{
    // The entry's values are known once it has been removed.
    return m_removed.date.isValid() ? tr("Delete %1").arg(describe(m_removed))
                                    : tr("Delete an entry");
}

Status DeleteEntryCommand::perform(bool firstTime)
{
    const qint64 id = m_context.idOf(m_key);
    if (id == 0)
        return fail(tr("this entry no longer exists"));
    // Read at each redo: an edit undone or redone in between may have changed the values.
    auto stored = m_context.repository().get(id);
    if (!stored)
        return stored.error();
    const QDateTime loaded = firstTime ? m_shown : m_context.versionOf(m_key);
    if (auto removed = m_context.repository().remove(id, loaded); !removed)
        return removed;
    m_removed = std::move(stored).value();
    setText(translatedText());
    m_context.setId(m_key, 0);
    return {};
}

Status DeleteEntryCommand::reverse()
{
    ServiceEntry again = m_removed;
    again.id = 0;
    auto id = m_context.repository().add(again);
    if (!id)
        return id.error();
    m_context.setId(m_key, *id);
    m_context.noteWritten(m_key);
    return {};
}

} // namespace bilan
