#pragma once

#include "ui_global.h"

#include <QTabBar>

#include <functional>

namespace sb::ui {

// The row of saved views above a panel's list ("My work", "Open", "Licences"...): one tab per
// view, the view's number as the tab's data, and the choice remembered per panel in the
// settings, so the panel opens on the view it was left on.
class SB_UI_EXPORT ViewTabBar : public QTabBar
{
    Q_OBJECT
public:
    ViewTabBar(const QString &objectName, QWidget *parent = nullptr);

    // One tab per view, in order (texts are the panel's to set). `key` names a view in the
    // settings under `settingsKey`; the one saved there is chosen, else `fallback`.
    void setViews(const QList<int> &views, const std::function<QString(int)> &key,
                  const QString &settingsKey, int fallback);
    int currentView() const;
    // Chooses the view's tab (viewChosen follows if it changed).
    void setCurrentView(int view);
    int indexOfView(int view) const;

Q_SIGNALS:
    // Another view was chosen, by the user or setCurrentView(); it is saved already.
    void viewChosen(int view);

private:
    std::function<QString(int)> m_key;
    QString m_settingsKey;
};

} // namespace sb::ui
