#include "bulkticketdialog.h"

#include "workbookdocument.h"

#include "records/lifecycle.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

constexpr int ShownIds = 12;

QString idList(const QStringList &ids)
{
    if (ids.size() <= ShownIds)
        return ids.join(u", "_s);
    return BulkTicketDialog::tr("%1 and %n more", nullptr, int(ids.size() - ShownIds))
        .arg(ids.mid(0, ShownIds).join(u", "_s));
}

QStringList column(Database &db, const char *sql, const QString &bind = {})
{
    QStringList out;
    Statement st = db.prepare(sql);
    if (!bind.isNull())
        st.bind(1, bind);
    while (st.next()) {
        const QString v = st.text(0).trimmed();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

QComboBox *editableCombo(const QString &objectName, const QStringList &items, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->addItem(QString());
    c->addItems(items);
    c->setCurrentIndex(0);
    c->setMinimumContentsLength(24);
    return c;
}

QLabel *note(const QString &text, bool warning, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    if (warning)
        l->setStyleSheet(u"color: #b3261e;"_s);
    return l;
}

} // namespace

BulkTicketDialog::BulkTicketDialog(Action action, WorkbookDocument *document,
                                   const QList<Record> &tickets, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setObjectName(action == Action::Assign ? u"bulkAssignDialog"_s : u"bulkResolveDialog"_s);
    const int n = int(tickets.size());
    QStringList ids;
    for (const Record &r : tickets)
        ids << r.humanId;

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(u"bulkTickets"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);
    Database &db = document->workbook().db();

    if (action == Action::Assign) {
        setWindowTitle(tr("Assign Tickets"));
        heading->setText(tr("Assign %n ticket(s): %1", nullptr, n).arg(idList(ids)));
        // The workbook's groups, and those the tickets name already (imported tickets name
        // groups the workbook may not know).
        QStringList groups = column(
            db, "SELECT title FROM record WHERE type = 'work_group' AND state <> 'inactive'");
        for (const Record &r : tickets) {
            const QString g = r.fields.value(u"assignment_group"_s).toString();
            if (!g.isEmpty())
                groups << g;
        }
        groups.sort(Qt::CaseInsensitive);
        groups.removeDuplicates();
        m_group = editableCombo(u"bulkGroup"_s, groups, this);
        m_assignee = editableCombo(
            u"bulkAssignee"_s,
            column(db, "SELECT login FROM person WHERE login IS NOT NULL ORDER BY login"), this);
        form->addRow(tr("Assignment &group:"), m_group);
        form->addRow(tr("&Assignee:"), m_assignee);
        layout->addWidget(note(tr("Leave the assignee empty to put the tickets in the group's "
                                  "queue: tickets that move to another group lose their "
                                  "assignee, the others keep theirs."),
                               false, this));
        connect(m_group, &QComboBox::currentTextChanged, this, &BulkTicketDialog::updateOk);
    } else {
        setWindowTitle(tr("Resolve Tickets"));
        heading->setText(tr("Resolve %n ticket(s): %1", nullptr, n).arg(idList(ids)));
        // The codes in use lately: the newest tickets are enough, and a queue of a million
        // is not read whole to open a dialog.
        QStringList codes = column(db,
                                   "SELECT DISTINCT resolution_code FROM (SELECT resolution_code "
                                   "FROM incident WHERE resolution_code IS NOT NULL "
                                   "ORDER BY id DESC LIMIT 2000)");
        codes.sort(Qt::CaseInsensitive);
        m_code = editableCombo(u"bulkResolutionCode"_s, codes, this);
        m_notes = new QPlainTextEdit(this);
        m_notes->setObjectName(u"bulkResolutionNotes"_s);
        m_notes->setTabChangesFocus(true);
        m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
        form->addRow(tr("Resolution &code:"), m_code);
        form->addRow(tr("Resolution &notes:"), m_notes);
        connect(m_code, &QComboBox::currentTextChanged, this, &BulkTicketDialog::updateOk);

        Result<Lifecycles> lc = document->store().lifecycles();
        if (lc.ok()) {
            const QString resolved = u"resolved"_s;
            QStringList cannot;
            QStringList oneWay;
            for (const Record &r : tickets) {
                const QString shown = tr("%1 (%2)", "a ticket and its state")
                                          .arg(r.humanId, lc->stateLabel(r.type, r.state));
                if (!lc->find(r.type, r.state, resolved))
                    cannot << shown;
                else if (!lc->find(r.type, resolved, r.state))
                    oneWay << shown;
            }
            if (!cannot.isEmpty()) {
                m_refusal = tr("Cannot be resolved from the state they are in: %1. Leave them "
                               "out of the selection.")
                                .arg(idList(cannot));
                QLabel *l = note(m_refusal, true, this);
                l->setObjectName(u"bulkRefusal"_s);
                layout->addWidget(l);
            } else if (!oneWay.isEmpty()) {
                // Said before, not after: the Edit menu will only say "Can't Undo".
                QLabel *l = note(tr("This cannot be undone: a resolved ticket does not go back "
                                    "to where %1 are now.")
                                     .arg(idList(oneWay)),
                                 false, this);
                l->setObjectName(u"bulkOneWay"_s);
                layout->addWidget(l);
            }
        }
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(action == Action::Assign ? tr("Assign") : tr("Resolve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

QString BulkTicketDialog::group() const
{
    return m_group ? m_group->currentText().trimmed() : QString();
}

QString BulkTicketDialog::assignee() const
{
    return m_assignee ? m_assignee->currentText().trimmed() : QString();
}

QString BulkTicketDialog::resolutionCode() const
{
    return m_code ? m_code->currentText().trimmed() : QString();
}

QString BulkTicketDialog::resolutionNotes() const
{
    return m_notes ? m_notes->toPlainText().trimmed() : QString();
}

void BulkTicketDialog::updateOk()
{
    const bool filled =
        m_action == Action::Assign ? !group().isEmpty() : !resolutionCode().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled && m_refusal.isEmpty());
}

} // namespace sb::ui
