#include "workbookdocument.h"

#include <QFileInfo>

namespace sb::ui {

WorkbookDocument::WorkbookDocument(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent)
    , m_workbook(std::move(workbook))
    , m_store(*m_workbook)
{
    m_reader = std::make_unique<WorkbookThread>(*m_workbook, WorkbookThread::Mode::Read);
    m_writer = std::make_unique<WorkbookThread>(*m_workbook, WorkbookThread::Mode::Write);
    m_watcher = std::make_unique<ChangeWatcher>(*m_workbook);
    connect(m_watcher.get(), &ChangeWatcher::recordsChanged, this,
            &WorkbookDocument::recordsChanged);
    connect(m_watcher.get(), &ChangeWatcher::everythingChanged, this,
            &WorkbookDocument::everythingChanged);
    connect(m_watcher.get(), &ChangeWatcher::othersChanged, this, &WorkbookDocument::othersChanged);
    connect(m_writer.get(), &WorkbookThread::waiting, this, &WorkbookDocument::writeWaiting);
    connect(m_writer.get(), &WorkbookThread::busyChanged, this, &WorkbookDocument::writerBusy);
    const QString session = m_workbook->sessionId();
    if (!session.isEmpty()) {
        m_watcher->setHeartbeat([this, session] {
            m_writer->submit(
                [session](Workbook &wb) { return Presence::heartbeat(wb.db(), session); }, this,
                {});
        });
    }
    m_watcher->start();
}

WorkbookDocument::~WorkbookDocument()
{
    m_watcher->stop();
    // Threads first: their jobs may still use the workbook's settings.
    m_writer.reset();
    m_reader.reset();
}

QString WorkbookDocument::displayName() const
{
    return QFileInfo(m_workbook->path()).completeBaseName();
}

void WorkbookDocument::write(std::function<Error(RecordStore &)> job, QObject *context,
                             std::function<void(const Error &)> done)
{
    m_writer->submit(
        [job = std::move(job)](Workbook &wb) {
            RecordStore store(wb);
            return job(store);
        },
        context,
        [this, done = std::move(done)](const Error &e) {
            refreshNow();
            if (done)
                done(e);
        });
}

void WorkbookDocument::refreshNow()
{
    m_watcher->poll();
}

} // namespace sb::ui
