#pragma once

#include "core_global.h"
#include "error.h"

namespace sb {

class Database;

// The one way to write. The outermost unit sends BEGIN IMMEDIATE (so the write lock is taken
// up front and a busy workbook is noticed before any work is done), retrying with jittered
// back-off under the connection's RetryPolicy. Nested units only count: nothing is committed
// until the outermost commits, and a nested unit that ends without commit() after it changed
// something makes the whole transaction roll back (one that changed nothing - refused by a
// check before writing - leaves the outer unit free to go on). Destruction without commit()
// rolls back.
class SB_CORE_EXPORT WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Error begin();
    Error commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_outermost = false;
    qint64 m_changesAtBegin = 0;
};

} // namespace sb
