// The import entry points of RecordStore: records taken over from another system keep the
// state and values that system recorded, under the "import" permission and audit action.

#include "recordstore.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

const QString ImportAction = u"import"_s;

Error checkState(const Lifecycles &lc, const RecordTypeDef &def, const QString &state)
{
    if (lc.hasState(def.type, state))
        return {};
    QStringList states;
    for (const LifecycleState &s : lc.states(def.type))
        states << s.state;
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("%1 records have no state \"%2\". Their states are: %3.")
                     .arg(def.displayLabel(), state, states.join(u", "_s)));
}

Error refuseStateValue()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("An imported record's state is given on its own, not among its values."));
}

} // namespace

Result<RecordRef> RecordStore::importCreate(const QString &type, const QVariantMap &values,
                                            const QString &state)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return Error(ErrorCode::InvalidInput, Tr::tr("There is no record type \"%1\".").arg(type));
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->require(*def, ImportAction); e.isError())
        return e;
    if (values.contains(u"state"_s))
        return refuseStateValue();
    QVariantMap norm;
    if (Error e = normalizeChanges(*def, values, &norm, 0); e.isError())
        return e;
    // What the other system recorded stands: the type's rules run in their import form.
    if (Error e = typeRules(m_db, *def, nullptr, {}, &norm, true, user()); e.isError())
        return e;
    Record r = newRecord(type, std::move(norm));
    r.state = state.isEmpty() ? m_lifecycles->initialState(type) : state;
    if (Error e = checkState(*m_lifecycles, *def, r.state); e.isError())
        return e;
    if (Error e = checkRequired(*def, r, {}, {}); e.isError())
        return e;
    Result<RecordRef> ref = insertNew(*def, r, ImportAction);
    if (!ref.ok())
        return ref.error();
    if (Error e = afterWrite(*def, nullptr, ref->id, true); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return ref;
}

Result<int> RecordStore::importUpdate(qint64 id, const QVariantMap &changes, const QString &state)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> current = loadIn(id);
    if (!current.ok())
        return current.error();
    const RecordTypeDef &def = *RecordTypes::find(current->type);
    if (Error e = m_permissions->require(def, ImportAction); e.isError())
        return e;
    if (changes.contains(u"state"_s))
        return refuseStateValue();
    const QString newState = state.isEmpty() ? current->state : state;
    if (Error e = checkState(*m_lifecycles, def, newState); e.isError())
        return e;
    QVariantMap norm;
    if (Error e = normalizeChanges(def, changes, &norm, id); e.isError())
        return e;
    const bool stateChanges = newState != current->state;
    if (Error e = typeRules(m_db, def, &*current, stateChanges ? newState : QString(), &norm, true,
                            user());
        e.isError())
        return e;
    Record after = withChanges(*current, norm);
    after.state = newState;
    if (Error e = checkRequired(def, after, {}, {}); e.isError())
        return e;
    Result<int> version =
        applyChanges(def, *current, norm, stateChanges ? newState : QString(), ImportAction);
    if (!version.ok())
        return version.error();
    if (Error e = afterWrite(def, &*current, id, true); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return *version;
}

} // namespace sb
