#pragma once

#include "ui_global.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVariant>

class QColor;

namespace sb::ui {

// How the desktop shows a ticket's SLA: the same words, colours and durations in the queue's
// SLA column and in the editor's clock log.
class SB_UI_EXPORT SlaFormat
{
    Q_DECLARE_TR_FUNCTIONS(SlaFormat)
public:
    enum State {
        NoSla, // no definition applies
        Ok, // running, before its warning threshold
        Warning, // running, past the warning threshold: breaching soon
        Breached, // running past its due time, or stopped or paused after a breach
        Paused,
        Met, // stopped within its target
    };

    // What the SLA column shows for one ticket, from its stored state (sla_status).
    struct Cell
    {
        State state = NoSla;
        QString text;
        QString toolTip;
    };
    // `clock` is running, paused, stopped or null; times are stored UTC text or null.
    static Cell cell(const QVariant &clock, const QVariant &due, const QVariant &warningAt,
                     const QVariant &breachedAt, const QVariant &elapsedMs,
                     const QVariant &targetMs, qint64 nowMs);

    // Incidents and service requests: the types SLAs are measured for.
    static bool appliesTo(const QString &type);

    // Time on the wall clock: "2 h 15 min", "45 min", "3 d 04 h"; "-1 h 05 min" for time over.
    static QString duration(qint64 ms);
    // Working time, counted by a calendar, in hours however many: "26 h 30 min".
    static QString workingTime(qint64 ms);
    // A moment (UTC ms) in local time, short.
    static QString moment(qint64 ms);
    static QColor color(State state);
    // A small dot in the state's colour, for the list's decoration.
    static QIcon icon(State state);
};

} // namespace sb::ui
