#pragma once

#include "core_global.h"
#include "error.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb {

class Database;
class Statement;

struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString user;
    qint64 recordId = 0; // 0: a workbook-level entry (setting, role)
    QString humanId;
    QString action; // create update transition delete link link_in unlink unlink_in attach detach
                    // setting grant revoke import
    QString field;
    QString oldValue; // null QString: no value
    QString newValue;
    int version = 0; // the record's version after this change; 0 when it did not change
    QString hash;
};

// Appends hash-chained entries. Each entry's hash is SHA-256 over the previous entry's hash
// and this entry's canonical content, so an entry edited, removed or inserted outside
// Servicebench breaks the chain at that point. Whoever can write the file can still rebuild
// the whole chain; keeping the latest hash elsewhere (check --anchor) is what detects that.
class SB_CORE_EXPORT AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Inside the caller's write transaction. Fills seq and hash. The chain's tail is kept on
    // the connection for the transaction, so any number of writers inside it share one chain.
    Error append(AuditEntry &entry);
    // An entry by `user` at `at` (now when empty), about the workbook itself or, with
    // `recordId` and `humanId`, about a record without changing its version.
    Error append(const QString &user, const QString &action, const QString &field,
                 const QString &oldValue, const QString &newValue, qint64 recordId = 0,
                 const QString &humanId = {}, const QString &at = {});

    static QByteArray canonical(const AuditEntry &entry);
    static QString chainHash(const QString &previousHash, const AuditEntry &entry);
    // The "previous hash" of the first entry.
    static QString genesisHash();

    static Result<QList<AuditEntry>> forRecord(Database &db, qint64 recordId);

    // The columns fromRow() reads, in its order, for "SELECT <Columns> FROM audit ...".
    static constexpr const char *Columns =
        "seq, at, user_name, ifnull(record_id, 0), human_id, action, field, old_value, "
        "new_value, ifnull(version, 0), hash";
    static AuditEntry fromRow(const Statement &st);

private:
    Database &m_db;
};

} // namespace sb
