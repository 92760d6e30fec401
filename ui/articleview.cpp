#include "articleview.h"

#include "articleeditor.h"
#include "conflictdialog.h"
#include "recordcommands.h"
#include "workbookdocument.h"

#include "clock.h"
#include "records/permissions.h"
#include "records/recordtypes.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

const QString ArticleType = u"kb_article"_s;

const RecordTypeDef &articleType()
{
    static const RecordTypeDef *def = RecordTypes::find(ArticleType);
    Q_ASSERT(def);
    return *def;
}

// A field of the article as a person reads it; empty when it has no value.
QString shown(const Record &r, const char *name)
{
    const FieldDef *f = articleType().field(QString::fromLatin1(name));
    const QVariant v = r.value(QString::fromLatin1(name));
    if (!f || v.isNull() || v.toString().isEmpty())
        return {};
    return f->display(v);
}

QString fieldLabel(const char *name)
{
    const FieldDef *f = articleType().field(QString::fromLatin1(name));
    return f ? f->displayLabel() : QString::fromLatin1(name);
}

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

enum BottomTab { VersionsTab, LinksTab };

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"articleView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"articleHeading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(u"articleState"_s);
    m_state->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                           "padding: 2px 8px; background: palette(alternate-base); }"_s);
    top->addWidget(m_heading, 1);
    top->addWidget(m_state, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"articleMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"articleBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid "
                            "#e0c060; border-radius: 4px; padding: 4px 8px; }"_s);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] { showVersion(0); });
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_reader = new QTextBrowser(m_stack);
    m_reader->setObjectName(u"articleReader"_s);
    m_reader->setOpenExternalLinks(true);
    m_reader->document()->setDocumentMargin(10);
    m_editor = new ArticleEditor(m_stack);
    m_stack->addWidget(m_reader);
    m_stack->addWidget(m_editor);
    connect(m_editor, &ArticleEditor::modifiedChanged, this, [this](bool modified) {
        updateButtons();
        Q_EMIT modifiedChanged(modified);
    });

    m_tabs = new QTabWidget(this);
    m_versionList = new QTreeWidget(m_tabs);
    m_versionList->setObjectName(u"articleVersions"_s);
    m_versionList->setRootIsDecorated(false);
    m_versionList->setColumnCount(4);
    m_versionList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_versionList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem *> items = m_versionList->selectedItems();
        if (items.isEmpty())
            return;
        const int number = items.first()->data(0, Qt::UserRole).toInt();
        // The newest version is the text shown as current.
        showVersion(m_versionList->indexOfTopLevelItem(items.first()) == 0 ? 0 : number);
    });
    m_links = new QTreeWidget(m_tabs);
    m_links->setObjectName(u"articleLinks"_s);
    m_links->setRootIsDecorated(false);
    m_links->setColumnCount(4);
    connect(m_links, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_tabs->addTab(m_versionList, QString());
    m_tabs->addTab(m_links, QString());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_stack);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_transitions = new QHBoxLayout;
    buttons->addLayout(m_transitions);
    buttons->addStretch(1);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"articleEdit"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"articleCancel"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"articleSave"_s);
    m_save->setDefault(true);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(u"articleMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_edit, &QPushButton::clicked, this, &ArticleView::edit);
    connect(m_cancel, &QPushButton::clicked, this, &ArticleView::cancelEdit);
    connect(m_save, &QPushButton::clicked, this, &ArticleView::save);

    retranslateUi();
    clear();
}

void ArticleView::setDocument(WorkbookDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    // A save in flight belongs to the document that is going away.
    m_saving = false;
    if (m_document)
        connect(m_document, &WorkbookDocument::recordsChanged, this,
                &ArticleView::onRecordsChanged);
    clear();
}

void ArticleView::clear()
{
    m_article = Record();
    m_new = false;
    m_shownVersion = 0;
    m_versions.clear();
    m_versionList->clear();
    m_links->clear();
    m_reader->clear();
    m_stack->setCurrentWidget(m_reader);
    m_heading->setText(tr("No article selected"));
    m_state->hide();
    m_meta->clear();
    m_banner->hide();
    while (QLayoutItem *item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_message->clear();
    updateButtons();
}

bool ArticleView::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool ArticleView::isModified() const
{
    return isEditing() && (m_new || m_editor->isModified());
}

QString ArticleView::message() const
{
    return m_message->text();
}

void ArticleView::showArticle(qint64 id)
{
    if (!m_document)
        return;
    Result<Record> r = m_document->store().load(id);
    if (!r.ok() || r->type != ArticleType) {
        clear();
        showMessage(
            r.ok() ? tr("%1 is no knowledge article.").arg(r->humanId) : r.error().message(), true);
        return;
    }
    const bool sameArticle = m_article.id == id;
    const int version = sameArticle ? m_shownVersion : 0;
    m_article = *r;
    m_new = false;
    m_stack->setCurrentWidget(m_reader);
    m_editor->load(m_article);
    m_message->clear();
    fill();
    // Reading an earlier version goes on while the article changes around it.
    if (version != 0)
        showVersion(version);
}

void ArticleView::startNew()
{
    clear();
    m_new = true;
    Record blank;
    blank.type = ArticleType;
    m_article = blank;
    m_editor->load(blank);
    m_stack->setCurrentWidget(m_editor);
    m_heading->setText(tr("New knowledge article"));
    m_editor->titleEdit()->setFocus();
    updateButtons();
}

void ArticleView::fill()
{
    m_heading->setText(m_article.humanId + u"  "_s + m_article.title);
    Result<Lifecycles> lc = m_document->store().lifecycles();
    m_state->setText(lc.ok() ? lc->stateLabel(ArticleType, m_article.state)
                             : RecordTypes::stateLabel(m_article.state));
    m_state->show();
    QStringList meta;
    const QString version = m_article.fields.value(u"version_no"_s).toString();
    if (!version.isEmpty())
        meta << tr("Version %1").arg(version);
    for (const char *name : {"service", "category", "audience"}) {
        QString v = shown(m_article, name);
        // A service named by its ID reads better with its name.
        if (v.contains(u'-') && RecordTypes::findByPrefix(v.section(u'-', 0, 0))) {
            if (Result<qint64> id = m_document->store().resolve(v); id.ok()) {
                if (Result<Record> r = m_document->store().load(*id); r.ok())
                    v = r->humanId + u' ' + r->title;
            }
        }
        if (!v.isEmpty())
            meta << fieldLabel(name) + tr(": ") + v;
    }
    const QString review = shown(m_article, "review_date");
    meta << (review.isEmpty() ? tr("No review date") : tr("Review by %1").arg(review));
    const QString approvedBy = m_article.fields.value(u"approved_by"_s).toString();
    if (!approvedBy.isEmpty())
        meta << tr("Approved by %1, %2")
                    .arg(approvedBy,
                         localTime(m_article.fields.value(u"approved_at"_s).toString()));
    m_meta->setText(meta.join(u"  ·  "_s));
    fillVersions();
    showVersion(0);
    fillLinks();
    fillTransitions();
    updateButtons();
}

void ArticleView::fillVersions()
{
    const QSignalBlocker block(m_versionList);
    m_versionList->clear();
    m_versions.clear();
    if (!m_document || m_article.id == 0)
        return;
    Result<QList<ArticleVersion>> versions =
        Knowledge::versions(m_document->workbook().db(), m_article.id);
    if (!versions.ok()) {
        showMessage(versions.error().message(), true);
        return;
    }
    m_versions = *versions;
    for (const ArticleVersion &v : std::as_const(m_versions)) {
        const QString approved = v.approvedBy.isEmpty()
            ? QString()
            : tr("%1, %2").arg(v.approvedBy, localTime(v.approvedAt));
        auto *item = new QTreeWidgetItem(
            m_versionList,
            {QString::number(v.number), v.writtenBy, localTime(v.writtenAt), approved});
        item->setData(0, Qt::UserRole, v.number);
        item->setToolTip(0, v.title);
    }
    for (int c = 0; c < 3; ++c)
        m_versionList->resizeColumnToContents(c);
    m_tabs->setTabText(VersionsTab, tr("Versions (%1)").arg(m_versions.size()));
}

void ArticleView::fillLinks()
{
    m_links->clear();
    if (!m_document || m_article.id == 0)
        return;
    if (Result<QList<LinkInfo>> links = m_document->store().links(m_article.id); links.ok()) {
        for (const LinkInfo &l : *links) {
            auto *item = new QTreeWidgetItem(
                m_links,
                {l.label, l.otherHumanId, l.otherTitle, RecordTypes::stateLabel(l.otherState)});
            item->setData(0, Qt::UserRole, l.otherId);
        }
        m_tabs->setTabText(LinksTab, tr("Links (%1)").arg(links->size()));
    }
    m_links->resizeColumnToContents(0);
    m_links->resizeColumnToContents(1);
}

void ArticleView::fillTransitions()
{
    while (QLayoutItem *item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_document || m_article.id == 0 || m_document->workbook().isReadOnly())
        return;
    Result<Lifecycles> lc = m_document->store().lifecycles();
    if (!lc.ok())
        return;
    Result<Permissions> perms = m_document->store().permissions();
    for (const LifecycleTransition &t : lc->transitionsFrom(ArticleType, m_article.state)) {
        auto *b = new QPushButton(Lifecycles::transitionLabel(t.label), this);
        b->setObjectName(u"transition_"_s + t.to);
        // Approving and retiring are for the roles the lifecycle names; the write path checks
        // it too, this only says so before the click.
        const bool allowed = t.roles.isEmpty() || !perms.ok() || perms->isAdministrator()
            || perms->hasAnyRole(t.roles);
        QStringList roles;
        for (const QString &r : t.roles)
            roles << Permissions::roleLabel(r);
        b->setToolTip(allowed ? tr("Move to %1").arg(lc->stateLabel(ArticleType, t.to))
                              : tr("Needs one of these roles: %1").arg(roles.join(tr(", "))));
        b->setProperty("allowed", allowed);
        const QString to = t.to;
        connect(b, &QPushButton::clicked, this, [this, to] { runTransition(to); });
        m_transitions->addWidget(b);
        b->show();
    }
}

void ArticleView::updateButtons()
{
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    const bool editing = isEditing();
    m_edit->setVisible(!editing);
    m_edit->setEnabled(writable && m_article.id != 0 && !m_saving);
    m_cancel->setVisible(editing);
    m_cancel->setEnabled(!m_saving);
    m_save->setVisible(editing);
    m_save->setEnabled(writable && !m_saving && (m_new || m_editor->isModified()));
    for (int i = 0; i < m_transitions->count(); ++i) {
        if (QWidget *w = m_transitions->itemAt(i)->widget())
            w->setEnabled(writable && !m_saving && w->property("allowed").toBool());
    }
    m_tabs->setVisible(!m_new);
    // Earlier versions are read in the reading pane, not beside the editor.
    m_versionList->setEnabled(!editing);
}

void ArticleView::edit()
{
    if (!m_document || m_article.id == 0 || m_saving)
        return;
    if (m_shownVersion != 0)
        showVersion(0);
    m_editor->load(m_article);
    m_stack->setCurrentWidget(m_editor);
    m_editor->textEdit()->setFocus();
    m_message->clear();
    updateButtons();
}

void ArticleView::cancelEdit()
{
    if (m_new) {
        clear();
        Q_EMIT modifiedChanged(false);
        return;
    }
    m_editor->load(m_article);
    m_stack->setCurrentWidget(m_reader);
    m_message->clear();
    updateButtons();
}

void ArticleView::showVersion(int number)
{
    m_shownVersion = 0;
    const QString current = m_article.fields.value(u"version_no"_s).toString();
    const ArticleVersion *version = nullptr;
    for (const ArticleVersion &v : std::as_const(m_versions)) {
        if (v.number == number && QString::number(number) != current)
            version = &v;
    }
    if (!version) {
        m_reader->setMarkdown(m_article.fields.value(u"body"_s).toString());
        // A published article whose review date has passed asks for a review.
        const QString review = m_article.fields.value(u"review_date"_s).toString();
        if (m_article.state == u"published"_s && !review.isEmpty()
            && review < QDate::currentDate().toString(Qt::ISODate)) {
            m_banner->setText(tr("Due for review since %1: check that it is still right, then "
                                 "revise it or set a new review date.")
                                  .arg(shown(m_article, "review_date")));
            m_banner->show();
        } else {
            m_banner->hide();
        }
        if (!m_versions.isEmpty() && m_versionList->topLevelItemCount() > 0) {
            const QSignalBlocker block(m_versionList);
            m_versionList->setCurrentItem(m_versionList->topLevelItem(0));
        }
        return;
    }
    m_shownVersion = number;
    m_reader->setMarkdown(version->body);
    m_banner->setText(tr("You are reading version %1, “%2”, written by %3 on %4 (read-only). "
                         "<a href=\"current\">Show the current version</a>")
                          .arg(version->number)
                          .arg(version->title.toHtmlEscaped(), version->writtenBy.toHtmlEscaped(),
                               localTime(version->writtenAt)));
    m_banner->show();
    for (int i = 0; i < m_versionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_versionList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == number) {
            const QSignalBlocker block(m_versionList);
            m_versionList->setCurrentItem(item);
        }
    }
    updateButtons();
}

void ArticleView::save()
{
    if (!m_document || m_saving || !isEditing())
        return;
    if (m_new) {
        const QVariantMap values = m_editor->changes();
        m_saving = true;
        updateButtons();
        showMessage(tr("Saving…"), false);
        auto created = std::make_shared<qint64>(0);
        // A new record is no step on the undo stack: taking it back would be a deletion.
        m_document->write(
            [values, created](RecordStore &store) -> Error {
                Result<RecordRef> r = store.create(ArticleType, values);
                if (!r.ok())
                    return r.error();
                *created = r->id;
                return {};
            },
            this,
            [this, created](const Error &e) {
                m_saving = false;
                if (e.isError()) {
                    showMessage(e.message(), true);
                    updateButtons();
                    return;
                }
                showArticle(*created);
                showMessage(tr("Created %1.").arg(m_article.humanId), false);
                Q_EMIT saved(*created, true);
                Q_EMIT modifiedChanged(false);
            });
        return;
    }
    const QVariantMap changes = m_editor->changes();
    if (changes.isEmpty()) {
        cancelEdit();
        showMessage(tr("Nothing was changed."), false);
        return;
    }
    submit(m_article, changes, {});
}

void ArticleView::runTransition(const QString &toState)
{
    if (!m_document || m_saving || m_article.id == 0)
        return;
    submit(m_article, isEditing() ? m_editor->changes() : QVariantMap(), toState);
}

void ArticleView::submit(const Record &base, const QVariantMap &changes, const QString &toState)
{
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    const qint64 id = base.id;
    const QString humanId = base.humanId;
    QUndoCommand *command = toState.isEmpty()
        ? static_cast<QUndoCommand *>(new RecordEditCommand(id, humanId, changes, base.version))
        : new RecordTransitionCommand(id, humanId, toState, changes, base.version);
    m_document->perform(command, this, [this, id, humanId, changes, toState](const Error &e) {
        m_saving = false;
        const bool stillShown = m_article.id == id;
        if (e.isError()) {
            if (!stillShown) {
                showMessage(tr("%1 was not saved: %2").arg(humanId, e.message()), true);
            } else {
                showMessage(e.message(), true);
                if (e.code() == ErrorCode::Conflict)
                    handleConflict(id, changes, toState);
            }
            updateButtons();
            return;
        }
        if (stillShown) {
            showArticle(id);
            showMessage(tr("Saved %1: version %2 of the article.")
                            .arg(humanId, m_article.fields.value(u"version_no"_s).toString()),
                        false);
            Q_EMIT modifiedChanged(false);
        } else {
            updateButtons();
        }
        Q_EMIT saved(id, false);
    });
}

void ArticleView::handleConflict(qint64 id, const QVariantMap &mine, const QString &toState)
{
    Result<Record> theirs = m_document->store().load(id);
    if (!theirs.ok()) {
        showMessage(theirs.error().message(), true);
        return;
    }
    auto *dialog = new ConflictDialog(articleType(), mine, *theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Record current = *theirs;
    connect(dialog, &QDialog::finished, this, [this, dialog, mine, toState, current] {
        if (m_article.id != current.id)
            return; // moved on to another article meanwhile
        switch (dialog->choice()) {
        case ConflictDialog::UseTheirs:
            showArticle(current.id);
            showMessage(tr("Showing the saved version; your changes were discarded."), false);
            Q_EMIT modifiedChanged(false);
            break;
        case ConflictDialog::SaveMine: submit(current, mine, toState); break;
        case ConflictDialog::KeepEditing: break;
        }
    });
    dialog->open();
}

void ArticleView::onRecordsChanged(const QList<ChangeEntry> &changes)
{
    if (m_article.id == 0 || m_saving || isModified())
        return;
    for (const ChangeEntry &c : changes) {
        if (c.recordId != m_article.id && !(c.recordId == 0 && c.type.isEmpty()))
            continue;
        Result<Record> now = m_document->store().load(m_article.id);
        if (!now.ok()) {
            clear();
            showMessage(now.error().message(), true);
            return;
        }
        // A link made or removed leaves the version as it is, and shows only in the links.
        if (now->version != m_article.version) {
            const bool editing = isEditing();
            showArticle(m_article.id);
            if (editing)
                edit();
        } else {
            fillLinks();
        }
        return;
    }
}

void ArticleView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

void ArticleView::retranslateUi()
{
    m_edit->setText(tr("&Edit"));
    m_edit->setToolTip(tr("Change the text and the details of the article"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Leave the editor without saving"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the article: a changed text is a new version"));
    m_tabs->setTabText(VersionsTab,
                       m_versions.isEmpty() ? tr("Versions")
                                            : tr("Versions (%1)").arg(m_versions.size()));
    m_tabs->setTabText(LinksTab, tr("Links"));
    m_versionList->setHeaderLabels({tr("Version"), tr("Written by"), tr("When"), tr("Approved")});
    m_links->setHeaderLabels({tr("Relation"), tr("ID"), tr("Title"), tr("State")});
    if (m_article.id != 0) {
        const int version = m_shownVersion;
        fill();
        if (version != 0)
            showVersion(version);
    } else if (m_new) {
        m_heading->setText(tr("New knowledge article"));
    } else {
        m_heading->setText(tr("No article selected"));
    }
}

void ArticleView::changeEvent(QEvent *event)
{
    // The editor keeps what was typed: fill() leaves it alone.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sb::ui
