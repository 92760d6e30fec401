#include "prioritymatrix.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};
} // namespace

PriorityMatrix PriorityMatrix::standard()
{
    PriorityMatrix m;
    for (int impact = 1; impact <= 3; ++impact) {
        for (int urgency = 1; urgency <= 3; ++urgency)
            m.set(impact, urgency, impact + urgency - 1);
    }
    return m;
}

Result<PriorityMatrix> PriorityMatrix::load(Database &db)
{
    PriorityMatrix m;
    Statement st = db.prepare("SELECT impact, urgency, priority FROM priority_matrix");
    while (st.next())
        m.set(int(st.int64(0)), int(st.int64(1)), int(st.int64(2)));
    if (st.error().isError())
        return st.error();
    return m;
}

void PriorityMatrix::set(int impact, int urgency, int priority)
{
    m_cells.insert({impact, urgency}, priority);
}

int PriorityMatrix::impactLevels() const
{
    return m_cells.isEmpty() ? 0 : m_cells.lastKey().first;
}

int PriorityMatrix::urgencyLevels() const
{
    int most = 0;
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
        most = std::max(most, it.key().second);
    return most;
}

QList<PriorityMatrix::Cell> PriorityMatrix::cells() const
{
    QList<Cell> out;
    out.reserve(m_cells.size());
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    return out;
}

std::optional<int> PriorityMatrix::cell(int impact, int urgency) const
{
    const auto it = m_cells.constFind({impact, urgency});
    if (it == m_cells.constEnd())
        return std::nullopt;
    return it.value();
}

Result<int> PriorityMatrix::priority(int impact, int urgency) const
{
    if (const std::optional<int> p = cell(impact, urgency))
        return *p;
    if (!m_cells.isEmpty()) {
        const int lowestImpact = m_cells.firstKey().first;
        int lowestUrgency = m_cells.firstKey().second;
        for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
            lowestUrgency = std::min(lowestUrgency, it.key().second);
        const int i = std::clamp(impact, lowestImpact, impactLevels());
        const int u = std::clamp(urgency, lowestUrgency, urgencyLevels());
        if (const std::optional<int> p = cell(i, u))
            return *p;
    }
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("The priority matrix has no priority for impact %1 and urgency %2. Set "
                        "the priority by hand, or complete the matrix.")
                     .arg(impact)
                     .arg(urgency));
}

Error PriorityMatrix::validate() const
{
    if (m_cells.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The priority matrix needs at least one impact and one urgency."));
    const int impacts = impactLevels();
    const int urgencies = urgencyLevels();
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it) {
        const auto [impact, urgency] = it.key();
        if (impact < 1 || impact > MaxLevel || urgency < 1 || urgency > MaxLevel)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The priority matrix has impact %1 and urgency %2; both run from "
                                "1 to %3.")
                             .arg(impact)
                             .arg(urgency)
                             .arg(MaxLevel));
        if (it.value() < 1 || it.value() > MaxLevel)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The priority for impact %1 and urgency %2 cannot be %3; "
                                "priorities run from 1 to %4.")
                             .arg(impact)
                             .arg(urgency)
                             .arg(it.value())
                             .arg(MaxLevel));
    }
    // A hole would leave some tickets without a priority.
    QStringList missing;
    for (int impact = 1; impact <= impacts; ++impact) {
        for (int urgency = 1; urgency <= urgencies; ++urgency) {
            if (!m_cells.contains({impact, urgency}))
                missing << Tr::tr("impact %1 and urgency %2").arg(impact).arg(urgency);
        }
    }
    if (!missing.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The priority matrix of impact 1 to %1 by urgency 1 to %2 has no "
                            "priority for %3.")
                         .arg(impacts)
                         .arg(urgencies)
                         .arg(missing.join(Tr::tr("; "))));
    return {};
}

} // namespace sb
