#include "ticketrules.h"

#include "clock.h"
#include "prioritymatrix.h"
#include "records/record.h"
#include "records/recordtypes.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

bool hasValue(const QVariant &v)
{
    return v.isValid() && !v.isNull();
}

QVariant valueAfter(const Record *current, const QVariantMap &changes, const QString &name)
{
    const auto it = changes.constFind(name);
    if (it != changes.constEnd())
        return it.value();
    return current ? current->fields.value(name) : QVariant();
}

bool sameLevel(const QVariant &a, const QVariant &b)
{
    if (hasValue(a) != hasValue(b))
        return false;
    return !hasValue(a) || a.toLongLong() == b.toLongLong();
}

Error derivePriority(Database &db, const RecordTypeDef &def, const Record *current,
                     QVariantMap *changes, bool imported)
{
    const QString impactName = u"impact"_s;
    const QString urgencyName = u"urgency"_s;
    const QString priorityName = u"priority"_s;
    const QString reasonName = u"priority_override_reason"_s;

    const QVariant impact = valueAfter(current, *changes, impactName);
    const QVariant urgency = valueAfter(current, *changes, urgencyName);
    const QVariant before = current ? current->fields.value(priorityName) : QVariant();
    const auto givenIt = changes->constFind(priorityName);
    const bool mentioned = givenIt != changes->constEnd();
    // What another system decided stands, even when it is the priority the ticket already has.
    if (imported && mentioned && hasValue(*givenIt))
        return {};
    // A form that sends every field sends back the priority it showed: that is no new priority.
    const bool given = mentioned && hasValue(*givenIt) && !(current && sameLevel(*givenIt, before));
    const bool cleared = mentioned && !hasValue(*givenIt);
    if (!hasValue(impact) || !hasValue(urgency))
        return {};
    const bool pairChanged = !current || !sameLevel(current->fields.value(impactName), impact)
        || !sameLevel(current->fields.value(urgencyName), urgency);
    const QString reason = valueAfter(current, *changes, reasonName).toString().trimmed();
    const bool reasonCleared = current && changes->contains(reasonName) && reason.isEmpty()
        && !current->fields.value(reasonName).toString().trimmed().isEmpty();
    if (!given && !cleared && !pairChanged && !reasonCleared)
        return {};

    Result<PriorityMatrix> matrix = PriorityMatrix::load(db);
    if (!matrix.ok())
        return matrix.error();
    const Result<int> expected =
        matrix->priority(int(impact.toLongLong()), int(urgency.toLongLong()));
    if (!given) {
        // An override, with its reason, outlives a change of impact or urgency.
        bool keep = false;
        if (current && !cleared && hasValue(before) && !reason.isEmpty()) {
            keep = true;
            const QVariant oldImpact = current->fields.value(impactName);
            const QVariant oldUrgency = current->fields.value(urgencyName);
            if (hasValue(oldImpact) && hasValue(oldUrgency)) {
                const Result<int> old =
                    matrix->priority(int(oldImpact.toLongLong()), int(oldUrgency.toLongLong()));
                keep = !old.ok() || *old != before.toLongLong();
            }
        }
        if (!keep && (pairChanged || cleared)) {
            if (!expected.ok())
                return expected.error();
            changes->insert(priorityName, qint64(*expected));
            return {};
        }
    }
    const QVariant chosen = given ? *givenIt : before;
    // Without an answer from the matrix there is nothing to override.
    if (!hasValue(chosen) || !expected.ok() || chosen.toLongLong() == *expected
        || !reason.isEmpty())
        return {};
    const FieldDef *reasonField = def.field(reasonName);
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("Priority %1 differs from priority %2, which the priority matrix gives "
                        "for impact %3 and urgency %4. To override the matrix, give the reason "
                        "in \"%5\".")
                     .arg(chosen.toLongLong())
                     .arg(*expected)
                     .arg(impact.toLongLong())
                     .arg(urgency.toLongLong())
                     .arg(reasonField ? reasonField->displayLabel() : reasonName));
}

// Times and counters a person would otherwise have to keep by hand. What the change gives
// itself wins.
void stamp(const RecordTypeDef &def, const Record *current, const QString &toState,
           QVariantMap *changes)
{
    QString now;
    auto fill = [&](const QString &field, const QVariant &value) {
        if (!def.typedField(field))
            return;
        const auto it = changes->constFind(field);
        const bool given = it != changes->constEnd() && (current || hasValue(*it));
        if (!given)
            changes->insert(field, value);
    };
    auto nowValue = [&] {
        if (now.isEmpty())
            now = nowStored();
        return QVariant(now);
    };
    if (!current) {
        fill(u"opened_at"_s, nowValue());
        return;
    }
    if (!toState.isEmpty()) {
        static const std::pair<QString, QString> reached[] = {
            {u"resolved"_s, u"resolved_at"_s},
            {u"closed"_s, u"closed_at"_s},
            {u"approved"_s, u"approved_at"_s},
            {u"fulfilled"_s, u"fulfilled_at"_s},
        };
        for (const auto &[state, field] : reached) {
            if (toState == state)
                fill(field, nowValue());
        }
        // Back to work after a resolution: a reopen, and the resolution time no longer holds.
        if (current->state == u"resolved"_s && toState != u"closed"_s
            && toState != u"cancelled"_s) {
            fill(u"reopen_count"_s, current->fields.value(u"reopen_count"_s).toLongLong() + 1);
            fill(u"reopened_at"_s, nowValue());
            fill(u"resolved_at"_s, QVariant());
        }
    }
    const QString groupName = u"assignment_group"_s;
    const auto group = changes->constFind(groupName);
    const QString oldGroup = current->fields.value(groupName).toString();
    if (group != changes->constEnd() && hasValue(*group) && !oldGroup.isEmpty()
        && group->toString() != oldGroup)
        fill(u"reassignment_count"_s,
             current->fields.value(u"reassignment_count"_s).toLongLong() + 1);
}

bool isTrue(const QVariant &v)
{
    return hasValue(v) && (v.toBool() || v.toLongLong() != 0);
}

QString textAfter(const Record *current, const QVariantMap &changes, const QString &name)
{
    return valueAfter(current, changes, name).toString().trimmed();
}

Error majorRules(Database &db, const RecordTypeDef &def, const Record *current,
                 const QString &toState, QVariantMap *changes, const QString &user)
{
    const QString majorName = u"major"_s;
    const int atMost = TicketRules::majorPriorityAtMost(db);
    const QVariant priority = valueAfter(current, *changes, u"priority"_s);
    const bool byRule = atMost > 0 && hasValue(priority) && priority.toLongLong() <= atMost;
    if (byRule && !isTrue(valueAfter(current, *changes, majorName))) {
        const auto given = changes->constFind(majorName);
        if (given != changes->constEnd() && hasValue(*given) && current
            && isTrue(current->fields.value(majorName)))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Under this workbook's rule every incident of priority %1 or "
                                "higher is a major incident; lower its priority first.")
                             .arg(atMost));
        changes->insert(majorName, true);
    }
    if (!isTrue(valueAfter(current, *changes, majorName)))
        return {};

    auto stampWith = [&](const QString &trigger, const QString &atField, const QString &byField) {
        const bool triggerNew = changes->contains(trigger)
            && !changes->value(trigger).toString().trimmed().isEmpty()
            && (!current || current->fields.value(trigger) != changes->value(trigger));
        if (!triggerNew)
            return;
        if (!changes->contains(atField)
            && !hasValue(current ? current->fields.value(atField) : QVariant()))
            changes->insert(atField, nowStored());
        if (!byField.isEmpty() && !changes->contains(byField)
            && textAfter(current, *changes, byField).isEmpty())
            changes->insert(byField, user);
    };
    stampWith(u"management_informed_by"_s, u"management_informed_at"_s, {});
    stampWith(u"pir_summary"_s, u"pir_completed_at"_s, u"pir_by"_s);

    if (toState.isEmpty() || toState == u"cancelled"_s)
        return {};
    const QString humanId = current ? current->humanId : QString();
    auto label = [&](const QString &name) {
        const FieldDef *f = def.field(name);
        return f ? f->displayLabel() : name;
    };
    if (textAfter(current, *changes, u"major_incident_manager"_s).isEmpty()) {
        const QString fallback = TicketRules::setting(db, u"major_incident.manager"_s, {});
        if (fallback.isEmpty())
            return Error(ErrorCode::LifecycleRefused,
                         Tr::tr("%1 is a major incident: fill in \"%2\" before it moves on.")
                             .arg(humanId, label(u"major_incident_manager"_s)));
        changes->insert(u"major_incident_manager"_s, fallback);
    }
    if (toState == u"resolved"_s
        && textAfter(current, *changes, u"management_informed_by"_s).isEmpty())
        return Error(ErrorCode::LifecycleRefused,
                     Tr::tr("%1 is a major incident: before it is resolved, fill in \"%2\" - who "
                            "told top management.")
                         .arg(humanId, label(u"management_informed_by"_s)));
    if (toState == u"closed"_s && textAfter(current, *changes, u"pir_summary"_s).isEmpty())
        return Error(ErrorCode::LifecycleRefused,
                     Tr::tr("%1 is a major incident: before it is closed, write its \"%2\".")
                         .arg(humanId, label(u"pir_summary"_s)));
    return {};
}

Error requestRules(Database &db, const Record *current, const QString &toState,
                   QVariantMap *changes, const QString &user)
{
    if (!current || toState.isEmpty())
        return {};
    if (toState == u"approved"_s && !changes->contains(u"approval_by"_s))
        changes->insert(u"approval_by"_s, user);
    if (toState != u"in_fulfilment"_s || current->state != u"submitted"_s)
        return {};
    const QString code = textAfter(current, *changes, u"request_type"_s);
    if (code.isEmpty())
        return {};
    Statement st = db.prepare("SELECT name, needs_approval FROM request_type WHERE code = ?1");
    st.bind(1, code);
    if (!st.next())
        return st.error();
    if (st.int64(1) == 0)
        return {};
    return Error(ErrorCode::LifecycleRefused,
                 Tr::tr("%1 is a request for \"%2\", which needs approval: ask for approval "
                        "first.")
                     .arg(current->humanId, st.text(0)));
}

} // namespace

QString TicketRules::setting(Database &db, const QString &key, const QString &fallback)
{
    Statement st = db.prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    if (st.next()) {
        const QString v = st.text(0).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return fallback;
}

int TicketRules::majorPriorityAtMost(Database &db)
{
    bool ok = false;
    const int v = setting(db, u"major_incident.priority_at_most"_s, u"1"_s).toInt(&ok);
    return ok ? v : 1;
}

Error TicketRules::derivePriority(Database &db, const RecordTypeDef &def, const Record *current,
                                  QVariantMap *changes, bool imported)
{
    return sb::derivePriority(db, def, current, changes, imported);
}

bool TicketRules::appliesTo(const QString &type)
{
    return type == u"incident"_s || type == u"service_request"_s;
}

Error TicketRules::beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                               const QString &toState, QVariantMap *changes, bool imported,
                               const QString &user)
{
    if (Error e = derivePriority(db, def, current, changes, imported); e.isError())
        return e;
    if (imported)
        return {};
    stamp(def, current, toState, changes);
    if (def.type == u"incident"_s) {
        if (Error e = majorRules(db, def, current, toState, changes, user); e.isError())
            return e;
    } else if (Error e = requestRules(db, current, toState, changes, user); e.isError()) {
        return e;
    }
    if (toState == u"closed"_s && def.typedField(u"closure"_s)
        && !hasValue(changes->value(u"closure"_s)))
        changes->insert(u"closure"_s, u"customer_confirmed"_s);
    return {};
}

} // namespace sb
