#pragma once

#include "ui_global.h"

#include "records/record.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sb::ui {

class WorkbookDocument;

// Asks what a bulk action on the tickets selected in a queue needs: a group and, if wanted, a
// person to assign them to; or a resolution code and notes to resolve them with. Names the
// tickets, and says beforehand what the lifecycle will not allow: a ticket that cannot take
// the step (the action is then refused) and, for Resolve, tickets that could not be reopened
// to the state they are in now (the step could not be undone).
class SB_UI_EXPORT BulkTicketDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Assign, Resolve };

    // `tickets` as read when the action began.
    BulkTicketDialog(Action action, WorkbookDocument *document, const QList<Record> &tickets,
                     QWidget *parent = nullptr);

    QString group() const;
    QString assignee() const;
    QString resolutionCode() const;
    QString resolutionNotes() const;
    // Why the action cannot be taken on these tickets at all; empty if it can.
    const QString &refusal() const { return m_refusal; }

private:
    void updateOk();

    Action m_action;
    QString m_refusal;
    QComboBox *m_group = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_code = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
