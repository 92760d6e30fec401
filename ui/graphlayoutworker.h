#pragma once

#include "ui_global.h"

#include "cmdb/graphlayout.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace sb::ui {

// Runs the CMDB graph's layouts on a thread of its own, never on the UI thread, one at a time.
// Each request gets a number; only the answer to the newest is reported, and a request that
// is already outdated when its turn comes is skipped. Layouts are kept by the graph's
// signature (its nodes, their sizes, its edges and the engine), so a graph shown before -
// going back after an expansion, a filter turned off again - is drawn at once.
class SB_UI_EXPORT GraphLayoutWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int CacheSize = 48;

    explicit GraphLayoutWorker(QObject *parent = nullptr);
    ~GraphLayoutWorker() override;

    // Returns the request's number. laidOut() or failed() follow through the event loop,
    // unless another request is made first (also when the layout came from the cache).
    quint64 request(const GraphLayoutInput &input, const GraphLayoutOptions &options);
    // Forgets the request under way: its answer is dropped.
    void cancel();
    // The layout kept for this graph, if any.
    std::optional<GraphLayoutResult> cached(const GraphLayoutInput &input,
                                            const GraphLayoutOptions &options) const;
    // Whether the newest request is still waiting for its answer.
    bool isBusy() const { return m_busy; }
    quint64 generation() const { return m_generation; }
    int cacheCount() const { return int(m_cache.size()); }
    // Layouts computed on the thread so far (not those the cache answered).
    int computedCount() const { return m_computed; }

    static QString signature(const GraphLayoutInput &input, const GraphLayoutOptions &options);

Q_SIGNALS:
    void laidOut(quint64 generation, const sb::GraphLayoutResult &result, bool fromCache);
    void failed(quint64 generation, const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void remember(const QString &key, const GraphLayoutResult &result);
    void answer(quint64 generation, const QString &key, const Result<GraphLayoutResult> &result);

    QThread m_thread;
    QObject *m_runner = nullptr; // lives on m_thread
    // The newest request's number, read on the thread to skip outdated requests.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_computed = 0;
    QHash<QString, GraphLayoutResult> m_cache;
    QStringList m_cacheOrder; // least recently used first
};

} // namespace sb::ui
