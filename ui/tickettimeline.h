#pragma once

#include "ui_global.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace sb::ui {

class WorkbookDocument;

// The editor's Timeline tab for incidents and service requests: what happened to the ticket
// in order (opened, state changes, assignments, updates to the customer, work notes,
// escalations), why it needs attention now, and the place to write an update, escalate it, or
// take an escalation up. Writes go through the document's writer like every other change.
class SB_UI_EXPORT TicketTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit TicketTimeline(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    // recordId 0: a ticket not saved yet (nothing to show, nothing to write).
    // `open`: the ticket is still being worked (not closed, cancelled or rejected), so it
    // takes updates and escalations.
    void showTicket(qint64 recordId, const QString &humanId, bool open = true);
    void clear();
    // How many reasons for attention the ticket shown has (the tab shows it).
    int attentionCount() const { return m_attention; }
    // The events shown, and the escalations among them nobody has taken up.
    int eventCount() const { return m_eventCount; }
    QList<qint64> waitingEscalations() const { return m_waiting; }
    // Takes an escalation of the ticket shown up, as its "Take up" link does.
    void takeUp(qint64 escalationId);

Q_SIGNALS:
    // A write changed the ticket itself (a customer update stamps it; an escalation to a group
    // reassigns it): the editor shows it afresh.
    void ticketChanged(qint64 recordId);
    void message(const QString &text, bool error);
    // The reasons for attention were counted again.
    void attentionChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void addUpdate();
    void escalate();
    void openLink(const QUrl &url);
    void updateButtons();
    void retranslateUi();

    WorkbookDocument *m_document = nullptr;
    qint64 m_recordId = 0;
    QString m_humanId;
    bool m_open = true;
    int m_attention = 0;
    int m_eventCount = 0;
    QList<qint64> m_waiting;
    QLabel *m_banner = nullptr;
    QTextBrowser *m_events = nullptr;
    QPlainTextEdit *m_compose = nullptr;
    QCheckBox *m_customer = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_escalate = nullptr;
};

} // namespace sb::ui
