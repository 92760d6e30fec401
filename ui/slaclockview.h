#pragma once

#include "ui_global.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sb {
class Workbook;
struct RecordTypeDef;
} // namespace sb

namespace sb::ui {

// The editor's SLA tab for incidents and service requests: each clock's target and verdict,
// and the stretches it ran, paused or stopped, with the one in which a breach came marked -
// computed afresh for now, as the stored state and the reports are.
class SB_UI_EXPORT SlaClockView : public QWidget
{
    Q_OBJECT
public:
    explicit SlaClockView(QWidget *parent = nullptr);

    // recordId 0: a ticket not saved yet.
    void showTicket(Workbook &workbook, const RecordTypeDef &type, qint64 recordId);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_slaSummary = nullptr;
    QTreeWidget *m_sla = nullptr;
};

} // namespace sb::ui
