#include "integritycheck.h"

#include "audit.h"
#include "recordtypes.h"
#include "storage/database.h"
#include "storage/workbook.h"
#include "util/sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

#include <thread>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

constexpr int MaxIssuesPerKind = 50;

class Collector
{
public:
    explicit Collector(CheckReport &r)
        : m_report(r)
    { }
    void add(const QString &kind, const QString &subject, const QString &message)
    {
        int &n = m_counts[kind];
        if (++n > MaxIssuesPerKind)
            return;
        m_report.issues.append({kind, subject, message});
    }
    void finish()
    {
        for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
            if (it.value() > MaxIssuesPerKind)
                m_report.issues.append({it.key(), QString(),
                                        Tr::tr("… and %n more problem(s) of this kind.", nullptr,
                                               it.value() - MaxIssuesPerKind)});
        }
    }

private:
    CheckReport &m_report;
    QHash<QString, int> m_counts;
};

QString quoted(const QString &v)
{
    return v.isNull() ? Tr::tr("(empty)") : u'"' + v + u'"';
}

struct Replay
{
    QHash<QString, QString> values;
    bool created = false;
    bool deleted = false;
    QString humanId;
    QString createdAt, createdBy;
    QString lastAt, lastUser;
    int lastVersion = 0;
};

// Reads the flat object of strings the write path stores on create ({"title":"…",…}), fast:
// the check reads one per record. Anything else falls back to a full JSON reader.
bool parseSnapshot(QStringView text, QHash<QString, QString> *out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    auto readString = [&](QString *s) -> bool {
        if (i >= n || text[i] != u'"')
            return false;
        ++i;
        s->clear();
        while (i < n && text[i] != u'"') {
            QChar c = text[i++];
            if (c == u'\\') {
                if (i >= n)
                    return false;
                const QChar e = text[i++];
                switch (e.unicode()) {
                case u'n': c = u'\n'; break;
                case u'r': c = u'\r'; break;
                case u't': c = u'\t'; break;
                case u'b': c = u'\b'; break;
                case u'f': c = u'\f'; break;
                case u'u': {
                    if (i + 4 > n)
                        return false;
                    bool ok = false;
                    c = QChar(text.mid(i, 4).toUShort(&ok, 16));
                    if (!ok)
                        return false;
                    i += 4;
                    break;
                }
                default: c = e;
                }
            }
            s->append(c);
        }
        if (i >= n)
            return false;
        ++i;
        return true;
    };
    skipSpace();
    if (i >= n || text[i++] != u'{')
        return false;
    QString key;
    QString value;
    skipSpace();
    if (i < n && text[i] == u'}')
        return true;
    for (;;) {
        skipSpace();
        if (!readString(&key))
            return false;
        skipSpace();
        if (i >= n || text[i++] != u':')
            return false;
        skipSpace();
        if (!readString(&value))
            return false;
        out->insert(key, value);
        skipSpace();
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        return i < n && text[i] == u'}';
    }
}

void apply(Replay &rp, const QString &action, const QString &field, const QString &newValue,
           int version, const QString &at, const QString &user, const QString &humanId)
{
    // An import's entry without a field holds the whole new record, as a create entry does;
    // with a field it is one change.
    if (action == u"create"_s || (action == u"import"_s && field.isEmpty())) {
        rp.created = true;
        rp.deleted = false;
        rp.values.clear();
        if (!parseSnapshot(newValue, &rp.values)) {
            rp.values.clear();
            const QJsonObject o = QJsonDocument::fromJson(newValue.toUtf8()).object();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                rp.values.insert(it.key(), it.value().toString());
        }
        rp.humanId = humanId;
        rp.createdAt = at;
        rp.createdBy = user;
    } else if (action == u"update"_s || action == u"transition"_s || action == u"import"_s) {
        if (newValue.isNull())
            rp.values.remove(field);
        else
            rp.values.insert(field, newValue);
    } else if (action == u"delete"_s) {
        rp.deleted = true;
    }
    if (version > 0) {
        rp.lastVersion = version;
        rp.lastAt = at;
        rp.lastUser = user;
    }
}

} // namespace

Result<QString> IntegrityCheck::anchor(Database &db)
{
    Statement st = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (st.next())
        return QString::number(st.int64(0)) + u':' + st.text(1);
    if (st.error().isError())
        return st.error();
    return u"0:"_s + AuditLog::genesisHash();
}

Result<QList<CheckIssue>> IntegrityCheck::verifyAnchor(Database &db, const QString &anchor)
{
    const qsizetype colon = anchor.indexOf(u':');
    bool ok = false;
    const qint64 seq = colon > 0 ? anchor.left(colon).toLongLong(&ok) : 0;
    const QString hash = colon > 0 ? anchor.mid(colon + 1).trimmed().toLower() : QString();
    if (!ok || hash.size() != 64)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" is not an anchor; an anchor looks like 1234:followed by 64 "
                            "hexadecimal digits, as check --anchor prints it.")
                         .arg(anchor));
    QList<CheckIssue> out;
    if (seq == 0)
        return out;
    Statement st = db.prepare("SELECT hash FROM audit WHERE seq = ?1");
    st.bind(1, seq);
    if (!st.next()) {
        if (st.error().isError())
            return st.error();
        out.append({u"anchor"_s, Tr::tr("audit entry %1").arg(seq),
                    Tr::tr("The anchored audit entry %1 is gone: the audit trail was cut back.")
                        .arg(seq)});
    } else if (st.text(0) != hash) {
        out.append({u"anchor"_s, Tr::tr("audit entry %1").arg(seq),
                    Tr::tr("Audit entry %1 no longer has the anchored hash: the audit trail up "
                           "to it was rewritten.")
                        .arg(seq)});
    }
    return out;
}

namespace {

// SQLite's own checks: the file's structure, foreign keys, and the full-text index. They need
// no snapshot shared with the rest, so they run on a connection and a core of their own.
struct PhysicalResult
{
    QList<CheckIssue> issues;
    Error error;
};

PhysicalResult physicalChecks(Database &db, bool canCheckSearchIndex)
{
    PhysicalResult r;
    {
        Statement st = db.prepare("PRAGMA integrity_check(100)");
        while (st.next()) {
            const QString msg = st.text(0);
            if (msg != u"ok"_s)
                r.issues.append(
                    {u"sqlite"_s, QString(), Tr::tr("SQLite reports damage: %1").arg(msg)});
        }
        if (st.error().isError()) {
            r.error = st.error();
            return r;
        }
    }
    {
        Statement st = db.prepare("PRAGMA foreign_key_check");
        while (st.next())
            r.issues.append({u"foreign-key"_s, st.text(0),
                             Tr::tr("Row %1 of %2 points to a missing row of %3.")
                                 .arg(st.text(1), st.text(0), st.text(2))});
        if (st.error().isError()) {
            r.error = st.error();
            return r;
        }
    }
    // The full-text index check is a statement SQLite treats as a write (it changes nothing),
    // so a read-only workbook skips it.
    if (canCheckSearchIndex) {
        const Error e =
            db.exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
        if (e.code() == ErrorCode::Cancelled)
            r.error = e;
        else if (e.isError() && e.code() != ErrorCode::Busy)
            r.issues.append(
                {u"search"_s, u"search_index"_s,
                 Tr::tr("The full-text index does not match the records (%1).").arg(e.detail())});
        // What incident handling is offered: known errors and articles (schema 8 on).
        Statement has = db.prepare(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'knowledge_index'");
        if (!r.error.isError() && has.next()) {
            const Error k =
                db.exec("INSERT INTO knowledge_index(knowledge_index) VALUES ('integrity-check')");
            if (k.code() == ErrorCode::Cancelled)
                r.error = k;
            else if (k.isError() && k.code() != ErrorCode::Busy)
                r.issues.append({u"search"_s, u"knowledge_index"_s,
                                 Tr::tr("The index of known errors and articles does not match "
                                        "them (%1).")
                                     .arg(k.detail())});
        }
    }
    return r;
}

} // namespace

Result<CheckReport> IntegrityCheck::run(Workbook &workbook, const Progress &progress, bool deep)
{
    Database &db = workbook.db();
    CheckReport report;
    Collector issues(report);
    auto stage = [&](const QString &name) {
        return !progress || progress(name);
    };
    const Error cancelled(ErrorCode::Cancelled, Tr::tr("The check was cancelled."));

    PhysicalResult physical;
    std::unique_ptr<Workbook> second;
    if (Result<std::unique_ptr<Workbook>> other = workbook.openAnother(workbook.isReadOnly());
        other.ok())
        second = std::move(other).value();
    std::thread worker;
    if (second) {
        worker = std::thread(
            [&] { physical = physicalChecks(second->db(), deep && !workbook.isReadOnly()); });
    }
    // Whatever way this function is left, the other thread is stopped and joined first.
    struct Join
    {
        std::thread &t;
        Workbook *wb;
        bool interrupt = true;
        ~Join()
        {
            if (t.joinable()) {
                if (interrupt && wb)
                    sqlite3_interrupt(wb->db().handle());
                t.join();
            }
        }
    } join {worker, second.get()};

    // Everything else reads one consistent snapshot.
    if (Error e = db.exec("BEGIN"); e.isError())
        return e;
    struct EndRead
    {
        Database &db;
        ~EndRead() { db.exec("ROLLBACK"); }
    } endRead {db};

    if (!second) {
        if (!stage(Tr::tr("Database structure")))
            return cancelled;
        physical = physicalChecks(db, false);
    }

    // The chain, and the workbook-wide replays (links, attachments, roles) on the way.
    const QString chainStage = Tr::tr("Audit chain");
    if (!stage(chainStage))
        return cancelled;
    QSet<QString> links;
    QHash<QString, int> attachments;
    QSet<QString> grants;
    {
        Statement st =
            db.prepare(QByteArray("SELECT ") + AuditLog::Columns + " FROM audit ORDER BY seq");
        QString previous = AuditLog::genesisHash();
        qint64 expectedSeq = 1;
        bool broken = false;
        while (st.next()) {
            const AuditEntry e = AuditLog::fromRow(st);
            const QString &stored = e.hash;
            ++report.auditEntries;
            if (!broken) {
                if (e.seq != expectedSeq) {
                    broken = true;
                    issues.add(u"chain"_s, Tr::tr("audit entry %1").arg(e.seq),
                               Tr::tr("The audit trail jumps from entry %1 to entry %2: entries "
                                      "were removed outside Servicebench.")
                                   .arg(expectedSeq - 1)
                                   .arg(e.seq));
                } else if (AuditLog::chainHash(previous, e) != stored) {
                    broken = true;
                    issues.add(u"chain"_s, Tr::tr("audit entry %1").arg(e.seq),
                               Tr::tr("Audit entry %1 (%2, %3 %4 at %5) does not match the chain: "
                                      "it, or the entry before it, was changed outside "
                                      "Servicebench.")
                                   .arg(e.seq)
                                   .arg(e.humanId.isEmpty() ? Tr::tr("workbook") : e.humanId,
                                        e.action, e.field, e.at));
                }
            }
            previous = stored;
            expectedSeq = e.seq + 1;
            report.lastSeq = e.seq;
            report.lastHash = stored;

            if (e.action == u"link"_s)
                links.insert(e.humanId + u'|' + e.field + u'|' + e.newValue);
            else if (e.action == u"unlink"_s)
                links.remove(e.humanId + u'|' + e.field + u'|' + e.oldValue);
            else if (e.action == u"attach"_s)
                ++attachments[e.humanId + u'|' + e.field + u'|' + e.newValue];
            else if (e.action == u"detach"_s)
                --attachments[e.humanId + u'|' + e.field + u'|' + e.oldValue];
            else if (e.action == u"grant"_s)
                grants.insert(e.newValue + u'|' + e.field);
            else if (e.action == u"revoke"_s)
                grants.remove(e.oldValue + u'|' + e.field);
            if ((report.auditEntries & 0xFFFF) == 0 && !stage(chainStage))
                return cancelled;
        }
        if (st.error().isError())
            return st.error();
    }

    // Every record against the replay of its own entries.
    for (const RecordTypeDef &def : RecordTypes::all()) {
        const QString recordsStage = Tr::tr("Records: %1").arg(def.displayPluralLabel());
        if (!stage(recordsStage))
            return cancelled;
        QStringList typedCols;
        for (const FieldDef &f : def.fields)
            typedCols << u"t."_s + f.name;
        const QByteArray rowsSql =
            (u"SELECT r.id, r.human_id, r.title, r.state, r.owner, r.created_at, r.created_by, "
             "r.updated_at, r.updated_by, r.version, t.id IS NOT NULL"_s
             + (typedCols.isEmpty() ? QString() : u", "_s + typedCols.join(u", "_s))
             + u", r.human_no FROM record r LEFT JOIN "_s + def.table
             + u" t ON t.id = r.id WHERE r.type = ?1 ORDER BY r.human_no"_s)
                .toUtf8();
        Statement rows = db.prepare(rowsSql);
        rows.bind(1, def.type);
        Statement trail = db.prepare(
            "SELECT r.human_no, a.action, a.field, a.new_value, ifnull(a.version, 0), a.at, "
            "a.user_name, a.human_id FROM record r JOIN audit a ON a.record_id = r.id "
            "WHERE r.type = ?1 ORDER BY r.human_no, a.seq");
        trail.bind(1, def.type);
        bool trailHasRow = trail.next();
        const QList<const FieldDef *> fields = def.allFields();
        const int numberColumn = 11 + int(def.fields.size());

        while (rows.next()) {
            ++report.records;
            // Both streams run in the (type, number) index's order: no sorting, one pass each.
            const qint64 number = rows.int64(numberColumn);
            const QString human = rows.text(1);
            Replay rp;
            while (trailHasRow && trail.int64(0) < number)
                trailHasRow = trail.next();
            while (trailHasRow && trail.int64(0) == number) {
                apply(rp, trail.text(1), trail.text(2), trail.text(3), int(trail.int64(4)),
                      trail.text(5), trail.text(6), trail.text(7));
                trailHasRow = trail.next();
            }
            if (!rp.created) {
                issues.add(u"record"_s, human,
                           Tr::tr("%1 is not in the audit trail: it was added outside "
                                  "Servicebench.")
                               .arg(human));
                continue;
            }
            if (rp.deleted) {
                issues.add(u"record"_s, human,
                           Tr::tr("%1 was deleted according to its audit trail, yet it is still "
                                  "in the workbook.")
                               .arg(human));
                continue;
            }
            if (rows.int64(10) == 0) {
                issues.add(
                    u"record"_s, human,
                    Tr::tr("%1 has lost its %2 details row.").arg(human, def.displayLabel()));
                continue;
            }
            QStringList differences;
            // Labels are translated only for a difference: this runs once per record.
            auto compare = [&](auto label, const QString &actual, const QString &expected) {
                if (actual != expected || actual.isNull() != expected.isNull())
                    differences << Tr::tr("%1 is %2 but the audit trail says %3")
                                       .arg(label(), quoted(actual), quoted(expected));
            };
            compare([] { return Tr::tr("the ID"); }, human, rp.humanId);
            for (int i = 0; i < fields.size(); ++i) {
                const FieldDef *f = fields[i];
                QVariant v;
                if (f->name == u"title"_s)
                    v = rows.value(2);
                else if (f->name == u"state"_s)
                    v = rows.value(3);
                else if (f->name == u"owner"_s)
                    v = rows.value(4);
                else
                    v = rows.value(11 + i - int(RecordTypes::commonFields().size()));
                compare([f] { return f->displayLabel(); }, f->canonical(v),
                        rp.values.value(f->name));
            }
            compare([] { return Tr::tr("the version"); }, QString::number(rows.int64(9)),
                    QString::number(rp.lastVersion));
            compare([] { return Tr::tr("the creation time"); }, rows.text(5), rp.createdAt);
            compare([] { return Tr::tr("the creator"); }, rows.text(6), rp.createdBy);
            compare([] { return Tr::tr("the last change time"); }, rows.text(7), rp.lastAt);
            compare([] { return Tr::tr("the last editor"); }, rows.text(8), rp.lastUser);
            if (!differences.isEmpty())
                issues.add(u"record"_s, human,
                           Tr::tr("%1 was changed outside Servicebench: %2.")
                               .arg(human, differences.join(u"; "_s)));
            if ((report.records & 0xFFFF) == 0 && !stage(recordsStage))
                return cancelled;
        }
        if (rows.error().isError())
            return rows.error();
        if (trail.error().isError())
            return trail.error();
    }

    if (!stage(Tr::tr("Deleted records")))
        return cancelled;
    {
        // Records the trail knows that are no longer there must have been deleted through it.
        Statement st = db.prepare(
            "SELECT a.record_id, (SELECT b.action FROM audit b WHERE b.record_id = a.record_id "
            "ORDER BY b.seq DESC LIMIT 1), (SELECT b.human_id FROM audit b WHERE b.record_id = "
            "a.record_id ORDER BY b.seq DESC LIMIT 1) FROM (SELECT DISTINCT record_id FROM audit "
            "WHERE record_id IS NOT NULL) a WHERE NOT EXISTS (SELECT 1 FROM record r WHERE "
            "r.id = a.record_id)");
        while (st.next()) {
            if (st.text(1) != u"delete"_s)
                issues.add(u"record"_s, st.text(2),
                           Tr::tr("%1 is missing, but its audit trail says it exists: it was "
                                  "removed outside Servicebench.")
                               .arg(st.text(2)));
        }
        if (st.error().isError())
            return st.error();
    }

    if (!stage(Tr::tr("Links, attachments and roles")))
        return cancelled;
    {
        Statement st = db.prepare(
            "SELECT f.human_id, l.kind, t.human_id FROM link l JOIN record f ON f.id = l.from_id "
            "JOIN record t ON t.id = l.to_id");
        QSet<QString> actual;
        while (st.next()) {
            const QString key = st.text(0) + u'|' + st.text(1) + u'|' + st.text(2);
            actual.insert(key);
            if (!links.contains(key))
                issues.add(u"link"_s, st.text(0),
                           Tr::tr("The link %1 → %2 (%3) is not in the audit trail: it was "
                                  "added outside Servicebench.")
                               .arg(st.text(0), st.text(2), st.text(1)));
        }
        if (st.error().isError())
            return st.error();
        for (const QString &key : std::as_const(links)) {
            if (actual.contains(key))
                continue;
            const QStringList p = key.split(u'|');
            issues.add(u"link"_s, p.value(0),
                       Tr::tr("The link %1 → %2 (%3) is missing, but the audit trail says it "
                              "exists.")
                           .arg(p.value(0), p.value(2), p.value(1)));
        }
    }
    {
        Statement st = db.prepare(
            "SELECT r.human_id, a.file_name, b.sha256 FROM attachment a JOIN record r ON r.id = "
            "a.record_id JOIN attachment_blob b ON b.id = a.blob_id");
        QHash<QString, int> actual;
        while (st.next())
            ++actual[st.text(0) + u'|' + st.text(1) + u'|' + st.text(2)];
        if (st.error().isError())
            return st.error();
        QSet<QString> keys;
        for (auto it = actual.constBegin(); it != actual.constEnd(); ++it)
            keys.insert(it.key());
        for (auto it = attachments.constBegin(); it != attachments.constEnd(); ++it) {
            if (it.value() != 0)
                keys.insert(it.key());
        }
        for (const QString &key : std::as_const(keys)) {
            if (actual.value(key) != attachments.value(key)) {
                const QStringList p = key.split(u'|');
                issues.add(u"attachment"_s, p.value(0),
                           Tr::tr("The attachment %1 of %2 does not match the audit trail.")
                               .arg(p.value(1), p.value(0)));
            }
        }
        Statement blobs = db.prepare("SELECT id, sha256, data FROM attachment_blob");
        while (blobs.next()) {
            const QString sha = QString::fromLatin1(Sha256::hash(blobs.blob(2)).toHex());
            if (sha != blobs.text(1))
                issues.add(u"attachment"_s, blobs.text(1),
                           Tr::tr("A stored attachment's content no longer matches its hash "
                                  "%1: it was altered.")
                               .arg(blobs.text(1).left(12)));
        }
        if (blobs.error().isError())
            return blobs.error();
    }
    {
        Statement st = db.prepare("SELECT login, role FROM user_role");
        QSet<QString> actual;
        while (st.next()) {
            const QString key = st.text(0) + u'|' + st.text(1);
            actual.insert(key);
            if (!grants.contains(key))
                issues.add(u"role"_s, st.text(0),
                           Tr::tr("%1 holds the role %2 without a grant in the audit trail: it "
                                  "was given outside Servicebench.")
                               .arg(st.text(0), st.text(1)));
        }
        if (st.error().isError())
            return st.error();
        for (const QString &key : std::as_const(grants)) {
            if (!actual.contains(key)) {
                const QStringList p = key.split(u'|');
                issues.add(u"role"_s, p.value(0),
                           Tr::tr("%1 lost the role %2 without a revocation in the audit trail.")
                               .arg(p.value(0), p.value(1)));
            }
        }
    }
    {
        Statement st = db.prepare(
            "SELECT t.type, t.live_count, t.next_number, (SELECT count(*) FROM record r WHERE "
            "r.type = t.type), (SELECT max(r.human_no) FROM record r WHERE r.type = t.type) "
            "FROM record_type t");
        while (st.next()) {
            if (st.int64(1) != st.int64(3))
                issues.add(u"counter"_s, st.text(0),
                           Tr::tr("The record count of %1 says %2 but there are %3.")
                               .arg(st.text(0))
                               .arg(st.int64(1))
                               .arg(st.int64(3)));
            if (!st.isNull(4) && st.int64(2) <= st.int64(4))
                issues.add(u"counter"_s, st.text(0),
                           Tr::tr("The next number of %1 (%2) would reuse an ID.")
                               .arg(st.text(0))
                               .arg(st.int64(2)));
        }
        if (st.error().isError())
            return st.error();
        Statement ids =
            db.prepare("SELECT r.human_id FROM record r JOIN record_type t ON t.type = r.type "
                       "WHERE r.human_id <> t.prefix || '-' || r.human_no LIMIT 50");
        while (ids.next())
            issues.add(u"record"_s, ids.text(0),
                       Tr::tr("%1 does not match its stored number: it was changed outside "
                              "Servicebench.")
                           .arg(ids.text(0)));
        if (ids.error().isError())
            return ids.error();
    }
    if (!stage(Tr::tr("Database structure")))
        return cancelled;
    join.interrupt = false;
    if (worker.joinable())
        worker.join();
    if (physical.error.isError())
        return physical.error;
    for (const CheckIssue &i : std::as_const(physical.issues))
        issues.add(i.kind, i.subject, i.message);
    issues.finish();
    return report;
}

} // namespace sb
