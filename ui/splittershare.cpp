#include "splittershare.h"

#include <QEvent>
#include <QSplitter>

namespace sb::ui {

SplitterShare *SplitterShare::keep(QSplitter *splitter, int percent)
{
    return new SplitterShare(splitter, percent);
}

SplitterShare::SplitterShare(QSplitter *splitter, int percent)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_percent(qBound(1, percent, 99))
{
    splitter->installEventFilter(this);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_placed = true; });
}

void SplitterShare::setPercent(int percent)
{
    m_percent = qBound(1, percent, 99);
    apply();
}

void SplitterShare::apply()
{
    const int length =
        m_splitter->orientation() == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    if (m_placed || length <= 0)
        return;
    const int first = length * m_percent / 100;
    m_splitter->setSizes({first, length - first});
}

bool SplitterShare::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace sb::ui
