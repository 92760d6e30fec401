#pragma once

#include "core_global.h"
#include "error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace sb {

class Workbook;

// Runs jobs on a thread of its own, over a connection of its own, one after another in the
// order submitted. The desktop program keeps one for writes, so that a workbook held by
// someone else never freezes the window (the job waits there, reporting how long, and the
// wait can be cancelled), and one for reading list pages.
class SB_CORE_EXPORT WorkbookThread : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Read, Write };
    using Job = std::function<Error(Workbook &)>;
    using Done = std::function<void(const Error &)>;

    WorkbookThread(const Workbook &main, Mode mode, QObject *parent = nullptr);
    ~WorkbookThread() override;

    // `done` runs on `context`'s thread after the job, unless `context` is gone by then.
    void submit(Job job, QObject *context, Done done);
    // Cancels a job that is waiting for a busy workbook (not one that is already writing).
    void cancelWaiting();

Q_SIGNALS:
    // The running job has waited `waitedMs` for a busy workbook so far.
    void waiting(int waitedMs);
    void busyChanged(bool busy);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::unique_ptr<Workbook> m_connection; // used on m_thread only
    const Workbook &m_main;
    const Mode m_mode;
    std::atomic_bool m_cancel {false};
    std::atomic_bool m_stopping {false}; // set once, when the thread is being shut down
    std::atomic_int m_pending {0};
};

} // namespace sb
