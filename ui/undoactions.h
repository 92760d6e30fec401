#pragma once

#include "ui_global.h"

#include <QObject>
#include <QPointer>

class QAction;
class QKeyEvent;
class QMainWindow;
class QMessageBox;

namespace sb::ui {

class WorkbookDocument;

// The Edit menu's Undo and Redo for a window. They follow the open workbook's undo stack and
// name the step they would take ("Undo Edit INC-42"), or say that the last step cannot be taken
// back. Ctrl+Z stays with a text field while it has typing of its own to take back, and while
// the record form around it has unsaved changes; otherwise it undoes the last saved change.
// A refused undo is shown in a message box; a taken one in the status bar.
class SB_UI_EXPORT UndoActions : public QObject
{
    Q_OBJECT
public:
    explicit UndoActions(QMainWindow *window);

    void setDocument(WorkbookDocument *document);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // The message box of the last refused step, while it is open (for tests).
    QMessageBox *refusal() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    // Whether Ctrl+Z (or Ctrl+Shift+Z) in `focus` belongs to the workbook's undo rather than to
    // the focused widget.
    bool forWorkbook(QWidget *focus, bool undo) const;
    void showRefusal(const QString &message);

    QMainWindow *m_window;
    QPointer<WorkbookDocument> m_document;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<QMessageBox> m_refusal;
    bool m_routing = false; // the key press after a ShortcutOverride claimed for the workbook
};

} // namespace sb::ui
