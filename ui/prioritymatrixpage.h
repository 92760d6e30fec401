#pragma once

#include "adminpage.h"

#include "incident/prioritymatrix.h"

#include <array>

class QLabel;
class QSpinBox;

namespace sb::ui {

// The priority matrix as a grid of spin boxes, impact down and urgency across, any size up
// to 5 x 5. Cells outside the chosen size keep their values, so making the grid smaller and
// larger again loses nothing.
class SB_UI_EXPORT PriorityMatrixPage : public AdminPage
{
    Q_OBJECT
public:
    explicit PriorityMatrixPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    // The matrix as the grid shows it.
    PriorityMatrix matrix() const;
    QSpinBox *cell(int impact, int urgency) const;
    QSpinBox *impactLevels() const { return m_impacts; }
    QSpinBox *urgencyLevels() const { return m_urgencies; }

protected:
    void applyEditable(bool editable) override;

private:
    void updateGrid();
    void changed();

    static constexpr int Max = PriorityMatrix::MaxLevel;
    QSpinBox *m_impacts = nullptr;
    QSpinBox *m_urgencies = nullptr;
    std::array<std::array<QSpinBox *, Max>, Max> m_cells {};
    std::array<QLabel *, Max> m_impactHeaders {};
    std::array<QLabel *, Max> m_urgencyHeaders {};
    PriorityMatrix m_loaded;
    bool m_loading = false;
};

} // namespace sb::ui
