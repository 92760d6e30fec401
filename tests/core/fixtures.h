#pragma once

#include "testutil.h"

#include "records/recordstore.h"
#include "storage/workbook.h"

#include <sqlite3.h>

namespace sb::test {

inline const QString Admin = QStringLiteral("tester");

// A new workbook whose creator, `tester`, is its administrator.
inline std::unique_ptr<Workbook> newWorkbook(const QString &path, CreateOptions options = {})
{
    if (options.user.isEmpty())
        options.user = Admin;
    Result<std::unique_ptr<Workbook>> wb = Workbook::create(path, options);
    REQUIRE(wb.ok());
    RecordStore store(**wb);
    REQUIRE(store.bootstrap(QStringLiteral("Test Administrator")).isOk());
    return std::move(wb).value();
}

inline std::unique_ptr<Workbook> openAs(const QString &path, const QString &user = Admin,
                                        OpenOptions options = {})
{
    options.user = user;
    Result<std::unique_ptr<Workbook>> wb = Workbook::open(path, options);
    if (!wb.ok())
        FAIL(wb.error().fullText().toStdString());
    return std::move(wb).value();
}

// Plain SQL on the file, as a user with another tool would do it.
class RawSql
{
public:
    explicit RawSql(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawSql() { sqlite3_close_v2(m_db); }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    int exec(const QString &sql) { return exec(sql.toUtf8().constData()); }
    QString scalar(const QString &sql)
    {
        sqlite3_stmt *st = nullptr;
        QString out;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            out = t ? QString::fromUtf8(t) : QString();
        }
        sqlite3_finalize(st);
        return out;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace sb::test
