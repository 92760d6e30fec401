#pragma once

#include "ui_global.h"

#include "problem/trends.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace sb::ui {

// The problem candidates of the trend dock as a table: kind, key, incidents, open, first and
// last, the problem they are linked to. A window of years over a million incidents holds tens
// of thousands of candidates (repeat callers above all), so the cells are made as they are
// shown, and sorting orders an index rather than the rows.
class SB_UI_EXPORT CandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindCol, KeyCol, CountCol, OpenCol, FirstCol, LastCol, ProblemCol, ColumnCount };

    explicit CandidateModel(QObject *parent = nullptr);

    // `labels`: keys that name a record, with its title; `colours`: the chart's line of a key.
    void setCandidates(const QList<ProblemCandidate> &candidates,
                       const QHash<QString, QString> &labels,
                       const QHash<QString, QColor> &colours);
    const QList<ProblemCandidate> &candidates() const { return m_candidates; }
    // The candidate shown in a row (an index into candidates()), and the row of one.
    int candidateAt(int row) const;
    int rowOf(int candidate) const;
    QString keyText(const ProblemCandidate &c) const;
    QString kindText(const ProblemCandidate &c) const;
    // The language changed: the texts are made anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();

    QList<ProblemCandidate> m_candidates;
    QHash<QString, QString> m_labels;
    QHash<QString, QColor> m_colours;
    QList<int> m_order; // row -> candidate
    QList<int> m_rows; // candidate -> row
    int m_sortColumn = -1; // -1: as found, busiest first
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sb::ui
