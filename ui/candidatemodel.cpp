#include "candidatemodel.h"

#include "clock.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CandidateModel::setCandidates(const QList<ProblemCandidate> &candidates,
                                   const QHash<QString, QString> &labels,
                                   const QHash<QString, QColor> &colours)
{
    beginResetModel();
    m_candidates = candidates;
    m_labels = labels;
    m_colours = colours;
    applySort();
    endResetModel();
}

int CandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_order[row] : -1;
}

int CandidateModel::rowOf(int candidate) const
{
    return candidate >= 0 && candidate < m_rows.size() ? m_rows[candidate] : -1;
}

QString CandidateModel::keyText(const ProblemCandidate &c) const
{
    if (c.key.isEmpty())
        return tr("(none)");
    if (c.kind == ProblemCandidate::Kind::RepeatCaller)
        return c.key;
    return m_labels.value(c.key, c.key);
}

QString CandidateModel::kindText(const ProblemCandidate &c) const
{
    switch (c.kind) {
    case ProblemCandidate::Kind::Group: return Trends::dimensionLabel(c.by);
    case ProblemCandidate::Kind::RepeatCaller: return tr("Repeat caller");
    case ProblemCandidate::Kind::Reopened:
        return tr("Reopened (%1)").arg(Trends::dimensionLabel(c.by).toLower());
    }
    return {};
}

void CandidateModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_order.size()) - 1, ColumnCount - 1));
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    const int i = candidateAt(index.row());
    if (!index.isValid() || i < 0)
        return {};
    const ProblemCandidate &c = m_candidates[i];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindCol: return kindText(c);
        case KeyCol: return keyText(c);
        case CountCol: return QLocale().toString(c.count);
        case OpenCol: return QLocale().toString(c.open);
        case FirstCol: return localTime(c.firstAt);
        case LastCol: return localTime(c.lastAt);
        case ProblemCol: return c.problem;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountCol || index.column() == OpenCol)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        // The colour of a group's line on the chart, beside its key.
        if (index.column() == KeyCol && c.kind != ProblemCandidate::Kind::RepeatCaller
            && m_colours.contains(c.key))
            return m_colours.value(c.key);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProblemCol && !c.problem.isEmpty())
            return tr("Some of these incidents are linked to %1 already; double-click to open it")
                .arg(c.problem);
        if (index.column() == KeyCol)
            return keyText(c);
        return {};
    case Qt::UserRole: return i;
    default: return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindCol: return tr("Kind");
    case KeyCol: return tr("Key");
    case CountCol: return tr("Incidents");
    case OpenCol: return tr("Open");
    case FirstCol: return tr("First");
    case LastCol: return tr("Last");
    case ProblemCol: return tr("Problem");
    }
    return {};
}

void CandidateModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> candidates;
    for (const QModelIndex &i : before)
        candidates << candidateAt(i.row());
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf(candidates[k]), before[k].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CandidateModel::applySort()
{
    m_order.resize(m_candidates.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    if (m_sortColumn >= 0) {
        auto key = [this](int i) -> QVariant {
            const ProblemCandidate &c = m_candidates[i];
            switch (m_sortColumn) {
            case KindCol: return kindText(c);
            case KeyCol: return keyText(c);
            case CountCol: return c.count;
            case OpenCol: return c.open;
            case FirstCol: return c.firstAt; // stored UTC text sorts as time does
            case LastCol: return c.lastAt;
            case ProblemCol: return c.problem;
            }
            return {};
        };
        QList<QVariant> keys;
        keys.reserve(m_candidates.size());
        for (int i = 0; i < m_candidates.size(); ++i)
            keys << key(i);
        const bool numeric = m_sortColumn == CountCol || m_sortColumn == OpenCol;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int cmp = numeric
                ? (keys[a].toLongLong() < keys[b].toLongLong()
                       ? -1
                       : (keys[a].toLongLong() > keys[b].toLongLong() ? 1 : 0))
                : QString::localeAwareCompare(keys[a].toString(), keys[b].toString());
            return descending ? cmp > 0 : cmp < 0;
        });
    }
    m_rows.resize(m_candidates.size());
    for (int row = 0; row < m_order.size(); ++row)
        m_rows[m_order[row]] = row;
}

} // namespace sb::ui
