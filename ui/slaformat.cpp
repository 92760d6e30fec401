#include "slaformat.h"

#include "clock.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
qint64 storedMs(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return -1;
    const QDateTime t = fromStoredTime(v.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}
} // namespace

bool SlaFormat::appliesTo(const QString &type)
{
    return type == u"incident"_s || type == u"service_request"_s;
}

QString SlaFormat::duration(qint64 ms)
{
    if (ms < 0)
        return u"-"_s + duration(-ms);
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
    const qint64 hours = minutes / 60;
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24, 2, 10, QChar(u'0'));
}

QString SlaFormat::workingTime(qint64 ms)
{
    if (ms < 0)
        return u"-"_s + workingTime(-ms);
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString SlaFormat::moment(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

SlaFormat::Cell SlaFormat::cell(const QVariant &clock, const QVariant &due,
                                const QVariant &warningAt, const QVariant &breachedAt,
                                const QVariant &elapsedMs, const QVariant &targetMs, qint64 nowMs)
{
    Cell c;
    const QString kind = clock.toString();
    if (clock.isNull() || kind.isEmpty()) {
        c.toolTip = tr("No SLA applies to this ticket.");
        return c;
    }
    const qint64 dueAt = storedMs(due);
    const qint64 warnAt = storedMs(warningAt);
    const qint64 breachAt = storedMs(breachedAt);
    const qint64 elapsed = elapsedMs.toLongLong();
    const qint64 target = targetMs.toLongLong();
    const QString used = target > 0
        ? tr("%1 of %2 working time used.").arg(workingTime(elapsed), workingTime(target))
        : QString();
    if (kind == u"running"_s) {
        // Stored when the ticket was last written; the clock has run on since.
        const qint64 left = dueAt >= 0 ? dueAt - nowMs : target - elapsed;
        c.text = duration(left);
        if (left <= 0 || breachAt >= 0) {
            c.state = Breached;
            c.toolTip = tr("Breached at %1, %2 ago.")
                            .arg(moment(breachAt >= 0 ? breachAt : dueAt), duration(-left));
        } else if (warnAt >= 0 && warnAt <= nowMs) {
            c.state = Warning;
            c.toolTip = tr("Due %1. Breaching soon: past its warning threshold since %2.")
                            .arg(moment(dueAt), moment(warnAt));
        } else {
            c.state = Ok;
            c.toolTip = tr("Due %1.").arg(moment(dueAt));
        }
    } else if (kind == u"paused"_s) {
        if (breachAt >= 0) {
            c.state = Breached;
            c.text = tr("paused, breached");
            c.toolTip = tr("The clock is paused; it breached at %1.").arg(moment(breachAt));
        } else {
            c.state = Paused;
            c.text = tr("paused");
            c.toolTip = tr("The clock is paused with %1 of working time left.")
                            .arg(workingTime(target - elapsed));
        }
    } else {
        if (breachAt >= 0) {
            c.state = Breached;
            c.text = tr("breached");
            c.toolTip = tr("The clock has stopped; it breached at %1.").arg(moment(breachAt));
        } else {
            c.state = Met;
            c.text = tr("met");
            c.toolTip = tr("The clock has stopped within its target.");
        }
    }
    if (!used.isEmpty())
        c.toolTip += u' ' + used;
    return c;
}

QColor SlaFormat::color(State state)
{
    switch (state) {
    case Ok:
    case Met: return QColor(0x2e, 0x7d, 0x32);
    case Warning: return QColor(0xb2, 0x6a, 0x00);
    case Breached: return QColor(0xc6, 0x28, 0x28);
    case Paused: return QColor(0x80, 0x80, 0x80);
    case NoSla: break;
    }
    return {};
}

QIcon SlaFormat::icon(State state)
{
    static QHash<int, QIcon> icons;
    if (state == NoSla)
        return {};
    auto it = icons.constFind(int(state));
    if (it != icons.constEnd())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = color(state);
    if (state == Paused) {
        // Hollow: the clock is not counting.
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(c.darker(120));
        p.setBrush(c);
    }
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    p.end();
    return *icons.insert(int(state), QIcon(pm));
}

} // namespace sb::ui
