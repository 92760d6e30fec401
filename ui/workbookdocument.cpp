#include "workbookdocument.h"

#include "recordcommands.h"

#include <QFileInfo>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace sb::ui {

WorkbookDocument::WorkbookDocument(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent)
    , m_workbook(std::move(workbook))
    , m_store(*m_workbook)
{
    m_undoStack = new QUndoStack(this);
    // Each step holds two copies of the fields it changed: a long day's work, not a lifetime.
    m_undoStack->setUndoLimit(200);
    m_reader = std::make_unique<WorkbookThread>(*m_workbook, WorkbookThread::Mode::Read);
    m_writer = std::make_unique<WorkbookThread>(*m_workbook, WorkbookThread::Mode::Write);
    m_watcher = std::make_unique<ChangeWatcher>(*m_workbook);
    connect(m_watcher.get(), &ChangeWatcher::recordsChanged, this,
            &WorkbookDocument::recordsChanged);
    connect(m_watcher.get(), &ChangeWatcher::everythingChanged, this,
            &WorkbookDocument::everythingChanged);
    connect(m_watcher.get(), &ChangeWatcher::othersChanged, this, &WorkbookDocument::othersChanged);
    connect(m_writer.get(), &WorkbookThread::waiting, this, &WorkbookDocument::writeWaiting);
    connect(m_writer.get(), &WorkbookThread::busyChanged, this, &WorkbookDocument::writerBusy);
    const QString session = m_workbook->sessionId();
    if (!session.isEmpty()) {
        m_watcher->setHeartbeat([this, session] {
            m_writer->submit(
                [session](Workbook &wb) { return Presence::heartbeat(wb.db(), session); }, this,
                {});
        });
    }
    m_watcher->start();
}

WorkbookDocument::~WorkbookDocument()
{
    m_watcher->stop();
    // Threads first: their jobs may still use the workbook's settings.
    m_writer.reset();
    m_reader.reset();
}

QString WorkbookDocument::displayName() const
{
    return QFileInfo(m_workbook->path()).completeBaseName();
}

void WorkbookDocument::write(std::function<Error(RecordStore &)> job, QObject *context,
                             std::function<void(const Error &)> done)
{
    m_writer->submit(
        [job = std::move(job)](Workbook &wb) {
            RecordStore store(wb);
            return job(store);
        },
        context,
        [this, done = std::move(done)](const Error &e) {
            refreshNow();
            if (done)
                done(e);
        });
}

void WorkbookDocument::refreshNow()
{
    m_watcher->poll();
}

void WorkbookDocument::perform(QUndoCommand *command, QObject *context,
                               std::function<void(const Error &)> done)
{
    // Held until the write is done: pushed if it changed something, deleted otherwise (also
    // when the document closes first).
    auto held = std::make_shared<std::unique_ptr<QUndoCommand>>(command);
    const QList<RecordCommand *> commands = RecordCommand::of(command);
    QList<RecordWrite> writes;
    for (const RecordCommand *c : commands)
        writes << c->doWrite();
    auto outcomes = std::make_shared<QList<RecordWriteOutcome>>();
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    ++m_historyBusy;
    Q_EMIT historyChanged();
    write(
        [writes, outcomes](RecordStore &store) {
            return RecordCommand::writeAll(store, writes, outcomes.get());
        },
        this,
        [this, held, commands, outcomes, hasContext, guard,
         done = std::move(done)](const Error &e) {
            --m_historyBusy;
            QList<qint64> ids;
            if (e.isOk() && outcomes->size() == commands.size()) {
                bool changed = false;
                for (int i = 0; i < commands.size(); ++i) {
                    commands[i]->written(outcomes->at(i));
                    changed |= !commands[i]->isNoop();
                    ids << commands[i]->recordId();
                }
                // The change is written: the stack only records it (redo() does nothing).
                if (changed)
                    m_undoStack->push(held->release());
            }
            Q_EMIT historyChanged();
            if (done && (!hasContext || guard))
                done(e);
            if (!ids.isEmpty())
                Q_EMIT recordsWritten(ids);
        });
}

bool WorkbookDocument::canUndo() const
{
    return m_historyBusy == 0 && m_undoStack->canUndo() && undoRefusal().isEmpty();
}

bool WorkbookDocument::canRedo() const
{
    return m_historyBusy == 0 && m_undoStack->canRedo();
}

QString WorkbookDocument::undoRefusal() const
{
    QString why;
    if (m_undoStack->canUndo())
        RecordCommand::isUndoable(m_undoStack->command(m_undoStack->index() - 1), &why);
    return why;
}

void WorkbookDocument::undo()
{
    takeStep(true);
}

void WorkbookDocument::redo()
{
    takeStep(false);
}

void WorkbookDocument::takeStep(bool undo)
{
    if (undo ? !canUndo() : !canRedo())
        return;
    const int index = m_undoStack->index();
    const QUndoCommand *step = m_undoStack->command(undo ? index - 1 : index);
    const QString text = step->text();
    QList<RecordCommand *> commands = RecordCommand::of(step);
    // Taken back in the opposite order to how they were written.
    if (undo)
        std::reverse(commands.begin(), commands.end());
    QList<RecordCommand *> writing;
    QList<RecordWrite> writes;
    for (RecordCommand *c : std::as_const(commands)) {
        if (c->isNoop())
            continue;
        writing << c;
        writes << (undo ? c->undoWrite() : c->redoWrite());
    }
    auto outcomes = std::make_shared<QList<RecordWriteOutcome>>();
    ++m_historyBusy;
    Q_EMIT historyChanged();
    write(
        [writes, outcomes](RecordStore &store) {
            return RecordCommand::writeAll(store, writes, outcomes.get());
        },
        this,
        [this, undo, index, text, writing, outcomes](const Error &e) {
            --m_historyBusy;
            // While a step is under way nothing else moves the stack (canUndo(), canRedo()).
            Q_ASSERT(m_undoStack->index() == index);
            if (e.isError() || outcomes->size() != writing.size()) {
                Q_EMIT historyChanged();
                Q_EMIT stepRefused(
                    undo
                        ? tr("Cannot undo \"%1\": %2 Nothing was changed.").arg(text, e.message())
                        : tr("Cannot redo \"%1\": %2 Nothing was changed.").arg(text, e.message()));
                return;
            }
            QList<qint64> ids;
            for (int i = 0; i < writing.size(); ++i) {
                RecordCommand *c = writing[i];
                const RecordWriteOutcome &o = outcomes->at(i);
                // The values the record had at `from` are back, under a new version: every
                // step on the stack that names `from` for this record now names that one.
                const int from = undo ? c->versionBefore() : c->versionAfter();
                if (!undo)
                    c->written(o);
                for (int s = 0; s < m_undoStack->count(); ++s) {
                    for (RecordCommand *other : RecordCommand::of(m_undoStack->command(s)))
                        other->renumber(c->recordId(), from, o.after.version);
                }
                ids << c->recordId();
            }
            // The writes are done: the stack only follows (undo() and redo() do nothing).
            if (undo)
                m_undoStack->undo();
            else
                m_undoStack->redo();
            Q_EMIT historyChanged();
            Q_EMIT recordsWritten(ids);
            if (undo)
                Q_EMIT stepUndone(text);
            else
                Q_EMIT stepRedone(text);
        });
}

void WorkbookDocument::retranslateHistory()
{
    for (int i = 0; i < m_undoStack->count(); ++i)
        RecordCommand::retranslate(const_cast<QUndoCommand *>(m_undoStack->command(i)));
    Q_EMIT historyChanged();
}

} // namespace sb::ui
