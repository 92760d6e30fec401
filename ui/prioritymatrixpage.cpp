#include "prioritymatrixpage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sb::ui {

PriorityMatrixPage::PriorityMatrixPage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(
        tr("A ticket's priority follows from its impact and urgency; 1 is the highest of each. "
           "A changed matrix applies to tickets whose impact or urgency changes from now on."));

    auto *size = new QFormLayout;
    size->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_impacts = new QSpinBox(this);
    m_impacts->setObjectName(u"impactLevels"_s);
    m_impacts->setRange(1, Max);
    m_urgencies = new QSpinBox(this);
    m_urgencies->setObjectName(u"urgencyLevels"_s);
    m_urgencies->setRange(1, Max);
    size->addRow(tr("&Impact levels:"), m_impacts);
    size->addRow(tr("&Urgency levels:"), m_urgencies);
    contentLayout()->addLayout(size);

    auto *box = new QGroupBox(tr("Priority by impact (down) and urgency (across)"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    for (int u = 0; u < Max; ++u) {
        m_urgencyHeaders[u] = new QLabel(tr("Urgency %1").arg(u + 1), box);
        m_urgencyHeaders[u]->setAlignment(Qt::AlignCenter);
        grid->addWidget(m_urgencyHeaders[u], 0, u + 1);
    }
    // Created row by row, so Tab walks the grid as it is read.
    for (int i = 0; i < Max; ++i) {
        m_impactHeaders[i] = new QLabel(tr("Impact %1").arg(i + 1), box);
        grid->addWidget(m_impactHeaders[i], i + 1, 0);
        for (int u = 0; u < Max; ++u) {
            auto *s = new QSpinBox(box);
            s->setObjectName(u"cell_%1_%2"_s.arg(i + 1).arg(u + 1));
            s->setRange(1, Max);
            s->setAlignment(Qt::AlignCenter);
            s->setAccessibleName(tr("Priority for impact %1 and urgency %2").arg(i + 1).arg(u + 1));
            // A new row or column starts as the usual matrix would have it.
            s->setValue(qMin(Max, i + u + 1));
            grid->addWidget(s, i + 1, u + 1);
            m_cells[i][u] = s;
            connect(s, &QSpinBox::valueChanged, this, &PriorityMatrixPage::changed);
        }
    }
    grid->setColumnStretch(Max + 1, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(box);
    row->addStretch(1);
    contentLayout()->addLayout(row);
    contentLayout()->addStretch(1);

    connect(m_impacts, &QSpinBox::valueChanged, this, [this] {
        updateGrid();
        changed();
    });
    connect(m_urgencies, &QSpinBox::valueChanged, this, [this] {
        updateGrid();
        changed();
    });
    m_loaded = PriorityMatrix::standard();
    m_impacts->setValue(3);
    m_urgencies->setValue(3);
    updateGrid();
}

QString PriorityMatrixPage::title() const
{
    return tr("Priority matrix");
}

QSpinBox *PriorityMatrixPage::cell(int impact, int urgency) const
{
    if (impact < 1 || impact > Max || urgency < 1 || urgency > Max)
        return nullptr;
    return m_cells[impact - 1][urgency - 1];
}

void PriorityMatrixPage::updateGrid()
{
    for (int i = 0; i < Max; ++i) {
        m_impactHeaders[i]->setVisible(i < m_impacts->value());
        m_urgencyHeaders[i]->setVisible(i < m_urgencies->value());
        for (int u = 0; u < Max; ++u)
            m_cells[i][u]->setVisible(i < m_impacts->value() && u < m_urgencies->value());
    }
}

void PriorityMatrixPage::changed()
{
    if (!m_loading)
        Q_EMIT modifiedChanged();
}

Error PriorityMatrixPage::load(WorkbookDocument &document)
{
    Result<PriorityMatrix> m = PriorityMatrix::load(document.workbook().db());
    if (!m.ok())
        return m.error();
    m_loading = true;
    m_loaded = *m;
    m_impacts->setValue(qBound(1, m->impactLevels(), Max));
    m_urgencies->setValue(qBound(1, m->urgencyLevels(), Max));
    for (const PriorityMatrix::Cell &c : m->cells()) {
        if (QSpinBox *s = cell(c.impact, c.urgency))
            s->setValue(c.priority);
    }
    updateGrid();
    m_loading = false;
    Q_EMIT modifiedChanged();
    return {};
}

PriorityMatrix PriorityMatrixPage::matrix() const
{
    PriorityMatrix m;
    for (int i = 1; i <= m_impacts->value(); ++i) {
        for (int u = 1; u <= m_urgencies->value(); ++u)
            m.set(i, u, cell(i, u)->value());
    }
    return m;
}

bool PriorityMatrixPage::isModified() const
{
    return matrix() != m_loaded;
}

Error PriorityMatrixPage::validate() const
{
    return matrix().validate();
}

AdminSaveStep PriorityMatrixPage::saveStep() const
{
    const PriorityMatrix m = matrix();
    return [m](RecordStore &store, AdminSaveContext &) {
        return store.setPriorityMatrix(m);
    };
}

void PriorityMatrixPage::applyEditable(bool editable)
{
    m_impacts->setEnabled(editable);
    m_urgencies->setEnabled(editable);
    // Read-only cells stay readable: greyed-out numbers are hard to read.
    for (const auto &row : m_cells) {
        for (QSpinBox *s : row) {
            s->setReadOnly(!editable);
            s->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                         : QAbstractSpinBox::NoButtons);
        }
    }
}

} // namespace sb::ui
