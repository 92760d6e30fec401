#include "recordpager.h"

namespace sb {

RecordPager::RecordPager(RecordQuery query, int pageSize)
    : m_query(std::move(query))
    , m_pageSize(qMax(1, pageSize))
{ }

Result<QList<ListRow>> RecordPager::fetch(Database &db, int pageIndex)
{
    Result<QList<ListRow>> rows = QList<ListRow>();
    if (pageIndex <= 0) {
        rows = m_query.page(db, std::nullopt, m_pageSize);
    } else if (auto prev = m_bounds.constFind(pageIndex - 1); prev != m_bounds.constEnd()) {
        rows = m_query.page(db, prev->second, m_pageSize);
    } else if (auto next = m_bounds.constFind(pageIndex + 1); next != m_bounds.constEnd()) {
        rows = m_query.pageBefore(db, next->first, m_pageSize);
    } else {
        Result<std::optional<SortKey>> key = m_query.keyAt(db, qint64(pageIndex) * m_pageSize - 1);
        if (!key.ok())
            return key.error();
        if (!key->has_value())
            return QList<ListRow>();
        rows = m_query.page(db, **key, m_pageSize);
    }
    if (rows.ok() && !rows->isEmpty())
        m_bounds.insert(pageIndex, {rows->first().key, rows->last().key});
    return rows;
}

} // namespace sb
