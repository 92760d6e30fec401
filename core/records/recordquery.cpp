#include "recordquery.h"

#include "searchtext.h"
#include "storage/database.h"

#include <QCoreApplication>

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

    auto expr = [&](const QString &name, bool *typed) -> QString {
        *typed = false;
        if (isMeta(name) || RecordTypes::commonField(name))
            return u"r."_s + name;
        if (def.typedField(name)) {
            *typed = true;
            return u"t."_s + name;
        }
        return {};
    };
    auto unknown = [&](const QString &name) {
        QStringList names {u"id"_s};
        for (const char *m : metaColumns)
            names << QString::fromLatin1(m);
        for (const FieldDef *f : def.allFields())
            names << f->name;
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
    } else {
        return unknown(sort);
    }

    QStringList filters;
    QList<std::pair<QString, QVariant>> where;
    for (const auto &[field, value] : spec.where) {
        bool typed = false;
        const QString e = field == u"id"_s ? u"r.id"_s : expr(field, &typed);
        if (e.isEmpty())
            return unknown(field);
        q.m_needsTyped |= typed;
        QVariant v = value;
        if (const FieldDef *f = def.field(field); f && !f->viaTransition) {
            // Compare with the stored form: "2026-3-1" and "2026-03-01" are the same date,
            // and "  " is no value at all.
            Result<QVariant> n = f->normalize(value);
            if (!n.ok())
                return n.error();
            v = *n;
        }
        // Decided on the stored form, as bindFilters() decides it, so the binds line up.
        const bool empty = !v.isValid() || v.isNull() || v.toString().isEmpty();
        filters << (empty ? e + u" IS NULL"_s : e + u" = ?"_s);
        where.append({field, v});
    }
    q.m_spec.where = where;
    if (!spec.text.trimmed().isEmpty()) {
        const QString fts = SearchText::toQuery(spec.text);
        if (!fts.isEmpty()) {
            filters << u"r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"_s;
            q.m_spec.text = fts;
        } else {
            q.m_spec.text.clear();
        }
    }
    q.m_plainCount = filters.isEmpty();
    q.m_from = u"FROM record r"_s
        + (q.m_needsTyped ? u" JOIN "_s + def.table + u" t ON t.id = r.id"_s : QString());
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
    for (const auto &[field, value] : m_spec.where) {
        const bool empty = !value.isValid() || value.isNull() || value.toString().isEmpty();
        if (!empty)
            st.bind(i++, value);
    }
    if (!m_spec.text.isEmpty())
        st.bind(i++, m_spec.text);
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
