#include "problemrules.h"

#include "clock.h"
#include "incident/ticketrules.h"
#include "rca.h"
#include "records/record.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

bool hasValue(const QVariant &v)
{
    return v.isValid() && !v.isNull()
        && !(v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QVariant valueAfter(const Record *current, const QVariantMap &changes, const QString &name)
{
    const auto it = changes.constFind(name);
    if (it != changes.constEnd())
        return it.value();
    if (!current)
        return {};
    return current->value(name);
}

QString textAfter(const Record *current, const QVariantMap &changes, const QString &name)
{
    return valueAfter(current, changes, name).toString().trimmed();
}

QString label(const RecordTypeDef &def, const QString &name)
{
    const FieldDef *f = def.field(name);
    return f ? f->displayLabel() : name;
}

// Fills a field the change does not give itself.
void fill(const Record *current, QVariantMap *changes, const QString &field, const QVariant &value)
{
    const auto it = changes->constFind(field);
    const bool given = it != changes->constEnd() && (current || hasValue(*it));
    if (!given)
        changes->insert(field, value);
}

Error problemBefore(Database &db, const RecordTypeDef &def, const Record *current,
                    const QString &toState, QVariantMap *changes, bool imported)
{
    if (Error e = TicketRules::derivePriority(db, def, current, changes, imported); e.isError())
        return e;

    const QString chainName = u"rca_chain"_s;
    if (changes->contains(chainName)) {
        const QString given = changes->value(chainName).toString();
        Result<QList<RcaEntry>> chain = RcaChain::parse(given);
        if (!chain.ok())
            return chain.error();
        const QString canonical = RcaChain::serialize(*chain);
        changes->insert(chainName, canonical.isEmpty() ? QVariant() : QVariant(canonical));
        // The entry marked as the root cause names it, unless a person wrote it already.
        const QString root = RcaChain::rootText(*chain);
        if (!root.isEmpty() && textAfter(current, *changes, u"root_cause"_s).isEmpty())
            changes->insert(u"root_cause"_s, root);
    }
    if (imported)
        return {};

    if (!current) {
        fill(current, changes, u"logged_at"_s, nowStored());
    }
    const bool knownNow = !textAfter(current, *changes, u"root_cause"_s).isEmpty()
        || !textAfter(current, *changes, u"workaround"_s).isEmpty();
    if (knownNow && !hasValue(current ? current->fields.value(u"root_cause_at"_s) : QVariant()))
        fill(current, changes, u"root_cause_at"_s, nowStored());

    if (toState.isEmpty())
        return {};
    const QString humanId = current ? current->humanId : QString();
    if (toState == u"known_error"_s && !knownNow)
        return Error(ErrorCode::LifecycleRefused,
                     Tr::tr("%1 becomes a known error once its \"%2\" or its \"%3\" is written.")
                         .arg(humanId, label(def, u"root_cause"_s), label(def, u"workaround"_s)));
    if (toState == u"resolved"_s) {
        const QVariant needs = valueAfter(current, *changes, u"needs_change"_s);
        if (hasValue(needs) && (needs.toBool() || needs.toLongLong() != 0)) {
            Statement st = db.prepare("SELECT count(*) FROM link WHERE from_id = ?1 AND kind = "
                                      "'resolved_by_change'");
            st.bind(1, current ? current->id : 0);
            if (!st.next())
                return st.error();
            if (st.int64(0) == 0)
                return Error(ErrorCode::LifecycleRefused,
                             Tr::tr("The fix of %1 changes CIs: link %1 to the change that makes "
                                    "it (\"resolved by change\") before it is resolved.")
                                 .arg(humanId));
        }
        fill(current, changes, u"resolved_at"_s, nowStored());
    } else if (toState == u"closed"_s) {
        fill(current, changes, u"closed_at"_s, nowStored());
    }
    if (current && current->state == u"resolved"_s && toState == u"under_investigation"_s) {
        fill(current, changes, u"reopen_count"_s,
             current->fields.value(u"reopen_count"_s).toLongLong() + 1);
        fill(current, changes, u"resolved_at"_s, QVariant());
    }
    return {};
}

Error knownErrorBefore(const Record *current, const QString &toState, QVariantMap *changes,
                       bool imported)
{
    if (imported)
        return {};
    if (!current)
        fill(current, changes, u"identified_at"_s, nowStored());
    if (toState == u"retired"_s)
        fill(current, changes, u"retired_at"_s, nowStored());
    else if (toState == u"active"_s)
        fill(current, changes, u"retired_at"_s, QVariant());
    return {};
}

Error articleBefore(const Record *current, const QString &toState, QVariantMap *changes,
                    const QString &user)
{
    const bool titleChanged = changes->contains(u"title"_s)
        && (!current || current->title != changes->value(u"title"_s).toString());
    const bool bodyChanged = changes->contains(u"body"_s)
        && (!current
            || current->fields.value(u"body"_s).toString() != changes->value(u"body"_s).toString());
    if (!current || titleChanged || bodyChanged) {
        const qint64 before = current ? current->fields.value(u"version_no"_s).toLongLong() : 0;
        changes->insert(u"version_no"_s, before + 1);
    }
    if (toState == u"published"_s) {
        const QString now = nowStored();
        changes->insert(u"approved_by"_s, user);
        changes->insert(u"approved_at"_s, now);
        fill(current, changes, u"published_at"_s, now);
    } else if (toState == u"draft"_s && current && current->state == u"published"_s) {
        // A revision waits for its own approval.
        changes->insert(u"approved_by"_s, QVariant());
        changes->insert(u"approved_at"_s, QVariant());
    }
    return {};
}

// Records the known error a problem has reached, or keeps the one it has in step.
Error problemAfter(RecordStore &store, const Record *before, qint64 id)
{
    Result<Record> p = store.load(id);
    if (!p.ok())
        return p.error();
    const QString rootCause = p->fields.value(u"root_cause"_s).toString().trimmed();
    const QString workaround = p->fields.value(u"workaround"_s).toString().trimmed();
    if (rootCause.isEmpty() && workaround.isEmpty())
        return {};
    Database &db = store.workbook().db();
    QList<qint64> known;
    {
        Statement st = db.prepare("SELECT from_id FROM link WHERE to_id = ?1 AND kind = "
                                  "'known_error_of' ORDER BY from_id");
        st.bind(1, id);
        while (st.next())
            known << st.int64(0);
        if (st.error().isError())
            return st.error();
    }
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    if (known.isEmpty()) {
        QVariantMap values {
            {u"title"_s, p->title},
            {u"symptom"_s, orNull(p->fields.value(u"description"_s).toString().trimmed())},
            {u"root_cause"_s, orNull(rootCause)},
            {u"workaround"_s, orNull(workaround)},
            {u"service"_s, p->fields.value(u"service"_s)},
            {u"category"_s, p->fields.value(u"category"_s)},
            {u"affected_ci"_s, p->fields.value(u"affected_ci"_s)},
            {u"problem"_s, p->humanId},
        };
        if (!p->owner.isEmpty())
            values.insert(u"owner"_s, p->owner);
        Result<RecordRef> ke = store.create(u"known_error"_s, values);
        if (!ke.ok())
            return ke.error();
        return store.link(ke->id, id, u"known_error_of"_s);
    }
    if (known.size() != 1 || !before)
        return {};
    // Only while the known error still says what the problem said: a known error somebody
    // has edited on its own keeps what they wrote.
    Result<Record> ke = store.load(known.first());
    if (!ke.ok())
        return ke.error();
    QVariantMap follow;
    for (const QString &field : {u"root_cause"_s, u"workaround"_s}) {
        const QString was = before->fields.value(field).toString().trimmed();
        const QString now = p->fields.value(field).toString().trimmed();
        const QString kept = ke->fields.value(field).toString().trimmed();
        if (now != was && kept == was)
            follow.insert(field, orNull(now));
    }
    if (follow.isEmpty() || ke->state != u"active"_s)
        return {};
    Result<int> v = store.update(ke->id, follow);
    return v.ok() ? Error() : v.error();
}

Error articleAfter(RecordStore &store, const Record *before, qint64 id)
{
    Result<Record> a = store.load(id);
    if (!a.ok())
        return a.error();
    Database &db = store.workbook().db();
    const qint64 number = a->fields.value(u"version_no"_s).toLongLong();
    const qint64 previous = before ? before->fields.value(u"version_no"_s).toLongLong() : 0;
    if (number > 0 && number != previous) {
        Statement st = db.prepare(
            "INSERT OR REPLACE INTO kb_article_version(article_id, version_no, title, body, "
            "written_at, written_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bind(1, id).bind(2, number).bind(3, a->title);
        st.bind(4, a->fields.value(u"body"_s).toString()).bind(5, a->updatedAt);
        st.bind(6, a->updatedBy);
        if (Error e = st.exec(); e.isError())
            return e;
    }
    if (a->state == u"published"_s && (!before || before->state != u"published"_s)) {
        Statement st = db.prepare("UPDATE kb_article_version SET approved_at = ?3, approved_by = "
                                  "?4 WHERE article_id = ?1 AND version_no = ?2");
        st.bind(1, id).bind(2, number);
        st.bind(3, a->fields.value(u"approved_at"_s).toString());
        st.bind(4, a->fields.value(u"approved_by"_s).toString());
        if (Error e = st.exec(); e.isError())
            return e;
    }
    return {};
}

} // namespace

bool ProblemRules::appliesTo(const QString &type)
{
    return type == u"problem"_s || type == u"known_error"_s || type == u"kb_article"_s;
}

Error ProblemRules::beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                                const QString &toState, QVariantMap *changes, bool imported,
                                const QString &user)
{
    if (def.type == u"problem"_s)
        return problemBefore(db, def, current, toState, changes, imported);
    if (def.type == u"known_error"_s)
        return knownErrorBefore(current, toState, changes, imported);
    if (def.type == u"kb_article"_s)
        return articleBefore(current, toState, changes, user);
    return {};
}

Error ProblemRules::afterWrite(RecordStore &store, const RecordTypeDef &def, const Record *before,
                               qint64 id, bool imported)
{
    if (def.type == u"kb_article"_s)
        return articleAfter(store, before, id);
    if (imported)
        return {};
    if (def.type == u"problem"_s)
        return problemAfter(store, before, id);
    return {};
}

} // namespace sb
