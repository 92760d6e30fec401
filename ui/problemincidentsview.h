#pragma once

#include "ui_global.h"

#include "records/record.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sb::ui {

class WorkbookDocument;

// The record editor's "Incidents" tab for a problem: the incidents linked to it (while they
// were worked, or as recurrences after the fix) with their state, and, once the problem is
// resolved, whether its fix held (ProblemEffectiveness::outcome, looked up on the document's
// reader thread). Double-click asks to open an incident.
class SB_UI_EXPORT ProblemIncidentsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemIncidentsView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    // Problem id 0: one not saved yet.
    void showProblem(const Record &problem);
    void clear();
    QTreeWidget *list() const { return m_list; }
    int incidentCount() const;
    QString outcomeText() const;

Q_SIGNALS:
    void openRequested(qint64 id);
    // The incidents were listed again; the tab shows how many.
    void countChanged(int incidents);

protected:
    void changeEvent(QEvent *event) override;

private:
    void lookUpOutcome();
    void setOutcome(const QString &text, const QString &style = {});

    QPointer<WorkbookDocument> m_document;
    Record m_problem;
    quint64 m_generation = 0;
    QLabel *m_outcome = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace sb::ui
