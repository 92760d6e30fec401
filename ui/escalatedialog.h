#pragma once

#include "ui_global.h"

#include "incident/ticketwork.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace sb {
class Workbook;
}

namespace sb::ui {

// Asks how to escalate a ticket: to another group that takes it over (functional), or up to
// the group's manager, the major incident manager or a named person (hierarchical), and why.
class SB_UI_EXPORT EscalateDialog : public QDialog
{
    Q_OBJECT
public:
    // `group`: the ticket's assignment group; `majorManager`: its major incident manager, or
    // the workbook's (both may be empty).
    EscalateDialog(Workbook &workbook, const QString &humanId, const QString &group,
                   const QString &majorManager, QWidget *parent = nullptr);

    EscalationRequest request() const;
    // Problems have no major incident manager to go up to: the choice is left out.
    void setMajorIncidentOffered(bool offered);

private:
    void updateState();

    QString m_group;
    QString m_groupManager;
    QString m_majorManager;
    QRadioButton *m_functional = nullptr;
    QRadioButton *m_toManager = nullptr;
    QRadioButton *m_toMajor = nullptr;
    QRadioButton *m_toPerson = nullptr;
    QComboBox *m_targetGroup = nullptr;
    QLineEdit *m_assignee = nullptr;
    QLineEdit *m_person = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
