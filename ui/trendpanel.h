#pragma once

#include "ui_global.h"

#include "problem/trends.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class CandidateModel;
class WorkbookDocument;

// Proactive problem management: incidents per week for the busiest services, CIs or
// categories as a chart, the groups that reach the threshold in the sliding window (and
// repeat callers, and reopened incidents) as candidates below it, the incidents behind the
// candidate selected, and "create a problem from these incidents".
//
// Everything is read on the document's reader thread, so a workbook of a million incidents
// never holds the window; each computation has a generation number and a cancel flag, and an
// answer to a question no longer asked is dropped. While the dock is hidden, changes to the
// workbook only mark it out of date; it computes again when it is shown.
class SB_UI_EXPORT TrendPanel : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int TopKeys = 8; // series on the chart
    static constexpr int DrillLimit = 1000; // incidents listed for a candidate

    explicit TrendPanel(QWidget *parent = nullptr);
    ~TrendPanel() override;

    void setDocument(WorkbookDocument *document);

    TrendDimension dimension() const;
    void setDimension(TrendDimension by);
    int windowDays() const;
    int threshold() const;
    int weeks() const;
    void setWindowDays(int days);
    void setThreshold(int count);
    void setWeeks(int weeks);
    // The options the last computation used (the moment is "now" unless set for tests).
    CandidateOptions options() const;
    // The end of the window (UTC ms), -1 for now: tests pin it.
    void setNow(qint64 nowMs);

    // Computes again now (the controls' changes do so after a short pause).
    void refresh();
    bool isBusy() const { return m_busy; }
    const QList<ProblemCandidate> &candidates() const { return m_candidates; }
    const TrendChart &chart() const { return m_chart; }
    // The keys on the chart, and which of them are marked as candidates.
    QStringList seriesKeys() const;
    QStringList candidateSeriesKeys() const;

    // Selects a candidate and lists its incidents (-1: none).
    void selectCandidate(int row);
    int selectedCandidate() const;
    // The incidents listed for the selected candidate, and whether they are still loading.
    const QList<qint64> &incidents() const { return m_incidentIds; }
    bool isDrilling() const { return m_drilling; }

    QTableView *candidateTable() const { return m_candidateTable; }
    QTableWidget *incidentTable() const { return m_incidentTable; }
    QPushButton *createProblemButton() const { return m_create; }
    QWidget *chartView() const;
    QString statusText() const;

public Q_SLOTS:
    // Opens the dialog that logs a problem for the incidents listed.
    void createProblem();

Q_SIGNALS:
    void openRecordRequested(qint64 id, const QString &type);
    // A computation finished and is shown (also when it failed: see statusText()).
    void refreshed();
    // The incidents of the selected candidate are listed.
    void incidentsListed();
    void problemCreated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh(int delayMs);
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    void showResults();
    void fillChart();
    void fillCandidates();
    void drill();
    void emphasise(const QString &key);
    void updateCreate();
    void setStatus(const QString &text, bool error);
    // A key as people read it: a service's ID with its name ("SVC-8 Printing").
    QString keyLabel(const QString &key) const;
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    QComboBox *m_by = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_weeks = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_byLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_weeksLabel = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_chartView = nullptr;
    QChart *m_chartObject = nullptr;
    QLabel *m_candidatesLabel = nullptr;
    QTableView *m_candidateTable = nullptr;
    CandidateModel *m_candidateModel = nullptr;
    QLabel *m_incidentsLabel = nullptr;
    QTableWidget *m_incidentTable = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_timer = nullptr;
    QSplitter *m_split = nullptr; // chart above, tables below
    QSplitter *m_bottomSplit = nullptr; // candidates beside their incidents

    qint64 m_nowMs = -1;
    CandidateOptions m_options; // of the results shown
    QList<ProblemCandidate> m_candidates;
    TrendChart m_chart;
    QHash<QString, QString> m_keyLabels; // keys that name a record, with its title
    QString m_error;
    bool m_busy = false;
    bool m_stale = true; // the workbook changed while the dock was hidden
    bool m_creating = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_drillGeneration = 0;
    bool m_drilling = false;
    QList<qint64> m_incidentIds;
    QStringList m_incidentHumanIds;
    // The candidate selected, to select again after a refresh.
    ProblemCandidate::Kind m_selectedKind = ProblemCandidate::Kind::Group;
    QString m_selectedKey;
    bool m_hasSelection = false;
};

} // namespace sb::ui
