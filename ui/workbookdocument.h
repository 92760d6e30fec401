#pragma once

#include "ui_global.h"

#include "records/recordstore.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace sb::ui {

// An open workbook as the desktop program holds it: the UI thread's connection (short reads
// for forms), a reader thread for list pages, a writer thread for every change, the watcher
// that notices what other programs commit, and the undo stack of the changes made here.
//
// The stack follows the workbook, not the other way round: a change is written first and goes
// on the stack once it has committed, and Undo and Redo move the stack only once their own
// write has committed. A refused write (someone changed the record since, the lifecycle has no
// way back) leaves the stack as it was. While such a write is under way, Undo and Redo are
// not offered.
class SB_UI_EXPORT WorkbookDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorkbookDocument(std::unique_ptr<Workbook> workbook, QObject *parent = nullptr);
    ~WorkbookDocument() override;

    Workbook &workbook() { return *m_workbook; }
    RecordStore &store() { return m_store; }
    WorkbookThread &reader() { return *m_reader; }
    WorkbookThread &writer() { return *m_writer; }
    ChangeWatcher &watcher() { return *m_watcher; }
    QString path() const { return m_workbook->path(); }
    QString displayName() const;

    // Runs a change on the writer thread; `done` gets its error (or none) on the UI thread,
    // after the views have been told what changed.
    void write(std::function<Error(RecordStore &)> job, QObject *context,
               std::function<void(const Error &)> done);
    // Looks for changes now (after a save, so the views update at once).
    void refreshNow();

    QUndoStack *undoStack() const { return m_undoStack; }
    // Writes the change `command` stands for (a RecordCommand, or a RecordBatchCommand of
    // them, all in one transaction) on the writer thread, and puts it on the undo stack once
    // it is written (unless it changed nothing). On failure nothing is written and the command
    // is deleted. `done` gets the error, or none, unless `context` is gone by then.
    void perform(QUndoCommand *command, QObject *context, std::function<void(const Error &)> done);
    // Whether Undo / Redo can be taken now: a step to take, none under way, and for Undo a
    // step the lifecycle can take back (see undoRefusal()).
    bool canUndo() const;
    bool canRedo() const;
    // Why the step Undo would take cannot be taken back; empty if it can.
    QString undoRefusal() const;
    bool isHistoryBusy() const { return m_historyBusy > 0; }
    // Take the step back / again. Asynchronous: stepUndone() / stepRedone() or stepRefused()
    // follow.
    void undo();
    void redo();
    // The texts of the steps, again in the current language.
    void retranslateHistory();

Q_SIGNALS:
    void recordsChanged(const QList<sb::ChangeEntry> &changes);
    void everythingChanged();
    void othersChanged(const QList<sb::PresenceEntry> &others);
    void writeWaiting(int waitedMs);
    void writerBusy(bool busy);
    // Undo, Redo or a change bound for the stack began or ended; what can be undone may differ.
    void historyChanged();
    void stepUndone(const QString &text);
    void stepRedone(const QString &text);
    // An undo or redo could not be written; nothing was changed. The message says why.
    void stepRefused(const QString &message);
    // Records written by perform(), undo() or redo(), for views that show them.
    void recordsWritten(const QList<qint64> &ids);

private:
    void takeStep(bool undo);

    std::unique_ptr<Workbook> m_workbook;
    RecordStore m_store;
    std::unique_ptr<WorkbookThread> m_reader;
    std::unique_ptr<WorkbookThread> m_writer;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QUndoStack *m_undoStack = nullptr;
    int m_historyBusy = 0; // writes under way that will move the stack
};

} // namespace sb::ui
