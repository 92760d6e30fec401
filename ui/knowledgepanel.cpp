#include "knowledgepanel.h"
#include "viewtabbar.h"

#include "splittershare.h"

#include "articleeditor.h"
#include "articleview.h"
#include "knownerrorlistmodel.h"
#include "knownerrorview.h"
#include "recordeditor.h"
#include "workbookdocument.h"

#include "problem/knowledge.h"
#include "records/recordquery.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"

#include <QDate>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

const QString KnownErrorType = u"known_error"_s;
const QString ArticleType = u"kb_article"_s;

QList<KnowledgePanel::View> viewsOf(const QString &type)
{
    using V = KnowledgePanel::View;
    if (type == KnownErrorType)
        return {V::KnownErrorsActive, V::KnownErrorsRetired, V::KnownErrorsAll};
    if (type == ArticleType)
        return {V::ArticlesPublished, V::ArticlesDrafts, V::ArticlesDue, V::ArticlesAll};
    return {};
}

} // namespace

KnowledgePanel::KnowledgePanel(QWidget *parent)
    : RecordPanel(u"knowledgeDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Knowledge"),
                  {{KnownErrorType,
                    {u"title"_s, u"state"_s, u"service"_s, u"category"_s, u"affected_ci"_s,
                     u"problem"_s, u"identified_at"_s}},
                   {ArticleType,
                    {u"title"_s, u"state"_s, u"version_no"_s, u"service"_s, u"category"_s,
                     u"review_date"_s, u"published_at"_s}}},
                  new KnownErrorListModel, parent)
{
    m_keModel = static_cast<KnownErrorListModel *>(model());

    const QSettings settings;
    const QString keSaved = settings.value(objectName() + u"/knownErrorView"_s).toString();
    const QString kbSaved = settings.value(objectName() + u"/articleView"_s).toString();
    for (View v : viewsOf(KnownErrorType)) {
        if (viewKey(v) == keSaved)
            m_knownErrorsView = v;
    }
    for (View v : viewsOf(ArticleType)) {
        if (viewKey(v) == kbSaved)
            m_articlesView = v;
    }

    // Two sets of views, one per type, each remembered on its own (below).
    m_viewBar = new ViewTabBar(u"knowledgeViews"_s, this);
    addHeaderWidget(m_viewBar);
    connect(m_viewBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            setView(View(m_viewBar->tabData(index).toInt()));
    });

    // Beside the list: a known error's summary above the record editor, or the article.
    m_keView = new KnownErrorView;
    m_article = new ArticleView;
    m_side = new QStackedWidget;
    m_side->setObjectName(u"knowledgeSide"_s);
    RecordEditor *recordEditor = editor();
    splitter()->replaceWidget(1, m_side);
    m_keSplit = new QSplitter(Qt::Vertical);
    m_keSplit->setChildrenCollapsible(false);
    m_keSplit->addWidget(m_keView);
    m_keSplit->addWidget(recordEditor);
    m_keSplit->setStretchFactor(0, 2);
    m_keSplit->setStretchFactor(1, 3);
    recordEditor->show();
    m_side->addWidget(m_keSplit);
    m_side->addWidget(m_article);
    splitter()->setStretchFactor(0, 2);
    splitter()->setStretchFactor(1, 3);
    // The size hints would give the list a sliver.
    setListShare(40);
    SplitterShare::keep(m_keSplit, 40);

    // The editor says which record the panel shows, however it came to show it (a row
    // selected, a record opened from elsewhere, a new one started).
    m_baseConnections << connect(recordEditor, &RecordEditor::recordShown, this,
                                 &KnowledgePanel::syncRecord);
    m_baseConnections << connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
                                 this, &KnowledgePanel::syncRecord);
    m_baseConnections << connect(recordEditor, &RecordEditor::saved, this,
                                 &KnowledgePanel::syncRecord);
    // A new list is built whenever the type changes (and for filters and sorts, which leave
    // the type as it is).
    m_baseConnections << connect(model(), &QAbstractItemModel::modelReset, this,
                                 &KnowledgePanel::syncType);

    // Records of other types open where they belong, not in this panel's editor.
    disconnect(recordEditor, &RecordEditor::openRequested, this, nullptr);
    connect(recordEditor, &RecordEditor::openRequested, this, &KnowledgePanel::openElsewhere);
    connect(m_keView, &KnownErrorView::openRequested, this, &KnowledgePanel::openElsewhere);
    connect(m_article, &ArticleView::openRequested, this, &KnowledgePanel::openElsewhere);
    connect(m_article, &ArticleView::saved, this, [this](qint64 id, bool created) {
        // A new article is selected in the list once it is there.
        if (created)
            showRecord(id, ArticleType);
    });

    syncType();
}

KnowledgePanel::~KnowledgePanel()
{
    for (const QMetaObject::Connection &c : std::as_const(m_baseConnections))
        disconnect(c);
}

QString KnowledgePanel::viewKey(View view) const
{
    switch (view) {
    case View::KnownErrorsActive: return u"active"_s;
    case View::KnownErrorsRetired: return u"retired"_s;
    case View::KnownErrorsAll: return u"all"_s;
    case View::ArticlesPublished: return u"published"_s;
    case View::ArticlesDrafts: return u"drafts"_s;
    case View::ArticlesDue: return u"due"_s;
    case View::ArticlesAll: return u"all"_s;
    }
    return {};
}

void KnowledgePanel::setDocument(WorkbookDocument *doc)
{
    if (document())
        document()->disconnect(this);
    if (doc)
        connect(doc, &WorkbookDocument::recordsChanged, this, &KnowledgePanel::onRecordsChanged);
    m_keModel->setCountDocument(doc);
    m_keView->setDocument(doc);
    m_article->setDocument(doc);
    m_dueIds.clear();
    m_dueDay.clear();
    // Read before the list is built: the view filters on them.
    if (doc && m_articlesView == View::ArticlesDue)
        updateDue();
    RecordPanel::setDocument(doc);
    syncType();
    syncRecord();
}

QList<KnowledgePanel::View> KnowledgePanel::availableViews() const
{
    return viewsOf(currentType());
}

KnowledgePanel::View KnowledgePanel::currentView() const
{
    return currentType() == ArticleType ? m_articlesView : m_knownErrorsView;
}

void KnowledgePanel::setView(View view)
{
    const QString type = currentType();
    if (!viewsOf(type).contains(view))
        return;
    {
        const QSignalBlocker block(m_viewBar);
        for (int i = 0; i < m_viewBar->count(); ++i) {
            if (View(m_viewBar->tabData(i).toInt()) == view)
                m_viewBar->setCurrentIndex(i);
        }
    }
    if (view == currentView() && !(view == View::ArticlesDue && m_dueDay.isEmpty()))
        return;
    if (type == ArticleType) {
        m_articlesView = view;
        QSettings().setValue(objectName() + u"/articleView"_s, viewKey(view));
    } else {
        m_knownErrorsView = view;
        QSettings().setValue(objectName() + u"/knownErrorView"_s, viewKey(view));
    }
    if (view == View::ArticlesDue)
        updateDue();
    reloadList();
}

void KnowledgePanel::updateDue()
{
    m_dueIds.clear();
    m_dueDay = QDate::currentDate().toString(Qt::ISODate);
    if (!document())
        return;
    Result<QList<qint64>> due = Knowledge::dueForReview(document()->workbook().db(), m_dueDay);
    if (!due.ok())
        return; // the list says nothing is due; the next change reads again
    for (qint64 id : *due)
        m_dueIds << id;
}

void KnowledgePanel::onRecordsChanged(const QList<ChangeEntry> &changes)
{
    if (currentType() != ArticleType || m_articlesView != View::ArticlesDue)
        return;
    for (const ChangeEntry &c : changes) {
        if (c.type == ArticleType || c.type.isEmpty()) {
            const QVariantList before = m_dueIds;
            updateDue();
            if (before != m_dueIds)
                reloadList();
            return;
        }
    }
}

void KnowledgePanel::adjustSpec(ListSpec *spec) const
{
    if (spec->type == KnownErrorType) {
        switch (m_knownErrorsView) {
        case View::KnownErrorsActive: spec->where.append({u"state"_s, u"active"_s}); break;
        case View::KnownErrorsRetired: spec->where.append({u"state"_s, u"retired"_s}); break;
        default: break;
        }
    } else if (spec->type == ArticleType) {
        switch (m_articlesView) {
        case View::ArticlesPublished: spec->where.append({u"state"_s, u"published"_s}); break;
        case View::ArticlesDrafts:
            spec->whereIn.append({u"state"_s, QVariantList {u"draft"_s, u"in_review"_s}});
            break;
        case View::ArticlesDue: spec->whereIn.append({u"id"_s, m_dueIds}); break;
        default: break;
        }
    }
}

void KnowledgePanel::syncType()
{
    const QString type = currentType();
    if (type == m_shownType)
        return;
    m_shownType = type;
    {
        const QSignalBlocker block(m_viewBar);
        while (m_viewBar->count() > 0)
            m_viewBar->removeTab(0);
        const View current = currentView();
        for (View v : viewsOf(type)) {
            const int i = m_viewBar->addTab(QString());
            m_viewBar->setTabData(i, int(v));
            if (v == current)
                m_viewBar->setCurrentIndex(i);
        }
    }
    retranslateViews();
    m_side->setCurrentWidget(type == ArticleType ? static_cast<QWidget *>(m_article) : m_keSplit);
    // The due list is read when its view is first shown in this document.
    if (type == ArticleType && m_articlesView == View::ArticlesDue && m_dueDay.isEmpty()
        && document()) {
        updateDue();
        reloadList();
    }
}

void KnowledgePanel::syncRecord()
{
    const Record &r = editor()->record();
    if (r.type == KnownErrorType || (r.id == 0 && currentType() == KnownErrorType)) {
        // Also for the one shown: a save or a change may have altered it or its counts.
        m_keView->showKnownError(r);
        return;
    }
    if (r.type != ArticleType && currentType() != ArticleType)
        return;
    if (r.id == 0) {
        if (r.type == ArticleType && !m_article->isNew())
            m_article->startNew();
        else if (r.type.isEmpty() && !m_article->isModified())
            m_article->clear();
        return;
    }
    if (r.id == m_article->articleId())
        return;
    if (m_article->isModified()) {
        const QString which =
            m_article->isNew() ? tr("The new article") : m_article->article().humanId;
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them first?").arg(which),
            QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            m_article->save(); // finishes in the background; the article shown moves on
    }
    m_article->showArticle(r.id);
}

void KnowledgePanel::openElsewhere(qint64 id)
{
    if (!document() || id == 0)
        return;
    Result<Record> r = document()->store().load(id);
    if (!r.ok())
        return;
    if (!handles(r->type)) {
        Q_EMIT openRecordRequested(id, r->type);
        return;
    }
    if (editor()->isModified()) {
        QMessageBox::information(this, tr("Unsaved changes"),
                                 tr("%1 has changes that are not saved. Save or revert them "
                                    "first.")
                                     .arg(editor()->record().humanId));
        return;
    }
    showRecord(id, r->type);
}

bool KnowledgePanel::hasUnsavedArticle() const
{
    return m_article->isModified();
}

void KnowledgePanel::retranslateViews()
{
    for (int i = 0; i < m_viewBar->count(); ++i) {
        QString text;
        QString toolTip;
        switch (View(m_viewBar->tabData(i).toInt())) {
        case View::KnownErrorsActive:
            text = tr("Active");
            toolTip = tr("Known errors whose workaround applies now");
            break;
        case View::KnownErrorsRetired:
            text = tr("Retired");
            toolTip = tr("Known errors no longer offered: fixed for good, or replaced");
            break;
        case View::KnownErrorsAll:
            text = tr("All");
            toolTip = tr("Every known error");
            break;
        case View::ArticlesPublished:
            text = tr("Published");
            toolTip = tr("Approved articles, offered to agents and in search");
            break;
        case View::ArticlesDrafts:
            text = tr("Drafts and in review");
            toolTip = tr("Articles being written, and those waiting for approval");
            break;
        case View::ArticlesDue:
            text = tr("Due for review");
            toolTip = tr("Published articles whose review date has passed");
            break;
        case View::ArticlesAll:
            text = tr("All");
            toolTip = tr("Every article, retired ones too");
            break;
        }
        m_viewBar->setTabText(i, text);
        m_viewBar->setTabToolTip(i, toolTip);
    }
}

void KnowledgePanel::changeEvent(QEvent *event)
{
    RecordPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateViews();
}

} // namespace sb::ui
