#pragma once

#include "ui_global.h"

#include "recordlistmodel.h"

class QTimer;

namespace sb::ui {

// A list of incidents or service requests: the record list with an SLA column. The list's
// columns include sla_due, which is shown as the SLA cell, and end with the other SLA values
// the cell reads (slaValues()), which are not shown. The cell says how much time is left,
// "paused", "met" or "breached", coloured by state, and the column sorts by when the ticket
// is due. Time left is counted as it is shown, so the column is redrawn every half minute; a
// "breaching soon" list is read again each minute to pick up tickets whose warning time came.
class SB_UI_EXPORT TicketListModel : public RecordListModel
{
    Q_OBJECT
public:
    explicit TicketListModel(QObject *parent = nullptr);

    // The SLA values the cell reads besides sla_due, to put last in a list's columns.
    static QStringList slaValues();
    // The view column of the SLA cell, or -1 when the list has none.
    int slaColumn() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void tick();

    QTimer *m_timer = nullptr;
    int m_ticks = 0;
};

} // namespace sb::ui
