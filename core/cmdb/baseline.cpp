#include "baseline.h"

#include "citypes.h"
#include "clock.h"
#include "impact.h"
#include "records/audit.h"
#include "records/permissions.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Baselines)
};

const QStringList BaselineRoles {u"configuration_manager"_s, u"administrator"_s, u"auditor"_s};
constexpr int MaxNameLength = 200;
constexpr int MaxDescriptionLength = 4000;
constexpr const char *InfoColumns = "id, name, description, scope, scope_label, taken_at, "
                                    "taken_by, ci_count, relation_count";

BaselineInfo infoFromRow(const Statement &st)
{
    BaselineInfo i;
    i.id = st.int64(0);
    i.name = st.text(1);
    i.description = st.text(2);
    i.scope = st.text(3);
    i.scopeLabel = st.text(4);
    i.takenAt = st.text(5);
    i.takenBy = st.text(6);
    i.ciCount = st.int64(7);
    i.relationCount = st.int64(8);
    return i;
}

// The CI's fields as one JSON object: title, state, owner, every typed field of the ci record
// type in form order, and the attributes as a nested object. Baselines and "now" are both built
// from this one expression, so equal CIs give byte-equal text and a diff only parses the JSON
// of CIs whose text differs. Column names come from the record type registry, never from input.
QByteArray dataExpression()
{
    QByteArray s = "json_object('title', r.title, 'state', r.state, 'owner', r.owner";
    const RecordTypeDef *def = RecordTypes::find(u"ci");
    Q_ASSERT(def);
    for (const FieldDef &f : def->fields) {
        const QByteArray name = f.name.toLatin1();
        if (name == "attributes") {
            // A value that is no JSON (written by another tool) is kept as text rather than
            // making the whole snapshot fail.
            s += ", 'attributes', CASE WHEN c.attributes IS NULL THEN json_object() "
                 "WHEN json_valid(c.attributes) THEN json(c.attributes) ELSE c.attributes END";
        } else {
            s += ", '" + name + "', c." + name;
        }
    }
    s += ')';
    return s;
}

// The top-level keys of an item's data, in the order dataExpression() writes them.
const QStringList &dataKeys()
{
    static const QStringList keys = [] {
        QStringList k {u"title"_s, u"state"_s, u"owner"_s};
        if (const RecordTypeDef *def = RecordTypes::find(u"ci")) {
            for (const FieldDef &f : def->fields)
                k << f.name;
        }
        return k;
    }();
    return keys;
}

// SELECT [lead] id, human ID, name, CI type, state, data of every CI in scope (all CIs, or
// those whose ids are in temp.sb_baseline_scope).
QByteArray itemSelect(const QByteArray &lead, bool scoped)
{
    return "SELECT " + lead + "c.id, r.human_id, r.title, c.ci_type, r.state, " + dataExpression()
        + (scoped ? QByteArray(" FROM temp.sb_baseline_scope s JOIN ci c ON c.id = s.id")
                  : QByteArray(" FROM ci c"))
        + " JOIN record r ON r.id = c.id ORDER BY c.id";
}

// SELECT [lead] from, kind, to of every CI relationship in scope: links of the kinds
// ci_relation_type lists with a CI at one end at least (a CI part of a service record counts;
// two services depending on each other do not), both ends in scope when scoped.
QByteArray relationSelect(const QByteArray &lead, bool scoped)
{
    QByteArray s = "SELECT " + lead + "l.from_id, l.kind, l.to_id FROM link l";
    if (scoped)
        s += " JOIN temp.sb_baseline_scope a ON a.id = l.from_id"
             " JOIN temp.sb_baseline_scope b ON b.id = l.to_id";
    s += " WHERE l.kind IN (SELECT kind FROM ci_relation_type)"
         " AND (EXISTS (SELECT 1 FROM ci WHERE ci.id = l.from_id)"
         " OR EXISTS (SELECT 1 FROM ci WHERE ci.id = l.to_id))";
    return s;
}

Error execSql(Database &db, const QByteArray &sql)
{
    Statement st = db.prepare(sql);
    if (!st.isValid())
        return st.error();
    return st.exec();
}

Result<qint64> count(Database &db, const QByteArray &sql)
{
    Statement st = db.prepare(sql);
    if (st.next())
        return st.int64(0);
    if (st.error().isError())
        return st.error();
    return qint64(0);
}

// The service a baseline is scoped to, checked.
Result<CmdbNode> scopeRecord(Database &db, qint64 id)
{
    Result<CmdbNode> n = Impact::node(db, id);
    if (!n.ok())
        return n.error();
    if (n->type != u"service"_s && n->ciType != u"business_service"_s)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A baseline covers everything or one service's tree; %1 is neither a "
                            "service nor a business service CI.")
                         .arg(n->humanId));
    return n;
}

// Fills temp.sb_baseline_scope with the ids of the service's tree: the service and everything
// it needs, as impact analysis walks it upstream (cycles visited once).
Error fillScope(Database &db, qint64 serviceId)
{
    if (Error e = execSql(db,
                          "CREATE TEMP TABLE IF NOT EXISTS sb_baseline_scope"
                          "(id INTEGER PRIMARY KEY)");
        e.isError())
        return e;
    if (Error e = execSql(db, "DELETE FROM temp.sb_baseline_scope"); e.isError())
        return e;
    Result<ImpactResult> tree = Impact::analyse(db, serviceId, ImpactDirection::Upstream, 0,
                                                std::numeric_limits<int>::max());
    if (!tree.ok())
        return tree.error();
    Statement ins = db.prepare("INSERT OR IGNORE INTO temp.sb_baseline_scope(id) VALUES (?1)");
    for (const CmdbNode &n : std::as_const(tree->walk.nodes)) {
        ins.bind(1, n.id);
        if (Error e = ins.exec(); e.isError())
            return e;
        ins.reset();
    }
    return {};
}

bool oneLine(const QString &s)
{
    return std::none_of(s.cbegin(), s.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Field by field, attributes key by key, in the order the data is written.
QList<BaselineFieldChange> compareData(QByteArrayView before, QByteArrayView after)
{
    const QJsonObject a = QJsonDocument::fromJson(before.toByteArray()).object();
    const QJsonObject b = QJsonDocument::fromJson(after.toByteArray()).object();
    QStringList keys = dataKeys();
    for (const QString &k : a.keys() + b.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    QList<BaselineFieldChange> out;
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue va = a.value(k);
        const QJsonValue vb = b.value(k);
        if (k == u"attributes"_s && (va.isObject() || vb.isObject())) {
            for (const CiAttributeChange &c :
                 CiAttributeChange::between({}, {}, va.toObject(), vb.toObject()))
                out.append({u"attributes."_s + c.name, c.before, c.after});
            continue;
        }
        if (va != vb && !(va.isNull() && vb.isUndefined()) && !(va.isUndefined() && vb.isNull()))
            out.append({k, CiAttributeChange::text(va), CiAttributeChange::text(vb)});
    }
    return out;
}

// Rolls a read transaction back unless it was finished: the temp tables of "now" and the reads
// that fill them see one state of the workbook.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        if (db.transactionDepth() == 0)
            m_open = db.exec("BEGIN").isOk();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.exec("ROLLBACK");
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

Baselines::Baselines(Workbook &workbook)
    : m_workbook(workbook)
{ }

Result<BaselineInfo> Baselines::create(const QString &nameIn, const QString &descriptionIn,
                                       qint64 serviceId)
{
    const QString name = nameIn.trimmed();
    const QString description = descriptionIn.trimmed();
    if (name.isEmpty() || name.size() > MaxNameLength || !oneLine(name))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A baseline needs a name of one line, at most %1 characters.")
                         .arg(MaxNameLength));
    if (description.size() > MaxDescriptionLength)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A baseline's description holds at most %1 characters.")
                         .arg(MaxDescriptionLength));
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;

    Database &db = m_workbook.db();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    {
        RecordStore store(m_workbook);
        Result<Permissions> p = store.permissions();
        if (!p.ok())
            return p.error();
        if (!p->hasAnyRole(BaselineRoles))
            return Error(ErrorCode::PermissionDenied,
                         Tr::tr("%1 may not take baselines. This needs the role: %2, %3 or %4.")
                             .arg(p->login(), Permissions::roleLabel(BaselineRoles[0]),
                                  Permissions::roleLabel(BaselineRoles[1]),
                                  Permissions::roleLabel(BaselineRoles[2])));
    }
    {
        // Compared here rather than by the column's NOCASE, which folds ASCII only.
        Statement names = db.prepare("SELECT name FROM ci_baseline");
        while (names.next()) {
            if (names.text(0).compare(name, Qt::CaseInsensitive) == 0)
                return Error(
                    ErrorCode::InvalidInput,
                    Tr::tr("There is already a baseline named \"%1\".").arg(names.text(0)));
        }
        if (names.error().isError())
            return names.error();
    }

    BaselineInfo info;
    info.name = name;
    info.description = description;
    info.takenAt = nowStored();
    info.takenBy = m_workbook.user();
    const bool scoped = serviceId != 0;
    if (scoped) {
        Result<CmdbNode> service = scopeRecord(db, serviceId);
        if (!service.ok())
            return service.error();
        info.scope = service->humanId;
        info.scopeLabel = service->title;
        if (Error e = fillScope(db, serviceId); e.isError())
            return e;
    }
    // The header comes first (the items refer to it) and cannot change once written, so the
    // counts are taken before; the write lock held since BEGIN IMMEDIATE keeps them true.
    Result<qint64> cis = count(db,
                               scoped ? QByteArray("SELECT count(*) FROM temp.sb_baseline_scope "
                                                   "s JOIN ci c ON c.id = s.id")
                                      : QByteArray("SELECT count(*) FROM ci"));
    if (!cis.ok())
        return cis.error();
    Result<qint64> relations =
        count(db, "SELECT count(*) FROM (" + relationSelect({}, scoped) + ')');
    if (!relations.ok())
        return relations.error();
    info.ciCount = *cis;
    info.relationCount = *relations;

    Statement head = db.prepare(
        "INSERT INTO ci_baseline(name, description, scope, scope_label, taken_at, taken_by, "
        "ci_count, relation_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    head.bind(1, info.name);
    if (description.isEmpty())
        head.bindNull(2);
    else
        head.bind(2, description);
    if (scoped)
        head.bind(3, info.scope).bind(4, info.scopeLabel);
    else
        head.bindNull(3).bindNull(4);
    head.bind(5, info.takenAt).bind(6, info.takenBy).bind(7, info.ciCount);
    head.bind(8, info.relationCount);
    if (Error e = head.exec(); e.isError())
        return e;
    info.id = db.lastInsertRowId();

    Statement items = db.prepare("INSERT INTO ci_baseline_item(baseline_id, ci_id, human_id, "
                                 "name, ci_type, state, data) "
                                 + itemSelect("?1, ", scoped));
    items.bind(1, info.id);
    if (Error e = items.exec(); e.isError())
        return e;
    Statement rels =
        db.prepare("INSERT INTO ci_baseline_relation(baseline_id, from_id, kind, to_id) "
                   + relationSelect("?1, ", scoped) + " ORDER BY l.from_id, l.kind, l.to_id");
    rels.bind(1, info.id);
    if (Error e = rels.exec(); e.isError())
        return e;

    const QJsonObject described {{u"id"_s, info.id},
                                 {u"name"_s, info.name},
                                 {u"scope"_s, info.scope},
                                 {u"cis"_s, info.ciCount},
                                 {u"relations"_s, info.relationCount}};
    if (Error e = AuditLog(db).append(
            m_workbook.user(), u"baseline"_s, u"ci_baseline"_s, {},
            QString::fromUtf8(QJsonDocument(described).toJson(QJsonDocument::Compact)));
        e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    if (scoped)
        execSql(db, "DELETE FROM temp.sb_baseline_scope");
    return info;
}

Result<QList<BaselineInfo>> Baselines::list()
{
    QList<BaselineInfo> out;
    Statement st = m_workbook.db().prepare(QByteArray("SELECT ") + InfoColumns
                                           + " FROM ci_baseline ORDER BY taken_at DESC, id DESC");
    while (st.next())
        out.append(infoFromRow(st));
    if (st.error().isError())
        return st.error();
    return out;
}

Result<BaselineInfo> Baselines::find(const QString &nameOrId)
{
    const QString key = nameOrId.trimmed();
    Result<QList<BaselineInfo>> all = list();
    if (!all.ok())
        return all.error();
    for (const BaselineInfo &b : std::as_const(*all)) {
        if (b.name.compare(key, Qt::CaseInsensitive) == 0)
            return b;
    }
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    if (numeric) {
        for (const BaselineInfo &b : std::as_const(*all)) {
            if (b.id == id)
                return b;
        }
    }
    return Error(ErrorCode::NotFound, Tr::tr("There is no baseline \"%1\".").arg(key));
}

Result<BaselineDiff> Baselines::diff(qint64 fromId, qint64 toId)
{
    Database &db = m_workbook.db();
    BaselineDiff d;
    {
        Result<BaselineInfo> from = find(QString::number(fromId));
        if (!from.ok())
            return from.error();
        d.from = *from;
        if (toId != 0) {
            Result<BaselineInfo> to = find(QString::number(toId));
            if (!to.ok())
                return to.error();
            d.to = *to;
        }
    }

    ReadSnapshot snapshot(db);
    const bool now = toId == 0;
    if (now) {
        // "Now" in the baseline's own scope, built by the same SQL the baseline was.
        const bool scoped = !d.from.scope.isEmpty();
        if (scoped) {
            RecordStore store(m_workbook);
            Result<qint64> service = store.resolve(d.from.scope);
            if (!service.ok())
                return Error(ErrorCode::NotFound,
                             Tr::tr("Baseline \"%1\" covers %2 (%3), which no longer exists; "
                                    "compare it with another baseline instead.")
                                 .arg(d.from.name, d.from.scope, d.from.scopeLabel));
            if (Error e = fillScope(db, *service); e.isError())
                return e;
        }
        for (const char *sql :
             {"CREATE TEMP TABLE IF NOT EXISTS sb_baseline_now_item(ci_id INTEGER PRIMARY KEY, "
              "human_id TEXT, name TEXT, ci_type TEXT, state TEXT, data TEXT)",
              "CREATE TEMP TABLE IF NOT EXISTS sb_baseline_now_relation(from_id INTEGER, "
              "kind TEXT, to_id INTEGER, PRIMARY KEY (from_id, kind, to_id)) WITHOUT ROWID",
              "DELETE FROM temp.sb_baseline_now_item",
              "DELETE FROM temp.sb_baseline_now_relation"}) {
            if (Error e = execSql(db, sql); e.isError())
                return e;
        }
        if (Error e = execSql(db,
                              "INSERT INTO temp.sb_baseline_now_item(ci_id, human_id, name, "
                              "ci_type, state, data) "
                                  + itemSelect({}, scoped));
            e.isError())
            return e;
        if (Error e = execSql(db,
                              "INSERT OR IGNORE INTO temp.sb_baseline_now_relation(from_id, "
                              "kind, to_id) "
                                  + relationSelect({}, scoped));
            e.isError())
            return e;
    }

    // Both sides in id order, merged in one pass; only CIs whose data text differs are parsed.
    {
        Statement a = db.prepare("SELECT ci_id, human_id, name, ci_type, data FROM "
                                 "ci_baseline_item WHERE baseline_id = ?1 ORDER BY ci_id");
        a.bind(1, d.from.id);
        Statement b = now ? db.prepare("SELECT ci_id, human_id, name, ci_type, data FROM "
                                       "temp.sb_baseline_now_item ORDER BY ci_id")
                          : db.prepare("SELECT ci_id, human_id, name, ci_type, data FROM "
                                       "ci_baseline_item WHERE baseline_id = ?1 ORDER BY ci_id");
        if (!now)
            b.bind(1, toId);
        auto entry = [](const Statement &st) {
            return BaselineCiChange {st.int64(0), st.text(1), st.text(2), st.text(3), {}};
        };
        bool haveA = a.next();
        bool haveB = b.next();
        while (haveA || haveB) {
            const qint64 ia = haveA ? a.int64(0) : std::numeric_limits<qint64>::max();
            const qint64 ib = haveB ? b.int64(0) : std::numeric_limits<qint64>::max();
            if (ia < ib) {
                d.removed.append(entry(a));
                haveA = a.next();
            } else if (ib < ia) {
                d.added.append(entry(b));
                haveB = b.next();
            } else {
                if (a.utf8(4) != b.utf8(4)) {
                    BaselineCiChange c = entry(b);
                    c.fields = compareData(a.utf8(4), b.utf8(4));
                    if (!c.fields.isEmpty())
                        d.changed.append(c);
                }
                haveA = a.next();
                haveB = b.next();
            }
        }
        if (a.error().isError())
            return a.error();
        if (b.error().isError())
            return b.error();
    }

    {
        Statement a = db.prepare("SELECT from_id, kind, to_id FROM ci_baseline_relation "
                                 "WHERE baseline_id = ?1 ORDER BY from_id, kind, to_id");
        a.bind(1, d.from.id);
        Statement b = now
            ? db.prepare("SELECT from_id, kind, to_id FROM "
                         "temp.sb_baseline_now_relation ORDER BY from_id, kind, to_id")
            : db.prepare("SELECT from_id, kind, to_id FROM ci_baseline_relation "
                         "WHERE baseline_id = ?1 ORDER BY from_id, kind, to_id");
        if (!now)
            b.bind(1, toId);
        auto relation = [](const Statement &st) {
            return BaselineRelation {st.int64(0), st.int64(2), st.text(1), {}, {}};
        };
        // Same order as SQLite's BINARY collation: ids, then the kind's bytes.
        auto less = [](const BaselineRelation &x, const BaselineRelation &y) {
            if (x.fromId != y.fromId)
                return x.fromId < y.fromId;
            if (x.kind != y.kind)
                return x.kind.toUtf8() < y.kind.toUtf8();
            return x.toId < y.toId;
        };
        bool haveA = a.next();
        bool haveB = b.next();
        while (haveA || haveB) {
            if (haveA && haveB) {
                const BaselineRelation ra = relation(a);
                const BaselineRelation rb = relation(b);
                if (less(ra, rb)) {
                    d.relationsRemoved.append(ra);
                    haveA = a.next();
                } else if (less(rb, ra)) {
                    d.relationsAdded.append(rb);
                    haveB = b.next();
                } else {
                    haveA = a.next();
                    haveB = b.next();
                }
            } else if (haveA) {
                d.relationsRemoved.append(relation(a));
                haveA = a.next();
            } else {
                d.relationsAdded.append(relation(b));
                haveB = b.next();
            }
        }
        if (a.error().isError())
            return a.error();
        if (b.error().isError())
            return b.error();
    }

    // Human IDs of the relationships' ends: as a baseline kept them (a CI deleted since), else
    // as the record is now.
    QHash<qint64, QString> humanIds;
    Statement kept = db.prepare("SELECT human_id FROM ci_baseline_item WHERE baseline_id = ?1 "
                                "AND ci_id = ?2");
    Statement live = db.prepare("SELECT human_id FROM record WHERE id = ?1");
    auto humanId = [&](qint64 id) -> QString {
        if (auto it = humanIds.constFind(id); it != humanIds.constEnd())
            return it.value();
        QString h;
        for (qint64 baseline : {d.from.id, toId}) {
            if (baseline == 0 || !h.isEmpty())
                continue;
            kept.bind(1, baseline).bind(2, id);
            if (kept.next())
                h = kept.text(0);
            kept.reset();
        }
        if (h.isEmpty()) {
            live.bind(1, id);
            if (live.next())
                h = live.text(0);
            live.reset();
        }
        if (h.isEmpty())
            h = u"#"_s + QString::number(id);
        humanIds.insert(id, h);
        return h;
    };
    for (QList<BaselineRelation> *list : {&d.relationsAdded, &d.relationsRemoved}) {
        for (BaselineRelation &r : *list) {
            r.fromHumanId = humanId(r.fromId);
            r.toHumanId = humanId(r.toId);
        }
    }

    if (now) {
        // The temp tables only served this comparison; give their memory back.
        execSql(db, "DELETE FROM temp.sb_baseline_now_item");
        execSql(db, "DELETE FROM temp.sb_baseline_now_relation");
        if (!d.from.scope.isEmpty())
            execSql(db, "DELETE FROM temp.sb_baseline_scope");
    }
    return d;
}

} // namespace sb
