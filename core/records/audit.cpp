#include "audit.h"

#include "clock.h"
#include "storage/database.h"

#include "util/sha256.h"

using namespace Qt::StringLiterals;

namespace sb {

namespace {
void put(QByteArray &out, const QString &s)
{
    if (s.isNull()) {
        out += "-;";
        return;
    }
    const QByteArray u = s.toUtf8();
    out += QByteArray::number(u.size());
    out += ':';
    out += u;
    out += ';';
}

void put(QByteArray &out, qint64 n)
{
    out += QByteArray::number(n);
    out += ';';
}
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    // Length-prefixed, so no choice of separator inside a value can forge another entry.
    QByteArray out;
    out.reserve(128 + e.oldValue.size() + e.newValue.size());
    put(out, e.seq);
    put(out, e.at);
    put(out, e.user);
    put(out, e.recordId);
    put(out, e.humanId);
    put(out, e.action);
    put(out, e.field);
    put(out, e.oldValue);
    put(out, e.newValue);
    put(out, qint64(e.version));
    return out;
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::chainHash(const QString &previousHash, const AuditEntry &entry)
{
    Sha256 h;
    h.addData(previousHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonical(entry));
    return QString::fromLatin1(h.hexResult());
}

Error AuditLog::append(const QString &user, const QString &action, const QString &field,
                       const QString &oldValue, const QString &newValue, qint64 recordId,
                       const QString &humanId, const QString &at)
{
    AuditEntry e;
    e.at = at.isEmpty() ? nowStored() : at;
    e.user = user;
    e.recordId = recordId;
    e.humanId = humanId;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return append(e);
}

Error AuditLog::append(AuditEntry &e)
{
    if (m_db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"audit entries are written inside a transaction"_s);
    QVariant &tail = m_db.transactionValue("audit.tail");
    if (!tail.isValid()) {
        // A new transaction: another connection may have appended since we last looked.
        Statement last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.next())
            tail = QVariantList {last.int64(0), last.text(1)};
        else if (last.error().isError())
            return last.error();
        else
            tail = QVariantList {qint64(0), genesisHash()};
    }
    const QVariantList t = tail.toList();
    e.seq = t.at(0).toLongLong() + 1;
    e.hash = chainHash(t.at(1).toString(), e);
    Statement st = m_db.prepare(
        "INSERT INTO audit(seq, at, user_name, record_id, human_id, action, field, old_value, "
        "new_value, version, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, e.seq).bind(2, e.at).bind(3, e.user);
    if (e.recordId > 0)
        st.bind(4, e.recordId);
    else
        st.bindNull(4);
    st.bind(5, e.humanId)
        .bind(6, e.action)
        .bind(7, e.field)
        .bind(8, e.oldValue)
        .bind(9, e.newValue);
    if (e.version > 0)
        st.bind(10, e.version);
    else
        st.bindNull(10);
    st.bind(11, e.hash);
    if (Error err = st.exec(); err.isError()) {
        tail = QVariant(); // read it again next time
        return err;
    }
    tail = QVariantList {e.seq, e.hash};
    return {};
}

AuditEntry AuditLog::fromRow(const Statement &st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.at = st.text(1);
    e.user = st.text(2);
    e.recordId = st.int64(3);
    e.humanId = st.text(4);
    e.action = st.text(5);
    e.field = st.text(6);
    e.oldValue = st.text(7);
    e.newValue = st.text(8);
    e.version = int(st.int64(9));
    e.hash = st.text(10);
    return e;
}

Result<QList<AuditEntry>> AuditLog::forRecord(Database &db, qint64 recordId)
{
    Statement st = db.prepare(QByteArray("SELECT ") + Columns
                              + " FROM audit WHERE record_id = ?1 ORDER BY seq");
    st.bind(1, recordId);
    QList<AuditEntry> out;
    while (st.next())
        out.append(fromRow(st));
    if (st.error().isError())
        return st.error();
    return out;
}

} // namespace sb
