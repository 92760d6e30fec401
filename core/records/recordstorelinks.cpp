// RecordStore: links between records, and attachments.
#include "recordstore.h"

#include "clock.h"
#include "cmdb/cirules.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

// "Service/Customer", or "any record" for "*".
QString typeLabels(const QStringList &types)
{
    QStringList out;
    for (const QString &t : types) {
        if (t == u"*"_s)
            return Tr::tr("any record");
        const RecordTypeDef *def = RecordTypes::find(t);
        out << (def ? def->displayLabel() : t);
    }
    return out.join(u'/');
}

} // namespace

Error RecordStore::loadLinkEnds(qint64 fromId, qint64 toId, Record *from, Record *to)
{
    Result<Record> f = loadIn(fromId);
    if (!f.ok())
        return f.error();
    Result<Record> t = loadIn(toId);
    if (!t.ok())
        return t.error();
    *from = std::move(f).value();
    *to = std::move(t).value();
    return m_permissions->require(*RecordTypes::find(from->type), u"link"_s);
}

Error RecordStore::link(qint64 fromId, qint64 toId, const QString &kind)
{
    if (fromId == toId)
        return Error(ErrorCode::InvalidInput, Tr::tr("A record cannot be linked to itself."));
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Record from;
    Record to;
    if (Error e = loadLinkEnds(fromId, toId, &from, &to); e.isError())
        return e;
    Statement k =
        m_db.prepare("SELECT forward_label, from_types, to_types FROM link_kind WHERE kind = ?1");
    k.bind(1, kind);
    if (!k.next()) {
        if (k.error().isError())
            return k.error();
        QStringList kinds;
        Statement all = m_db.prepare("SELECT kind FROM link_kind ORDER BY kind");
        while (all.next())
            kinds << all.text(0);
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("There is no link kind \"%1\". The kinds are: %2.")
                         .arg(kind, kinds.join(u", "_s)));
    }
    const QString label = k.text(0);
    const QStringList fromTypes = k.text(1).split(u',', Qt::SkipEmptyParts);
    const QStringList toTypes = k.text(2).split(u',', Qt::SkipEmptyParts);
    k.reset();
    auto fits = [](const QStringList &allowed, const QString &type) {
        return allowed.contains(u"*"_s) || allowed.contains(type);
    };
    if (!fits(fromTypes, from.type) || !fits(toTypes, to.type))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" links go from %2 to %3, not from %4 to %5.")
                         .arg(QCoreApplication::translate("LinkKind", label.toUtf8().constData()),
                              typeLabels(fromTypes), typeLabels(toTypes),
                              RecordTypes::find(from.type)->displayLabel(),
                              RecordTypes::find(to.type)->displayLabel()));
    if (Error e = CiRules::checkRelation(m_db, kind, from, to); e.isError())
        return e;
    {
        Statement ex =
            m_db.prepare("SELECT 1 FROM link WHERE from_id = ?1 AND kind = ?2 AND to_id = ?3");
        ex.bind(1, fromId).bind(2, kind).bind(3, toId);
        if (ex.next())
            return Error(
                ErrorCode::InvalidInput,
                Tr::tr("%1 is already linked to %2 as \"%3\".")
                    .arg(from.humanId, to.humanId,
                         QCoreApplication::translate("LinkKind", label.toUtf8().constData())));
    }
    const QString at = nowStored();
    Statement ins = m_db.prepare("INSERT INTO link(from_id, to_id, kind, created_at, created_by) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)");
    ins.bind(1, fromId).bind(2, toId).bind(3, kind).bind(4, at).bind(5, user());
    if (Error e = ins.exec(); e.isError())
        return e;
    if (Error e = auditLink(from.id, from.humanId, to.id, to.humanId, kind, true, at); e.isError())
        return e;
    return tx.commit();
}

QString RecordStore::linkLabel(const QString &kind)
{
    Statement st = m_db.prepare("SELECT forward_label FROM link_kind WHERE kind = ?1");
    st.bind(1, kind);
    if (st.next())
        return QCoreApplication::translate("LinkKind", st.text(0).toUtf8().constData());
    return kind;
}

Error RecordStore::unlink(qint64 fromId, qint64 toId, const QString &kind)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Record from;
    Record to;
    if (Error e = loadLinkEnds(fromId, toId, &from, &to); e.isError())
        return e;
    Statement del =
        m_db.prepare("DELETE FROM link WHERE from_id = ?1 AND kind = ?2 AND to_id = ?3");
    del.bind(1, fromId).bind(2, kind).bind(3, toId);
    if (Error e = del.exec(); e.isError())
        return e;
    if (m_db.changes() == 0)
        return Error(ErrorCode::NotFound,
                     Tr::tr("%1 is not linked to %2 as \"%3\".")
                         .arg(from.humanId, to.humanId, linkLabel(kind)));
    const QString at = nowStored();
    if (Error e = auditLink(from.id, from.humanId, to.id, to.humanId, kind, false, at); e.isError())
        return e;
    return tx.commit();
}

Result<qint64> RecordStore::attach(qint64 recordId, const QString &fileName, const QByteArray &data,
                                   const QString &mimeType)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("An attachment needs a file name."));
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Result<Record> rec = loadIn(recordId);
    if (!rec.ok())
        return rec.error();
    if (Error e = m_permissions->require(*RecordTypes::find(rec->type), u"attach"_s); e.isError())
        return e;
    if (data.size() > m_attachmentLimit)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 is %2; one attachment may be at most %3.")
                         .arg(name, QLocale().formattedDataSize(data.size()),
                              QLocale().formattedDataSize(m_attachmentLimit)));
    const QString sha = QString::fromLatin1(Sha256::hash(data).toHex());
    qint64 blobId = 0;
    {
        Statement find = m_db.prepare("SELECT id FROM attachment_blob WHERE sha256 = ?1");
        find.bind(1, sha);
        if (find.next())
            blobId = find.int64(0);
        else if (find.error().isError())
            return find.error();
    }
    if (blobId == 0) {
        Statement ins =
            m_db.prepare("INSERT INTO attachment_blob(sha256, size, data) VALUES (?1, ?2, ?3)");
        ins.bind(1, sha)
            .bind(2, qint64(data.size()))
            .bind(3, data.isNull() ? QByteArray("") : data);
        if (Error e = ins.exec(); e.isError())
            return e;
        blobId = m_db.lastInsertRowId();
    }
    const QString at = nowStored();
    Statement ins = m_db.prepare(
        "INSERT INTO attachment(record_id, blob_id, file_name, mime_type, added_at, added_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, recordId).bind(2, blobId).bind(3, name);
    ins.bind(4, mimeType.isEmpty() ? QString() : mimeType).bind(5, at).bind(6, user());
    if (Error e = ins.exec(); e.isError())
        return e;
    const qint64 attachmentId = m_db.lastInsertRowId();
    if (Error e = writeAudit(*rec, u"attach"_s, name, {}, sha, 0, at); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return attachmentId;
}

Error RecordStore::detach(qint64 attachmentId)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    Statement st = m_db.prepare(
        "SELECT a.record_id, a.file_name, b.sha256 FROM attachment a JOIN attachment_blob b ON "
        "b.id = a.blob_id WHERE a.id = ?1");
    st.bind(1, attachmentId);
    if (!st.next())
        return st.error().isError()
            ? st.error()
            : Error(ErrorCode::NotFound, Tr::tr("There is no attachment %1.").arg(attachmentId));
    const qint64 recordId = st.int64(0);
    const QString name = st.text(1);
    const QString sha = st.text(2);
    st.reset();
    Result<Record> rec = loadIn(recordId);
    if (!rec.ok())
        return rec.error();
    if (Error e = m_permissions->require(*RecordTypes::find(rec->type), u"attach"_s); e.isError())
        return e;
    Statement del = m_db.prepare("DELETE FROM attachment WHERE id = ?1");
    del.bind(1, attachmentId);
    if (Error e = del.exec(); e.isError())
        return e;
    if (Error e = dropUnusedBlobs(); e.isError())
        return e;
    if (Error e = writeAudit(*rec, u"detach"_s, name, sha, {}, 0, nowStored()); e.isError())
        return e;
    return tx.commit();
}

Result<QList<LinkInfo>> RecordStore::links(qint64 id)
{
    Statement st = m_db.prepare(
        "SELECT l.id, l.kind, 1, o.id, o.human_id, o.type, o.title, o.state, l.created_at, "
        "l.created_by, k.forward_label FROM link l JOIN record o ON o.id = l.to_id "
        "JOIN link_kind k ON k.kind = l.kind WHERE l.from_id = ?1 "
        "UNION ALL "
        "SELECT l.id, l.kind, 0, o.id, o.human_id, o.type, o.title, o.state, l.created_at, "
        "l.created_by, k.reverse_label FROM link l JOIN record o ON o.id = l.from_id "
        "JOIN link_kind k ON k.kind = l.kind WHERE l.to_id = ?1 ORDER BY 2, 3 DESC, 4");
    st.bind(1, id);
    QList<LinkInfo> out;
    while (st.next()) {
        LinkInfo l;
        l.linkId = st.int64(0);
        l.kind = st.text(1);
        l.outgoing = st.int64(2) != 0;
        l.otherId = st.int64(3);
        l.otherHumanId = st.text(4);
        l.otherType = st.text(5);
        l.otherTitle = st.text(6);
        l.otherState = st.text(7);
        l.createdAt = st.text(8);
        l.createdBy = st.text(9);
        l.label = QCoreApplication::translate("LinkKind", st.text(10).toUtf8().constData());
        out.append(l);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QList<AttachmentInfo>> RecordStore::attachments(qint64 id)
{
    Statement st = m_db.prepare(
        "SELECT a.id, a.file_name, a.mime_type, b.sha256, b.size, a.added_at, a.added_by FROM "
        "attachment a JOIN attachment_blob b ON b.id = a.blob_id WHERE a.record_id = ?1 "
        "ORDER BY a.id");
    st.bind(1, id);
    QList<AttachmentInfo> out;
    while (st.next())
        out.append(
            {st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5), st.text(6)});
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QByteArray> RecordStore::attachmentData(qint64 attachmentId)
{
    Statement st = m_db.prepare("SELECT b.data FROM attachment a JOIN attachment_blob b ON b.id = "
                                "a.blob_id WHERE a.id = ?1");
    st.bind(1, attachmentId);
    if (st.next()) {
        QByteArray data = st.blob(0);
        return data.isNull() ? QByteArray("") : data;
    }
    if (st.error().isError())
        return st.error();
    return Error(ErrorCode::NotFound, Tr::tr("There is no attachment %1.").arg(attachmentId));
}

} // namespace sb
