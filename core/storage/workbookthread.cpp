#include "workbookthread.h"

#include "workbook.h"

namespace sb {

WorkbookThread::WorkbookThread(const Workbook &main, Mode mode, QObject *parent)
    : QObject(parent)
    , m_main(main)
    , m_mode(mode)
{
    m_thread.setObjectName(mode == Mode::Write ? QStringLiteral("workbook-writer")
                                               : QStringLiteral("workbook-reader"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkbookThread::~WorkbookThread()
{
    // Jobs still queued are skipped, and one waiting for a busy workbook gives up at once.
    m_stopping = true;
    m_cancel = true;
    // The connection belongs to the worker thread: close it there, after the queued jobs.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WorkbookThread::submit(Job job, QObject *context, Done done)
{
    if (m_pending.fetch_add(1) == 0)
        Q_EMIT busyChanged(true);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job), guard, done = std::move(done)]() mutable {
            Error result;
            if (m_stopping) {
                result = Error(ErrorCode::Cancelled, QString());
            } else if (!m_connection) {
                Result<std::unique_ptr<Workbook>> wb = m_main.openAnother(m_mode == Mode::Read);
                if (wb.ok())
                    m_connection = std::move(wb).value();
                else
                    result = wb.error();
            }
            if (m_connection && !m_stopping) {
                m_cancel = false;
                RetryPolicy &policy = m_connection->db().retryPolicy();
                policy.cancel = &m_cancel;
                policy.stop = &m_stopping;
                policy.onWait = [this](int waitedMs) {
                    Q_EMIT waiting(waitedMs);
                };
                result = job(*m_connection);
                policy.onWait = nullptr;
                policy.cancel = nullptr;
                policy.stop = nullptr;
            }
            const bool last = m_pending.fetch_sub(1) == 1;
            QMetaObject::invokeMethod(
                this,
                [this, guard, done = std::move(done), result, last] {
                    if (guard && done)
                        done(result);
                    if (last)
                        Q_EMIT busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WorkbookThread::cancelWaiting()
{
    m_cancel = true;
}

} // namespace sb
