#include "recordquery.h"

#include "clock.h"
#include "incident/ticketrules.h"
#include "searchtext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

// Columns every record has besides its fields.
const char *const metaColumns[] = {"human_id",   "created_at", "created_by",
                                   "updated_at", "updated_by", "version"};

bool isMeta(const QString &name)
{
    for (const char *m : metaColumns) {
        if (name == QLatin1String(m))
            return true;
    }
    return false;
}

// A ticket's stored SLA state (sla_status, derived on every write), by list column name.
const char *const slaColumns[][2] = {
    {"sla_clock", "s.clock"},
    {"sla_due", "s.resolution_due"},
    {"sla_warning_at", "s.resolution_warning_at"},
    {"sla_breached_at", "s.resolution_breached_at"},
    {"sla_elapsed_ms", "s.resolution_elapsed_ms"},
    {"sla_target_ms", "s.resolution_target_ms"},
};

QString slaColumn(const QString &name)
{
    for (const auto &c : slaColumns) {
        if (name == QLatin1String(c[0]))
            return QString::fromLatin1(c[1]);
    }
    return {};
}

// Running clocks by due time, then the others by what their clock does. Text beyond any
// stored time, so that one comparison serves keyset paging.
const char *const slaSortExpr =
    "CASE s.clock WHEN 'running' THEN s.resolution_due WHEN 'paused' THEN '~1' "
    "WHEN 'stopped' THEN '~2' ELSE '~3' END";

// "attributes.NAME": one attribute of a type whose attributes are a JSON object (CIs). The
// name is an identifier checked against its strict form before it becomes part of the path, as
// field names are checked against the registry; values are bound as everywhere else.
QString attributeColumn(const RecordTypeDef &def, const QString &name)
{
    static const QString prefix = u"attributes."_s;
    if (!name.startsWith(prefix) || !def.typedField(u"attributes"_s))
        return {};
    const QString key = name.mid(prefix.size());
    const bool ok = !key.isEmpty() && key.size() <= 40 && key.front() >= u'a' && key.front() <= u'z'
        && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           });
    return ok ? u"json_extract(t.attributes, '$."_s + key + u"')"_s : QString();
}

// A licence's installations: the CIs licensed by it.
const char *const installationsExpr =
    "(SELECT count(*) FROM link li WHERE li.to_id = r.id AND li.kind = 'licensed_by')";

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().isEmpty();
}
} // namespace

Result<RecordQuery> RecordQuery::prepare(const ListSpec &spec)
{
    RecordQuery q;
    q.m_spec = spec;
    q.m_def = RecordTypes::find(spec.type);
    if (!q.m_def)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("There is no record type \"%1\".").arg(spec.type));
    const RecordTypeDef &def = *q.m_def;

    const bool hasSla = TicketRules::appliesTo(def.type);
    auto expr = [&](const QString &name, bool *typed) -> QString {
        *typed = false;
        if (isMeta(name) || RecordTypes::commonField(name))
            return u"r."_s + name;
        if (def.typedField(name)) {
            *typed = true;
            return u"t."_s + name;
        }
        if (hasSla) {
            if (QString e = slaColumn(name); !e.isEmpty()) {
                q.m_needsSla = true;
                return e;
            }
        }
        if (QString e = attributeColumn(def, name); !e.isEmpty()) {
            *typed = true;
            return e;
        }
        if (def.type == u"ci"_s && name == u"licence_installations"_s)
            return QString::fromLatin1(installationsExpr);
        return {};
    };
    auto unknown = [&](const QString &name) {
        QStringList names {u"id"_s};
        for (const char *m : metaColumns)
            names << QString::fromLatin1(m);
        for (const FieldDef *f : def.allFields())
            names << f->name;
        if (hasSla) {
            for (const auto &c : slaColumns)
                names << QString::fromLatin1(c[0]);
        }
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 records have no field \"%2\". Their fields are: %3.")
                         .arg(def.displayLabel(), name, names.join(u", "_s)));
    };

    QStringList cols = spec.columns;
    if (cols.isEmpty()) {
        for (const FieldDef *f : def.allFields())
            cols << f->name;
    }
    QStringList selectCols;
    for (const QString &c : std::as_const(cols)) {
        bool typed = false;
        const QString e = expr(c, &typed);
        if (e.isEmpty())
            return unknown(c);
        q.m_needsTyped |= typed;
        selectCols << e;
        q.m_columns << c;
    }

    const QString sort = spec.sortField.isEmpty() ? u"id"_s : spec.sortField;
    if (sort == u"id"_s || sort == u"human_id"_s || sort == u"created_at"_s) {
        // Numbers are handed out in creation order, so all three sort like the number,
        // which the (type, number) index keeps in order.
        q.m_sortExpr = u"r.human_no"_s;
    } else if (sort == u"title"_s) {
        q.m_sortExpr = u"r.title COLLATE NOCASE"_s;
    } else if (sort == u"state"_s || sort == u"updated_at"_s || sort == u"updated_by"_s
               || sort == u"created_by"_s || sort == u"version"_s) {
        q.m_sortExpr = u"r."_s + sort;
    } else if (sort == u"owner"_s) {
        q.m_sortExpr = u"ifnull(r.owner, '')"_s;
    } else if (def.typedField(sort)) {
        q.m_sortExpr = u"ifnull(t."_s + sort + u", '')"_s;
        q.m_needsTyped = true;
    } else if (QString e = attributeColumn(def, sort); !e.isEmpty()) {
        q.m_sortExpr = u"ifnull("_s + e + u", '')"_s;
        q.m_needsTyped = true;
    } else if (def.type == u"ci"_s && sort == u"licence_installations"_s) {
        q.m_sortExpr = QString::fromLatin1(installationsExpr);
    } else if (hasSla && sort == u"sla_due"_s) {
        q.m_sortExpr = QString::fromLatin1(slaSortExpr);
        q.m_needsSla = true;
    } else {
        return unknown(sort);
    }

    QStringList filters;
    auto filterExpr = [&](const QString &field, QString *e) -> Error {
        bool typed = false;
        *e = field == u"id"_s ? u"r.id"_s : expr(field, &typed);
        if (e->isEmpty())
            return unknown(field);
        q.m_needsTyped |= typed;
        return {};
    };
    // Filters compare with the stored form: "2026-3-1" and "2026-03-01" are the same date,
    // and "  " is no value at all.
    auto stored = [&](const QString &field, const QVariant &value) -> Result<QVariant> {
        if (const FieldDef *f = def.field(field); f && !f->viaTransition)
            return f->normalize(value);
        return value;
    };
    QList<std::pair<QString, QVariant>> where;
    for (const auto &[field, value] : spec.where) {
        QString e;
        if (Error err = filterExpr(field, &e); err.isError())
            return err;
        Result<QVariant> v = stored(field, value);
        if (!v.ok())
            return v.error();
        if (isEmptyValue(*v)) {
            // Written by the write path as NULL; empty text comes from other tools.
            filters << u"("_s + e + u" IS NULL OR "_s + e + u" = '')"_s;
        } else {
            filters << e + u" = ?"_s;
            q.m_binds << *v;
        }
        where.append({field, *v});
    }
    q.m_spec.where = where;
    for (const auto &[field, values] : spec.whereIn) {
        QString e;
        if (Error err = filterExpr(field, &e); err.isError())
            return err;
        QStringList marks;
        for (const QVariant &value : values) {
            Result<QVariant> v = stored(field, value);
            if (!v.ok())
                return v.error();
            if (isEmptyValue(*v))
                continue;
            marks << u"?"_s;
            q.m_binds << *v;
        }
        filters << (marks.isEmpty() ? u"0"_s : e + u" IN ("_s + marks.join(u", "_s) + u')');
    }
    for (const auto &[fields, value] : spec.whereAny) {
        QStringList alternatives;
        for (const QString &field : fields) {
            QString e;
            if (Error err = filterExpr(field, &e); err.isError())
                return err;
            Result<QVariant> v = stored(field, value);
            if (!v.ok())
                return v.error();
            if (isEmptyValue(*v))
                return Error(
                    ErrorCode::InvalidInput,
                    Tr::tr("A filter on any of %1 needs a value.").arg(fields.join(u", "_s)));
            alternatives << e + u" = ?"_s;
            q.m_binds << *v;
        }
        filters << (alternatives.isEmpty() ? u"0"_s : u"("_s + alternatives.join(u" OR "_s) + u')');
    }
    for (const ListSpec::Range &range : spec.ranges) {
        QString e;
        if (Error err = filterExpr(range.field, &e); err.isError())
            return err;
        QStringList bounds {e + u" IS NOT NULL"_s};
        for (const auto &[bound, op] :
             {std::pair {range.low, ">="}, std::pair {range.high, "<="}}) {
            if (isEmptyValue(bound))
                continue;
            Result<QVariant> v = stored(range.field, bound);
            if (!v.ok())
                return v.error();
            bounds << e + u' ' + QLatin1StringView(op) + u" ?"_s;
            q.m_binds << *v;
        }
        filters << u"("_s + bounds.join(u" AND "_s) + u')';
    }
    if (spec.openOnly) {
        filters << u"r.state IN (SELECT ls.state FROM lifecycle_state ls WHERE ls.type = ? "
                   "AND ls.is_final = 0)"_s;
        q.m_binds << def.type;
    }
    if (spec.slaAtRisk) {
        if (!hasSla)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 records have no SLA.").arg(def.displayLabel()));
        q.m_needsSla = true;
        // Past the warning threshold includes past the due time: the threshold comes first.
        filters << u"((s.clock = 'running' AND s.resolution_warning_at <= ?) OR "
                   "(s.clock <> 'stopped' AND s.resolution_breached_at IS NOT NULL))"_s;
        const qint64 now = spec.nowMs >= 0 ? spec.nowMs : currentUtc().toMSecsSinceEpoch();
        q.m_binds << toStoredTime(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
    }
    if (spec.needsAttention) {
        if (!def.typedField(u"last_customer_update_at"_s))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 records have no attention queue.").arg(def.displayLabel()));
        q.m_needsTyped = true;
        // Mirrors TicketWork::attention: an escalation not taken up; while being worked, a P1
        // or P2 whose customer has waited longer than the workbook allows for an update, and
        // a major incident without its manager or with top management not told.
        const QString working =
            u"r.state NOT IN ('resolved', 'fulfilled') AND r.state IN (SELECT ls.state FROM "
            "lifecycle_state ls WHERE ls.type = ? AND ls.is_final = 0)"_s;
        QString clause = u"(EXISTS (SELECT 1 FROM escalation e WHERE e.record_id = r.id AND "
                         "e.acknowledged_at IS NULL) OR (t.priority <= 2 AND "_s
            + working
            + u" AND coalesce(t.last_customer_update_at, t.opened_at) < strftime("
              "'%Y-%m-%dT%H:%M:%fZ', ?, '-' || ifnull((SELECT nullif(trim(value), '') FROM "
              "setting WHERE key = 'attention.customer_update_minutes'), '60') || ' minutes'))"_s;
        q.m_binds << def.type;
        const qint64 now = spec.nowMs >= 0 ? spec.nowMs : currentUtc().toMSecsSinceEpoch();
        q.m_binds << toStoredTime(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
        if (def.typedField(u"major_incident_manager"_s)) {
            clause += u" OR (t.major = 1 AND "_s + working
                + u" AND (ifnull(trim(t.major_incident_manager), '') = '' OR "
                  "ifnull(trim(t.management_informed_by), '') = ''))"_s;
            q.m_binds << def.type;
        }
        filters << clause + u')';
    }
    if (!spec.text.trimmed().isEmpty()) {
        const QString fts = SearchText::toQuery(spec.text);
        if (!fts.isEmpty()) {
            filters << u"r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"_s;
            q.m_spec.text = fts;
            q.m_binds << fts;
        } else {
            q.m_spec.text.clear();
        }
    }
    q.m_plainCount = filters.isEmpty();
    q.m_from = u"FROM record r"_s
        + (q.m_needsTyped ? u" JOIN "_s + def.table + u" t ON t.id = r.id"_s : QString())
        + (q.m_needsSla ? u" LEFT JOIN sla_status s ON s.record_id = r.id"_s : QString());
    q.m_where = u"WHERE r.type = ?"_s;
    for (const QString &f : std::as_const(filters))
        q.m_where += u" AND "_s + f;
    q.m_selectExprs = selectCols;
    return q;
}

int RecordQuery::bindFilters(Statement &st) const
{
    int i = 1;
    st.bind(i++, m_spec.type);
    for (const QVariant &v : m_binds)
        st.bind(i++, v);
    return i;
}

QByteArray RecordQuery::buildSelect(const char *keyset, bool reverse, bool byId) const
{
    // Ascending unless the list is descending; `reverse` pages upwards.
    const bool desc = m_spec.descending != reverse;
    QString sql = u"SELECT r.id, r.human_id, r.version, "_s + m_sortExpr + u", "_s
        + m_selectExprs.join(u", "_s) + u' ' + m_from + u' ' + m_where;
    if (byId) {
        sql += u" AND r.id = ?"_s;
    } else if (keyset) {
        const QString op = QString::fromLatin1(keyset);
        // `op` is "after" or "before" in the list's own order.
        const bool greater = (op == u"after"_s) != m_spec.descending;
        if (uniqueSort()) {
            sql += u" AND "_s + m_sortExpr + (greater ? u" > ?"_s : u" < ?"_s);
        } else {
            // Spelled out rather than as a row value, so that SQLite starts the index range
            // at the key (it does not for a row value under COLLATE NOCASE).
            const QString cmp = greater ? u">"_s : u"<"_s;
            sql += u" AND "_s + m_sortExpr + u' ' + cmp + u"= ? AND ("_s + m_sortExpr + u' ' + cmp
                + u" ? OR r.id "_s + cmp + u" ?)"_s;
        }
    }
    if (!byId) {
        const QString dir = desc ? u" DESC"_s : u" ASC"_s;
        sql += u" ORDER BY "_s + m_sortExpr + dir;
        if (!uniqueSort())
            sql += u", r.id"_s + dir;
        sql += u" LIMIT ?"_s;
    }
    return sql.toUtf8();
}

Result<QList<ListRow>> RecordQuery::run(Statement &st) const
{
    QList<ListRow> out;
    const int n = int(m_columns.size());
    while (st.next()) {
        ListRow row;
        row.id = st.int64(0);
        row.humanId = st.text(1);
        row.version = int(st.int64(2));
        row.key = {st.value(3), row.id};
        row.values.reserve(n);
        for (int i = 0; i < n; ++i)
            row.values.append(st.value(4 + i));
        out.append(std::move(row));
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<qint64> RecordQuery::count(Database &db) const
{
    if (m_plainCount) {
        Statement st = db.prepare("SELECT live_count FROM record_type WHERE type = ?1");
        st.bind(1, m_spec.type);
        if (st.next())
            return st.int64(0);
        if (st.error().isError())
            return st.error();
        return qint64(0);
    }
    Statement st = db.prepare((u"SELECT count(*) "_s + m_from + u' ' + m_where).toUtf8());
    if (!st.isValid())
        return st.error();
    bindFilters(st);
    if (st.next())
        return st.int64(0);
    return st.error();
}

Result<QList<ListRow>> RecordQuery::page(Database &db, const std::optional<SortKey> &after,
                                         int limit) const
{
    Statement st = db.prepare(buildSelect(after ? "after" : nullptr, false, false));
    if (!st.isValid())
        return st.error();
    int i = bindFilters(st);
    if (after) {
        if (uniqueSort()) {
            st.bind(i++, after->value);
        } else {
            st.bind(i++, after->value);
            st.bind(i++, after->value);
            st.bind(i++, after->id);
        }
    }
    st.bind(i, qint64(limit));
    return run(st);
}

Result<QList<ListRow>> RecordQuery::pageBefore(Database &db, const SortKey &before, int limit) const
{
    Statement st = db.prepare(buildSelect("before", true, false));
    if (!st.isValid())
        return st.error();
    int i = bindFilters(st);
    if (uniqueSort()) {
        st.bind(i++, before.value);
    } else {
        st.bind(i++, before.value);
        st.bind(i++, before.value);
        st.bind(i++, before.id);
    }
    st.bind(i, qint64(limit));
    Result<QList<ListRow>> rows = run(st);
    if (rows.ok())
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Result<std::optional<SortKey>> RecordQuery::keyAt(Database &db, qint64 offset) const
{
    QString sql = u"SELECT "_s + m_sortExpr + u", r.id "_s + m_from + u' ' + m_where;
    const QString dir = m_spec.descending ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + m_sortExpr + dir;
    if (!uniqueSort())
        sql += u", r.id"_s + dir;
    sql += u" LIMIT 1 OFFSET ?"_s;
    Statement st = db.prepare(sql.toUtf8());
    if (!st.isValid())
        return st.error();
    const int i = bindFilters(st);
    st.bind(i, offset);
    if (st.next())
        return std::optional<SortKey>(SortKey {st.value(0), st.int64(1)});
    if (st.error().isError())
        return st.error();
    return std::optional<SortKey>();
}

Result<std::optional<ListRow>> RecordQuery::row(Database &db, qint64 id) const
{
    Statement st = db.prepare(buildSelect(nullptr, false, true));
    if (!st.isValid())
        return st.error();
    const int i = bindFilters(st);
    st.bind(i, id);
    Result<QList<ListRow>> rows = run(st);
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ListRow>();
    return std::optional<ListRow>(rows->first());
}

} // namespace sb
