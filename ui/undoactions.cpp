#include "undoactions.h"

#include "recordeditor.h"
#include "workbookdocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

// A menu text shows '&' as a mnemonic unless doubled.
QString literal(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace

UndoActions::UndoActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_undo = new QAction(window);
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(window);
    m_redo->setObjectName(u"redoAction"_s);
    // Ctrl+Shift+Z and Ctrl+Y everywhere, whatever the platform's own habit.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    m_redo->setShortcuts(redoKeys);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->redo();
    });
    // The application's events, not the window's: the keys go to the focused field first.
    qApp->installEventFilter(this);
    update();
}

void UndoActions::setDocument(WorkbookDocument *document)
{
    if (m_document) {
        m_document->disconnect(this);
        m_document->undoStack()->disconnect(this);
    }
    m_document = document;
    if (document) {
        connect(document, &WorkbookDocument::historyChanged, this, &UndoActions::update);
        connect(document->undoStack(), &QUndoStack::indexChanged, this, &UndoActions::update);
        connect(document, &WorkbookDocument::stepRefused, this, &UndoActions::showRefusal);
        connect(document, &WorkbookDocument::stepUndone, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(tr("Undone: %1").arg(text), 6000);
        });
        connect(document, &WorkbookDocument::stepRedone, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(tr("Redone: %1").arg(text), 6000);
        });
    }
    update();
}

void UndoActions::update()
{
    const QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    const QString undoText = stack ? literal(stack->undoText()) : QString();
    const QString redoText = stack ? literal(stack->redoText()) : QString();
    const QString refusal = m_document ? m_document->undoRefusal() : QString();
    if (!refusal.isEmpty())
        m_undo->setText(tr("Can't &Undo %1").arg(undoText));
    else
        m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    // The menu shows a status tip in the status bar: the reason, where there is one.
    m_undo->setStatusTip(refusal);
    m_undo->setEnabled(m_document && m_document->canUndo());
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_redo->setEnabled(m_document && m_document->canRedo());
}

bool UndoActions::forWorkbook(QWidget *focus, bool undo) const
{
    if (!focus || focus->window() != m_window)
        return false;
    bool readOnly = true;
    bool own = false;
    if (auto *combo = qobject_cast<QComboBox *>(focus); combo && combo->lineEdit())
        focus = combo->lineEdit();
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        readOnly = line->isReadOnly();
        own = undo ? line->isUndoAvailable() : line->isRedoAvailable();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        readOnly = plain->isReadOnly();
        own = undo ? plain->document()->isUndoAvailable() : plain->document()->isRedoAvailable();
    } else if (auto *rich = qobject_cast<QTextEdit *>(focus)) {
        readOnly = rich->isReadOnly();
        own = undo ? rich->document()->isUndoAvailable() : rich->document()->isRedoAvailable();
    } else {
        // Not a text field: the key reaches the action without help.
        return false;
    }
    if (readOnly || own)
        return false;
    // Typing elsewhere in the same form: Ctrl+Z is about that, not about what was saved.
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (auto *editor = qobject_cast<RecordEditor *>(w))
            return !editor->isModified();
    }
    return true;
}

bool UndoActions::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        if (watched == m_window) {
            if (m_document)
                m_document->retranslateHistory();
            update();
        }
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        // Once, at the focused widget (the event then goes up its parents).
        QWidget *focus = QApplication::focusWidget();
        if (watched != focus)
            break;
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const QKeyCombination combination = key->keyCombination();
        const bool redo = !undo
            && (key->matches(QKeySequence::Redo)
                || combination
                    == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)
                || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y));
        if (!undo && !redo)
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            // A text field with nothing of its own to take back would swallow the key: claim
            // it here, so that no shortcut fires, and take the key press that follows.
            m_routing = forWorkbook(focus, undo);
            if (m_routing) {
                event->accept();
                return true;
            }
            break;
        }
        if (m_routing) {
            m_routing = false;
            (undo ? m_undo : m_redo)->trigger();
            return true;
        }
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void UndoActions::showRefusal(const QString &message)
{
    if (m_refusal)
        m_refusal->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo and Redo"), message, QMessageBox::Ok,
                                m_window);
    box->setObjectName(u"undoRefused"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_refusal = box;
    box->open();
}

QMessageBox *UndoActions::refusal() const
{
    return m_refusal;
}

} // namespace sb::ui
