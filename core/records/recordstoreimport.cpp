// The import entry points of RecordStore: records taken over from another system keep the
// state and values that system recorded, under the "import" permission and audit action.

#include "recordstore.h"

#include "clock.h"
#include "incident/ticketrules.h"
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

// The typed row's INSERT, built from the registry (never from input), once per type.
const QByteArray &insertSql(const RecordTypeDef &def)
{
    static const QHash<QString, QByteArray> all = [] {
        QHash<QString, QByteArray> h;
        for (const RecordTypeDef &t : RecordTypes::all()) {
            QString cols = u"id"_s;
            QString params = u"?1"_s;
            for (qsizetype i = 0; i < t.fields.size(); ++i) {
                cols += u", "_s + t.fields[i].name;
                params += u", ?"_s + QString::number(i + 2);
            }
            h.insert(t.type,
                     (u"INSERT INTO "_s + t.table + u'(' + cols + u") VALUES ("_s + params + u')')
                         .toUtf8());
        }
        return h;
    }();
    return *all.constFind(def.type);
}

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

// Rules a record type adds to every write (incidents derive their priority), in the form an
// import asks for: what the other system recorded stands.
Error typeRules(Database &db, const RecordTypeDef &def, const Record *current,
                const QString &toState, QVariantMap *changes)
{
    if (TicketRules::appliesTo(def.type))
        return TicketRules::beforeWrite(db, def, current, toState, changes, true);
    return {};
}

void applyValues(Record *r, const QVariantMap &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key() == u"title"_s)
            r->title = it.value().toString();
        else if (it.key() == u"owner"_s)
            r->owner = it.value().toString();
        else if (it.value().isNull())
            r->fields.remove(it.key());
        else
            r->fields.insert(it.key(), it.value());
    }
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
    if (Error e = typeRules(m_db, *def, nullptr, {}, &norm); e.isError())
        return e;

    Record r;
    r.type = type;
    applyValues(&r, norm);
    r.state = state.isEmpty() ? m_lifecycles->initialState(type) : state;
    if (Error e = checkState(*m_lifecycles, *def, r.state); e.isError())
        return e;
    if (Error e = checkRequired(*def, r, {}, {}); e.isError())
        return e;

    const QString at = nowStored();
    r.createdAt = r.updatedAt = at;
    r.createdBy = r.updatedBy = user();
    r.version = 1;
    qint64 humanNo = 0;
    {
        // Numbered inside this transaction, as create() does.
        Statement num = m_db.prepare("SELECT next_number, prefix FROM record_type WHERE type = ?1");
        num.bind(1, type);
        if (!num.next())
            return num.error().isError()
                ? num.error()
                : Error(ErrorCode::Internal,
                        Tr::tr("The workbook does not know the record type \"%1\".").arg(type));
        humanNo = num.int64(0);
        r.humanId = num.text(1) + u'-' + QString::number(humanNo);
        num.reset();
        Statement bump = m_db.prepare("UPDATE record_type SET next_number = next_number + 1, "
                                      "live_count = live_count + 1 WHERE type = ?1");
        if (Error e = bump.bind(1, type).exec(); e.isError())
            return e;
    }
    {
        Statement ins = m_db.prepare(
            "INSERT INTO record(type, human_no, human_id, title, state, owner, created_at, "
            "created_by, updated_at, updated_by, version) "
            "VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7, 1)");
        ins.bind(1, type).bind(2, r.humanId).bind(3, r.title).bind(4, r.state);
        ins.bind(5, r.owner.isEmpty() ? QString() : r.owner).bind(6, at).bind(7, user());
        ins.bind(8, humanNo);
        if (Error e = ins.exec(); e.isError())
            return e;
        r.id = m_db.lastInsertRowId();
    }
    {
        Statement ins = m_db.prepare(insertSql(*def));
        ins.bind(1, r.id);
        for (int i = 0; i < def->fields.size(); ++i)
            ins.bind(i + 2, r.fields.value(def->fields[i].name));
        if (Error e = ins.exec(); e.isError())
            return e;
    }
    // One entry holding the whole record, state included, as a create entry does.
    if (Error e = writeAudit(r, ImportAction, {}, {}, recordSnapshot(*def, r), 1, at); e.isError())
        return e;
    if (Error e = reindex(*def, r, false); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return RecordRef {r.id, r.humanId, 1};
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
    if (Error e = typeRules(m_db, def, &*current, stateChanges ? newState : QString(), &norm);
        e.isError())
        return e;

    struct Diff
    {
        const FieldDef *field;
        QString oldValue;
        QString newValue;
    };
    QList<Diff> diffs;
    bool typedChanged = false;
    bool searchChanged = false;
    for (auto it = norm.constBegin(); it != norm.constEnd(); ++it) {
        const FieldDef *f = def.field(it.key());
        const QString oldC = f->canonical(current->value(f->name));
        const QString newC = f->canonical(it.value());
        if (oldC == newC && oldC.isNull() == newC.isNull())
            continue;
        diffs.append({f, oldC, newC});
        typedChanged |= !f->common;
        searchChanged |= f->searchable;
    }
    if (diffs.isEmpty() && !stateChanges) {
        if (Error e = tx.commit(); e.isError())
            return e;
        return current->version;
    }
    Record after = *current;
    applyValues(&after, norm);
    after.state = newState;
    if (Error e = checkRequired(def, after, {}, {}); e.isError())
        return e;

    const QString at = nowStored();
    const int version = current->version + 1;
    {
        Statement up =
            m_db.prepare("UPDATE record SET title = ?1, state = ?2, owner = ?3, updated_at = ?4, "
                         "updated_by = ?5, version = ?6 WHERE id = ?7 AND version = ?8");
        up.bind(1, after.title).bind(2, after.state);
        up.bind(3, after.owner.isEmpty() ? QString() : after.owner);
        up.bind(4, at).bind(5, user()).bind(6, version).bind(7, id).bind(8, current->version);
        if (Error e = up.exec(); e.isError())
            return e;
        if (m_db.changes() != 1)
            return Error(ErrorCode::Internal,
                         Tr::tr("%1 changed while it was being saved; nothing was saved.")
                             .arg(current->humanId));
    }
    if (typedChanged) {
        QString sets;
        int n = 2;
        for (const Diff &d : std::as_const(diffs)) {
            if (d.field->common)
                continue;
            if (!sets.isEmpty())
                sets += u", "_s;
            sets += d.field->name + u" = ?"_s + QString::number(n++);
        }
        Statement up = m_db.prepare(
            (u"UPDATE "_s + def.table + u" SET "_s + sets + u" WHERE id = ?1"_s).toUtf8());
        up.bind(1, id);
        n = 2;
        for (const Diff &d : std::as_const(diffs)) {
            if (!d.field->common)
                up.bind(n++, after.fields.value(d.field->name));
        }
        if (Error e = up.exec(); e.isError())
            return e;
    }
    if (stateChanges) {
        if (Error e =
                writeAudit(after, ImportAction, u"state"_s, current->state, newState, version, at);
            e.isError())
            return e;
    }
    for (const Diff &d : std::as_const(diffs)) {
        if (Error e =
                writeAudit(after, ImportAction, d.field->name, d.oldValue, d.newValue, version, at);
            e.isError())
            return e;
    }
    if (searchChanged) {
        if (Error e = reindex(def, after, true); e.isError())
            return e;
    }
    if (Error e = tx.commit(); e.isError())
        return e;
    return version;
}

} // namespace sb
