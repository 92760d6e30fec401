// RecordStore: updates written on a record - customer-visible ones and internal work notes.
#include "recordstore.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

constexpr qsizetype MaxNoteLength = 100000;
} // namespace

Result<qint64> RecordStore::addNote(qint64 recordId, const QString &body, bool customerVisible)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("An update needs some text."));
    if (text.size() > MaxNoteLength)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("An update may be at most %1 characters long; this one has %2.")
                         .arg(MaxNoteLength)
                         .arg(text.size()));
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> rec = loadIn(recordId);
    if (!rec.ok())
        return rec.error();
    const RecordTypeDef &def = *RecordTypes::find(rec->type);
    if (Error e = m_permissions->require(def, u"update"_s); e.isError())
        return e;
    const QString at = nowStored();
    const QString visibility = customerVisible ? u"customer"_s : u"internal"_s;
    Statement ins =
        m_db.prepare("INSERT INTO record_note(record_id, visibility, body, added_at, added_by) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, recordId).bind(2, visibility).bind(3, text).bind(4, at).bind(5, user());
    if (Error e = ins.exec(); e.isError())
        return e;
    const qint64 noteId = m_db.lastInsertRowId();
    if (Error e = writeAudit(*rec, u"note"_s, visibility, {}, text, 0, at); e.isError())
        return e;
    const QString stampField = u"last_customer_update_at"_s;
    if (customerVisible && def.typedField(stampField)) {
        Result<int> v = applyChanges(def, *rec, {{stampField, at}}, {});
        if (!v.ok())
            return v.error();
        rec->fields.insert(stampField, at);
    }
    if (Error e = reindex(def, *rec, true); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return noteId;
}

Result<QList<NoteInfo>> RecordStore::notes(qint64 id)
{
    Statement st = m_db.prepare(
        "SELECT id, visibility, body, added_at, added_by FROM record_note WHERE record_id = ?1 "
        "ORDER BY added_at, id");
    st.bind(1, id);
    QList<NoteInfo> out;
    while (st.next()) {
        NoteInfo n;
        n.id = st.int64(0);
        n.customerVisible = st.text(1) == u"customer"_s;
        n.body = st.text(2);
        n.addedAt = st.text(3);
        n.addedBy = st.text(4);
        out << n;
    }
    if (st.error().isError())
        return st.error();
    return out;
}

} // namespace sb
