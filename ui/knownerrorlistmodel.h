#pragma once

#include "ui_global.h"

#include "recordlistmodel.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace sb::ui {

class WorkbookDocument;

// The record list with one more column while it lists known errors: how many incidents each
// one was applied to (Knowledge::timesApplied). The counts are read on the reader thread for
// the rows a view shows, a batch at a time, and kept until incidents or known errors change;
// until a count arrives its cell is empty. Lists of other types are left as they are.
class SB_UI_EXPORT KnownErrorListModel : public RecordListModel
{
    Q_OBJECT
public:
    explicit KnownErrorListModel(QObject *parent = nullptr);

    // The document whose reader counts (RecordListModel keeps its own to itself).
    void setCountDocument(WorkbookDocument *document);
    // The view column of the count, or -1 when the list is not of known errors.
    int appliedColumn() const;
    // The count for a known error if it has been read, else -1.
    qint64 timesApplied(qint64 id) const { return m_applied.value(id, -1); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void fetchCounts();
    void forgetCounts();

    QPointer<WorkbookDocument> m_document;
    QHash<qint64, qint64> m_applied;
    mutable QSet<qint64> m_wanted; // asked for by data(), not yet requested
    QSet<qint64> m_inFlight;
    mutable bool m_scheduled = false;
    quint64 m_generation = 0; // counts read before a change are dropped
};

} // namespace sb::ui
