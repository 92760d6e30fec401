#pragma once

#include "core_global.h"
#include "recordquery.h"

#include <QHash>

namespace sb {

// Fetches a list page by page number, the way a scrolling view asks for it. A page next to
// one already seen continues from its key (keyset); a jump far away finds its starting key
// once with an OFFSET walk over the sort index and continues by key from there.
class SB_CORE_EXPORT RecordPager
{
public:
    explicit RecordPager(RecordQuery query, int pageSize = 200);

    const RecordQuery &query() const { return m_query; }
    int pageSize() const { return m_pageSize; }
    void reset() { m_bounds.clear(); }
    Result<QList<ListRow>> fetch(Database &db, int pageIndex);

private:
    RecordQuery m_query;
    int m_pageSize;
    QHash<int, std::pair<SortKey, SortKey>> m_bounds; // first and last key of pages seen
};

} // namespace sb
