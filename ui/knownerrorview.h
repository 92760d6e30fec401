#pragma once

#include "ui_global.h"

#include "records/record.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace sb::ui {

class WorkbookDocument;

// What an agent reads first about a known error: the symptom, the root cause and the
// workaround, the problem it came from (a link that opens it), where it applies and how often
// it was applied. Fields are edited in the record editor below it.
class SB_UI_EXPORT KnownErrorView : public QWidget
{
    Q_OBJECT
public:
    explicit KnownErrorView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    // Shows a known error as loaded (the editor's record); an empty record clears the view.
    void showKnownError(const Record &knownError);
    qint64 knownErrorId() const { return m_record.id; }
    // The problem shown as its origin, 0 when none is known.
    qint64 problemId() const { return m_problemId; }
    qint64 timesApplied() const { return m_applied; }
    QTextBrowser *browser() const { return m_text; }

Q_SIGNALS:
    void openRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QPointer<WorkbookDocument> m_document;
    Record m_record;
    qint64 m_problemId = 0;
    QString m_problemText;
    qint64 m_applied = -1;
    QHash<QString, QString> m_names; // service and CI IDs with their names
    QTextBrowser *m_text = nullptr;
};

} // namespace sb::ui
