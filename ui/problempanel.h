#pragma once

#include "ui_global.h"

#include "recordpanel.h"
#include "viewtabbar.h"

#include <QList>

namespace sb::ui {

// Problem management's queue: the problems, narrowed by a saved view chosen in a row of tabs
// above the list, beside the editor (which has the root-cause analysis and the incidents
// behind the problem).
class SB_UI_EXPORT ProblemPanel : public RecordPanel
{
    Q_OBJECT
public:
    enum class View {
        Mine, // open, managed by or assigned to the acting user
        Open, // not in a final state
        KnownErrors, // root cause or workaround known, the fix still to come
        Recurred, // resolved, but incidents came back after the fix
        All,
    };

    explicit ProblemPanel(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document) override;

    QList<View> views() const { return m_views; }
    View currentView() const { return m_view; }
    void setView(View view);
    ViewTabBar *viewBar() const { return m_viewBar; }

protected:
    void adjustSpec(ListSpec *spec) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateViews();
    void fitColumns();
    static QString viewKey(View view);

    QList<View> m_views;
    View m_view = View::Open;
    ViewTabBar *m_viewBar = nullptr;
};

} // namespace sb::ui
