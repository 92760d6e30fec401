#pragma once

#include "core_global.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

struct LifecycleState
{
    QString state;
    QString label; // as stored (English); use Lifecycles::stateLabel to show it
    bool initial = false;
    bool final = false;
    int position = 0;
};

struct LifecycleTransition
{
    QString from;
    QString to;
    QString label;
    QStringList roles; // empty: anyone allowed to move records of the type
    QStringList requiredFields;
};

// The state machines of every record type, as the workbook declares them.
class SB_CORE_EXPORT Lifecycles
{
public:
    static Result<Lifecycles> load(Database &db);

    QString initialState(const QString &type) const;
    QList<LifecycleState> states(const QString &type) const;
    QList<LifecycleTransition> transitionsFrom(const QString &type, const QString &state) const;
    const LifecycleTransition *find(const QString &type, const QString &from,
                                    const QString &to) const;
    bool hasState(const QString &type, const QString &state) const;
    bool isFinal(const QString &type, const QString &state) const;
    // The fields any way into `state` requires: a record in that state keeps them filled.
    QStringList requiredIn(const QString &type, const QString &state) const;

    // Translated label of a state: the shipped states have translations, others show their
    // stored label.
    QString stateLabel(const QString &type, const QString &state) const;
    static QString transitionLabel(const QString &label);

private:
    QHash<QString, QList<LifecycleState>> m_states;
    QHash<QString, QList<LifecycleTransition>> m_transitions;
};

} // namespace sb
