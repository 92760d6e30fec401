#include "viewtabbar.h"

#include <QSettings>

namespace sb::ui {

ViewTabBar::ViewTabBar(const QString &objectName, QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(objectName);
    // Above a list rather than a page: no frame, no stretching, every name whole.
    setExpanding(false);
    setDrawBase(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0)
            return;
        const int view = tabData(index).toInt();
        if (m_key && !m_settingsKey.isEmpty())
            QSettings().setValue(m_settingsKey, m_key(view));
        Q_EMIT viewChosen(view);
    });
}

void ViewTabBar::setViews(const QList<int> &views, const std::function<QString(int)> &key,
                          const QString &settingsKey, int fallback)
{
    const QSignalBlocker block(this);
    while (count() > 0)
        removeTab(0);
    for (int v : views)
        setTabData(addTab(QString()), v);
    m_key = key;
    m_settingsKey = settingsKey;
    const QString saved = QSettings().value(settingsKey, key(fallback)).toString();
    int chosen = fallback;
    for (int v : views) {
        if (key(v) == saved)
            chosen = v;
    }
    setCurrentIndex(qMax(0, indexOfView(chosen)));
}

int ViewTabBar::currentView() const
{
    return currentIndex() < 0 ? -1 : tabData(currentIndex()).toInt();
}

void ViewTabBar::setCurrentView(int view)
{
    if (const int i = indexOfView(view); i >= 0)
        setCurrentIndex(i);
}

int ViewTabBar::indexOfView(int view) const
{
    for (int i = 0; i < count(); ++i) {
        if (tabData(i).toInt() == view)
            return i;
    }
    return -1;
}

} // namespace sb::ui
