#include "lifecycle.h"

#include "recordtypes.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
// Labels of the shipped transitions, so that lupdate sees them.
[[maybe_unused]] const char *const transitionLabels[] = {
    QT_TRANSLATE_NOOP("Transition", "Deactivate"),
    QT_TRANSLATE_NOOP("Transition", "Reactivate"),
    QT_TRANSLATE_NOOP("Transition", "Activate"),
    QT_TRANSLATE_NOOP("Transition", "Drop"),
    QT_TRANSLATE_NOOP("Transition", "End relationship"),
    QT_TRANSLATE_NOOP("Transition", "Resume relationship"),
    QT_TRANSLATE_NOOP("Transition", "Go live"),
    QT_TRANSLATE_NOOP("Transition", "Withdraw"),
    QT_TRANSLATE_NOOP("Transition", "Start retirement"),
    QT_TRANSLATE_NOOP("Transition", "Keep live"),
    QT_TRANSLATE_NOOP("Transition", "Retire"),
    QT_TRANSLATE_NOOP("Transition", "Start"),
    QT_TRANSLATE_NOOP("Transition", "Cancel"),
    QT_TRANSLATE_NOOP("Transition", "Stop"),
    QT_TRANSLATE_NOOP("Transition", "Complete"),
    QT_TRANSLATE_NOOP("Transition", "Reopen"),
    QT_TRANSLATE_NOOP("Transition", "Assign"),
    QT_TRANSLATE_NOOP("Transition", "Start work"),
    QT_TRANSLATE_NOOP("Transition", "Put on hold"),
    QT_TRANSLATE_NOOP("Transition", "Resume"),
    QT_TRANSLATE_NOOP("Transition", "Resolve"),
    QT_TRANSLATE_NOOP("Transition", "Close"),
    QT_TRANSLATE_NOOP("Transition", "Ask for approval"),
    QT_TRANSLATE_NOOP("Transition", "Approve"),
    QT_TRANSLATE_NOOP("Transition", "Reject"),
    QT_TRANSLATE_NOOP("Transition", "Start fulfilment"),
    QT_TRANSLATE_NOOP("Transition", "Fulfil"),
    // Problems, known errors and articles (0008_problems.sql).
    QT_TRANSLATE_NOOP("Transition", "Start investigation"),
    QT_TRANSLATE_NOOP("Transition", "Record known error"),
    QT_TRANSLATE_NOOP("Transition", "Investigate again"),
    QT_TRANSLATE_NOOP("Transition", "Submit for review"),
    QT_TRANSLATE_NOOP("Transition", "Send back"),
    QT_TRANSLATE_NOOP("Transition", "Approve and publish"),
    QT_TRANSLATE_NOOP("Transition", "Revise"),
    QT_TRANSLATE_NOOP("Transition", "Order"),
    QT_TRANSLATE_NOOP("Transition", "Start testing"),
    QT_TRANSLATE_NOOP("Transition", "Put live"),
    QT_TRANSLATE_NOOP("Transition", "Send to repair"),
    QT_TRANSLATE_NOOP("Transition", "Back to testing"),
    QT_TRANSLATE_NOOP("Transition", "Back to live"),
    QT_TRANSLATE_NOOP("Transition", "Reinstate"),
    QT_TRANSLATE_NOOP("Transition", "Dispose"),
    QT_TRANSLATE_NOOP("Transition", "Mark reviewed"),
};

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && t != u"*"_s)
            out << t;
    }
    return out;
}
} // namespace

Result<Lifecycles> Lifecycles::load(Database &db)
{
    Lifecycles l;
    Statement st = db.prepare("SELECT type, state, label, is_initial, is_final, position FROM "
                              "lifecycle_state ORDER BY type, position, state");
    while (st.next())
        l.m_states[st.text(0)].append(
            {st.text(1), st.text(2), st.int64(3) != 0, st.int64(4) != 0, int(st.int64(5))});
    if (st.error().isError())
        return st.error();
    Statement tr = db.prepare("SELECT type, from_state, to_state, label, roles, required_fields "
                              "FROM lifecycle_transition ORDER BY type, from_state, to_state");
    while (tr.next())
        l.m_transitions[tr.text(0)].append(
            {tr.text(1), tr.text(2), tr.text(3), splitList(tr.text(4)), splitList(tr.text(5))});
    if (tr.error().isError())
        return tr.error();
    return l;
}

QString Lifecycles::initialState(const QString &type) const
{
    auto it = m_states.constFind(type);
    if (it == m_states.constEnd() || it->isEmpty())
        return {};
    for (const LifecycleState &s : *it) {
        if (s.initial)
            return s.state;
    }
    return it->first().state;
}

QList<LifecycleState> Lifecycles::states(const QString &type) const
{
    return m_states.value(type);
}

QList<LifecycleTransition> Lifecycles::transitionsFrom(const QString &type,
                                                       const QString &state) const
{
    QList<LifecycleTransition> out;
    for (const LifecycleTransition &t : m_transitions.value(type)) {
        if (t.from == state)
            out.append(t);
    }
    return out;
}

const LifecycleTransition *Lifecycles::find(const QString &type, const QString &from,
                                            const QString &to) const
{
    auto it = m_transitions.constFind(type);
    if (it == m_transitions.constEnd())
        return nullptr;
    for (const LifecycleTransition &t : it.value()) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

bool Lifecycles::isFinal(const QString &type, const QString &state) const
{
    for (const LifecycleState &s : m_states.value(type)) {
        if (s.state == state)
            return s.final;
    }
    return false;
}

bool Lifecycles::hasState(const QString &type, const QString &state) const
{
    for (const LifecycleState &s : m_states.value(type)) {
        if (s.state == state)
            return true;
    }
    return false;
}

QStringList Lifecycles::requiredIn(const QString &type, const QString &state) const
{
    QStringList all;
    for (const LifecycleTransition &t : m_transitions.value(type)) {
        if (t.to != state)
            continue;
        for (const QString &f : t.requiredFields) {
            if (!all.contains(f))
                all << f;
        }
    }
    return all;
}

QString Lifecycles::stateLabel(const QString &type, const QString &state) const
{
    const QString shipped = RecordTypes::stateLabel(state);
    if (shipped != state)
        return shipped;
    for (const LifecycleState &s : m_states.value(type)) {
        if (s.state == state)
            return s.label;
    }
    return state;
}

QString Lifecycles::transitionLabel(const QString &label)
{
    return QCoreApplication::translate("Transition", label.toUtf8().constData());
}

} // namespace sb
