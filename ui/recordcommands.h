#pragma once

#include "ui_global.h"

#include "error.h"
#include "records/record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>
#include <QVariantMap>

namespace sb {
class RecordStore;
}

namespace sb::ui {

// One write of one record as plain values: made from a command on the UI thread, carried out
// by RecordCommand::writeAll() on the writer thread, which never touches the command itself.
struct RecordWrite
{
    enum class Kind {
        Do, // the change as the user asked for it; the version is checked by the store
        Undo, // the values the change replaced, put back exactly, nothing derived anew
        Redo, // the change asked for again, on the version the undo produced
    };
    Kind kind = Kind::Do;
    qint64 id = 0;
    QString humanId;
    QVariantMap changes;
    QString toState; // empty: fields only
    int expectedVersion = AnyVersion;
};

// What a write did: the record before and after it, read inside its transaction.
struct RecordWriteOutcome
{
    Record before;
    Record after;
    QString stepLabel; // the lifecycle's name of the step taken ("Resolve"), as stored
    bool reversible = true; // the lifecycle has a step from after.state back to before.state
};

// A saved change of one record, as the undo stack keeps it. The change is in the workbook
// before the command reaches the stack (WorkbookDocument::perform()), so redo() and undo() do
// nothing themselves: the document writes first and moves the stack only once the write has
// committed, so a refused undo leaves the stack as it was. Undo is an audited write of its own
// that puts back the values the change replaced, naming the version the change produced: a
// record someone has changed since is never silently overwritten.
class SB_UI_EXPORT RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)
public:
    qint64 recordId() const { return m_id; }
    const QString &humanId() const { return m_humanId; }
    // The version the change was made on and the one it produced; after an undo or redo, the
    // versions that now hold the same values.
    int versionBefore() const { return m_versionBefore; }
    int versionAfter() const { return m_versionAfter; }
    // The fields the change altered (derived ones included), with their values before and
    // after it. The state is not among them: see stateBefore() and stateAfter().
    const QVariantMap &valuesBefore() const { return m_before; }
    const QVariantMap &valuesAfter() const { return m_after; }
    const QString &stateBefore() const { return m_stateBefore; }
    const QString &stateAfter() const { return m_stateAfter; }
    // Nothing differed: there is nothing to undo or redo.
    bool isNoop() const;
    // False when the lifecycle has no step back; whyNotUndoable() then says so.
    bool isUndoable() const { return m_reversible; }
    QString whyNotUndoable() const;

    RecordWrite doWrite() const;
    RecordWrite undoWrite() const;
    RecordWrite redoWrite() const;
    // Takes in what the first write or a redo did (on the UI thread, once committed): the
    // values and versions before and after, and whether the lifecycle can take the step back.
    void written(const RecordWriteOutcome &outcome);
    // Another step gave the values this record had at version `from` the version `to`.
    void renumber(qint64 id, int from, int to);
    virtual void retranslate() = 0;

    void undo() override { }
    void redo() override { }

    // Carries out the writes in one transaction, in order, all or nothing; appends what each
    // did to `outcomes`. On the writer thread. An error names the record it concerns.
    static Error writeAll(RecordStore &store, const QList<RecordWrite> &writes,
                          QList<RecordWriteOutcome> *outcomes);
    // The record commands of a step: the command itself, or those a batch holds.
    static QList<RecordCommand *> of(const QUndoCommand *step);
    // Whether every record command of a step can be undone; if not, why.
    static bool isUndoable(const QUndoCommand *step, QString *why = nullptr);
    // Sets the texts of a step (and its parts) again in the current language.
    static void retranslate(QUndoCommand *step);

protected:
    RecordCommand(qint64 id, const QString &humanId, const QVariantMap &changes,
                  int expectedVersion, const QString &toState, QUndoCommand *parent);

    const QString &stepLabel() const { return m_stepLabel; }

private:
    qint64 m_id;
    QString m_humanId;
    QVariantMap m_request; // what was asked for, to ask again on redo
    QString m_toState; // asked for; empty for an edit
    QVariantMap m_before;
    QVariantMap m_after;
    QString m_stateBefore;
    QString m_stateAfter;
    QString m_stepLabel;
    int m_versionBefore;
    int m_versionAfter = 0;
    bool m_reversible = true;
};

// Fields of one record changed: "Edit INC-42". Always undoable while nobody else has changed
// the record since.
class SB_UI_EXPORT RecordEditCommand : public RecordCommand
{
public:
    RecordEditCommand(qint64 id, const QString &humanId, const QVariantMap &changes,
                      int expectedVersion, QUndoCommand *parent = nullptr);
    void retranslate() override;
};

// A lifecycle step, with the fields that come with it: "Resolve INC-42". Undone by the step
// back (Reopen after Resolve) with the fields as they were, if the lifecycle has that step;
// otherwise it cannot be undone, and the Edit menu says so.
class SB_UI_EXPORT RecordTransitionCommand : public RecordCommand
{
public:
    RecordTransitionCommand(qint64 id, const QString &humanId, const QString &toState,
                            const QVariantMap &changes, int expectedVersion,
                            QUndoCommand *parent = nullptr);
    void retranslate() override;
};

// One action on several records, one step on the stack: the record commands are its
// children, written in one transaction and undone in one transaction.
class SB_UI_EXPORT RecordBatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)
public:
    enum class Action { Assign, Resolve };
    // `type` is the record type of the records; `count` how many were chosen.
    RecordBatchCommand(Action action, const QString &type, int count);
    void retranslate();

private:
    Action m_action;
    QString m_type;
    int m_count;
};

} // namespace sb::ui
