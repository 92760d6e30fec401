#pragma once

#include "ui_global.h"

#include <QObject>
#include <QTimer>

namespace sb::ui {

class WorkbookDocument;

// Runs the ticket sweep (the escalation rules, then auto-close) for the open workbook: soon
// after it opens and every few minutes after, on the writer thread, when the user may work
// tickets and the workbook can be written. Several programs sweeping one workbook do no harm:
// each escalation is raised once and a closed ticket is not closed again.
class SB_UI_EXPORT TicketSweeper : public QObject
{
    Q_OBJECT
public:
    explicit TicketSweeper(QObject *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    void sweepNow();

Q_SIGNALS:
    void swept(qint64 escalated, qint64 closed);

private:
    WorkbookDocument *m_document = nullptr;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace sb::ui
