#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QMap>

#include <optional>
#include <utility>

namespace sb {

class Database;

// Priority from impact and urgency (1 is the highest of all three), as the workbook's
// priority_matrix table holds it. A saved matrix is a full grid: impact 1..n by urgency 1..m,
// each at most 5, every cell a priority 1..5. RecordStore::setPriorityMatrix saves one (audited);
// the write path uses it for incidents and service requests.
class SB_CORE_EXPORT PriorityMatrix
{
public:
    static constexpr int MaxLevel = 5;

    struct Cell
    {
        int impact = 0;
        int urgency = 0;
        int priority = 0;
    };

    // The usual 3 x 3 matrix that a new workbook starts with.
    static PriorityMatrix standard();
    static Result<PriorityMatrix> load(Database &db);

    void set(int impact, int urgency, int priority);
    void clear() { m_cells.clear(); }
    bool isEmpty() const { return m_cells.isEmpty(); }
    // The highest impact and urgency the matrix has a row and a column for.
    int impactLevels() const;
    int urgencyLevels() const;
    // By impact, then urgency.
    QList<Cell> cells() const;
    std::optional<int> cell(int impact, int urgency) const;

    // The priority for a pair. A level beyond the matrix counts as its nearest row or column
    // (impact 5 in a 3 x 3 matrix is read as impact 3), so imported scales still get one;
    // InvalidInput, naming the pair, when the matrix has no answer even then.
    Result<int> priority(int impact, int urgency) const;

    // InvalidInput, saying what is wrong, unless the matrix is a full grid as described above.
    Error validate() const;

    bool operator==(const PriorityMatrix &other) const { return m_cells == other.m_cells; }
    bool operator!=(const PriorityMatrix &other) const { return !(*this == other); }

private:
    QMap<std::pair<int, int>, int> m_cells; // (impact, urgency) -> priority
};

} // namespace sb
