#include "recordstore.h"

#include "clock.h"
#include "cmdb/cirules.h"
#include "incident/ticketrules.h"
#include "problem/problemrules.h"
#include "search.h"
#include "sla/slastore.h"
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

// Link labels of the shipped link kinds, so that lupdate sees them.
[[maybe_unused]] const char *const linkLabels[] = {
    QT_TRANSLATE_NOOP("LinkKind", "relates to"),     QT_TRANSLATE_NOOP("LinkKind", "member of"),
    QT_TRANSLATE_NOOP("LinkKind", "has member"),     QT_TRANSLATE_NOOP("LinkKind", "uses"),
    QT_TRANSLATE_NOOP("LinkKind", "used by"),        QT_TRANSLATE_NOOP("LinkKind", "supports"),
    QT_TRANSLATE_NOOP("LinkKind", "supported by"),   QT_TRANSLATE_NOOP("LinkKind", "depends on"),
    QT_TRANSLATE_NOOP("LinkKind", "needed by"),      QT_TRANSLATE_NOOP("LinkKind", "follows up"),
    QT_TRANSLATE_NOOP("LinkKind", "followed up by"),
};
// The kinds incidents bring (0003_incidents.sql).
[[maybe_unused]] const char *const incidentLinkLabels[] = {
    QT_TRANSLATE_NOOP("LinkKind", "caused by"),
    QT_TRANSLATE_NOOP("LinkKind", "caused"),
    QT_TRANSLATE_NOOP("LinkKind", "related to problem"),
    QT_TRANSLATE_NOOP("LinkKind", "has incident"),
    QT_TRANSLATE_NOOP("LinkKind", "affects"),
    QT_TRANSLATE_NOOP("LinkKind", "affected by"),
};
// The kinds problems and knowledge bring (0008_problems.sql).
[[maybe_unused]] const char *const problemLinkLabels[] = {
    QT_TRANSLATE_NOOP("LinkKind", "known error of"),
    QT_TRANSLATE_NOOP("LinkKind", "has known error"),
    QT_TRANSLATE_NOOP("LinkKind", "worked around with"),
    QT_TRANSLATE_NOOP("LinkKind", "worked around"),
    QT_TRANSLATE_NOOP("LinkKind", "used article"),
    QT_TRANSLATE_NOOP("LinkKind", "used for"),
    QT_TRANSLATE_NOOP("LinkKind", "documents"),
    QT_TRANSLATE_NOOP("LinkKind", "documented by"),
    QT_TRANSLATE_NOOP("LinkKind", "recurrence of"),
    QT_TRANSLATE_NOOP("LinkKind", "recurred as"),
    QT_TRANSLATE_NOOP("LinkKind", "resolved by change"),
    QT_TRANSLATE_NOOP("LinkKind", "resolves problem"),
};
// The relationship kinds the CMDB brings (0009_cmdb.sql).
[[maybe_unused]] const char *const cmdbLinkLabels[] = {
    QT_TRANSLATE_NOOP("LinkKind", "runs on"),       QT_TRANSLATE_NOOP("LinkKind", "hosts"),
    QT_TRANSLATE_NOOP("LinkKind", "connected to"),  QT_TRANSLATE_NOOP("LinkKind", "part of"),
    QT_TRANSLATE_NOOP("LinkKind", "contains"),      QT_TRANSLATE_NOOP("LinkKind", "installed on"),
    QT_TRANSLATE_NOOP("LinkKind", "has installed"), QT_TRANSLATE_NOOP("LinkKind", "licensed by"),
    QT_TRANSLATE_NOOP("LinkKind", "licenses"),      QT_TRANSLATE_NOOP("LinkKind", "located in"),
    QT_TRANSLATE_NOOP("LinkKind", "location of"),   QT_TRANSLATE_NOOP("LinkKind", "caused by CI"),
    QT_TRANSLATE_NOOP("LinkKind", "audit of"),      QT_TRANSLATE_NOOP("LinkKind", "audited by"),
};

QString shownTime(const QString &stored)
{
    return fromStoredTime(stored).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// SQL built from the registry (never from input): cached per type.
struct TypeSql
{
    QByteArray select; // typed columns by id
    QByteArray insert; // id + typed columns
};

TypeSql buildSql(const RecordTypeDef &def)
{
    QStringList cols;
    QStringList params;
    int n = 2;
    for (const FieldDef &f : def.fields) {
        cols << f.name;
        params << u'?' + QString::number(n++);
    }
    TypeSql s;
    s.select = (u"SELECT "_s + (cols.isEmpty() ? u"id"_s : cols.join(u", "_s)) + u" FROM "_s
                + def.table + u" WHERE id = ?1"_s)
                   .toUtf8();
    s.insert = (u"INSERT INTO "_s + def.table + u"(id"_s
                + (cols.isEmpty() ? QString() : u", "_s + cols.join(u", "_s)) + u") VALUES (?1"_s
                + (params.isEmpty() ? QString() : u", "_s + params.join(u", "_s)) + u")"_s)
                   .toUtf8();
    return s;
}

const TypeSql &sqlFor(const RecordTypeDef &def)
{
    // Built once for every type (a thread-safe static): the UI thread and the writer thread
    // both read it.
    static const QHash<QString, TypeSql> all = [] {
        QHash<QString, TypeSql> h;
        for (const RecordTypeDef &t : RecordTypes::all())
            h.insert(t.type, buildSql(t));
        return h;
    }();
    return *all.constFind(def.type);
}

QString typeList()
{
    QStringList names;
    for (const RecordTypeDef &t : RecordTypes::all())
        names << t.type;
    return names.join(u", "_s);
}

// The importer's marker is no field: it is taken out before the values are checked.
const QVariantMap &withoutImportMarker(const QVariantMap &values, QVariantMap *copy, bool *imported)
{
    static const QString key(RecordStore::ImportedKey);
    const auto it = values.constFind(key);
    *imported = it != values.constEnd() && it->toBool();
    if (it == values.constEnd())
        return values;
    *copy = values;
    copy->remove(key);
    return *copy;
}

} // namespace

Record RecordStore::withChanges(const Record &current, const QVariantMap &changes)
{
    Record after = current;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.key() == u"title"_s)
            after.title = it.value().toString();
        else if (it.key() == u"owner"_s)
            after.owner = it.value().toString();
        else
            after.fields.insert(it.key(), it.value());
    }
    return after;
}

namespace {
void appendJsonString(QString &out, const QString &s)
{
    // Runs that need no escaping (nearly all text) are copied whole.
    out += u'"';
    const QChar *begin = s.constData();
    const QChar *run = begin;
    const QChar *const end = begin + s.size();
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        default: out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        }
    }
    out.append(run, end - run);
    out += u'"';
}
} // namespace

QString recordSnapshot(const RecordTypeDef &def, const Record &r)
{
    // A JSON object in the registry's field order, written directly: it is on the path of
    // every create, and any JSON reader (the check uses Qt's) reads it back.
    QString out;
    out.reserve(256);
    out += u'{';
    bool first = true;
    for (const FieldDef *f : def.allFields()) {
        const QString c = f->canonical(r.value(f->name));
        if (c.isNull())
            continue;
        if (!first)
            out += u',';
        first = false;
        appendJsonString(out, f->name);
        out += u':';
        appendJsonString(out, c);
    }
    out += u'}';
    return out;
}

RecordStore::RecordStore(Workbook &workbook)
    : m_workbook(workbook)
    , m_db(workbook.db())
    , m_audit(workbook.db())
{ }

const QString &RecordStore::user() const
{
    return m_workbook.user();
}

Error RecordStore::beginWrite(WriteTransaction &tx)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (Error e = tx.begin(); e.isError())
        return e;
    return refreshMeta();
}

Error RecordStore::refreshMeta()
{
    // Inside one write transaction nobody else can commit: confirmed once is enough.
    if (m_permissions && m_lifecycles && m_metaDataVersion != -1 && m_db.transactionDepth() > 0
        && m_metaSerial == m_db.transactionSerial())
        return {};
    m_metaSerial = m_db.transactionDepth() > 0 ? m_db.transactionSerial() : 0;
    // data_version changes when another connection commits; our own changes to roles and
    // settings drop the cache themselves.
    Result<QVariant> dv = m_db.scalar("PRAGMA data_version");
    const qint64 v = dv.ok() ? dv->toLongLong() : -2;
    if (m_permissions && m_lifecycles && v == m_metaDataVersion)
        return {};
    Result<Permissions> p = Permissions::load(m_db, user());
    if (!p.ok())
        return p.error();
    Result<Lifecycles> l = Lifecycles::load(m_db);
    if (!l.ok())
        return l.error();
    m_permissions = std::move(p).value();
    m_lifecycles = std::move(l).value();
    m_attachmentLimit = m_workbook.setting(u"attachment_max_bytes"_s, u"26214400"_s).toLongLong();
    m_metaDataVersion = v;
    return {};
}

Result<Permissions> RecordStore::permissions()
{
    if (Error e = refreshMeta(); e.isError())
        return e;
    return *m_permissions;
}

Result<Lifecycles> RecordStore::lifecycles()
{
    if (Error e = refreshMeta(); e.isError())
        return e;
    return *m_lifecycles;
}

qint64 RecordStore::attachmentLimit()
{
    refreshMeta();
    return m_attachmentLimit;
}

Result<Record> RecordStore::loadIn(qint64 id)
{
    Statement st = m_db.prepare(
        "SELECT id, type, human_id, title, state, owner, created_at, created_by, updated_at, "
        "updated_by, version FROM record WHERE id = ?1");
    st.bind(1, id);
    if (!st.next()) {
        if (st.error().isError())
            return st.error();
        return Error(ErrorCode::NotFound, Tr::tr("There is no record with id %1.").arg(id));
    }
    Record r;
    r.id = st.int64(0);
    r.type = st.text(1);
    r.humanId = st.text(2);
    r.title = st.text(3);
    r.state = st.text(4);
    r.owner = st.text(5);
    r.createdAt = st.text(6);
    r.createdBy = st.text(7);
    r.updatedAt = st.text(8);
    r.updatedBy = st.text(9);
    r.version = int(st.int64(10));
    st.reset();
    const RecordTypeDef *def = RecordTypes::find(r.type);
    if (!def)
        return Error(ErrorCode::Internal,
                     Tr::tr("%1 has the unknown record type \"%2\".").arg(r.humanId, r.type));
    Statement typed = m_db.prepare(sqlFor(*def).select);
    typed.bind(1, id);
    if (!typed.next()) {
        if (typed.error().isError())
            return typed.error();
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 has lost its %2 details; run a check of the workbook.")
                         .arg(r.humanId, def->displayLabel()));
    }
    for (int i = 0; i < def->fields.size(); ++i) {
        const QVariant v = typed.value(i);
        if (!v.isNull())
            r.fields.insert(def->fields[i].name, v);
    }
    return r;
}

Result<Record> RecordStore::load(qint64 id)
{
    return loadIn(id);
}

Result<qint64> RecordStore::resolve(const QString &humanIdOrId)
{
    const QString key = humanIdOrId.trimmed();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric) {
        Statement st = m_db.prepare("SELECT id FROM record WHERE id = ?1");
        st.bind(1, id);
        if (st.next())
            return st.int64(0);
        if (st.error().isError())
            return st.error();
        return Error(ErrorCode::NotFound, Tr::tr("There is no record %1.").arg(key));
    }
    // "SVC-12": the prefix names the type, the number is unique within it.
    const qsizetype dash = key.lastIndexOf(u'-');
    const RecordTypeDef *def =
        dash > 0 ? RecordTypes::findByPrefix(QStringView(key).left(dash)) : nullptr;
    bool ok = false;
    const qint64 number = dash > 0 ? key.mid(dash + 1).toLongLong(&ok) : 0;
    if (!def || !ok)
        return Error(ErrorCode::NotFound, Tr::tr("There is no record %1.").arg(key));
    Statement st = m_db.prepare("SELECT id FROM record WHERE type = ?1 AND human_no = ?2");
    st.bind(1, def->type).bind(2, number);
    if (st.next())
        return st.int64(0);
    if (st.error().isError())
        return st.error();
    return Error(ErrorCode::NotFound, Tr::tr("There is no record %1.").arg(key));
}

Error RecordStore::checkVersion(const Record &current, int expectedVersion)
{
    if (expectedVersion == AnyVersion || expectedVersion == current.version)
        return {};
    return Error(ErrorCode::Conflict,
                 Tr::tr("%1 was changed by %2 at %3 (it is now version %4; you were working on "
                        "version %5). Nothing was saved: reload it to see their change, then "
                        "make yours again.")
                     .arg(current.humanId, current.updatedBy, shownTime(current.updatedAt))
                     .arg(current.version)
                     .arg(expectedVersion));
}

Result<QVariant> RecordStore::validate(const QString &type, const QString &field,
                                       const QVariant &value)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return Error(ErrorCode::InvalidInput, Tr::tr("There is no record type \"%1\".").arg(type));
    QVariantMap out;
    if (Error e = normalizeChanges(*def, {{field, value}}, &out, 0); e.isError())
        return e;
    return out.value(field);
}

Error RecordStore::normalizeChanges(const RecordTypeDef &def, const QVariantMap &in,
                                    QVariantMap *out, qint64 selfId)
{
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f) {
            QStringList names;
            for (const FieldDef *x : def.allFields()) {
                if (!x->viaTransition)
                    names << x->name;
            }
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 records have no field \"%2\". Their fields are: %3.")
                             .arg(def.displayLabel(), it.key(), names.join(u", "_s)));
        }
        if (f->viaTransition)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The state changes only through a lifecycle transition."));
        Result<QVariant> v = f->normalize(it.value());
        if (!v.ok())
            return v.error();
        if (f->kind == FieldKind::Login && !v->isNull()) {
            Statement st = m_db.prepare("SELECT 1 FROM person WHERE login = ?1");
            st.bind(1, v->toString());
            if (!st.next()) {
                if (st.error().isError())
                    return st.error();
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("%1: \"%2\" is not the login of any person in this workbook.")
                                 .arg(f->displayLabel(), v->toString()));
            }
        }
        if (f->unique && !v->isNull() && !f->common) {
            const QByteArray sql = "SELECT r.human_id FROM " + def.table.toUtf8()
                + " t JOIN "
                  "record r ON r.id = t.id WHERE t."
                + f->name.toUtf8() + " = ?1 COLLATE NOCASE AND t.id <> ?2 LIMIT 1";
            Statement st = m_db.prepare(sql);
            st.bind(1, v->toString()).bind(2, selfId);
            if (st.next())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("%1 \"%2\" is already used by %3.")
                                 .arg(f->displayLabel(), v->toString(), st.text(0)));
            if (st.error().isError())
                return st.error();
        }
        out->insert(it.key(), *v);
    }
    return {};
}

Error RecordStore::checkRequired(const RecordTypeDef &def, const Record &after,
                                 const QStringList &extraRequired, const QString &transitionLabel)
{
    QStringList missing;
    for (const FieldDef *f : def.allFields()) {
        const bool needed = f->required || extraRequired.contains(f->name);
        if (!needed)
            continue;
        const QVariant v = after.value(f->name);
        if (v.isNull() || v.toString().trimmed().isEmpty())
            missing << f->displayLabel();
    }
    if (missing.isEmpty())
        return {};
    if (!transitionLabel.isEmpty())
        return Error(
            ErrorCode::LifecycleRefused,
            Tr::tr("To %1 %2, fill in: %3.")
                .arg(Lifecycles::transitionLabel(transitionLabel).toLower(),
                     after.humanId.isEmpty() ? def.displayLabel().toLower() : after.humanId,
                     missing.join(u", "_s)));
    return Error(
        ErrorCode::InvalidInput,
        Tr::tr("%1 must have a value.", nullptr, int(missing.size())).arg(missing.join(u", "_s)));
}

Error RecordStore::writeAudit(const Record &r, const QString &action, const QString &field,
                              const QString &oldValue, const QString &newValue, int version,
                              const QString &at)
{
    AuditEntry e;
    e.at = at;
    e.user = user();
    e.recordId = r.id;
    e.humanId = r.humanId;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.version = version;
    if (r.id > 0 && TicketRules::appliesTo(r.type))
        SlaStore::noteTicketWritten(m_workbook, r.id);
    return m_audit.append(e);
}

Error RecordStore::writeWorkbookAudit(const QString &action, const QString &field,
                                      const QString &oldValue, const QString &newValue)
{
    return writeAudit(Record(), action, field, oldValue, newValue, 0, nowStored());
}

Error RecordStore::auditLink(qint64 fromId, const QString &fromHuman, qint64 toId,
                             const QString &toHuman, const QString &kind, bool made,
                             const QString &at)
{
    Record from;
    from.id = fromId;
    from.humanId = fromHuman;
    Record to;
    to.id = toId;
    to.humanId = toHuman;
    // The check replays the entries on the "from" end; the other end's is for its history.
    if (made) {
        if (Error e = writeAudit(from, u"link"_s, kind, {}, toHuman, 0, at); e.isError())
            return e;
        return writeAudit(to, u"link_in"_s, kind, {}, fromHuman, 0, at);
    }
    if (Error e = writeAudit(from, u"unlink"_s, kind, toHuman, {}, 0, at); e.isError())
        return e;
    return writeAudit(to, u"unlink_in"_s, kind, fromHuman, {}, 0, at);
}

Error RecordStore::dropUnusedBlobs()
{
    return m_db.exec(
        "DELETE FROM attachment_blob WHERE id NOT IN (SELECT blob_id FROM attachment)");
}

Error RecordStore::reindex(const RecordTypeDef &def, const Record &r, bool replace)
{
    QStringList body {r.humanId};
    for (const FieldDef &f : def.fields) {
        if (!f.searchable)
            continue;
        const QVariant v = r.fields.value(f.name);
        if (!v.isNull())
            body << v.toString();
    }
    // A new record has no updates yet: only a changed one pays for looking.
    if (replace) {
        Statement notes = m_db.prepare("SELECT body FROM record_note WHERE record_id = ?1");
        notes.bind(1, r.id);
        while (notes.next())
            body << notes.text(0);
        if (notes.error().isError())
            return notes.error();
    }
    const bool knowledge = def.type == u"known_error"_s || def.type == u"kb_article"_s;
    return Search::index(m_db, r.id, r.title, body.join(u'\n'), replace, knowledge);
}

Result<RecordRef> RecordStore::create(const QString &type, const QVariantMap &values)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("There is no record type \"%1\". The types are: %2.").arg(type, typeList()));
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->require(*def, u"create"_s); e.isError())
        return e;
    if (values.contains(u"state"_s))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A new record starts in the first state of its lifecycle; the state "
                            "changes only through transitions."));
    QVariantMap unmarked;
    bool imported = false;
    QVariantMap norm;
    if (Error e =
            normalizeChanges(*def, withoutImportMarker(values, &unmarked, &imported), &norm, 0);
        e.isError())
        return e;
    if (Error e = typeRules(m_db, *def, nullptr, {}, &norm, imported, user()); e.isError())
        return e;

    Record r = newRecord(type, std::move(norm));
    r.state = m_lifecycles->initialState(type);
    if (r.state.isEmpty())
        return Error(ErrorCode::Internal,
                     Tr::tr("The lifecycle of %1 records has no states.").arg(def->displayLabel()));
    if (Error e = checkRequired(*def, r, {}, {}); e.isError())
        return e;
    Result<RecordRef> ref = insertNew(*def, r, u"create"_s);
    if (!ref.ok())
        return ref.error();
    if (Error e = afterWrite(*def, nullptr, ref->id, imported); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return ref;
}

Error RecordStore::typeRules(Database &db, const RecordTypeDef &def, const Record *current,
                             const QString &toState, QVariantMap *changes, bool imported,
                             const QString &user)
{
    // Types with rules of their own beyond fields and lifecycle; the others never pay for them.
    if (TicketRules::appliesTo(def.type))
        return TicketRules::beforeWrite(db, def, current, toState, changes, imported, user);
    if (ProblemRules::appliesTo(def.type))
        return ProblemRules::beforeWrite(db, def, current, toState, changes, imported, user);
    if (CiRules::appliesTo(def.type))
        return CiRules::beforeWrite(db, def, current, changes);
    return {};
}

Error RecordStore::afterWrite(const RecordTypeDef &def, const Record *before, qint64 id,
                              bool imported)
{
    if (ProblemRules::appliesTo(def.type))
        return ProblemRules::afterWrite(*this, def, before, id, imported);
    return {};
}

Record RecordStore::newRecord(const QString &type, QVariantMap values)
{
    Record r;
    r.type = type;
    r.title = values.take(u"title"_s).toString();
    r.owner = values.take(u"owner"_s).toString();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isNull())
            r.fields.insert(it.key(), it.value());
    }
    return r;
}

Result<RecordRef> RecordStore::insertNew(const RecordTypeDef &def, Record &r, const QString &action)
{
    const QString at = nowStored();
    r.createdAt = r.updatedAt = at;
    r.createdBy = r.updatedBy = user();
    r.version = 1;
    qint64 humanNo = 0;
    {
        // The number is taken inside this transaction, so two writers never get the same one.
        // (A plain read and update: RETURNING would build a temporary table on every create.)
        Statement num = m_db.prepare("SELECT next_number, prefix FROM record_type WHERE type = ?1");
        num.bind(1, r.type);
        if (!num.next())
            return num.error().isError()
                ? num.error()
                : Error(ErrorCode::Internal,
                        Tr::tr("The workbook does not know the record type \"%1\".").arg(r.type));
        humanNo = num.int64(0);
        r.humanId = num.text(1) + u'-' + QString::number(humanNo);
        num.reset();
        Statement bump = m_db.prepare("UPDATE record_type SET next_number = next_number + 1, "
                                      "live_count = live_count + 1 WHERE type = ?1");
        if (Error e = bump.bind(1, r.type).exec(); e.isError())
            return e;
    }
    {
        Statement ins = m_db.prepare(
            "INSERT INTO record(type, human_no, human_id, title, state, owner, created_at, "
            "created_by, updated_at, updated_by, version) "
            "VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7, 1)");
        ins.bind(1, r.type).bind(2, r.humanId).bind(3, r.title).bind(4, r.state);
        ins.bind(5, r.owner.isEmpty() ? QString() : r.owner).bind(6, at).bind(7, user());
        ins.bind(8, humanNo);
        if (Error e = ins.exec(); e.isError())
            return e;
        r.id = m_db.lastInsertRowId();
    }
    {
        Statement ins = m_db.prepare(sqlFor(def).insert);
        ins.bind(1, r.id);
        for (int i = 0; i < def.fields.size(); ++i)
            ins.bind(i + 2, r.fields.value(def.fields[i].name));
        if (Error e = ins.exec(); e.isError())
            return e;
    }
    // One entry holding the whole record, state included.
    if (Error e = writeAudit(r, action, {}, {}, recordSnapshot(def, r), 1, at); e.isError())
        return e;
    if (Error e = reindex(def, r, false); e.isError())
        return e;
    return RecordRef {r.id, r.humanId, 1};
}

Result<int> RecordStore::applyChanges(const RecordTypeDef &def, const Record &current,
                                      const QVariantMap &changes, const QString &newState,
                                      const QString &auditAction)
{
    struct Diff
    {
        const FieldDef *field;
        QString oldValue;
        QString newValue;
    };
    QList<Diff> diffs;
    bool typedChanged = false;
    bool searchChanged = false;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const FieldDef *f = def.field(it.key());
        const QString oldC = f->canonical(current.value(f->name));
        const QString newC = f->canonical(it.value());
        if (oldC == newC && oldC.isNull() == newC.isNull())
            continue;
        diffs.append({f, oldC, newC});
        typedChanged |= !f->common;
        searchChanged |= f->searchable;
    }
    const bool stateChanges = !newState.isEmpty() && newState != current.state;
    if (diffs.isEmpty() && !stateChanges)
        return current.version;

    Record after = withChanges(current, changes);
    if (stateChanges)
        after.state = newState;
    const QString at = nowStored();
    const int version = current.version + 1;
    {
        Statement up =
            m_db.prepare("UPDATE record SET title = ?1, state = ?2, owner = ?3, updated_at = ?4, "
                         "updated_by = ?5, version = ?6 WHERE id = ?7 AND version = ?8");
        up.bind(1, after.title).bind(2, after.state);
        up.bind(3, after.owner.isEmpty() ? QString() : after.owner);
        up.bind(4, at)
            .bind(5, user())
            .bind(6, version)
            .bind(7, current.id)
            .bind(8, current.version);
        if (Error e = up.exec(); e.isError())
            return e;
        if (m_db.changes() != 1)
            return Error(ErrorCode::Internal,
                         Tr::tr("%1 changed while it was being saved; nothing was saved.")
                             .arg(current.humanId));
    }
    if (typedChanged) {
        QStringList sets;
        int n = 2;
        for (const Diff &d : diffs) {
            if (!d.field->common)
                sets << d.field->name + u" = ?"_s + QString::number(n++);
        }
        const QByteArray sql =
            (u"UPDATE "_s + def.table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?1"_s)
                .toUtf8();
        Statement up = m_db.prepare(sql);
        up.bind(1, current.id);
        n = 2;
        for (const Diff &d : diffs) {
            if (!d.field->common)
                up.bind(n++, after.fields.value(d.field->name));
        }
        if (Error e = up.exec(); e.isError())
            return e;
    }
    if (stateChanges) {
        if (Error e = writeAudit(after, auditAction.isEmpty() ? u"transition"_s : auditAction,
                                 u"state"_s, current.state, newState, version, at);
            e.isError())
            return e;
    }
    for (const Diff &d : diffs) {
        if (Error e = writeAudit(after, auditAction.isEmpty() ? u"update"_s : auditAction,
                                 d.field->name, d.oldValue, d.newValue, version, at);
            e.isError())
            return e;
    }
    if (searchChanged) {
        if (Error e = reindex(def, after, true); e.isError())
            return e;
    }
    return version;
}

Result<int> RecordStore::update(qint64 id, const QVariantMap &changes, int expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> current = loadIn(id);
    if (!current.ok())
        return current.error();
    const RecordTypeDef &def = *RecordTypes::find(current->type);
    if (Error e = m_permissions->require(def, u"update"_s); e.isError())
        return e;
    if (Error e = checkVersion(*current, expectedVersion); e.isError())
        return e;
    QVariantMap unmarked;
    bool imported = false;
    QVariantMap norm;
    if (Error e =
            normalizeChanges(def, withoutImportMarker(changes, &unmarked, &imported), &norm, id);
        e.isError())
        return e;
    if (Error e = typeRules(m_db, def, &*current, {}, &norm, imported, user()); e.isError())
        return e;
    // What a record needed to reach its state it keeps needing while it is there: a live
    // service keeps its owner.
    if (Error e = checkRequired(def, withChanges(*current, norm),
                                m_lifecycles->requiredIn(def.type, current->state), {});
        e.isError())
        return e;
    Result<int> version = applyChanges(def, *current, norm, {});
    if (!version.ok())
        return version.error();
    if (Error e = afterWrite(def, &*current, id, imported); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return *version;
}

Result<int> RecordStore::transition(qint64 id, const QString &toState, const QVariantMap &changes,
                                    int expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> current = loadIn(id);
    if (!current.ok())
        return current.error();
    const RecordTypeDef &def = *RecordTypes::find(current->type);
    if (Error e = m_permissions->require(def, u"transition"_s); e.isError())
        return e;
    if (Error e = checkVersion(*current, expectedVersion); e.isError())
        return e;
    const Lifecycles &lc = *m_lifecycles;
    if (!lc.hasState(def.type, toState)) {
        QStringList states;
        for (const LifecycleState &s : lc.states(def.type))
            states << s.state;
        return Error(ErrorCode::LifecycleRefused,
                     Tr::tr("%1 records have no state \"%2\". Their states are: %3.")
                         .arg(def.displayLabel(), toState, states.join(u", "_s)));
    }
    if (toState == current->state)
        return Error(
            ErrorCode::LifecycleRefused,
            Tr::tr("%1 is already %2.").arg(current->humanId, lc.stateLabel(def.type, toState)));
    const LifecycleTransition *t = lc.find(def.type, current->state, toState);
    if (!t) {
        QStringList next;
        for (const LifecycleTransition &x : lc.transitionsFrom(def.type, current->state))
            next << lc.stateLabel(def.type, x.to) + u" ("_s + x.to + u')';
        return Error(ErrorCode::LifecycleRefused,
                     next.isEmpty()
                         ? Tr::tr("%1 cannot go from %2 to %3: %2 is a final state.")
                               .arg(current->humanId, lc.stateLabel(def.type, current->state),
                                    lc.stateLabel(def.type, toState))
                         : Tr::tr("%1 cannot go from %2 to %3. From %2 it can go to: %4.")
                               .arg(current->humanId, lc.stateLabel(def.type, current->state),
                                    lc.stateLabel(def.type, toState), next.join(u", "_s)));
    }
    if (!t->roles.isEmpty() && !m_permissions->isAdministrator()
        && !m_permissions->hasAnyRole(t->roles)) {
        QStringList labels;
        for (const QString &r : t->roles)
            labels << Permissions::roleLabel(r);
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("%1 may not take the step \"%2\" on %3: it needs the role %4.")
                         .arg(user(), Lifecycles::transitionLabel(t->label), current->humanId,
                              labels.join(Tr::tr(" or "))));
    }
    QVariantMap unmarked;
    bool imported = false;
    const QVariantMap &given = withoutImportMarker(changes, &unmarked, &imported);
    if (!given.isEmpty()) {
        // Fields that come with a step are changes like any other.
        if (Error e = m_permissions->require(def, u"update"_s); e.isError())
            return e;
    }
    QVariantMap norm;
    if (Error e = normalizeChanges(def, given, &norm, id); e.isError())
        return e;
    if (Error e = typeRules(m_db, def, &*current, toState, &norm, imported, user()); e.isError())
        return e;
    Record after = withChanges(*current, norm);
    after.state = toState;
    if (Error e = checkRequired(def, after, t->requiredFields, t->label); e.isError())
        return e;
    Result<int> version = applyChanges(def, *current, norm, toState);
    if (!version.ok())
        return version.error();
    if (Error e = afterWrite(def, &*current, id, imported); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return *version;
}

Error RecordStore::remove(qint64 id, int expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> current = loadIn(id);
    if (!current.ok())
        return current.error();
    const RecordTypeDef &def = *RecordTypes::find(current->type);
    if (Error e = m_permissions->require(def, u"delete"_s); e.isError())
        return e;
    if (Error e = checkVersion(*current, expectedVersion); e.isError())
        return e;
    const QString at = nowStored();

    // Links and attachments go first, each with its own audit entry.
    {
        Statement st =
            m_db.prepare("SELECT l.from_id, f.human_id, l.to_id, t.human_id, l.kind FROM link l "
                         "JOIN record f ON f.id = l.from_id JOIN record t ON t.id = l.to_id "
                         "WHERE l.from_id = ?1 OR l.to_id = ?1 ORDER BY l.id");
        st.bind(1, id);
        struct L
        {
            qint64 from;
            QString fromHuman;
            qint64 to;
            QString toHuman;
            QString kind;
        };
        QList<L> links;
        while (st.next())
            links.append({st.int64(0), st.text(1), st.int64(2), st.text(3), st.text(4)});
        if (st.error().isError())
            return st.error();
        st.reset();
        for (const L &l : links) {
            if (Error e = auditLink(l.from, l.fromHuman, l.to, l.toHuman, l.kind, false, at);
                e.isError())
                return e;
        }
        Statement del = m_db.prepare("DELETE FROM link WHERE from_id = ?1 OR to_id = ?1");
        del.bind(1, id);
        if (Error e = del.exec(); e.isError())
            return e;
    }
    {
        Result<QList<AttachmentInfo>> atts = attachments(id);
        if (!atts.ok())
            return atts.error();
        for (const AttachmentInfo &a : *atts) {
            if (Error e = writeAudit(*current, u"detach"_s, a.fileName, a.sha256, {}, 0, at);
                e.isError())
                return e;
        }
        Statement del = m_db.prepare("DELETE FROM attachment WHERE record_id = ?1");
        del.bind(1, id);
        if (Error e = del.exec(); e.isError())
            return e;
        if (Error e = dropUnusedBlobs(); e.isError())
            return e;
    }
    if (Error e = Search::remove(m_db, id); e.isError())
        return e;
    {
        const QByteArray sql = "DELETE FROM " + def.table.toUtf8() + " WHERE id = ?1";
        Statement del = m_db.prepare(sql);
        del.bind(1, id);
        if (Error e = del.exec(); e.isError())
            return e;
        Statement rec = m_db.prepare("DELETE FROM record WHERE id = ?1");
        rec.bind(1, id);
        if (Error e = rec.exec(); e.isError())
            return e;
        Statement count =
            m_db.prepare("UPDATE record_type SET live_count = live_count - 1 WHERE type = ?1");
        count.bind(1, def.type);
        if (Error e = count.exec(); e.isError())
            return e;
    }
    if (Error e = writeAudit(*current, u"delete"_s, {}, recordSnapshot(def, *current), {},
                             current->version + 1, at);
        e.isError())
        return e;
    return tx.commit();
}

Result<QList<AuditEntry>> RecordStore::history(qint64 id)
{
    return AuditLog::forRecord(m_db, id);
}

} // namespace sb
