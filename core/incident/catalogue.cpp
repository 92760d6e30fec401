#include "catalogue.h"

#include "clock.h"
#include "records/audit.h"
#include "records/permissions.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

// The roles that look after what the service desk offers and how it sorts its work.
const QStringList CatalogueRoles {u"administrator"_s, u"service_owner"_s, u"sms_owner"_s};

bool hasLineBreakOrControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isCode(const QString &code)
{
    if (code.isEmpty() || code.size() > Catalogue::MaxCodeLength)
        return false;
    if (code.front() < u'a' || code.front() > u'z')
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
}

// The request type as its audit entries describe it: every column, so that the trail alone
// tells what the catalogue said at any time.
QString describe(const RequestType &t)
{
    const QJsonObject o {
        {u"code"_s, t.code},
        {u"name"_s, t.name},
        {u"service"_s, t.service},
        {u"needs_approval"_s, t.needsApproval},
        {u"fulfilment_tasks"_s, QJsonArray::fromStringList(t.fulfilmentTasks)},
        {u"sla_hours"_s, t.slaHours ? QJsonValue(*t.slaHours) : QJsonValue()},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What is stored: trimmed texts, no empty tasks.
RequestType normalized(const RequestType &in)
{
    RequestType t = in;
    t.code = in.code.trimmed();
    t.name = in.name.trimmed();
    t.service = in.service.trimmed();
    t.fulfilmentTasks.clear();
    for (const QString &task : in.fulfilmentTasks) {
        const QString s = task.trimmed();
        if (!s.isEmpty())
            t.fulfilmentTasks << s;
    }
    return t;
}
} // namespace

Catalogue::Catalogue(Workbook &workbook)
    : m_workbook(workbook)
    , m_db(workbook.db())
{ }

Error Catalogue::checkWritable()
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    RecordStore store(m_workbook);
    Result<Permissions> p = store.permissions();
    if (!p.ok())
        return p.error();
    if (p->hasAnyRole(CatalogueRoles))
        return {};
    QStringList held, needed;
    for (const QString &r : p->roles())
        held << Permissions::roleLabel(r);
    for (const QString &r : CatalogueRoles)
        needed << Permissions::roleLabel(r);
    return Error(ErrorCode::PermissionDenied,
                 Tr::tr("%1 may not change the incident categories or the request catalogue "
                        "(roles held: %2). This needs the role: %3.")
                     .arg(p->login(), held.isEmpty() ? Tr::tr("none") : held.join(u", "_s),
                          needed.join(Tr::tr(" or "))));
}

Error Catalogue::beginChange(WriteTransaction &tx)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (Error e = tx.begin(); e.isError())
        return e;
    // Inside the transaction, so the roles are the ones in force when the change is made.
    return checkWritable();
}

Error Catalogue::writeAudit(const QString &action, const QString &field, const QString &oldValue,
                            const QString &newValue)
{
    return AuditLog(m_db).append(m_workbook.user(), action, field, oldValue, newValue);
}

Error Catalogue::validateCategoryName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("A category needs a name."));
    if (hasLineBreakOrControl(n))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A category's name is one line of text, without line breaks or tabs."));
    if (n.size() > MaxNameLength)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A category's name has at most %1 characters; \"%2\" has %3.")
                         .arg(MaxNameLength)
                         .arg(n.left(20) + u'…')
                         .arg(n.size()));
    return {};
}

Result<QList<IncidentCategory>> Catalogue::categories()
{
    Statement st = m_db.prepare("SELECT id, ifnull(parent_id, 0), name FROM incident_category");
    QHash<qint64, QList<IncidentCategory>> children;
    QHash<qint64, bool> known;
    while (st.next()) {
        IncidentCategory c;
        c.id = st.int64(0);
        c.parentId = st.int64(1);
        c.name = st.text(2);
        children[c.parentId].append(c);
        known.insert(c.id, true);
    }
    if (st.error().isError())
        return st.error();
    for (auto it = children.begin(); it != children.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const IncidentCategory &a, const IncidentCategory &b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
    }
    QList<IncidentCategory> out;
    // Depth first; a row whose parent is gone (edited outside Servicebench) shows at the top.
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (IncidentCategory c : children.value(parent)) {
            if (depth > 64)
                return; // a cycle made outside Servicebench: show what can be shown
            c.depth = depth;
            out.append(c);
            walk(c.id, depth + 1);
        }
    };
    walk(0, 0);
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        if (it.key() != 0 && !known.contains(it.key())) {
            for (IncidentCategory c : *it) {
                c.parentId = 0;
                out.append(c);
                walk(c.id, 1);
            }
        }
    }
    return out;
}

Result<IncidentCategory> Catalogue::loadCategory(qint64 id)
{
    Statement st =
        m_db.prepare("SELECT id, ifnull(parent_id, 0), name FROM incident_category WHERE id = ?1");
    st.bind(1, id);
    if (!st.next())
        return st.error().isError()
            ? st.error()
            : Error(ErrorCode::NotFound, Tr::tr("There is no incident category %1.").arg(id));
    IncidentCategory c;
    c.id = st.int64(0);
    c.parentId = st.int64(1);
    c.name = st.text(2);
    return c;
}

Result<QString> Catalogue::categoryPath(qint64 id)
{
    QStringList names;
    qint64 at = id;
    for (int guard = 0; at != 0 && guard < 64; ++guard) {
        Result<IncidentCategory> c = loadCategory(at);
        if (!c.ok())
            return c.error();
        names.prepend(c->name);
        at = c->parentId;
    }
    return names.join(u" / "_s);
}

Result<qint64> Catalogue::categoryUsage(qint64 id)
{
    Result<IncidentCategory> c = loadCategory(id);
    if (!c.ok())
        return c.error();
    Statement st;
    if (c->parentId == 0) {
        st = m_db.prepare("SELECT count(*) FROM incident WHERE category = ?1");
        st.bind(1, c->name);
    } else {
        Result<IncidentCategory> parent = loadCategory(c->parentId);
        if (!parent.ok())
            return parent.error();
        if (parent->parentId != 0)
            return qint64(0); // incidents have two levels: nothing names a deeper one
        st = m_db.prepare("SELECT count(*) FROM incident WHERE category = ?1 AND subcategory = ?2");
        st.bind(1, parent->name).bind(2, c->name);
    }
    if (!st.next())
        return st.error().isError() ? st.error() : Error(ErrorCode::Internal, u"no count"_s);
    return st.int64(0);
}

Error Catalogue::checkSiblingName(qint64 parentId, const QString &name, qint64 selfId)
{
    Statement st =
        m_db.prepare("SELECT id, name FROM incident_category WHERE coalesce(parent_id, 0) = ?1");
    st.bind(1, parentId);
    while (st.next()) {
        if (st.int64(0) != selfId && st.text(1).compare(name, Qt::CaseInsensitive) == 0) {
            if (parentId == 0)
                return Error(
                    ErrorCode::InvalidInput,
                    Tr::tr("There is already a top-level category named \"%1\".").arg(st.text(1)));
            Result<QString> parent = categoryPath(parentId);
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" already has a subcategory named \"%2\".")
                             .arg(parent.ok() ? *parent : QString::number(parentId), st.text(1)));
        }
    }
    return st.error();
}

Result<qint64> Catalogue::addCategory(qint64 parentId, const QString &name)
{
    if (Error e = validateCategoryName(name); e.isError())
        return e;
    const QString n = name.trimmed();
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    if (parentId != 0) {
        if (Result<IncidentCategory> p = loadCategory(parentId); !p.ok())
            return p.error();
    }
    if (Error e = checkSiblingName(parentId, n, 0); e.isError())
        return e;
    Statement ins = m_db.prepare("INSERT INTO incident_category(parent_id, name) VALUES (?1, ?2)");
    parentId == 0 ? ins.bindNull(1) : ins.bind(1, parentId);
    ins.bind(2, n);
    if (Error e = ins.exec(); e.isError())
        return e;
    const qint64 id = m_db.lastInsertRowId();
    Result<QString> path = categoryPath(id);
    if (!path.ok())
        return path.error();
    if (Error e = writeAudit(u"incident_category"_s, QString::number(id), QString(), *path);
        e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return id;
}

Error Catalogue::renameCategory(qint64 id, const QString &name)
{
    if (Error e = validateCategoryName(name); e.isError())
        return e;
    const QString n = name.trimmed();
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<IncidentCategory> c = loadCategory(id);
    if (!c.ok())
        return c.error();
    if (c->name == n)
        return tx.commit();
    if (Error e = checkSiblingName(c->parentId, n, id); e.isError())
        return e;
    Result<QString> before = categoryPath(id);
    if (!before.ok())
        return before.error();
    Statement up = m_db.prepare("UPDATE incident_category SET name = ?1 WHERE id = ?2");
    if (Error e = up.bind(1, n).bind(2, id).exec(); e.isError())
        return e;
    Result<QString> after = categoryPath(id);
    if (!after.ok())
        return after.error();
    if (Error e = writeAudit(u"incident_category"_s, QString::number(id), *before, *after);
        e.isError())
        return e;
    return tx.commit();
}

Error Catalogue::moveCategory(qint64 id, qint64 newParentId)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<IncidentCategory> c = loadCategory(id);
    if (!c.ok())
        return c.error();
    if (c->parentId == newParentId)
        return tx.commit();
    // Walk up from the new parent: meeting the category itself would make a loop.
    for (qint64 at = newParentId, guard = 0; at != 0 && guard < 64; ++guard) {
        if (at == id)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" cannot go under itself or one of its own subcategories.")
                             .arg(c->name));
        Result<IncidentCategory> p = loadCategory(at);
        if (!p.ok())
            return p.error();
        at = p->parentId;
    }
    if (Error e = checkSiblingName(newParentId, c->name, id); e.isError())
        return e;
    Result<QString> before = categoryPath(id);
    if (!before.ok())
        return before.error();
    Statement up = m_db.prepare("UPDATE incident_category SET parent_id = ?1 WHERE id = ?2");
    newParentId == 0 ? up.bindNull(1) : up.bind(1, newParentId);
    if (Error e = up.bind(2, id).exec(); e.isError())
        return e;
    Result<QString> after = categoryPath(id);
    if (!after.ok())
        return after.error();
    if (Error e = writeAudit(u"incident_category"_s, QString::number(id), *before, *after);
        e.isError())
        return e;
    return tx.commit();
}

Error Catalogue::removeCategory(qint64 id)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<IncidentCategory> c = loadCategory(id);
    if (!c.ok())
        return c.error();
    Statement kids = m_db.prepare("SELECT count(*) FROM incident_category WHERE parent_id = ?1");
    kids.bind(1, id);
    if (!kids.next())
        return kids.error();
    if (kids.int64(0) > 0)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" still has subcategories: remove them or move them elsewhere "
                            "first.")
                         .arg(c->name));
    kids.reset();
    Result<QString> before = categoryPath(id);
    if (!before.ok())
        return before.error();
    Statement del = m_db.prepare("DELETE FROM incident_category WHERE id = ?1");
    if (Error e = del.bind(1, id).exec(); e.isError())
        return e;
    if (Error e = writeAudit(u"incident_category"_s, QString::number(id), *before, QString());
        e.isError())
        return e;
    return tx.commit();
}

Error Catalogue::validateRequestType(const RequestType &in)
{
    const RequestType t = normalized(in);
    if (!isCode(t.code))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" is not a request type code: use lower-case letters, digits, "
                            "\"_\" and \"-\", beginning with a letter, at most %2 characters "
                            "(say new_laptop).")
                         .arg(t.code)
                         .arg(MaxCodeLength));
    if (t.name.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The request type %1 needs a name.").arg(t.code));
    if (hasLineBreakOrControl(t.name) || t.name.size() > MaxNameLength)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The name of the request type %1 is one line of at most %2 "
                            "characters.")
                         .arg(t.code)
                         .arg(MaxNameLength));
    if (hasLineBreakOrControl(t.service))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The service of the request type %1 is one line of text.").arg(t.code));
    if (t.slaHours && (!std::isfinite(*t.slaHours) || *t.slaHours <= 0))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The time allowed for the request type %1 must be more than 0 hours.")
                         .arg(t.code));
    return {};
}

Result<QList<RequestType>> Catalogue::requestTypes()
{
    Statement st = m_db.prepare("SELECT code, name, service, needs_approval, fulfilment_tasks, "
                                "sla_hours FROM request_type ORDER BY code");
    QList<RequestType> out;
    while (st.next()) {
        RequestType t;
        t.code = st.text(0);
        t.name = st.text(1);
        t.service = st.text(2);
        t.needsApproval = st.int64(3) != 0;
        t.fulfilmentTasks = st.text(4).split(u'\n', Qt::SkipEmptyParts);
        if (!st.isNull(5))
            t.slaHours = st.real(5);
        out.append(t);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<qint64> Catalogue::requestTypeUsage(const QString &code)
{
    Statement st = m_db.prepare("SELECT count(*) FROM service_request WHERE request_type = ?1");
    st.bind(1, code);
    if (!st.next())
        return st.error().isError() ? st.error() : Error(ErrorCode::Internal, u"no count"_s);
    return st.int64(0);
}

Error Catalogue::saveRequestType(const QString &originalCode, const RequestType &in)
{
    if (Error e = validateRequestType(in); e.isError())
        return e;
    const RequestType t = normalized(in);
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<QList<RequestType>> all = requestTypes();
    if (!all.ok())
        return all.error();
    const RequestType *old = nullptr;
    for (const RequestType &r : std::as_const(*all)) {
        if (!originalCode.isEmpty() && r.code == originalCode)
            old = &r;
    }
    if (!originalCode.isEmpty() && !old)
        return Error(ErrorCode::NotFound, Tr::tr("There is no request type %1.").arg(originalCode));
    for (const RequestType &r : std::as_const(*all)) {
        if (&r != old && r.code == t.code)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("There is already a request type with the code %1.").arg(t.code));
    }
    if (old && *old == t)
        return tx.commit();
    Statement st = old
        ? m_db.prepare("UPDATE request_type SET code = ?1, name = ?2, service = ?3, "
                       "needs_approval = ?4, fulfilment_tasks = ?5, sla_hours = ?6 WHERE code = ?7")
        : m_db.prepare("INSERT INTO request_type(code, name, service, needs_approval, "
                       "fulfilment_tasks, sla_hours) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, t.code).bind(2, t.name);
    t.service.isEmpty() ? st.bindNull(3) : st.bind(3, t.service);
    st.bind(4, t.needsApproval);
    t.fulfilmentTasks.isEmpty() ? st.bindNull(5) : st.bind(5, t.fulfilmentTasks.join(u'\n'));
    t.slaHours ? st.bind(6, *t.slaHours) : st.bindNull(6);
    if (old)
        st.bind(7, old->code);
    if (Error e = st.exec(); e.isError())
        return e;
    if (Error e =
            writeAudit(u"request_type"_s, t.code, old ? describe(*old) : QString(), describe(t));
        e.isError())
        return e;
    return tx.commit();
}

Error Catalogue::removeRequestType(const QString &code)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<QList<RequestType>> all = requestTypes();
    if (!all.ok())
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const RequestType &r) { return r.code == code; });
    if (it == all->cend())
        return Error(ErrorCode::NotFound, Tr::tr("There is no request type %1.").arg(code));
    Statement del = m_db.prepare("DELETE FROM request_type WHERE code = ?1");
    if (Error e = del.bind(1, code).exec(); e.isError())
        return e;
    if (Error e = writeAudit(u"request_type"_s, code, describe(*it), QString()); e.isError())
        return e;
    return tx.commit();
}

} // namespace sb
