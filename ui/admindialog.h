#pragma once

#include "ui_global.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace sb::ui {

class AdminPage;
class CalendarPage;
class CategoryPage;
class PriorityMatrixPage;
class RequestCataloguePage;
class CiTypesPage;
class RelationTypesPage;
class SlaDefinitionPage;
class WorkbookDocument;

// Administration of a workbook's service desk: business calendars, SLA definitions, the
// priority matrix, the incident categories and the request catalogue. Edits stay in the
// dialog until Save, which writes every changed page in one transaction on the writer thread:
// all of it or, when something is refused, none of it, with the edits left in place and the
// reason shown. Pages the user may not change are shown read-only with the reason.
class SB_UI_EXPORT AdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdminDialog(WorkbookDocument *document, QWidget *parent = nullptr);

    // Pages by name: calendars, sla, matrix, categories, requests.
    bool showPage(const QString &name);
    AdminPage *currentPage() const;
    CalendarPage *calendarPage() const { return m_calendars; }
    SlaDefinitionPage *slaPage() const { return m_sla; }
    PriorityMatrixPage *matrixPage() const { return m_matrix; }
    CategoryPage *categoryPage() const { return m_categories; }
    RequestCataloguePage *requestPage() const { return m_requests; }
    CiTypesPage *ciTypesPage() const { return m_ciTypes; }
    RelationTypesPage *relationTypesPage() const { return m_relationTypes; }

    bool isModified() const;
    bool isSaving() const { return m_saving; }
    // The message line: what the last save said, or what is wrong.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    // Checks every changed page and, if all are fine, starts writing them. Returns false when
    // there is nothing to save or a page is not fit to be saved (the message says which).
    bool save();
    // Reads every page again from the workbook, dropping the edits.
    void revert();

    void done(int result) override;

Q_SIGNALS:
    // A save has ended; `ok` false when it was refused (nothing was written then).
    void saved(bool ok);

private:
    void reload();
    void updateState();
    void setMessage(const QString &text, bool isError);
    void applyRights();
    int indexOf(AdminPage *page) const;
    static QString changedTitle(const QString &title);

    WorkbookDocument *m_document = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    CalendarPage *m_calendars = nullptr;
    SlaDefinitionPage *m_sla = nullptr;
    PriorityMatrixPage *m_matrix = nullptr;
    CategoryPage *m_categories = nullptr;
    RequestCataloguePage *m_requests = nullptr;
    CiTypesPage *m_ciTypes = nullptr;
    RelationTypesPage *m_relationTypes = nullptr;
    QList<AdminPage *> m_pages;
    QHash<AdminPage *, QString> m_unreadable; // pages that could not be read, and why
    bool m_saving = false;
    bool m_messageIsError = false;
};

} // namespace sb::ui
