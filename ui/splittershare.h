#pragma once

#include "ui_global.h"

#include <QObject>

class QSplitter;

namespace sb::ui {

// A splitter shares out from its children's size hints, which rarely suit a panel (a list
// squeezed to a sliver beside an editor, a chart starved by the tables below it). This keeps
// the first child at a share of the splitter's length, through every resize, until the user
// moves the handle; from then on the user's sizes stand.
class SB_UI_EXPORT SplitterShare : public QObject
{
    Q_OBJECT
public:
    // Owned by the splitter. `percent` of its width (horizontal) or height (vertical).
    static SplitterShare *keep(QSplitter *splitter, int percent);

    void setPercent(int percent);
    bool isPlaced() const { return m_placed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SplitterShare(QSplitter *splitter, int percent);
    void apply();

    QSplitter *m_splitter;
    int m_percent;
    bool m_placed = false;
};

} // namespace sb::ui
