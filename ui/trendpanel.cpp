#include "trendpanel.h"

#include "splittershare.h"

#include "candidatemodel.h"
#include "createproblemdialog.h"
#include "workbookdocument.h"

#include "clock.h"
#include "records/recordtypes.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

enum IncidentColumn { IdCol, TitleCol, StateCol, OpenedCol };

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

QTableWidget *table(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(columns);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

struct IncidentRow
{
    qint64 id = 0;
    QString humanId;
    QString title;
    QString state;
    QString openedAt;
};

} // namespace

TrendPanel::TrendPanel(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(u"trendsDock"_s);
    auto *host = new QWidget(this);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *controls = new QHBoxLayout;
    m_byLabel = new QLabel(host);
    m_by = new QComboBox(host);
    m_by->setObjectName(u"trendBy"_s);
    for (TrendDimension d : {TrendDimension::Service, TrendDimension::Ci, TrendDimension::Category})
        m_by->addItem(QString(), int(d));
    m_windowLabel = new QLabel(host);
    m_window = new QSpinBox(host);
    m_window->setObjectName(u"trendWindow"_s);
    m_window->setRange(1, 3650);
    m_window->setValue(30);
    m_thresholdLabel = new QLabel(host);
    m_threshold = new QSpinBox(host);
    m_threshold->setObjectName(u"trendThreshold"_s);
    m_threshold->setRange(2, 100000);
    m_threshold->setValue(5);
    m_weeksLabel = new QLabel(host);
    m_weeks = new QSpinBox(host);
    m_weeks->setObjectName(u"trendWeeks"_s);
    m_weeks->setRange(4, 104);
    m_weeks->setValue(12);
    m_refresh = new QToolButton(host);
    m_refresh->setObjectName(u"trendRefresh"_s);
    m_status = new QLabel(host);
    m_status->setObjectName(u"trendStatus"_s);
    m_status->setMinimumWidth(0);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const std::pair<QLabel *, QWidget *> fields[] = {{m_byLabel, m_by},
                                                     {m_windowLabel, m_window},
                                                     {m_thresholdLabel, m_threshold},
                                                     {m_weeksLabel, m_weeks}};
    for (const auto &[label, field] : fields) {
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
        controls->addSpacing(6);
    }
    controls->addWidget(m_refresh);
    controls->addSpacing(6);
    controls->addWidget(m_status, 1);
    layout->addLayout(controls);

    m_chartObject = new QChart;
    m_chartObject->setAnimationOptions(QChart::NoAnimation);
    // Beside the chart: the keys are long ("SVC-8 Printing"), a row below would cut them.
    m_chartObject->legend()->setAlignment(Qt::AlignRight);
    m_chartObject->legend()->setShowToolTips(true);
    m_chartObject->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chartObject, host);
    m_chartView->setObjectName(u"trendChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    auto *bottom = new QSplitter(Qt::Horizontal, host);
    auto *left = new QWidget(bottom);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_candidatesLabel = new QLabel(left);
    m_candidatesLabel->setWordWrap(true);
    m_candidateModel = new CandidateModel(this);
    m_candidateTable = new QTableView(left);
    m_candidateTable->setObjectName(u"trendCandidates"_s);
    m_candidateTable->setModel(m_candidateModel);
    m_candidateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidateTable->setAlternatingRowColors(true);
    m_candidateTable->setWordWrap(false);
    m_candidateTable->verticalHeader()->hide();
    m_candidateTable->verticalHeader()->setDefaultSectionSize(
        m_candidateTable->fontMetrics().height() + 8);
    m_candidateTable->horizontalHeader()->setStretchLastSection(true);
    // Busiest first, as found, until a column is chosen.
    m_candidateTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_candidateTable->setSortingEnabled(true);
    leftLayout->addWidget(m_candidatesLabel);
    leftLayout->addWidget(m_candidateTable, 1);
    auto *right = new QWidget(bottom);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_incidentsLabel = new QLabel(right);
    m_incidentsLabel->setObjectName(u"trendIncidentsLabel"_s);
    m_incidentsLabel->setWordWrap(true);
    m_incidentTable = table(right, u"trendIncidents"_s, 4);
    m_create = new QPushButton(right);
    m_create->setObjectName(u"createProblem"_s);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    rightLayout->addWidget(m_incidentsLabel);
    rightLayout->addWidget(m_incidentTable, 1);
    rightLayout->addLayout(createRow);
    bottom->addWidget(left);
    bottom->addWidget(right);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    m_bottomSplit = bottom;
    auto *split = new QSplitter(Qt::Vertical, host);
    m_split = split;
    split->setChildrenCollapsible(false);
    split->addWidget(m_chartView);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWidget(host);
    // The size hints would starve the chart and the incidents.
    SplitterShare::keep(m_split, 55);
    SplitterShare::keep(m_bottomSplit, 60);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TrendPanel::refresh);
    // The choices of last time, and each change remembered for next time.
    {
        const QSettings settings;
        const QString prefix = objectName() + u'/';
        const int by = m_by->findData(settings.value(prefix + u"by"_s, 0).toInt());
        m_by->setCurrentIndex(by < 0 ? 0 : by);
        m_window->setValue(settings.value(prefix + u"window"_s, 30).toInt());
        m_threshold->setValue(settings.value(prefix + u"threshold"_s, 5).toInt());
        m_weeks->setValue(settings.value(prefix + u"weeks"_s, 12).toInt());
    }
    auto remember = [this] {
        QSettings settings;
        const QString prefix = objectName() + u'/';
        settings.setValue(prefix + u"by"_s, m_by->currentData().toInt());
        settings.setValue(prefix + u"window"_s, m_window->value());
        settings.setValue(prefix + u"threshold"_s, m_threshold->value());
        settings.setValue(prefix + u"weeks"_s, m_weeks->value());
    };
    connect(m_by, &QComboBox::currentIndexChanged, this, [this, remember] {
        remember();
        scheduleRefresh(0);
    });
    for (QSpinBox *s : {m_window, m_threshold, m_weeks})
        connect(s, &QSpinBox::valueChanged, this, [this, remember] {
            remember();
            scheduleRefresh(400);
        });
    connect(m_refresh, &QToolButton::clicked, this, &TrendPanel::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale && m_document)
            scheduleRefresh(0);
    });
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrendPanel::drill);
    connect(m_candidateTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // The problem the incidents are already linked to opens from its cell.
        if (index.column() != CandidateModel::ProblemCol || !m_document)
            return;
        const QString problem = index.data().toString();
        if (Result<qint64> id = m_document->store().resolve(problem); id.ok() && !problem.isEmpty())
            Q_EMIT openRecordRequested(*id, u"problem"_s);
    });
    connect(m_incidentTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 id = m_incidentTable->item(row, IdCol)->data(Qt::UserRole).toLongLong();
        if (id != 0)
            Q_EMIT openRecordRequested(id, u"incident"_s);
    });
    connect(m_create, &QPushButton::clicked, this, &TrendPanel::createProblem);

    retranslateUi();
    updateCreate();
}

TrendPanel::~TrendPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TrendPanel::setDocument(WorkbookDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_document = document;
    ++m_generation;
    ++m_drillGeneration;
    m_busy = false;
    m_drilling = false;
    m_creating = false;
    m_candidates.clear();
    m_chart = TrendChart();
    m_error.clear();
    m_hasSelection = false;
    m_incidentIds.clear();
    m_incidentHumanIds.clear();
    showResults();
    setStatus(QString(), false);
    m_stale = true;
    if (!m_document)
        return;
    connect(m_document, &WorkbookDocument::recordsChanged, this, &TrendPanel::onRecordsChanged);
    connect(m_document, &WorkbookDocument::everythingChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            scheduleRefresh(1000);
    });
    if (isVisible())
        scheduleRefresh(0);
}

void TrendPanel::onRecordsChanged(const QList<ChangeEntry> &changes)
{
    for (const ChangeEntry &c : changes) {
        // Incidents make the trends; problems say which candidates are taken up already.
        if (c.type == u"incident"_s || c.type == u"problem"_s || c.type.isEmpty()) {
            m_stale = true;
            // A burst of changes (an import, a bulk action) is counted once it is over.
            if (isVisible())
                scheduleRefresh(1500);
            return;
        }
    }
}

void TrendPanel::scheduleRefresh(int delayMs)
{
    m_timer->start(delayMs);
}

TrendDimension TrendPanel::dimension() const
{
    return TrendDimension(m_by->currentData().toInt());
}

void TrendPanel::setDimension(TrendDimension by)
{
    m_by->setCurrentIndex(m_by->findData(int(by)));
}

int TrendPanel::windowDays() const
{
    return m_window->value();
}

int TrendPanel::threshold() const
{
    return m_threshold->value();
}

int TrendPanel::weeks() const
{
    return m_weeks->value();
}

void TrendPanel::setWindowDays(int days)
{
    m_window->setValue(days);
}

void TrendPanel::setThreshold(int count)
{
    m_threshold->setValue(count);
}

void TrendPanel::setWeeks(int weeks)
{
    m_weeks->setValue(weeks);
}

void TrendPanel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
}

CandidateOptions TrendPanel::options() const
{
    return m_options;
}

QWidget *TrendPanel::chartView() const
{
    return m_chartView;
}

QString TrendPanel::statusText() const
{
    return m_status->text();
}

void TrendPanel::refresh()
{
    m_timer->stop();
    if (!m_document)
        return;
    m_stale = false;
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    CandidateOptions options;
    options.by = dimension();
    options.windowDays = windowDays();
    options.minCount = threshold();
    options.nowMs = m_nowMs;
    const int weekCount = weeks();
    struct Outcome
    {
        QList<ProblemCandidate> candidates;
        TrendChart chart;
        QHash<QString, QString> labels;
    };
    auto out = std::make_shared<Outcome>();
    m_busy = true;
    setStatus(tr("Counting incidents…"), false);
    m_document->reader().submit(
        [options, weekCount, cancel, out](Workbook &wb) -> Error {
            Result<QList<ProblemCandidate>> candidates =
                Trends::candidates(wb.db(), options, cancel.get());
            if (!candidates.ok())
                return candidates.error();
            if (cancel->load())
                return Error(ErrorCode::Cancelled, tr("Cancelled."));
            Result<TrendChart> chart =
                Trends::weekly(wb.db(), options.by, weekCount, TopKeys, options);
            if (!chart.ok())
                return chart.error();
            out->candidates = std::move(candidates).value();
            out->chart = std::move(chart).value();
            // Incidents name their service (and, with the CMDB, their CI) by its ID: the
            // name goes beside it.
            if (options.by != TrendDimension::Category) {
                QSet<QString> keys;
                for (const ProblemCandidate &c : std::as_const(out->candidates)) {
                    if (c.kind != ProblemCandidate::Kind::RepeatCaller)
                        keys.insert(c.key);
                }
                for (const TrendSeries &s : std::as_const(out->chart.series))
                    keys.insert(s.key);
                // By the (type, number) index: a window of years holds thousands of keys.
                Statement title =
                    wb.db().prepare("SELECT title FROM record WHERE type = ? AND human_no = ?");
                for (const QString &key : std::as_const(keys)) {
                    const RecordTypeDef *def = key.contains(u'-')
                        ? RecordTypes::findByPrefix(key.section(u'-', 0, 0))
                        : nullptr;
                    bool number = false;
                    const qint64 no = key.section(u'-', 1).trimmed().toLongLong(&number);
                    if (!def || !number)
                        continue;
                    title.bind(1, def->type).bind(2, no);
                    if (title.next() && !title.text(0).isEmpty())
                        out->labels.insert(key, key + u' ' + title.text(0));
                    title.reset();
                }
            }
            return {};
        },
        this,
        [this, generation, out, options](const Error &e) {
            // A newer question was asked meanwhile: its answer is the one to show.
            if (generation != m_generation)
                return;
            m_busy = false;
            if (e.isError()) {
                m_error = e.message();
                setStatus(tr("The trends could not be read: %1").arg(e.message()), true);
                Q_EMIT refreshed();
                return;
            }
            m_error.clear();
            m_options = options;
            m_candidates = out->candidates;
            m_chart = out->chart;
            m_keyLabels = out->labels;
            showResults();
            Q_EMIT refreshed();
        });
}

void TrendPanel::showResults()
{
    fillChart();
    fillCandidates();
    if (m_document && m_error.isEmpty() && !m_busy)
        setStatus(QString(), false);
}

QStringList TrendPanel::seriesKeys() const
{
    QStringList keys;
    for (const TrendSeries &s : m_chart.series)
        keys << s.key;
    return keys;
}

QStringList TrendPanel::candidateSeriesKeys() const
{
    QStringList keys;
    for (const TrendSeries &s : m_chart.series) {
        if (s.candidate)
            keys << s.key;
    }
    return keys;
}

void TrendPanel::fillChart()
{
    m_chartObject->removeAllSeries();
    for (QAbstractAxis *a : m_chartObject->axes()) {
        m_chartObject->removeAxis(a);
        delete a;
    }
    m_chartObject->setTitle(
        m_chart.series.isEmpty()
            ? (m_document && !m_busy ? tr("No incidents in these weeks") : QString())
            : tr("Incidents per week by %1").arg(Trends::dimensionLabel(m_options.by).toLower()));
    if (m_chart.series.isEmpty() || m_chart.weeks <= 0)
        return;

    const QDate first = QDate::fromString(m_chart.firstWeek, Qt::ISODate);
    QStringList weeks;
    for (int w = 0; w < m_chart.weeks; ++w)
        weeks << QLocale().toString(first.addDays(7 * w),
                                    tr("d MMM", "date format of a week on the trend chart"));
    // Beside the legend there is room for about a dozen dates across: a year of weeks names
    // every fifth Monday.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(0, qMax(1, m_chart.weeks - 1));
    const int step = qMax(1, (m_chart.weeks + 11) / 12);
    for (int w = 0; w < m_chart.weeks; w += step)
        x->append(weeks[w], w);
    x->setTruncateLabels(false);
    x->setGridLineVisible(true);
    if (m_chart.weeks > 6)
        x->setLabelsAngle(-45);
    auto *y = new QValueAxis;
    qint64 top = 1;
    for (const TrendSeries &s : std::as_const(m_chart.series)) {
        for (qint64 n : s.counts)
            top = qMax(top, n);
    }
    y->setRange(0, double(top));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    // No title of its own: the chart's says what is counted, and Qt Charts cuts a CJK title
    // turned on its side to an ellipsis.
    m_chartObject->addAxis(x, Qt::AlignBottom);
    m_chartObject->addAxis(y, Qt::AlignLeft);

    // Eight lines need eight colours; the theme has five.
    static const QColor colours[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c),
                                     QColor(0xd62728), QColor(0x9467bd), QColor(0x8c564b),
                                     QColor(0xe377c2), QColor(0x17becf)};
    int next = 0;
    for (const TrendSeries &s : std::as_const(m_chart.series)) {
        auto *series = new QLineSeries;
        const QString key = keyLabel(s.key);
        series->setName(
            s.candidate ? tr("★ %1", "a candidate's line in the chart's legend").arg(key) : key);
        series->setProperty("key", s.key);
        series->setProperty("candidate", s.candidate);
        for (int w = 0; w < s.counts.size(); ++w)
            series->append(w, double(s.counts[w]));
        series->setPointsVisible(s.candidate && m_chart.weeks <= 26);
        m_chartObject->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QPen pen = series->pen();
        pen.setColor(colours[next++ % int(std::size(colours))]);
        pen.setWidthF(s.candidate ? 3.5 : 1.5);
        if (!s.candidate)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        for (QLegendMarker *m : m_chartObject->legend()->markers(series)) {
            QFont f = m->font();
            f.setBold(s.candidate);
            m->setFont(f);
        }
        const QStringList labels = weeks;
        connect(series, &QLineSeries::hovered, this, [key, labels](const QPointF &p, bool state) {
            if (!state)
                return;
            const int w = int(std::lround(p.x()));
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, week of %2: %n incident(s)", nullptr, int(std::lround(p.y())))
                    .arg(key, labels.value(w)));
        });
        // A click on a line selects its candidate, if it is one.
        connect(series, &QLineSeries::clicked, this, [this, series] {
            const QString k = series->property("key").toString();
            for (int i = 0; i < m_candidates.size(); ++i) {
                if (m_candidates[i].kind == ProblemCandidate::Kind::Group
                    && m_candidates[i].key == k)
                    selectCandidate(i);
            }
        });
    }
    emphasise(m_hasSelection && m_selectedKind == ProblemCandidate::Kind::Group ? m_selectedKey
                                                                                : QString());
}

void TrendPanel::emphasise(const QString &key)
{
    for (QAbstractSeries *a : m_chartObject->series()) {
        auto *s = qobject_cast<QLineSeries *>(a);
        if (!s)
            continue;
        const bool candidate = s->property("candidate").toBool();
        const bool selected = !key.isNull() && s->property("key").toString() == key;
        QPen pen = s->pen();
        pen.setWidthF(selected ? 5.0 : candidate ? 3.5 : 1.5);
        s->setPen(pen);
    }
}

QString TrendPanel::keyLabel(const QString &key) const
{
    if (key.isEmpty())
        return tr("(none)");
    return m_keyLabels.value(key, key);
}

void TrendPanel::fillCandidates()
{
    // The colour of a group's line on the chart, beside its key.
    QHash<QString, QColor> colours;
    for (QAbstractSeries *a : m_chartObject->series()) {
        if (auto *s = qobject_cast<QLineSeries *>(a))
            colours.insert(s->property("key").toString(), s->color());
    }
    const bool hadSelection = m_hasSelection;
    {
        const QSignalBlocker block(m_candidateTable->selectionModel());
        m_candidateModel->setCandidates(m_candidates, m_keyLabels, colours);
    }
    // Sized to what is shown first, not to every row of a long list.
    m_candidateTable->resizeColumnsToContents();
    m_candidateTable->setColumnWidth(CandidateModel::KeyCol,
                                     qMin(m_candidateTable->columnWidth(CandidateModel::KeyCol),
                                          m_candidateTable->fontMetrics().averageCharWidth() * 32));
    m_candidatesLabel->setText(
        m_document ? tr("%n candidate(s) in the last %1 days: groups of at least %2 incidents, "
                        "repeat callers, reopened incidents",
                        nullptr, int(m_candidates.size()))
                         .arg(m_options.windowDays)
                         .arg(m_options.minCount)
                   : QString());
    // The candidate looked at before stays selected, if it still is one.
    int again = -1;
    if (hadSelection) {
        for (int i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates[i].kind == m_selectedKind && m_candidates[i].key == m_selectedKey)
                again = i;
        }
    }
    if (again >= 0) {
        selectCandidate(again);
    } else {
        m_hasSelection = false;
        drill();
    }
}

void TrendPanel::selectCandidate(int index)
{
    const int row = m_candidateModel->rowOf(index);
    if (row < 0) {
        m_candidateTable->clearSelection();
        return;
    }
    // Selecting the row already selected changes nothing: list its incidents anyway.
    const bool already = selectedCandidate() == index;
    m_candidateTable->selectRow(row);
    m_candidateTable->scrollTo(m_candidateModel->index(row, 0));
    if (already)
        drill();
}

int TrendPanel::selectedCandidate() const
{
    const QModelIndexList rows = m_candidateTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_candidateModel->candidateAt(rows.first().row());
}

void TrendPanel::drill()
{
    const int index = selectedCandidate();
    const quint64 generation = ++m_drillGeneration;
    if (index < 0 || index >= m_candidates.size() || !m_document) {
        m_drilling = false;
        m_incidentIds.clear();
        m_incidentHumanIds.clear();
        m_incidentTable->setRowCount(0);
        m_incidentsLabel->setText(
            m_candidates.isEmpty() ? QString() : tr("Select a candidate to see its incidents."));
        emphasise(QString());
        updateCreate();
        return;
    }
    const ProblemCandidate candidate = m_candidates[index];
    m_hasSelection = true;
    m_selectedKind = candidate.kind;
    m_selectedKey = candidate.key;
    emphasise(candidate.kind == ProblemCandidate::Kind::Group ? candidate.key : QString());
    m_drilling = true;
    updateCreate();
    m_incidentsLabel->setText(tr("Reading the incidents…"));
    const CandidateOptions options = m_options;
    auto rows = std::make_shared<QList<IncidentRow>>();
    m_document->reader().submit(
        [candidate, options, rows](Workbook &wb) -> Error {
            Result<QList<qint64>> ids = Trends::incidents(wb.db(), candidate, options, DrillLimit);
            if (!ids.ok())
                return ids.error();
            Statement st =
                wb.db().prepare("SELECT r.human_id, r.title, r.state, i.opened_at FROM record r "
                                "JOIN incident i ON i.id = r.id WHERE r.id = ?");
            for (qint64 id : *ids) {
                st.bind(1, id);
                if (st.next())
                    rows->append({id, st.text(0), st.text(1), st.text(2), st.text(3)});
                else if (st.error().isError())
                    return st.error();
                st.reset();
            }
            return {};
        },
        this,
        [this, generation, rows, candidate](const Error &e) {
            if (generation != m_drillGeneration)
                return;
            m_drilling = false;
            m_incidentIds.clear();
            m_incidentHumanIds.clear();
            m_incidentTable->setRowCount(0);
            if (e.isError()) {
                m_incidentsLabel->setText(
                    tr("The incidents could not be read: %1").arg(e.message()));
                updateCreate();
                Q_EMIT incidentsListed();
                return;
            }
            m_incidentTable->setRowCount(int(rows->size()));
            for (int i = 0; i < rows->size(); ++i) {
                const IncidentRow &r = rows->at(i);
                auto *id = new QTableWidgetItem(r.humanId);
                id->setData(Qt::UserRole, r.id);
                m_incidentTable->setItem(i, IdCol, id);
                m_incidentTable->setItem(i, TitleCol, new QTableWidgetItem(r.title));
                m_incidentTable->setItem(i, StateCol,
                                         new QTableWidgetItem(RecordTypes::stateLabel(r.state)));
                m_incidentTable->setItem(i, OpenedCol, new QTableWidgetItem(localTime(r.openedAt)));
                m_incidentIds << r.id;
                m_incidentHumanIds << r.humanId;
            }
            m_incidentTable->resizeColumnToContents(IdCol);
            m_incidentTable->setColumnWidth(TitleCol,
                                            m_incidentTable->fontMetrics().averageCharWidth() * 36);
            m_incidentTable->resizeColumnToContents(StateCol);
            const QString key = candidate.kind == ProblemCandidate::Kind::RepeatCaller
                ? candidate.key
                : keyLabel(candidate.key);
            QString text = candidate.kind == ProblemCandidate::Kind::Reopened
                ? tr("%n reopened incident(s) of “%1”", nullptr, int(rows->size())).arg(key)
                : tr("%n incident(s) behind “%1”", nullptr, int(rows->size())).arg(key);
            if (candidate.count > rows->size())
                text += u' ' + tr("(the newest %1 of %2)").arg(rows->size()).arg(candidate.count);
            m_incidentsLabel->setText(text);
            updateCreate();
            Q_EMIT incidentsListed();
        });
}

void TrendPanel::updateCreate()
{
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    m_create->setEnabled(writable && !m_drilling && !m_creating && !m_incidentIds.isEmpty());
}

void TrendPanel::createProblem()
{
    const int index = selectedCandidate();
    if (!m_document || m_document->workbook().isReadOnly() || m_creating || m_drilling || index < 0
        || index >= m_candidates.size() || m_incidentIds.isEmpty())
        return;
    QStringList logins;
    Statement st = m_document->workbook().db().prepare(
        "SELECT login FROM person WHERE login IS NOT NULL ORDER BY login");
    while (st.next())
        logins << st.text(0);
    const ProblemCandidate &candidate = m_candidates[index];
    auto *dialog = new CreateProblemDialog(
        candidate, m_options, m_incidentHumanIds, logins, m_document->workbook().user(),
        candidate.kind == ProblemCandidate::Kind::RepeatCaller ? candidate.key
                                                               : keyLabel(candidate.key),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<qint64> ids = m_incidentIds;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        if (!m_document)
            return;
        const QVariantMap values = dialog->values();
        m_creating = true;
        updateCreate();
        setStatus(tr("Creating the problem…"), false);
        auto created = std::make_shared<qint64>(0);
        m_document->write(
            [values, ids, created](RecordStore &store) -> Error {
                Result<qint64> id = Trends::createProblem(store, values, ids);
                if (!id.ok())
                    return id.error();
                *created = *id;
                return {};
            },
            this,
            [this, created, n = int(ids.size())](const Error &e) {
                m_creating = false;
                updateCreate();
                if (e.isError()) {
                    setStatus(tr("The problem was not created: %1").arg(e.message()), true);
                    QMessageBox::warning(this, tr("Create Problem"),
                                         tr("The problem was not created: %1").arg(e.message()));
                    return;
                }
                QString humanId;
                if (Result<Record> r = m_document->store().load(*created); r.ok())
                    humanId = r->humanId;
                setStatus(tr("Created %1 from %n incident(s).", nullptr, n).arg(humanId), false);
                Q_EMIT problemCreated(*created);
                Q_EMIT openRecordRequested(*created, u"problem"_s);
                refresh();
            });
    });
    dialog->open();
}

void TrendPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

void TrendPanel::retranslateUi()
{
    setWindowTitle(tr("Trends"));
    m_byLabel->setText(tr("&Group by:"));
    for (int i = 0; i < m_by->count(); ++i)
        m_by->setItemText(i, Trends::dimensionLabel(TrendDimension(m_by->itemData(i).toInt())));
    m_windowLabel->setText(tr("&Window:"));
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("The sliding window candidates are counted in, up to today"));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_threshold->setToolTip(tr("A group with this many incidents in the window is a candidate"));
    m_weeksLabel->setText(tr("Wee&ks shown:"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Count again now"));
    m_candidateModel->retranslate();
    m_incidentTable->setHorizontalHeaderLabels({tr("ID"), tr("Title"), tr("State"), tr("Opened")});
    m_create->setText(tr("Create Problem from These Incidents…"));
    m_create->setToolTip(tr("Log a problem and link every incident listed to it"));
    // Texts computed from the results follow the language too.
    if (!m_busy && m_error.isEmpty())
        showResults();
}

void TrendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace sb::ui
