#include "admindialog.h"

#include "adminpage.h"
#include "calendarpage.h"
#include "categorypage.h"
#include "citypespage.h"
#include "prioritymatrixpage.h"
#include "relationtypespage.h"
#include "requestcataloguepage.h"
#include "sladefinitionpage.h"
#include "workbookdocument.h"

#include "incident/catalogue.h"
#include "records/permissions.h"
#include "records/recordstore.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
const char *const pageNames[] = {"calendars", "sla",      "matrix",        "categories",
                                 "requests",  "ci-types", "relation-types"};
} // namespace

AdminDialog::AdminDialog(WorkbookDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"adminDialog"_s);
    setWindowTitle(tr("Administration — %1").arg(document->displayName()));

    m_calendars = new CalendarPage(this);
    m_sla = new SlaDefinitionPage(this);
    m_matrix = new PriorityMatrixPage(this);
    m_categories = new CategoryPage(this);
    m_requests = new RequestCataloguePage(this);
    m_ciTypes = new CiTypesPage(this);
    m_relationTypes = new RelationTypesPage(this);
    // Also the order of a save: calendars before the definitions that may use a new one, CI
    // types before the relationship types that may join them.
    m_pages = {m_calendars, m_sla, m_matrix, m_categories, m_requests, m_ciTypes, m_relationTypes};

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"adminPages"_s);
    m_pageList->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget(this);
    for (int i = 0; i < m_pages.size(); ++i) {
        AdminPage *page = m_pages[i];
        page->setObjectName(QString::fromLatin1(pageNames[i]) + u"Page"_s);
        m_pageList->addItem(page->title());
        m_stack->addWidget(page);
        connect(page, &AdminPage::modifiedChanged, this, &AdminDialog::updateState);
        connect(page, &AdminPage::message, this, &AdminDialog::setMessage);
    }
    m_pageList->setSpacing(3);
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Wide enough for the longest title marked as changed, so that marking one moves nothing.
    QFont bold = m_pageList->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const AdminPage *page : std::as_const(m_pages))
        widest = qMax(widest, metrics.horizontalAdvance(changedTitle(page->title())));
    m_pageList->setFixedWidth(widest + 2 * m_pageList->frameWidth() + 4 * m_pageList->spacing()
                              + 16);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_calendars, &CalendarPage::calendarsChanged, m_sla, &SlaDefinitionPage::setCalendars);

    m_message = new QLabel(this);
    m_message->setObjectName(u"adminMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"adminSave"_s);
    m_save->setToolTip(
        tr("Save every changed page at once (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert = m_buttons->button(QDialogButtonBox::Reset);
    m_revert->setText(tr("R&evert"));
    m_revert->setToolTip(tr("Drop the changes not saved yet"));
    // Enter in a field must not close the dialog: only Save writes.
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *p = qobject_cast<QPushButton *>(b))
            p->setAutoDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    // A shortcut of the dialog rather than of the button, so that it saves at once: a button
    // would first play its click.
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_revert, &QPushButton::clicked, this, &AdminDialog::revert);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    reload();
    applyRights();
    m_pageList->setCurrentRow(0);
    updateState();
    resize(1180, 760);
}

bool AdminDialog::showPage(const QString &name)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (name == QLatin1String(pageNames[i])) {
            m_pageList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

AdminPage *AdminDialog::currentPage() const
{
    return qobject_cast<AdminPage *>(m_stack->currentWidget());
}

QString AdminDialog::changedTitle(const QString &title)
{
    return tr("%1 (changed)").arg(title);
}

int AdminDialog::indexOf(AdminPage *page) const
{
    return int(m_pages.indexOf(page));
}

bool AdminDialog::isModified() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const AdminPage *p) { return p->isEditable() && p->isModified(); });
}

QString AdminDialog::message() const
{
    return m_message->text();
}

void AdminDialog::setMessage(const QString &text, bool isError)
{
    m_messageIsError = isError;
    m_message->setText(text);
    QPalette p = palette();
    if (isError)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_message->setPalette(p);
}

void AdminDialog::reload()
{
    m_unreadable.clear();
    for (AdminPage *page : std::as_const(m_pages)) {
        if (Error e = page->load(*m_document); e.isError()) {
            // Never editable: saving a page that was not read would overwrite what it missed.
            m_unreadable.insert(page, e.message());
            page->setEditable(false, e.message());
            setMessage(tr("%1 cannot be read: %2").arg(page->title(), e.message()), true);
        }
    }
}

void AdminDialog::applyRights()
{
    Workbook &wb = m_document->workbook();
    if (wb.isReadOnly()) {
        const QString why = wb.readOnlyReason().isEmpty()
            ? tr("The workbook is open read-only.")
            : tr("The workbook is open read-only: %1").arg(wb.readOnlyReason());
        for (AdminPage *page : std::as_const(m_pages))
            page->setEditable(false, why);
        return;
    }
    Result<Permissions> p = m_document->store().permissions();
    if (!p.ok()) {
        for (AdminPage *page : std::as_const(m_pages))
            page->setEditable(false, p.error().message());
        return;
    }
    QStringList held;
    for (const QString &r : p->roles())
        held << Permissions::roleLabel(r);
    const QString heldText = held.isEmpty() ? tr("none") : held.join(u", "_s);

    // As SlaStore decides for calendars and definitions.
    const bool slaRight = p->isAdministrator()
        || p->hasAnyRole({u"service_owner"_s, u"sms_owner"_s, u"service_level_manager"_s});
    const QString slaWhy =
        tr("Business calendars and SLA definitions are changed by administrators, service "
           "owners, SMS owners and service level managers; %1 has the roles: %2.")
            .arg(p->login(), heldText);
    m_calendars->setEditable(slaRight, slaWhy);
    m_sla->setEditable(slaRight, slaWhy);

    const Error matrix = p->requireAdministrator(tr("change the priority matrix"));
    m_matrix->setEditable(matrix.isOk(), matrix.message());

    const Error catalogue = Catalogue(wb).checkWritable();
    m_categories->setEditable(catalogue.isOk(), catalogue.message());
    m_requests->setEditable(catalogue.isOk(), catalogue.message());

    // As CiTypes decides.
    const bool cmdbRight = p->isAdministrator() || p->hasAnyRole({u"configuration_manager"_s});
    m_ciTypes->setEditable(cmdbRight,
                           tr("CI types are changed by administrators and configuration "
                              "managers; %1 has the roles: %2.")
                               .arg(p->login(), heldText));
    m_relationTypes->setEditable(cmdbRight,
                                 tr("Relationship types are changed by administrators and "
                                    "configuration managers; %1 has the roles: %2.")
                                     .arg(p->login(), heldText));

    for (auto it = m_unreadable.cbegin(); it != m_unreadable.cend(); ++it)
        it.key()->setEditable(false, it.value());
}

void AdminDialog::updateState()
{
    bool anyEditable = false;
    for (int i = 0; i < m_pages.size(); ++i) {
        AdminPage *page = m_pages[i];
        anyEditable = anyEditable || page->isEditable();
        QListWidgetItem *item = m_pageList->item(i);
        const bool changed = page->isEditable() && page->isModified();
        QFont f = m_pageList->font();
        f.setBold(changed);
        item->setFont(f);
        item->setText(changed ? changedTitle(page->title()) : page->title());
        item->setToolTip(page->isEditable() ? QString() : page->readOnlyReason());
    }
    const bool modified = isModified();
    m_save->setEnabled(!m_saving && anyEditable && modified);
    m_revert->setEnabled(!m_saving && modified);
    m_stack->setEnabled(!m_saving);
}

bool AdminDialog::save()
{
    if (m_saving)
        return false;
    QList<AdminPage *> pages;
    QList<AdminSaveStep> steps;
    for (AdminPage *page : std::as_const(m_pages)) {
        if (!page->isEditable() || !page->isModified())
            continue;
        if (Error e = page->validate(); e.isError()) {
            m_pageList->setCurrentRow(indexOf(page));
            setMessage(tr("Not saved. %1: %2").arg(page->title(), e.message()), true);
            return false;
        }
        pages << page;
        steps << page->saveStep();
    }
    if (steps.isEmpty()) {
        setMessage(tr("There are no changes to save."), false);
        return false;
    }
    m_saving = true;
    setMessage(tr("Saving…"), false);
    updateState();
    auto failedAt = std::make_shared<qsizetype>(-1);
    m_document->write(
        [steps, failedAt](RecordStore &store) -> Error {
            // One transaction for the whole save: every page is written, or none.
            WriteTransaction tx(store.workbook().db());
            if (Error e = tx.begin(); e.isError())
                return e;
            AdminSaveContext context;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (Error e = steps[i](store, context); e.isError()) {
                    *failedAt = i;
                    return e;
                }
            }
            return tx.commit();
        },
        this,
        [this, pages, failedAt](const Error &e) {
            m_saving = false;
            if (e.isError()) {
                AdminPage *page = *failedAt >= 0 ? pages.value(*failedAt) : nullptr;
                if (page) {
                    m_pageList->setCurrentRow(indexOf(page));
                    setMessage(tr("Nothing was saved. %1: %2").arg(page->title(), e.message()),
                               true);
                } else {
                    setMessage(tr("Nothing was saved. %1").arg(e.message()), true);
                }
                updateState();
                Q_EMIT saved(false);
                return;
            }
            reload();
            applyRights();
            updateState();
            setMessage(tr("Saved."), false);
            m_document->refreshNow();
            Q_EMIT saved(true);
        });
    return true;
}

void AdminDialog::revert()
{
    if (m_saving)
        return;
    reload();
    applyRights();
    updateState();
    setMessage(tr("Changes dropped; the pages show what the workbook holds."), false);
}

void AdminDialog::done(int result)
{
    if (m_saving)
        return; // the write finishes first; closing then is one more keystroke
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            auto closeOnSuccess = std::make_shared<QMetaObject::Connection>();
            *closeOnSuccess =
                connect(this, &AdminDialog::saved, this, [this, closeOnSuccess](bool ok) {
                    disconnect(*closeOnSuccess);
                    if (ok)
                        QDialog::done(Accepted);
                });
            if (!save())
                disconnect(*closeOnSuccess);
            return;
        }
    }
    QDialog::done(result);
}

} // namespace sb::ui
