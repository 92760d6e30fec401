#pragma once

#include "ui_global.h"

#include "problem/knowledge.h"
#include "records/search.h"

#include <QList>
#include <QPointer>
#include <QTreeWidget>

namespace sb::ui {

class WorkbookDocument;

// The side pane of a ticket in the record editor: what may help with it. For an incident,
// first the known errors and knowledge articles that match what its form says (ranked by
// Knowledge::suggest), each known error with its workaround and a button that applies it;
// then the records whose text is like the ticket's. Looked up on the document's reader
// thread; an answer to an earlier question is dropped.
class SB_UI_EXPORT SuggestionPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SuggestionPane(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    // Looks up what may help a ticket of `type` (`recordId` 0: one being written) whose form
    // says what `query` holds. Until the answer comes, what was shown for the same ticket
    // stays; for another ticket it goes at once.
    void lookUp(const QString &type, qint64 recordId, const SuggestionQuery &query);
    // Shows nothing and drops any answer still to come.
    void forget();
    bool isBusy() const { return m_busy; }
    // The known errors and articles shown.
    int suggestionCount() const { return int(m_suggestions.size()); }
    // Applying a workaround is offered for a saved incident, one at a time.
    void setApplying(bool applying);

Q_SIGNALS:
    void openRequested(qint64 id);
    void applyRequested(qint64 knownErrorId);
    // An answer was shown.
    void filled(int suggestions);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    QWidget *workaroundRow(const Suggestion &suggestion);
    // Word-wrapped workarounds take the height the pane's width gives them.
    void fitRows();
    void updateApplyButtons();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_applying = false;
    QString m_type;
    qint64 m_recordId = -1;
    // The last answer, kept to show again in another language.
    QList<Suggestion> m_suggestions;
    QList<SearchHit> m_hits;
    QString m_problem;
    bool m_answered = false;
};

} // namespace sb::ui
