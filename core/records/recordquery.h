#pragma once

#include "core_global.h"
#include "recordtypes.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sb {

class Database;

// What a list shows: one record type, equality filters, an optional full-text filter, one
// sort field. Field names are checked against the registry before any SQL is built.
struct ListSpec
{
    QString type;
    QList<std::pair<QString, QVariant>> where; // field = value
    QString text; // full-text filter, as a person types it
    QString sortField = QStringLiteral("id");
    bool descending = false;
    QStringList columns; // fields to return; empty: all (id and human_id always come)
};

// The position of a row in the sort order: keyset pagination continues after it.
struct SortKey
{
    QVariant value;
    qint64 id = 0;
};

struct ListRow
{
    qint64 id = 0;
    QString humanId;
    int version = 0;
    QVariantList values; // in the order of RecordQuery::columns()
    SortKey key;
};

// Pages through a list with keyset pagination: each page is one short statement that runs to
// its end and lets go, so a reader never holds the workbook between pages, and a page deep in
// a list of millions costs what the first one does.
class SB_CORE_EXPORT RecordQuery
{
public:
    static Result<RecordQuery> prepare(const ListSpec &spec);

    const ListSpec &spec() const { return m_spec; }
    const QStringList &columns() const { return m_columns; }
    const RecordTypeDef &type() const { return *m_def; }

    Result<qint64> count(Database &db) const;
    // Rows after `after` (or from the start), in sort order.
    Result<QList<ListRow>> page(Database &db, const std::optional<SortKey> &after, int limit) const;
    // Rows before `before`, returned in sort order (for paging upwards).
    Result<QList<ListRow>> pageBefore(Database &db, const SortKey &before, int limit) const;
    // The key of the row at `offset` in sort order: the one OFFSET walk a jump needs.
    Result<std::optional<SortKey>> keyAt(Database &db, qint64 offset) const;
    // One row by id, with the same columns (for refreshing a row that changed).
    Result<std::optional<ListRow>> row(Database &db, qint64 id) const;

private:
    QByteArray buildSelect(const char *keyset, bool reverse, bool byId) const;
    // Sorting by something unique within the type needs no id to break ties.
    bool uniqueSort() const { return m_sortExpr == QLatin1String("r.human_no"); }
    int bindFilters(class Statement &st) const;
    Result<QList<ListRow>> run(class Statement &st) const;

    ListSpec m_spec;
    const RecordTypeDef *m_def = nullptr;
    QStringList m_columns;
    QStringList m_selectExprs;
    QString m_sortExpr;
    QString m_from;
    QString m_where;
    bool m_needsTyped = false;
    bool m_plainCount = false;
};

} // namespace sb
