#include "recordeditor.h"

#include "splittershare.h"

#include "ciattributeseditor.h"
#include "ciimpactview.h"
#include "cirelationsview.h"
#include "cmdbfindingsview.h"
#include "conflictdialog.h"
#include "escalatedialog.h"
#include "problemincidentsview.h"
#include "rcaeditor.h"
#include "recordcommands.h"
#include "slaclockview.h"
#include "slaformat.h"
#include "suggestionpane.h"
#include "tickettimeline.h"
#include "workbookdocument.h"

#include "clock.h"
#include "cmdb/citypes.h"
#include "incident/prioritymatrix.h"
#include "incident/ticketwork.h"
#include "problem/knowledge.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
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
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

// Percent of the editor's height for the form above the tabs.
constexpr int FormShare = 60;
constexpr int AnalysedFormShare = 40; // problems: the analysis below needs the room

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

// Date-time fields are stored in UTC and shown in local time to the minute; what is typed
// goes to the write path as it is, which reads a time without a zone as local time.
constexpr QStringView LocalMinuteFormat = u"yyyy-MM-dd HH:mm";

QString formText(const FieldDef &f, const QString &stored)
{
    if (f.kind != FieldKind::DateTime || stored.isEmpty())
        return stored;
    const QDateTime t = fromStoredTime(stored);
    return t.isValid() ? t.toLocalTime().toString(LocalMinuteFormat) : stored;
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
    // The form above, the tabs below; the user shares the height out (a problem's analysis
    // wants more of it than a person's links).
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"editorSplit"_s);
    split->setChildrenCollapsible(false);
    m_share = SplitterShare::keep(split, FormShare);
    auto *upper = new QWidget(split);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(upper);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_formHost);
    upperLayout->addWidget(scroll, 1);

    m_transitions = new QHBoxLayout;
    upperLayout->addLayout(m_transitions);

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
    upperLayout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);

    m_tabs = new QTabWidget(split);
    // Problems: the root-cause analysis, and the incidents behind the problem.
    m_rca = new RcaEditor(m_tabs);
    connect(m_rca, &RcaEditor::changed, this, &RecordEditor::updateState);
    m_incidentsView = new ProblemIncidentsView(m_tabs);
    connect(m_incidentsView, &ProblemIncidentsView::openRequested, this,
            &RecordEditor::openRequested);
    connect(m_incidentsView, &ProblemIncidentsView::countChanged, this, [this](int n) {
        m_tabs->setTabText(m_tabs->indexOf(m_incidentsView),
                           n > 0 ? tr("Incidents (%1)").arg(n) : tr("Incidents"));
    });
    m_tabs->addTab(m_rca, QString());
    m_tabs->addTab(m_incidentsView, QString());
    // CIs: their relationships, and what a failure of theirs reaches.
    m_ciRelations = new CiRelationsView(m_tabs);
    connect(m_ciRelations, &CiRelationsView::openRequested, this, &RecordEditor::openRequested);
    connect(m_ciRelations, &CiRelationsView::showInGraphRequested, this,
            [this](qint64 id) { Q_EMIT showInGraphRequested(id, -1); });
    connect(m_ciRelations, &CiRelationsView::failed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_ciRelations, &CiRelationsView::countChanged, this, [this](int n) {
        m_tabs->setTabText(m_tabs->indexOf(m_ciRelations),
                           n > 0 ? tr("Relationships (%1)").arg(n) : tr("Relationships"));
    });
    m_ciImpact = new CiImpactView(m_tabs);
    connect(m_ciImpact, &CiImpactView::openRequested, this, &RecordEditor::openRequested);
    connect(m_ciImpact, &CiImpactView::showInGraphRequested, this,
            [this](qint64 id, ImpactDirection d) { Q_EMIT showInGraphRequested(id, int(d)); });
    m_tabs->addTab(m_ciRelations, QString());
    m_tabs->addTab(m_ciImpact, QString());
    // CMDB audits: what the inventory showed, and what was done about it.
    m_cmdbFindings = new CmdbFindingsView(m_tabs);
    connect(m_cmdbFindings, &CmdbFindingsView::openRequested, this, &RecordEditor::openRequested);
    connect(m_cmdbFindings, &CmdbFindingsView::countChanged, this, [this](int n) {
        m_tabs->setTabText(m_tabs->indexOf(m_cmdbFindings),
                           n > 0 ? tr("Findings (%1)").arg(n) : tr("Findings"));
    });
    m_tabs->addTab(m_cmdbFindings, QString());
    m_links = new QTreeWidget(m_tabs);
    m_links->setObjectName(u"links"_s);
    m_links->setRootIsDecorated(false);
    m_links->setColumnCount(4);
    connect(m_links, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *attachHost = new QWidget(m_tabs);
    m_attachPage = attachHost;
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
    m_timeline = new TicketTimeline(m_tabs);
    m_tabs->addTab(m_timeline, QString());
    // What helps resolve a ticket: known errors and articles that match what the form says,
    // then records whose text is like its title and description.
    m_similar = new SuggestionPane(m_tabs);
    connect(m_similar, &SuggestionPane::openRequested, this, &RecordEditor::openRequested);
    connect(m_similar, &SuggestionPane::applyRequested, this, &RecordEditor::applyWorkaround);
    connect(m_similar, &SuggestionPane::filled, this, &RecordEditor::updateSimilarTitle);
    m_tabs->addTab(m_similar, QString());
    m_similarTimer = new QTimer(this);
    m_similarTimer->setSingleShot(true);
    m_similarTimer->setInterval(400);
    connect(m_similarTimer, &QTimer::timeout, this, &RecordEditor::fillSimilar);
    for (QWidget *page : std::initializer_list<QWidget *> {
             m_rca, m_incidentsView, m_sla, m_timeline, m_similar, m_ciRelations, m_ciImpact})
        setTabShown(page, false);
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
    split->addWidget(upper);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

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
    m_similar->setDocument(document);
    m_incidentsView->setDocument(document);
    m_ciRelations->setDocument(document);
    m_ciImpact->setDocument(document);
    m_cmdbFindings->setDocument(document);
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
    m_tabs->setTabText(m_tabs->indexOf(m_links), tr("Links"));
    m_tabs->setTabText(m_tabs->indexOf(m_attachPage), tr("Attachments"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History"));
    m_tabs->setTabText(m_tabs->indexOf(m_sla), tr("SLA"));
    m_tabs->setTabText(m_tabs->indexOf(m_rca), tr("Root cause analysis"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_rca),
                          tr("How the root cause was found: the method, the chain of causes, "
                             "contributing factors, the root cause and the workaround"));
    m_tabs->setTabText(m_tabs->indexOf(m_incidentsView), tr("Incidents"));
    m_tabs->setTabText(m_tabs->indexOf(m_ciRelations), tr("Relationships"));
    m_tabs->setTabText(m_tabs->indexOf(m_ciImpact), tr("Impact"));
    m_tabs->setTabText(m_tabs->indexOf(m_cmdbFindings), tr("Findings"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_cmdbFindings),
                          tr("What the audit found: CIs missing from the inventory, things not "
                             "registered in the CMDB, values that differ"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_ciImpact),
                          tr("What a failure of this CI reaches, and what it needs"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_incidentsView),
                          tr("The incidents behind this problem, and whether they came back "
                             "after the fix"));
    updateTimelineTitle();
    m_links->setHeaderLabels({tr("Relation"), tr("ID"), tr("Title"), tr("State")});
    updateSimilarTitle(m_similar->suggestionCount());
    m_tabs->setTabToolTip(m_tabs->indexOf(m_similar),
                          tr("Known errors and knowledge articles that match this ticket, "
                             "then records whose text is like it: how they were resolved may "
                             "help with this one"));
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
        // As the table holds it: an entry still without its text is no valid chain yet.
        const QList<RcaEntry> chain = m_rca->entries();
        retranslateUi();
        // Keep what the user had typed across the language switch.
        for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
            const FieldDef *f = m_type ? m_type->field(it.key()) : nullptr;
            setFieldText(it.key(), f ? formText(*f, it.value().toString()) : it.value().toString());
        }
        if (pending.contains(u"rca_chain"_s))
            m_rca->setEntries(chain);
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
    const bool analysed = type.type == u"problem"_s;
    const bool configurationItem = type.type == u"ci"_s;
    m_ciDetails = nullptr;
    for (const FieldDef *f : type.allFields()) {
        if (f->viaTransition)
            continue;
        // The root-cause analysis has a tab of its own.
        if (analysed && RcaEditor::handles(f->name))
            continue;
        // A CI's type, subtype and attributes go together: the type decides the attributes.
        if (configurationItem && CiAttributesEditor::handles(f->name)) {
            if (!m_ciDetails) {
                m_ciDetails = new CiAttributesEditor(m_formHost);
                m_ciTypes.clear();
                if (m_document) {
                    if (Result<QList<CiTypeDef>> types = CiTypes::load(m_document->workbook().db());
                        types.ok())
                        m_ciTypes = *types;
                }
                m_ciDetails->setTypes(m_ciTypes);
                connect(m_ciDetails, &CiAttributesEditor::changed, this,
                        &RecordEditor::updateState);
                m_form->addRow(m_ciDetails);
            }
            continue;
        }
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
            else if (f->kind == FieldKind::DateTime) {
                e->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
                e->setToolTip(tr("In this computer's local time"));
            } else if (f->kind == FieldKind::Login) {
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
    // A ticket opens on its timeline: what happened, what is waiting, and where to write; a
    // problem on its analysis.
    const bool ticket = SlaFormat::appliesTo(type.type);
    for (QWidget *page : std::initializer_list<QWidget *> {m_sla, m_timeline, m_similar})
        setTabShown(page, ticket);
    setTabShown(m_rca, analysed);
    setTabShown(m_incidentsView, analysed);
    setTabShown(m_ciRelations, configurationItem);
    setTabShown(m_ciImpact, configurationItem);
    setTabShown(m_cmdbFindings, type.type == u"ci_audit"_s);
    if (ticket) {
        m_tabs->setCurrentWidget(m_timeline);
    } else if (analysed) {
        m_tabs->setCurrentWidget(m_rca);
    } else if (configurationItem) {
        m_tabs->setCurrentWidget(m_ciRelations);
    } else if (type.type == u"ci_audit"_s) {
        m_tabs->setCurrentWidget(m_cmdbFindings);
    } else if (!m_tabs->isTabVisible(m_tabs->currentIndex())) {
        m_tabs->setCurrentWidget(m_links);
    }
    // A problem's analysis below gets more of the height than its form, any other record's
    // form more than its tabs.
    m_share->setPercent(isProblem() ? AnalysedFormShare : FormShare);
    if (SlaFormat::appliesTo(type.type)) {
        // What the side pane matches on: looked up again once the typing pauses, so that an
        // incident being written meets its known error before it is saved.
        auto again = [this] {
            if (!m_filling)
                m_similarTimer->start();
        };
        for (const char *name : {"title", "description", "service", "category", "affected_ci"}) {
            QWidget *w = m_editors.value(QString::fromLatin1(name));
            if (auto *e = qobject_cast<QLineEdit *>(w))
                connect(e, &QLineEdit::textChanged, this, again);
            else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
                connect(p, &QPlainTextEdit::textChanged, this, again);
        }
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
    m_timeline->clear();
    m_similarTimer->stop();
    m_similar->forget();
    m_rca->clear();
    m_incidentsView->clear();
    m_ciRelations->clear();
    m_ciImpact->clear();
    m_cmdbFindings->clear();
    setTabShown(m_cmdbFindings, false);
    m_ciDetails = nullptr;
    for (QWidget *page : std::initializer_list<QWidget *> {
             m_rca, m_incidentsView, m_sla, m_timeline, m_similar, m_ciRelations, m_ciImpact})
        setTabShown(page, false);
    // A hidden tab may still be the current one: show one that stays.
    m_tabs->setCurrentWidget(m_links);
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
    // Nothing has happened to a new incident yet; what may help it is worth the room.
    if (type == u"incident"_s)
        m_tabs->setCurrentWidget(m_similar);
    if (QWidget *first = m_editors.value(u"title"_s))
        first->setFocus();
}

QString RecordEditor::originalText(const FieldDef &f) const
{
    const QString c = f.canonical(m_record.value(f.name));
    if (f.kind == FieldKind::Bool && c.isNull())
        return u"0"_s;
    return c.isNull() ? QString(u""_s) : formText(f, c);
}

void RecordEditor::fill()
{
    if (!m_type)
        return;
    m_filling = true;
    const bool isNew = m_record.id == 0;
    m_heading->setText(isNew ? tr("New %1").arg(m_type->labelInSentence())
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
            // Tickets escalate from their timeline; a problem has none.
            if (isProblem() && !lc->isFinal(m_record.type, m_record.state)) {
                auto *b = new QPushButton(tr("Escalate…"), this);
                b->setObjectName(u"escalateProblem"_s);
                b->setToolTip(tr("Hand the problem to another group, or take it up to a manager"));
                connect(b, &QPushButton::clicked, this, &RecordEditor::escalateProblem);
                m_transitions->addWidget(b);
            }
            m_transitions->addStretch();
        }
    }
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    for (QWidget *w : std::as_const(m_editors))
        setEditable(w, writable);
    if (isProblem())
        m_rca->setRecord(m_record, writable);
    else
        m_rca->clear();
    if (m_ciDetails)
        m_ciDetails->setRecord(m_record, writable, m_newCiType);
    m_filling = false;
    fillSideTabs();
    m_modified = false;
    updateState();
    Q_EMIT recordShown(m_record.id);
}

void RecordEditor::fillSideTabs()
{
    m_links->clear();
    m_history->clear();
    m_attachments->clear();
    fillSla();
    if (isProblem())
        m_incidentsView->showProblem(m_record);
    else
        m_incidentsView->clear();
    if (m_ciDetails && m_record.id != 0) {
        m_ciRelations->showCi(m_record, m_document && !m_document->workbook().isReadOnly());
        m_ciImpact->showCi(m_record.id);
    } else {
        m_ciRelations->clear();
        m_ciImpact->clear();
    }
    if (m_type && m_type->type == u"ci_audit"_s && m_record.id != 0)
        m_cmdbFindings->showAudit(m_record.id, m_document && !m_document->workbook().isReadOnly());
    else
        m_cmdbFindings->clear();
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
            } else if (e.action == u"update"_s && e.field == u"attributes"_s && m_ciDetails) {
                // One line per attribute that changed, as the attributes are kept together.
                for (const CiAttributeChange &c : CiAttributeChange::between(
                         m_ciTypes, m_record.fields.value(u"ci_type"_s).toString(), e.oldValue,
                         e.newValue))
                    new QTreeWidgetItem(m_history,
                                        {localTime(e.at), e.user, c.label,
                                         (c.before.isEmpty() ? u"—"_s : c.before) + u" → "_s
                                             + (c.after.isEmpty() ? u"—"_s : c.after)});
                continue;
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
    m_similarTimer->stop();
    if (!m_document || !m_type || !SlaFormat::appliesTo(m_type->type)) {
        m_similar->forget();
        return;
    }
    // What the form says now, saved or not: an incident being written meets its known errors
    // before anyone has saved it.
    SuggestionQuery query;
    query.text = (fieldText(u"title"_s) + u' ' + fieldText(u"description"_s)).trimmed();
    query.service = fieldText(u"service"_s).trimmed();
    query.category = fieldText(u"category"_s).trimmed();
    query.ci = fieldText(u"affected_ci"_s).trimmed();
    query.excludeLinkedTo = m_record.id;
    m_similar->lookUp(m_type->type, m_record.id, query);
}

void RecordEditor::updateSimilarTitle(int suggestions)
{
    const int tab = m_tabs->indexOf(m_similar);
    m_tabs->setTabText(tab,
                       suggestions > 0 ? tr("Known errors (%1) and similar").arg(suggestions)
                                       : tr("Known errors and similar"));
    // Seen from whichever tab is open: a known error may end the incident at once.
    m_tabs->setTabIcon(
        tab, suggestions > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void RecordEditor::applyWorkaround(qint64 knownErrorId)
{
    if (!m_document || m_applying || !m_type || m_type->type != u"incident"_s || m_record.id == 0
        || knownErrorId <= 0)
        return;
    const qint64 id = m_record.id;
    QString name = QString::number(knownErrorId);
    if (Result<Record> ke = m_document->store().load(knownErrorId); ke.ok())
        name = ke->humanId;
    m_applying = true;
    m_similar->setApplying(true);
    showMessage(tr("Applying the workaround of %1…").arg(name), false);
    m_document->write(
        [id, knownErrorId](RecordStore &store) -> Error {
            Result<qint64> r = Knowledge::applyWorkaround(store, id, knownErrorId);
            return r.ok() ? Error() : r.error();
        },
        this,
        [this, id, name](const Error &e) {
            m_applying = false;
            m_similar->setApplying(false);
            if (e.isError()) {
                showMessage(tr("The workaround of %1 was not applied: %2").arg(name, e.message()),
                            true);
                if (m_record.id == id)
                    fillSimilar();
                return;
            }
            const QString said =
                tr("Applied the workaround of %1: it is linked to %2 and written as a work note.")
                    .arg(name, m_record.id == id ? m_record.humanId : tr("the incident"));
            if (m_record.id == id) {
                // The form keeps what the user is typing; the tabs show the link and the note.
                if (!m_modified && !m_saving)
                    showRecord(id);
                else
                    fillSideTabs();
            }
            showMessage(said, false);
        });
}

void RecordEditor::escalateProblem()
{
    if (!m_document || !isProblem() || m_record.id == 0 || m_saving)
        return;
    Result<Record> problem = m_document->store().load(m_record.id);
    if (!problem.ok()) {
        showMessage(problem.error().message(), true);
        return;
    }
    EscalateDialog dialog(m_document->workbook(), problem->humanId,
                          problem->fields.value(u"assignment_group"_s).toString(), QString(), this);
    dialog.setMajorIncidentOffered(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EscalationRequest request = dialog.request();
    const qint64 id = problem->id;
    const int version = problem->version;
    m_document->write(
        [id, request, version](RecordStore &store) -> Error {
            Result<qint64> r = TicketWork(store).escalate(id, request, version);
            return r.ok() ? Error() : r.error();
        },
        this,
        [this, id, request](const Error &e) {
            if (e.isError()) {
                showMessage(e.message(), true);
                return;
            }
            const QString said = request.functional
                ? tr("Escalated to the group %1.").arg(request.toGroup)
                : tr("Escalated to %1.").arg(request.toPerson);
            // An escalation to a group reassigns the problem: show it as it is now.
            if (m_record.id == id && !m_modified && !m_saving)
                showRecord(id);
            showMessage(said, false);
        });
}

bool RecordEditor::isProblem() const
{
    return m_type && m_type->type == u"problem"_s;
}

CiAttributesEditor *RecordEditor::ciDetails() const
{
    return m_ciDetails;
}

void RecordEditor::setTabShown(QWidget *page, bool shown)
{
    m_tabs->setTabVisible(m_tabs->indexOf(page), shown);
}

void RecordEditor::updateTimelineTitle()
{
    const int n = m_timeline->attentionCount();
    m_tabs->setTabText(m_tabs->indexOf(m_timeline),
                       n > 0 ? tr("Timeline (%1 for attention)").arg(n) : tr("Timeline"));
}

void RecordEditor::fillSla()
{
    const bool ticket = m_type && SlaFormat::appliesTo(m_type->type);
    setTabShown(m_sla, ticket);
    setTabShown(m_timeline, ticket);
    setTabShown(m_similar, ticket);
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
    if (isProblem())
        changes.insert(m_rca->changes());
    if (m_ciDetails)
        changes.insert(m_ciDetails->changes());
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
    if (isProblem() && RcaEditor::handles(field))
        return m_rca->setFieldText(field, text);
    if (m_ciDetails && (CiAttributesEditor::handles(field) || field.startsWith(u"attributes."_s)))
        return m_ciDetails->setFieldText(field, text);
    QWidget *w = m_editors.value(field);
    if (!w)
        return false;
    setTextOf(w, text);
    return true;
}

QString RecordEditor::fieldText(const QString &field) const
{
    if (isProblem() && RcaEditor::handles(field))
        return m_rca->fieldText(field);
    if (m_ciDetails && (CiAttributesEditor::handles(field) || field.startsWith(u"attributes."_s)))
        return m_ciDetails->fieldText(field);
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
