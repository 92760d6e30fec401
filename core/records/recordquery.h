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
//
// Incidents and service requests also offer their stored SLA state (sla_status) as columns,
// filters and a sort: sla_clock (running, paused or stopped; null when no SLA applies),
// sla_due, sla_warning_at and sla_breached_at (the resolution clock's times, stored UTC text),
// sla_elapsed_ms and sla_target_ms. Sorting by sla_due puts running clocks first, soonest due
// first, then paused, stopped and tickets without an SLA.
//
// Configuration items also offer each attribute of their type as "attributes.NAME" (columns,
// filters, sort) and licence_installations, the number of CIs licensed by a licence.
struct ListSpec
{
    QString type;
    // field = value; a value that is empty (or only spaces) asks for a field with no value:
    // NULL or empty text.
    QList<std::pair<QString, QVariant>> where;
    // field IN (values); an empty list matches nothing.
    QList<std::pair<QString, QVariantList>> whereIn;
    // Any of the fields = value ("mine": the manager or the assignee is me); the value must not
    // be empty.
    QList<std::pair<QStringList, QVariant>> whereAny;
    // low <= field <= high, compared in the stored form; a null bound is open ("warranties
    // ending by the end of next month": no low bound). Records without a value never match.
    struct Range
    {
        QString field;
        QVariant low;
        QVariant high;
    };
    QList<Range> ranges;
    QString text; // full-text filter, as a person types it
    bool openOnly = false; // only records whose state is not final in their lifecycle
    // Only tickets whose resolution clock needs attention: running and past its warning
    // threshold (or past its due time), or not stopped and breached.
    bool slaAtRisk = false;
    // Only tickets that need somebody's attention (see TicketWork::attention): an escalation
    // not taken up, a P1 or P2 overdue for a customer update, a major incident without its
    // manager or with top management not told.
    bool needsAttention = false;
    // The moment slaAtRisk and needsAttention compare with (UTC ms); -1: when the query is
    // prepared.
    qint64 nowMs = -1;
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
    QVariantList m_binds; // the filters' values, in the order of their placeholders
    const RecordTypeDef *m_def = nullptr;
    QStringList m_columns;
    QStringList m_selectExprs;
    QString m_sortExpr;
    QString m_from;
    QString m_where;
    bool m_needsTyped = false;
    bool m_needsSla = false;
    bool m_plainCount = false;
};

} // namespace sb
