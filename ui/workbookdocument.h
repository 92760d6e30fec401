#pragma once

#include "ui_global.h"

#include "records/recordstore.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sb::ui {

// An open workbook as the desktop program holds it: the UI thread's connection (short reads
// for forms), a reader thread for list pages, a writer thread for every change, and the
// watcher that notices what other programs commit.
class SB_UI_EXPORT WorkbookDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorkbookDocument(std::unique_ptr<Workbook> workbook, QObject *parent = nullptr);
    ~WorkbookDocument() override;

    Workbook &workbook() { return *m_workbook; }
    RecordStore &store() { return m_store; }
    WorkbookThread &reader() { return *m_reader; }
    WorkbookThread &writer() { return *m_writer; }
    ChangeWatcher &watcher() { return *m_watcher; }
    QString path() const { return m_workbook->path(); }
    QString displayName() const;

    // Runs a change on the writer thread; `done` gets its error (or none) on the UI thread,
    // after the views have been told what changed.
    void write(std::function<Error(RecordStore &)> job, QObject *context,
               std::function<void(const Error &)> done);
    // Looks for changes now (after a save, so the views update at once).
    void refreshNow();

Q_SIGNALS:
    void recordsChanged(const QList<sb::ChangeEntry> &changes);
    void everythingChanged();
    void othersChanged(const QList<sb::PresenceEntry> &others);
    void writeWaiting(int waitedMs);
    void writerBusy(bool busy);

private:
    std::unique_ptr<Workbook> m_workbook;
    RecordStore m_store;
    std::unique_ptr<WorkbookThread> m_reader;
    std::unique_ptr<WorkbookThread> m_writer;
    std::unique_ptr<ChangeWatcher> m_watcher;
};

} // namespace sb::ui
