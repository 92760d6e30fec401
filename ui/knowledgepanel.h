#pragma once

#include "ui_global.h"

#include "recordpanel.h"

#include <QList>

class QSplitter;
class QStackedWidget;
class QTabBar;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class ArticleView;
class KnownErrorListModel;
class KnownErrorView;

// Knowledge: the known error database and the knowledge base, one type tab each. Known errors
// are listed with how often they were applied and shown as a summary (symptom, root cause,
// workaround, the problem they came from) above the record editor. Knowledge articles are
// read, written and approved in an ArticleView in place of the editor. A row of saved views
// above the list narrows it: active or retired known errors; published articles, drafts and
// those in review, and those due for review.
class SB_UI_EXPORT KnowledgePanel : public RecordPanel
{
    Q_OBJECT
public:
    enum class View {
        KnownErrorsActive,
        KnownErrorsRetired,
        KnownErrorsAll,
        ArticlesPublished,
        ArticlesDrafts, // drafts and articles in review
        ArticlesDue, // published, review date passed
        ArticlesAll,
    };

    explicit KnowledgePanel(QWidget *parent = nullptr);
    ~KnowledgePanel() override;

    void setDocument(WorkbookDocument *document) override;

    // The views the current type offers, and the one shown.
    QList<View> availableViews() const;
    View currentView() const;
    void setView(View view);
    QTabBar *viewBar() const { return m_viewBar; }
    KnownErrorListModel *knownErrorModel() const { return m_keModel; }
    KnownErrorView *knownErrorView() const { return m_keView; }
    ArticleView *articleView() const { return m_article; }
    // An article with changes not saved yet.
    bool hasUnsavedArticle() const;

Q_SIGNALS:
    // A record of another type to be opened where it belongs (a known error's problem).
    void openRecordRequested(qint64 id, const QString &type);

protected:
    void adjustSpec(ListSpec *spec) const override;
    void changeEvent(QEvent *event) override;

private:
    void syncType();
    void syncRecord();
    void retranslateViews();
    void updateDue();
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    void openElsewhere(qint64 id);
    QString viewKey(View view) const;

    KnownErrorListModel *m_keModel = nullptr;
    KnownErrorView *m_keView = nullptr;
    ArticleView *m_article = nullptr;
    QStackedWidget *m_side = nullptr;
    QSplitter *m_keSplit = nullptr;
    QTabBar *m_viewBar = nullptr;
    QString m_shownType; // the type the view bar and side pane are set up for
    View m_knownErrorsView = View::KnownErrorsActive;
    View m_articlesView = View::ArticlesPublished;
    QVariantList m_dueIds; // articles due for review, for that view
    QString m_dueDay; // the day m_dueIds were read for
    // To the widgets RecordPanel owns, which outlive this part of the panel while it is
    // destroyed.
    QList<QMetaObject::Connection> m_baseConnections;
};

} // namespace sb::ui
