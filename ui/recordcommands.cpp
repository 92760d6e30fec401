#include "recordcommands.h"

#include "clock.h"
#include "records/lifecycle.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)
};

QString shownTime(const QString &stored)
{
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

bool sameValue(const FieldDef &f, const QVariant &a, const QVariant &b)
{
    const QString ca = f.canonical(a);
    const QString cb = f.canonical(b);
    return ca == cb && ca.isNull() == cb.isNull();
}

// The record has moved on from the version a step knows: the first change after that
// version is the one in its way, and whoever made it is named.
Error changedSince(RecordStore &store, const Record &current, int expected)
{
    QString who = current.updatedBy;
    QString at = current.updatedAt;
    int version = current.version;
    if (Result<QList<AuditEntry>> entries = store.history(current.id); entries.ok()) {
        for (const AuditEntry &e : *entries) {
            if (e.version > expected) {
                who = e.user;
                at = e.at;
                version = e.version;
                break;
            }
        }
    }
    return Error(ErrorCode::Conflict,
                 Tr::tr("%1 changed %2 at %3 (version %4) after this step.")
                     .arg(who, current.humanId, shownTime(at))
                     .arg(version));
}

// An undo writes the values as they were and derives nothing; should a rule of the type
// still have moved something, the undo did not restore the record and must not stand.
Error checkRestored(const Record &before, const Record &after, const QVariantMap &restored)
{
    const RecordTypeDef *def = RecordTypes::find(after.type);
    if (!def)
        return {};
    for (const FieldDef *f : def->allFields()) {
        if (f->viaTransition)
            continue;
        const QVariant wanted =
            restored.contains(f->name) ? restored.value(f->name) : before.value(f->name);
        const QVariant got = after.value(f->name);
        if (sameValue(*f, wanted, got))
            continue;
        auto shown = [f](const QVariant &v) {
            const QString c = f->canonical(v);
            return c.isNull() ? Tr::tr("(empty)") : c;
        };
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 would not be as it was: %2 would be \"%3\", not \"%4\".")
                         .arg(after.humanId, f->displayLabel(), shown(got), shown(wanted)));
    }
    return {};
}

Result<RecordWriteOutcome> writeOne(RecordStore &store, const RecordWrite &w)
{
    Result<Record> before = store.load(w.id);
    if (!before.ok())
        return before.error();
    // A first write names the version the user read and the store checks it; undo and redo
    // check here, to say who stands in their way.
    if (w.kind != RecordWrite::Kind::Do && before->version != w.expectedVersion)
        return changedSince(store, *before, w.expectedVersion);
    Result<Lifecycles> lifecycles = store.lifecycles();
    if (!lifecycles.ok())
        return lifecycles.error();
    QVariantMap changes = w.changes;
    if (w.kind == RecordWrite::Kind::Undo) {
        if (!w.toState.isEmpty() && !lifecycles->find(before->type, before->state, w.toState))
            return Error(ErrorCode::LifecycleRefused,
                         Tr::tr("%1 cannot go back from %2 to %3: its lifecycle has no such step.")
                             .arg(before->humanId,
                                  lifecycles->stateLabel(before->type, before->state),
                                  lifecycles->stateLabel(before->type, w.toState)));
        // The values as they were, not derived again: undoing a resolution is no reopening
        // to be counted, and the priority comes back as it was. Every other check applies.
        changes.insert(QString(RecordStore::ImportedKey), true);
    }
    const Result<int> version = w.toState.isEmpty()
        ? store.update(w.id, changes, w.expectedVersion)
        : store.transition(w.id, w.toState, changes, w.expectedVersion);
    if (!version.ok())
        return version.error();
    Result<Record> after = store.load(w.id);
    if (!after.ok())
        return after.error();
    if (w.kind == RecordWrite::Kind::Undo) {
        if (Error e = checkRestored(*before, *after, w.changes); e.isError())
            return e;
    }
    RecordWriteOutcome out;
    out.before = std::move(before).value();
    out.after = std::move(after).value();
    if (out.before.state != out.after.state) {
        if (const LifecycleTransition *t =
                lifecycles->find(out.after.type, out.before.state, out.after.state))
            out.stepLabel = t->label;
        out.reversible =
            lifecycles->find(out.after.type, out.after.state, out.before.state) != nullptr;
    }
    return out;
}

// In a batch, the message says which record it is about (the store's own messages mostly do).
Error naming(const QString &humanId, const Error &e)
{
    const QRegularExpression mentioned(u"\\b"_s + QRegularExpression::escape(humanId) + u"\\b"_s);
    if (humanId.isEmpty() || e.message().contains(mentioned))
        return e;
    return Error(e.code(), Tr::tr("%1: %2").arg(humanId, e.message()), e.detail());
}

} // namespace

RecordCommand::RecordCommand(qint64 id, const QString &humanId, const QVariantMap &changes,
                             int expectedVersion, const QString &toState, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_id(id)
    , m_humanId(humanId)
    , m_request(changes)
    , m_toState(toState)
    , m_versionBefore(expectedVersion)
{ }

bool RecordCommand::isNoop() const
{
    return m_before.isEmpty() && m_stateBefore == m_stateAfter;
}

QString RecordCommand::whyNotUndoable() const
{
    if (m_reversible)
        return {};
    return tr("%1 cannot go back from %2 to %3: its lifecycle has no such step.")
        .arg(m_humanId, RecordTypes::stateLabel(m_stateAfter),
             RecordTypes::stateLabel(m_stateBefore));
}

RecordWrite RecordCommand::doWrite() const
{
    return {RecordWrite::Kind::Do, m_id, m_humanId, m_request, m_toState, m_versionBefore};
}

RecordWrite RecordCommand::undoWrite() const
{
    return {RecordWrite::Kind::Undo,
            m_id,
            m_humanId,
            m_before,
            m_stateBefore != m_stateAfter ? m_stateBefore : QString(),
            m_versionAfter};
}

RecordWrite RecordCommand::redoWrite() const
{
    // Asked for again rather than copied: what the write derives (times, counters) is derived
    // now, as for any change.
    return {RecordWrite::Kind::Redo, m_id, m_humanId, m_request, m_toState, m_versionBefore};
}

void RecordCommand::written(const RecordWriteOutcome &o)
{
    m_before.clear();
    m_after.clear();
    if (const RecordTypeDef *def = RecordTypes::find(o.after.type)) {
        for (const FieldDef *f : def->allFields()) {
            if (f->viaTransition)
                continue;
            const QVariant b = o.before.value(f->name);
            const QVariant a = o.after.value(f->name);
            if (sameValue(*f, b, a))
                continue;
            m_before.insert(f->name, f->canonical(b).isNull() ? QVariant() : b);
            m_after.insert(f->name, f->canonical(a).isNull() ? QVariant() : a);
        }
    }
    m_stateBefore = o.before.state;
    m_stateAfter = o.after.state;
    m_stepLabel = o.stepLabel;
    m_reversible = o.reversible;
    m_versionBefore = o.before.version;
    m_versionAfter = o.after.version;
    retranslate();
}

void RecordCommand::renumber(qint64 id, int from, int to)
{
    if (id != m_id)
        return;
    if (m_versionBefore == from)
        m_versionBefore = to;
    if (m_versionAfter == from)
        m_versionAfter = to;
}

Error RecordCommand::writeAll(RecordStore &store, const QList<RecordWrite> &writes,
                              QList<RecordWriteOutcome> *outcomes)
{
    if (Error e = store.workbook().requireWritable(); e.isError())
        return e;
    // The store's own transactions nest inside this one: nothing is committed unless every
    // write succeeds.
    WriteTransaction tx(store.workbook().db());
    if (Error e = tx.begin(); e.isError())
        return e;
    for (const RecordWrite &w : writes) {
        Result<RecordWriteOutcome> o = writeOne(store, w);
        if (!o.ok())
            return writes.size() > 1 ? naming(w.humanId, o.error()) : o.error();
        outcomes->append(std::move(o).value());
    }
    return tx.commit();
}

QList<RecordCommand *> RecordCommand::of(const QUndoCommand *step)
{
    // The stack hands its commands out as const; they are made here and changed on the UI
    // thread only, after the writes they stand for.
    auto *command = const_cast<QUndoCommand *>(step);
    if (auto *r = dynamic_cast<RecordCommand *>(command))
        return {r};
    QList<RecordCommand *> out;
    for (int i = 0; command && i < command->childCount(); ++i) {
        if (auto *r = dynamic_cast<RecordCommand *>(const_cast<QUndoCommand *>(command->child(i))))
            out << r;
    }
    return out;
}

bool RecordCommand::isUndoable(const QUndoCommand *step, QString *why)
{
    for (const RecordCommand *c : of(step)) {
        if (!c->isUndoable()) {
            if (why)
                *why = c->whyNotUndoable();
            return false;
        }
    }
    return true;
}

void RecordCommand::retranslate(QUndoCommand *step)
{
    if (auto *batch = dynamic_cast<RecordBatchCommand *>(step))
        batch->retranslate();
    for (RecordCommand *c : of(step))
        c->retranslate();
}

RecordEditCommand::RecordEditCommand(qint64 id, const QString &humanId, const QVariantMap &changes,
                                     int expectedVersion, QUndoCommand *parent)
    : RecordCommand(id, humanId, changes, expectedVersion, {}, parent)
{
    retranslate();
}

void RecordEditCommand::retranslate()
{
    setText(tr("Edit %1").arg(humanId()));
}

RecordTransitionCommand::RecordTransitionCommand(qint64 id, const QString &humanId,
                                                 const QString &toState, const QVariantMap &changes,
                                                 int expectedVersion, QUndoCommand *parent)
    : RecordCommand(id, humanId, changes, expectedVersion, toState, parent)
{
    retranslate();
}

void RecordTransitionCommand::retranslate()
{
    // The step's own name once it is known ("Resolve INC-42"); until then, where it goes.
    if (stepLabel().isEmpty())
        setText(tr("Move %1 to %2").arg(humanId(), RecordTypes::stateLabel(doWrite().toState)));
    else
        setText(tr("%1 %2", "a lifecycle step, then a record: Resolve INC-42")
                    .arg(Lifecycles::transitionLabel(stepLabel()), humanId()));
}

RecordBatchCommand::RecordBatchCommand(Action action, const QString &type, int count)
    : m_action(action)
    , m_type(type)
    , m_count(count)
{
    retranslate();
}

void RecordBatchCommand::retranslate()
{
    const bool incidents = m_type == u"incident"_s;
    switch (m_action) {
    case Action::Assign:
        setText(incidents ? tr("Assign %n Incident(s)", nullptr, m_count)
                          : tr("Assign %n Service Request(s)", nullptr, m_count));
        break;
    case Action::Resolve: setText(tr("Resolve %n Incident(s)", nullptr, m_count)); break;
    }
}

} // namespace sb::ui
