#include "recordeditor.h"

#include "clock.h"
#include "conflictdialog.h"
#include "recordcommands.h"
#include "slaclockview.h"
#include "slaformat.h"
#include "tickettimeline.h"

#include "incident/prioritymatrix.h"
#include "records/search.h"
#include "storage/workbookthread.h"

#include "workbookdocument.h"
#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

QString textOf(const QWidget *w)
{
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return e->text().trimmed();
    if (auto *p = qobject_cast<const QPlainTextEdit *>(w))
        return p->toPlainText();
    if (auto *c = qobject_cast<const QComboBox *>(w))
        return c->currentData().toString();
    if (auto *b = qobject_cast<const QCheckBox *>(w))
        return b->isChecked() ? u"1"_s : u"0"_s;
    return {};
}

void setTextOf(QWidget *w, const QString &text)
{
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        e->setText(text);
        e->setCursorPosition(0); // a value wider than the field shows its start
    } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
        p->setPlainText(text);
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        const int i = c->findData(text);
        c->setCurrentIndex(i < 0 ? 0 : i);
    } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
        b->setChecked(text == u"1"_s);
    }
}

void setEditable(QWidget *w, bool editable)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->setReadOnly(!editable);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        p->setReadOnly(!editable);
    else
        w->setEnabled(editable);
}

QString localTime(const QString &stored)
{
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

// The side tabs, in the order they are added.
enum SideTab { LinksTab, AttachmentsTab, HistoryTab, SlaTab, TimelineTab, SimilarTab };

} // namespace

RecordEditor::RecordEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"recordEditor"_s);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long title wraps rather than widening the editor and squeezing the list beside it.
    m_heading->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(u"stateBadge"_s);
    m_state->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                           "padding: 2px 8px; background: palette(alternate-base); }"_s);
    top->addWidget(m_heading, 1);
    top->addWidget(m_state);
    layout->addLayout(top);

    m_formHost = new QWidget;
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // In a narrow dock a field goes below its label instead of out of sight.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_formHost);
    layout->addWidget(scroll, 3);

    m_transitions = new QHBoxLayout;
    layout->addLayout(m_transitions);

    auto *buttons = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_revert = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);

    m_tabs = new QTabWidget(this);
    m_links = new QTreeWidget(m_tabs);
    m_links->setObjectName(u"links"_s);
    m_links->setRootIsDecorated(false);
    m_links->setColumnCount(4);
    connect(m_links, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *attachHost = new QWidget(m_tabs);
    auto *attachLayout = new QVBoxLayout(attachHost);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(attachHost);
    m_attachments->setObjectName(u"attachments"_s);
    auto *attachButtons = new QHBoxLayout;
    m_attach = new QPushButton(attachHost);
    m_saveAttachment = new QPushButton(attachHost);
    attachButtons->addWidget(m_attach);
    attachButtons->addWidget(m_saveAttachment);
    attachButtons->addStretch();
    attachLayout->addWidget(m_attachments);
    attachLayout->addLayout(attachButtons);
    connect(m_attach, &QPushButton::clicked, this,
            [this] { attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach files"))); });
    connect(m_saveAttachment, &QPushButton::clicked, this, &RecordEditor::saveAttachment);
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(u"history"_s);
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(4);
    m_sla = new SlaClockView(m_tabs);
    m_tabs->addTab(m_links, QString());
    m_tabs->addTab(attachHost, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_sla, QString());
    m_tabs->setTabVisible(SlaTab, false);
    m_timeline = new TicketTimeline(m_tabs);
    m_tabs->addTab(m_timeline, QString());
    m_tabs->setTabVisible(TimelineTab, false);
    // What helps resolve a ticket: records whose text is like its title and description.
    m_similar = new QTreeWidget(m_tabs);
    m_similar->setObjectName(u"similar"_s);
    m_similar->setRootIsDecorated(false);
    m_similar->setColumnCount(3);
    connect(m_similar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_tabs->addTab(m_similar, QString());
    m_tabs->setTabVisible(SimilarTab, false);
    connect(m_timeline, &TicketTimeline::message, this, &RecordEditor::showMessage);
    connect(m_timeline, &TicketTimeline::attentionChanged, this,
            &RecordEditor::updateTimelineTitle);
    // An update to the customer or an escalation to a group changed the ticket: show it as it
    // is now, unless the user is typing into it (then a save meets the conflict dialog).
    connect(m_timeline, &TicketTimeline::ticketChanged, this, [this](qint64 id) {
        if (id != m_record.id)
            return;
        if (!m_modified && !m_saving) {
            // The message that says what was done outlives showing the ticket afresh.
            const QString said = message();
            showRecord(id);
            showMessage(said, false);
        } else {
            fillSla();
        }
    });
    layout->addWidget(m_tabs, 2);

    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, &RecordEditor::save);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *enterKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &RecordEditor::save);
    enterKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *revertKey =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RecordEditor::revert);
    revertKey->setContext(Qt::WidgetWithChildrenShortcut);

    retranslateUi();
    clear();
}

void RecordEditor::setDocument(WorkbookDocument *document)
{
    if (m_document)
        disconnect(m_document, &WorkbookDocument::recordsWritten, this, nullptr);
    m_document = document;
    m_timeline->setDocument(document);
    // A save in flight belongs to the document that is going away.
    m_saving = false;
    if (document) {
        // An undo, a redo or a bulk action changed the record shown: show it as it is now,
        // unless the user is typing into it (a save would then meet the newer version as a
        // conflict, and the conflict dialog shows both).
        connect(document, &WorkbookDocument::recordsWritten, this,
                [this](const QList<qint64> &ids) {
                    if (m_record.id == 0 || m_modified || m_saving || !ids.contains(m_record.id))
                        return;
                    Result<Record> now = m_document->store().load(m_record.id);
                    if (now.ok() && now->version != m_record.version)
                        showRecord(m_record.id);
                });
    }
    clear();
}

void RecordEditor::retranslateUi()
{
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S or Ctrl+Enter)"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Undo the unsaved changes (Escape)"));
    m_tabs->setTabText(LinksTab, tr("Links"));
    m_tabs->setTabText(AttachmentsTab, tr("Attachments"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(SlaTab, tr("SLA"));
    updateTimelineTitle();
    m_links->setHeaderLabels({tr("Relation"), tr("ID"), tr("Title"), tr("State")});
    m_similar->setHeaderLabels({tr("ID"), tr("Title"), tr("State")});
    m_tabs->setTabText(SimilarTab, tr("Similar"));
    m_tabs->setTabToolTip(SimilarTab,
                          tr("Records whose text is like this ticket's: how they were resolved "
                             "may help with this one"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_attach->setText(tr("Attach files…"));
    m_saveAttachment->setText(tr("Save a copy…"));
    if (m_type) {
        for (const FieldDef *f : m_type->allFields()) {
            if (QLabel *l = m_labels.value(f->name))
                l->setText(f->displayLabel() + (f->required ? u" *"_s : QString()));
        }
        fill();
    } else {
        m_heading->setText(tr("Nothing selected"));
    }
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QVariantMap pending = collectChanges();
        retranslateUi();
        // Keep what the user had typed across the language switch.
        for (auto it = pending.constBegin(); it != pending.constEnd(); ++it)
            setFieldText(it.key(), it.value().toString());
    }
    QWidget::changeEvent(event);
}

void RecordEditor::buildForm(const RecordTypeDef &type)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_type = &type;
    QStringList logins;
    if (m_document) {
        Statement st = m_document->workbook().db().prepare(
            "SELECT login FROM person WHERE login IS NOT NULL ORDER BY login");
        while (st.next())
            logins << st.text(0);
    }
    for (const FieldDef *f : type.allFields()) {
        if (f->viaTransition)
            continue;
        QWidget *editor = nullptr;
        switch (f->kind) {
        case FieldKind::LongText: {
            auto *e = new QPlainTextEdit(m_formHost);
            e->setTabChangesFocus(true);
            e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
            connect(e, &QPlainTextEdit::textChanged, this, &RecordEditor::updateState);
            editor = e;
            break;
        }
        case FieldKind::Choice: {
            auto *c = new QComboBox(m_formHost);
            c->addItem(QString(), QString());
            for (const Choice &ch : f->choices)
                c->addItem(f->choiceLabel(ch.code), ch.code);
            connect(c, &QComboBox::currentIndexChanged, this, &RecordEditor::updateState);
            editor = c;
            break;
        }
        case FieldKind::Bool: {
            auto *b = new QCheckBox(m_formHost);
            connect(b, &QCheckBox::toggled, this, &RecordEditor::updateState);
            editor = b;
            break;
        }
        default: {
            auto *e = new QLineEdit(m_formHost);
            if (f->kind == FieldKind::Date)
                e->setPlaceholderText(tr("YYYY-MM-DD"));
            else if (f->kind == FieldKind::DateTime)
                e->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
            else if (f->kind == FieldKind::Login) {
                e->setPlaceholderText(tr("login name"));
                auto *completer = new QCompleter(logins, e);
                completer->setCaseSensitivity(Qt::CaseInsensitive);
                e->setCompleter(completer);
            }
            connect(e, &QLineEdit::textChanged, this, &RecordEditor::updateState);
            editor = e;
            break;
        }
        }
        if (f->name == u"priority"_s && SlaFormat::appliesTo(type.type)) {
            if (auto *e = qobject_cast<QLineEdit *>(editor)) {
                // A priority typed by hand is an override: the matrix stops filling it in.
                connect(e, &QLineEdit::textEdited, this, [this] { m_priorityTouched = true; });
                // The write path derives it; saying so keeps people from typing one.
                e->setPlaceholderText(tr("from impact and urgency, when saved"));
                e->setToolTip(tr("Left empty, the priority follows from impact and urgency by "
                                 "the priority matrix. A priority that differs from it needs a "
                                 "priority override reason."));
            }
        }
        editor->setObjectName(u"field_"_s + f->name);
        editor->show(); // now, so that focus can go to it at once
        auto *label =
            new QLabel(f->displayLabel() + (f->required ? u" *"_s : QString()), m_formHost);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_editors.insert(f->name, editor);
        m_labels.insert(f->name, label);
    }
    m_matrix.reset();
    if (SlaFormat::appliesTo(type.type) && m_document) {
        if (Result<PriorityMatrix> matrix = PriorityMatrix::load(m_document->workbook().db());
            matrix.ok())
            m_matrix = *matrix;
        for (const char *name : {"impact", "urgency"}) {
            if (auto *e = qobject_cast<QLineEdit *>(m_editors.value(QString::fromLatin1(name))))
                connect(e, &QLineEdit::textChanged, this, &RecordEditor::followMatrix);
        }
    }
    // A ticket opens on its timeline: what happened, what is waiting, and where to write.
    if (SlaFormat::appliesTo(type.type)) {
        m_tabs->setTabVisible(SlaTab, true);
        m_tabs->setTabVisible(TimelineTab, true);
        m_tabs->setCurrentIndex(TimelineTab);
    } else if (m_tabs->currentIndex() == SlaTab || m_tabs->currentIndex() == TimelineTab) {
        m_tabs->setCurrentIndex(LinksTab);
    }
}

void RecordEditor::clear()
{
    m_record = Record();
    m_type = nullptr;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_links->clear();
    m_history->clear();
    m_attachments->clear();
    m_sla->clear();
    m_tabs->setTabVisible(SlaTab, false);
    m_timeline->clear();
    m_tabs->setTabVisible(TimelineTab, false);
    m_similar->clear();
    m_tabs->setTabVisible(SimilarTab, false);
    while (QLayoutItem *item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_heading->setText(tr("Nothing selected"));
    m_state->hide();
    m_message->setText(tr("Select a record in the list, or create one with Ctrl+N."));
    m_message->setStyleSheet(QString());
    m_modified = false;
    updateState();
}

void RecordEditor::showRecord(qint64 id)
{
    if (!m_document)
        return;
    Result<Record> r = m_document->store().load(id);
    if (!r.ok()) {
        clear();
        showMessage(r.error().message(), true);
        return;
    }
    const RecordTypeDef *type = RecordTypes::find(r->type);
    if (m_type != type || m_editors.isEmpty())
        buildForm(*type);
    m_record = *r;
    fill();
    m_message->clear();
}

void RecordEditor::startNew(const QString &type)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def || !m_document)
        return;
    buildForm(*def);
    m_record = Record();
    m_record.type = type;
    fill();
    m_message->clear();
    if (QWidget *first = m_editors.value(u"title"_s))
        first->setFocus();
}

QString RecordEditor::originalText(const FieldDef &f) const
{
    const QString c = f.canonical(m_record.value(f.name));
    if (f.kind == FieldKind::Bool && c.isNull())
        return u"0"_s;
    return c.isNull() ? QString(u""_s) : c;
}

void RecordEditor::fill()
{
    if (!m_type)
        return;
    m_filling = true;
    const bool isNew = m_record.id == 0;
    m_heading->setText(isNew ? tr("New %1").arg(m_type->displayLabel().toLower())
                             : m_record.humanId + u"  "_s + m_record.title);
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        setTextOf(it.value(), originalText(*m_type->field(it.key())));
    // An overridden priority keeps its override; any other follows the matrix as impact and
    // urgency change in the form.
    m_priorityTouched =
        !m_record.fields.value(u"priority_override_reason"_s).toString().trimmed().isEmpty();

    while (QLayoutItem *item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (isNew) {
        m_state->hide();
    } else if (m_document) {
        Result<Lifecycles> lc = m_document->store().lifecycles();
        m_state->setText(lc.ok() ? lc->stateLabel(m_record.type, m_record.state) : m_record.state);
        m_state->show();
        if (lc.ok() && !m_document->workbook().isReadOnly()) {
            for (const LifecycleTransition &t :
                 lc->transitionsFrom(m_record.type, m_record.state)) {
                auto *b = new QPushButton(Lifecycles::transitionLabel(t.label), this);
                b->setObjectName(u"transition_"_s + t.to);
                b->setToolTip(tr("Move to %1").arg(lc->stateLabel(m_record.type, t.to)));
                const QString to = t.to;
                connect(b, &QPushButton::clicked, this, [this, to] { runTransition(to); });
                m_transitions->addWidget(b);
            }
            m_transitions->addStretch();
        }
    }
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    for (QWidget *w : std::as_const(m_editors))
        setEditable(w, writable);
    m_filling = false;
    fillSideTabs();
    m_modified = false;
    updateState();
}

void RecordEditor::fillSideTabs()
{
    m_links->clear();
    m_history->clear();
    m_attachments->clear();
    fillSla();
    if (!m_document || m_record.id == 0)
        return;
    RecordStore &store = m_document->store();
    if (Result<QList<LinkInfo>> links = store.links(m_record.id); links.ok()) {
        for (const LinkInfo &l : *links) {
            auto *item = new QTreeWidgetItem(
                m_links,
                {l.label, l.otherHumanId, l.otherTitle, RecordTypes::stateLabel(l.otherState)});
            item->setData(0, Qt::UserRole, l.otherId);
        }
    }
    if (Result<QList<AttachmentInfo>> atts = store.attachments(m_record.id); atts.ok()) {
        for (const AttachmentInfo &a : *atts) {
            auto *item = new QListWidgetItem(
                a.fileName + u"  ("_s + QLocale().formattedDataSize(a.size) + u')', m_attachments);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.fileName);
        }
    }
    if (Result<QList<AuditEntry>> entries = store.history(m_record.id); entries.ok()) {
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            const AuditEntry &e = *it;
            const FieldDef *f = m_type ? m_type->field(e.field) : nullptr;
            QString what;
            QString change;
            if (e.action == u"create"_s) {
                what = tr("created");
            } else if (e.action == u"transition"_s) {
                what = tr("state");
                change = RecordTypes::stateLabel(e.oldValue) + u" → "_s
                    + RecordTypes::stateLabel(e.newValue);
            } else if (e.action == u"update"_s) {
                what = f ? f->displayLabel() : e.field;
                change = (e.oldValue.isNull() ? u"—"_s : e.oldValue.section(u'\n', 0, 0)) + u" → "_s
                    + (e.newValue.isNull() ? u"—"_s : e.newValue.section(u'\n', 0, 0));
            } else if (e.action == u"link"_s || e.action == u"link_in"_s) {
                what = tr("linked");
                change = e.newValue;
            } else if (e.action == u"unlink"_s || e.action == u"unlink_in"_s) {
                what = tr("unlinked");
                change = e.oldValue;
            } else if (e.action == u"attach"_s) {
                what = tr("attached");
                change = e.field;
            } else if (e.action == u"detach"_s) {
                what = tr("removed attachment");
                change = e.field;
            } else if (e.action == u"note"_s) {
                what = e.field == u"customer"_s ? tr("update to the customer") : tr("work note");
                change = e.newValue.section(u'\n', 0, 0);
            } else if (e.action == u"escalate"_s) {
                what = tr("escalated");
                change = e.newValue;
            } else if (e.action == u"acknowledge"_s) {
                what = tr("escalation taken up");
            } else if (e.action == u"import"_s) {
                what = tr("imported");
                if (!e.field.isEmpty())
                    change = (f ? f->displayLabel() : e.field) + u": "_s
                        + (e.newValue.isNull() ? u"—"_s : e.newValue.section(u'\n', 0, 0));
            } else {
                what = e.action;
            }
            new QTreeWidgetItem(m_history, {localTime(e.at), e.user, what, change});
        }
        m_history->resizeColumnToContents(0);
    }
}

void RecordEditor::followMatrix()
{
    if (m_filling || m_priorityTouched || !m_matrix)
        return;
    bool okImpact = false;
    bool okUrgency = false;
    const int impact = fieldText(u"impact"_s).trimmed().toInt(&okImpact);
    const int urgency = fieldText(u"urgency"_s).trimmed().toInt(&okUrgency);
    auto *priority = qobject_cast<QLineEdit *>(m_editors.value(u"priority"_s));
    if (!priority || !okImpact || !okUrgency)
        return;
    if (const Result<int> p = m_matrix->priority(impact, urgency); p.ok())
        priority->setText(QString::number(*p));
}

void RecordEditor::fillSimilar()
{
    m_similar->clear();
    const quint64 generation = ++m_similarGeneration;
    if (!m_document || !m_type || !SlaFormat::appliesTo(m_type->type) || m_record.id == 0)
        return;
    const QString text = m_record.title + u' ' + m_record.fields.value(u"description"_s).toString();
    const qint64 id = m_record.id;
    auto hits = std::make_shared<QList<SearchHit>>();
    // On the reader's connection: over a million tickets a search of many words takes a
    // moment, and the form should not wait for it.
    m_document->reader().submit(
        [text, id, hits](Workbook &wb) -> Error {
            Result<QList<SearchHit>> r = Search::similar(wb.db(), text, id, {}, 15);
            if (!r.ok())
                return r.error();
            *hits = *r;
            return {};
        },
        this,
        [this, generation, hits](const Error &e) {
            if (e.isError() || generation != m_similarGeneration)
                return;
            for (const SearchHit &h : std::as_const(*hits)) {
                auto *item = new QTreeWidgetItem(
                    m_similar, {h.humanId, h.title, RecordTypes::stateLabel(h.state)});
                item->setData(0, Qt::UserRole, h.id);
            }
            m_similar->resizeColumnToContents(0);
        });
}

void RecordEditor::updateTimelineTitle()
{
    const int n = m_timeline->attentionCount();
    m_tabs->setTabText(TimelineTab,
                       n > 0 ? tr("Timeline (%1 for attention)").arg(n) : tr("Timeline"));
}

void RecordEditor::fillSla()
{
    const bool ticket = m_type && SlaFormat::appliesTo(m_type->type);
    m_tabs->setTabVisible(SlaTab, ticket);
    m_tabs->setTabVisible(TimelineTab, ticket);
    m_tabs->setTabVisible(SimilarTab, ticket);
    if (ticket && m_document) {
        m_sla->showTicket(m_document->workbook(), *m_type, m_record.id);
        Result<Lifecycles> lc = m_document->store().lifecycles();
        const bool open = !lc.ok() || !lc->isFinal(m_record.type, m_record.state);
        m_timeline->showTicket(m_record.id, m_record.humanId, open);
    } else {
        m_sla->clear();
        m_timeline->clear();
    }
    updateTimelineTitle();
    fillSimilar();
}

QVariantMap RecordEditor::collectChanges() const
{
    QVariantMap changes;
    if (!m_type)
        return changes;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const FieldDef *f = m_type->field(it.key());
        const QString now = textOf(it.value());
        if (now != originalText(*f))
            changes.insert(it.key(), now.isEmpty() ? QVariant() : QVariant(now));
    }
    return changes;
}

void RecordEditor::updateState()
{
    if (m_filling)
        return;
    const bool modified = m_type && !collectChanges().isEmpty();
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    m_save->setEnabled(writable && !m_saving && m_type && (modified || m_record.id == 0));
    m_revert->setEnabled(modified && !m_saving);
    m_attach->setEnabled(writable && m_record.id != 0);
    for (int i = 0; i < m_transitions->count(); ++i) {
        if (QWidget *w = m_transitions->itemAt(i)->widget())
            w->setEnabled(writable && !m_saving);
    }
    m_saveAttachment->setEnabled(m_record.id != 0);
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

bool RecordEditor::setFieldText(const QString &field, const QString &text)
{
    QWidget *w = m_editors.value(field);
    if (!w)
        return false;
    setTextOf(w, text);
    return true;
}

QString RecordEditor::fieldText(const QString &field) const
{
    const QWidget *w = m_editors.value(field);
    return w ? textOf(w) : QString();
}

QString RecordEditor::message() const
{
    return m_message->text();
}

void RecordEditor::revert()
{
    if (m_record.id != 0)
        showRecord(m_record.id);
    else if (m_type)
        startNew(m_type->type);
}

void RecordEditor::save()
{
    if (!m_type || m_saving || !m_document)
        return;
    const QVariantMap changes = collectChanges();
    if (m_record.id != 0 && changes.isEmpty())
        return;
    submit(m_record.id, m_type->type, changes, m_record.id == 0 ? AnyVersion : m_record.version,
           {});
}

void RecordEditor::runTransition(const QString &toState)
{
    if (m_saving || !m_type)
        return;
    submit(m_record.id, m_type->type, collectChanges(), m_record.version, toState);
}

void RecordEditor::submit(qint64 id, const QString &type, QVariantMap changes, int expectedVersion,
                          const QString &toState)
{
    m_saving = true;
    updateState();
    showMessage(tr("Saving…"), false);
    const QString label = id ? m_record.humanId : tr("The new record");
    auto finished = [this, id, type, changes, toState, label](const Error &e, qint64 savedId) {
        m_saving = false;
        // The user may have moved to another record while this one was saving: never
        // apply its outcome (or its edits) to whatever is shown now.
        const bool stillShown = m_record.id == id && m_type && m_type->type == type;
        if (e.isError()) {
            if (!stillShown) {
                showMessage(tr("%1 was not saved: %2").arg(label, e.message()), true);
            } else {
                showMessage(e.message(), true);
                if (e.code() == ErrorCode::Conflict)
                    handleConflict(id, changes, toState);
            }
            updateState();
            return;
        }
        if (stillShown) {
            showRecord(savedId);
            showMessage(tr("Saved %1 (version %2).").arg(m_record.humanId).arg(m_record.version),
                        false);
        } else {
            updateState();
        }
        Q_EMIT saved(savedId);
    };
    if (id == 0) {
        // A new record is no step on the undo stack: taking it back would be a deletion.
        auto created = std::make_shared<qint64>(0);
        m_document->write(
            [type, changes, created](RecordStore &store) -> Error {
                Result<RecordRef> r = store.create(type, changes);
                if (!r.ok())
                    return r.error();
                *created = r->id;
                return {};
            },
            this, [finished, created](const Error &e) { finished(e, *created); });
        return;
    }
    // A change of an existing record goes through the undo stack: Edit > Undo takes it back.
    QUndoCommand *command = toState.isEmpty()
        ? static_cast<QUndoCommand *>(
            new RecordEditCommand(id, m_record.humanId, changes, expectedVersion))
        : new RecordTransitionCommand(id, m_record.humanId, toState, changes, expectedVersion);
    m_document->perform(command, this, [finished, id](const Error &e) { finished(e, id); });
}

void RecordEditor::handleConflict(qint64 id, const QVariantMap &mine, const QString &toState)
{
    Result<Record> theirs = m_document->store().load(id);
    if (!theirs.ok()) {
        showMessage(theirs.error().message(), true);
        return;
    }
    auto *dialog = new ConflictDialog(*m_type, mine, *theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Record current = *theirs;
    connect(dialog, &QDialog::finished, this, [this, dialog, mine, toState, current] {
        if (m_record.id != current.id)
            return; // the editor moved on meanwhile
        switch (dialog->choice()) {
        case ConflictDialog::UseTheirs:
            m_record = current;
            fill();
            showMessage(tr("Showing the saved version; your changes were discarded."), false);
            break;
        case ConflictDialog::SaveMine:
            submit(current.id, current.type, mine, current.version, toState);
            break;
        case ConflictDialog::KeepEditing: break;
        }
    });
    dialog->open();
}

void RecordEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

void RecordEditor::attachFiles(const QStringList &paths)
{
    if (!m_document || m_record.id == 0 || paths.isEmpty())
        return;
    const qint64 limit = m_document->store().attachmentLimit();
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            showMessage(
                tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString()), true);
            continue;
        }
        if (f.size() > limit) {
            showMessage(tr("%1 is %2; one attachment may be at most %3.")
                            .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(f.size()),
                                 QLocale().formattedDataSize(limit)),
                        true);
            continue;
        }
        const QByteArray data = f.readAll();
        const QString name = QFileInfo(path).fileName();
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();
        const qint64 id = m_record.id;
        m_document->write(
            [id, name, data, mime](RecordStore &store) -> Error {
                Result<qint64> r = store.attach(id, name, data, mime);
                return r.ok() ? Error() : r.error();
            },
            this,
            [this, name](const Error &e) {
                if (e.isError()) {
                    showMessage(e.message(), true);
                } else {
                    fillSideTabs();
                    showMessage(tr("Attached %1.").arg(name), false);
                }
            });
    }
}

void RecordEditor::saveAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !m_document)
        return;
    Result<QByteArray> data =
        m_document->store().attachmentData(item->data(Qt::UserRole).toLongLong());
    if (!data.ok()) {
        showMessage(data.error().message(), true);
        return;
    }
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                        item->data(Qt::UserRole + 1).toString());
    if (target.isEmpty())
        return;
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()) {
        showMessage(tr("%1 could not be written: %2").arg(target, out.errorString()), true);
        return;
    }
    showMessage(tr("Saved a copy to %1.").arg(target), false);
}

void RecordEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_record.id != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void RecordEditor::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    attachFiles(paths);
    event->acceptProposedAction();
}

} // namespace sb::ui
