#pragma once

#include "ui_global.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace sb {
struct ListSpec;
}

namespace sb::ui {

class RecordEditor;
class RecordListModel;
class SplitterShare;
class WorkbookDocument;

// A dock with a lazy list of records (one tab per record type it shows), a quick filter that
// searches the full-text index, and the record editor beside the list. The pattern every
// process panel follows.
class SB_UI_EXPORT RecordPanel : public QDockWidget
{
    Q_OBJECT
public:
    struct TypeView
    {
        QString type;
        QStringList columns; // list columns after the ID
        bool byHand = true; // "New" makes one; false: records another action makes
    };

    // `title` is a source text in the "RecordPanel" context (QT_TRANSLATE_NOOP at the caller).
    RecordPanel(const QString &objectName, const char *title, const QList<TypeView> &types,
                QWidget *parent = nullptr);

    virtual void setDocument(WorkbookDocument *document);
    bool handles(const QString &type) const;
    QString currentType() const;
    void selectType(const QString &type);
    void showRecord(qint64 id, const QString &type);
    void newRecord();

    RecordListModel *model() const { return m_model; }
    RecordEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }

protected:
    // For panels that show their lists through a model of their own (a subclass of
    // RecordListModel); the panel takes it over.
    RecordPanel(const QString &objectName, const char *title, const QList<TypeView> &types,
                RecordListModel *model, QWidget *parent = nullptr);
    void changeEvent(QEvent *event) override;
    // Narrows the list of the current type (a saved view, say); called whenever it is built.
    virtual void adjustSpec(ListSpec *spec) const { Q_UNUSED(spec); }
    // Builds the list again with what adjustSpec() says now, keeping the sort, the quick
    // filter and the record in the editor.
    void reloadList();
    QSplitter *splitter() const { return m_splitter; }
    // The list keeps this share (in percent) of the width until the user moves the handle
    // (see SplitterShare).
    void setListShare(int percent);
    // Puts a widget above the quick filter (below the type tabs).
    void addHeaderWidget(QWidget *widget);
    WorkbookDocument *document() const { return m_document; }

private:
    void retranslateUi();
    ListSpec listSpec(int index) const;
    void applyType(int index);
    void onCurrentRowChanged(int row);
    bool confirmLeave();
    void updateCount();
    void selectPending();

    const char *m_title;
    QList<TypeView> m_types;
    QPointer<WorkbookDocument> m_document;
    QTabBar *m_tabBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_new = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr; // why the list could not be read, while it could not
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    RecordEditor *m_editor = nullptr;
    RecordListModel *m_model = nullptr;
    QTimer *m_filterTimer = nullptr;
    int m_currentTab = 0;
    SplitterShare *m_listShare = nullptr;
    qint64 m_pendingSelection = 0; // shown in the editor, to select once its page is loaded
};

} // namespace sb::ui
