#pragma once

#include "ui_global.h"

#include "problem/knowledge.h"
#include "records/record.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class ArticleEditor;
class WorkbookDocument;

// One knowledge article in the knowledge base browser: read (the Markdown body rendered, with
// its title, state, version, service and review date), edited (ArticleEditor), moved along
// its lifecycle (submit for review, send back, approve and publish, revise, retire), and its
// versions: selecting an earlier one shows that text, read-only.
//
// A save is an undoable step through the document, naming the version of the record that was
// read: if someone saved the article meanwhile, the conflict dialog shows both and nothing is
// overwritten. A new article is created the way RecordEditor creates records (not a step).
class SB_UI_EXPORT ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    // Shows an article as it is saved now, for reading.
    void showArticle(qint64 id);
    // An empty article in the editor, created by save().
    void startNew();
    void clear();

    qint64 articleId() const { return m_article.id; }
    const Record &article() const { return m_article; }
    bool isNew() const { return m_new; }
    bool isEditing() const;
    bool isModified() const;
    bool isSaving() const { return m_saving; }
    // The version shown: 0 for the current text, else an earlier version's number.
    int shownVersion() const { return m_shownVersion; }
    const QList<ArticleVersion> &versions() const { return m_versions; }
    QString message() const;

    ArticleEditor *editor() const { return m_editor; }
    QTextBrowser *reader() const { return m_reader; }
    QTreeWidget *versionList() const { return m_versionList; }

public Q_SLOTS:
    void edit();
    // Leaves the editor; unsaved changes are dropped.
    void cancelEdit();
    void save();
    // Takes a lifecycle step; while editing, the changes go with it.
    void runTransition(const QString &toState);
    // 0: the current text.
    void showVersion(int number);

Q_SIGNALS:
    void saved(qint64 id, bool created);
    void openRequested(qint64 id);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillVersions();
    void fillLinks();
    void fillTransitions();
    void updateButtons();
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    void submit(const Record &base, const QVariantMap &changes, const QString &toState);
    void handleConflict(qint64 id, const QVariantMap &mine, const QString &toState);
    void showMessage(const QString &text, bool error);
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    Record m_article; // as loaded; id 0 while creating
    bool m_new = false;
    bool m_saving = false;
    int m_shownVersion = 0;
    QList<ArticleVersion> m_versions;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_reader = nullptr;
    ArticleEditor *m_editor = nullptr;
    QHBoxLayout *m_transitions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_versionList = nullptr;
    QTreeWidget *m_links = nullptr;
};

} // namespace sb::ui
