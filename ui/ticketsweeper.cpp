#include "ticketsweeper.h"

#include "workbookdocument.h"

#include "incident/ticketwork.h"
#include "problem/effectiveness.h"
#include "records/recordstore.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int FirstSweepMs = 10 * 1000;
constexpr int SweepEveryMs = 5 * 60 * 1000;
} // namespace

TicketSweeper::TicketSweeper(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(SweepEveryMs);
        sweepNow();
    });
}

void TicketSweeper::setDocument(WorkbookDocument *document)
{
    m_document = document;
    m_running = false;
    m_timer.stop();
    if (!document || document->workbook().isReadOnly())
        return;
    m_timer.start(FirstSweepMs);
}

void TicketSweeper::sweepNow()
{
    if (!m_document || m_running || m_document->workbook().isReadOnly())
        return;
    Result<Permissions> perms = m_document->store().permissions();
    if (!perms.ok() || !perms->allows(u"incident"_s, u"update"_s)
        || !perms->allows(u"incident"_s, u"transition"_s))
        return;
    // Problems whose fix did not hold are marked by whoever may change problems.
    const bool problems =
        perms->allows(u"problem"_s, u"update"_s) && perms->allows(u"incident"_s, u"link"_s);
    m_running = true;
    auto result = std::make_shared<SweepResult>();
    auto recurred = std::make_shared<qint64>(0);
    m_document->write(
        [result, recurred, problems](RecordStore &store) -> Error {
            Result<SweepResult> r = TicketWork(store).sweep();
            if (!r.ok())
                return r.error();
            *result = *r;
            if (problems) {
                Result<qint64> marked = ProblemEffectiveness::markRecurrences(store);
                if (!marked.ok())
                    return marked.error();
                *recurred = *marked;
            }
            return {};
        },
        this,
        [this, result](const Error &e) {
            m_running = false;
            // A busy or locked workbook is tried again at the next round.
            if (e.isOk() && (result->escalated > 0 || result->closed > 0))
                Q_EMIT swept(result->escalated, result->closed);
        });
}

} // namespace sb::ui
