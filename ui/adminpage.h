#pragma once

#include "ui_global.h"

#include "error.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace sb {
class RecordStore;
}

namespace sb::ui {

class WorkbookDocument;

// What the steps of one save share: the ids that new things got, so that a later step can
// name what an earlier one made (an SLA definition on a calendar added in the same save).
struct AdminSaveContext
{
    QHash<qint64, qint64> calendarIds; // the page's temporary (negative) id -> the stored id
};

// One page's changes, written on the writer thread inside the save's one transaction. It
// holds copies of what it writes, so the page may change while it runs.
using AdminSaveStep = std::function<Error(RecordStore &store, AdminSaveContext &context)>;

// A page of the administration dialog. It reads its settings from the workbook and keeps the
// user's edits until the dialog saves them all, so a refused save loses nothing.
class SB_UI_EXPORT AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Reads the page's settings on the UI thread's connection; edits are dropped.
    virtual Error load(WorkbookDocument &document) = 0;
    virtual bool isModified() const = 0;
    // InvalidInput when an edit cannot be saved as it stands: checked before anything is
    // written, so the user hears of it at once.
    virtual Error validate() const { return {}; }
    // The write of the page's edits; asked for only when the page is modified and valid.
    virtual AdminSaveStep saveStep() const = 0;

    // Whether the page may be edited; `why` (shown at its top) says why not.
    void setEditable(bool editable, const QString &why = {});
    bool isEditable() const { return m_editable; }
    QString readOnlyReason() const;

Q_SIGNALS:
    void modifiedChanged();
    // A note for the dialog's message line: what just happened, or what is wrong.
    void message(const QString &text, bool isError);

protected:
    // Enables or disables the widgets that edit; those that only show or select stay usable.
    virtual void applyEditable(bool editable) = 0;
    // Where the page puts its widgets, below the read-only notice.
    QVBoxLayout *contentLayout() const { return m_content; }
    // A word-wrapped explanation of the page, at its top.
    void addIntro(const QString &text);
    // The left column of a list-and-form page: the list, with its buttons in a row below.
    static QVBoxLayout *listColumn(QListWidget *list, std::initializer_list<QPushButton *> buttons);

private:
    QLabel *m_banner = nullptr;
    QVBoxLayout *m_content = nullptr;
    bool m_editable = true;
};

} // namespace sb::ui
