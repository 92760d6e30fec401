#include "graphlayoutworker.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

GraphLayoutWorker::GraphLayoutWorker(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(u"graph layout"_s);
    m_runner = new QObject;
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

GraphLayoutWorker::~GraphLayoutWorker()
{
    m_latest->store(0);
    // A layout under way runs to its end (Graphviz cannot be interrupted); the ones queued
    // behind it are skipped.
    m_thread.quit();
    m_thread.wait();
}

QString GraphLayoutWorker::signature(const GraphLayoutInput &input,
                                     const GraphLayoutOptions &options)
{
    QList<GraphLayoutNode> nodes = input.nodes;
    std::sort(nodes.begin(), nodes.end(),
              [](const GraphLayoutNode &a, const GraphLayoutNode &b) { return a.id < b.id; });
    QStringList edges;
    edges.reserve(input.edges.size());
    for (const GraphLayoutEdge &e : input.edges)
        edges << u"%1>%2:%3%4/%5x%6"_s.arg(e.fromId)
                     .arg(e.toId)
                     .arg(e.kind, e.headFirst ? u"^"_s : QString())
                     .arg(qRound(e.labelSize.width()))
                     .arg(qRound(e.labelSize.height()));
    edges.sort();
    QByteArray text = GraphLayout::engineName(options.engine).toLatin1();
    text += ';' + QByteArray::number(int(options.rankDir)) + ';'
        + QByteArray::number(options.nodeSeparation) + ';'
        + QByteArray::number(options.rankSeparation) + '|';
    // Sizes count: a renamed record is wider, and the old places would overlap.
    for (const GraphLayoutNode &n : std::as_const(nodes))
        text += QByteArray::number(n.id) + ':' + QByteArray::number(qRound(n.width)) + 'x'
            + QByteArray::number(qRound(n.height)) + ',';
    text += '|' + edges.join(u',').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

std::optional<GraphLayoutResult> GraphLayoutWorker::cached(const GraphLayoutInput &input,
                                                           const GraphLayoutOptions &options) const
{
    auto it = m_cache.constFind(signature(input, options));
    if (it == m_cache.constEnd())
        return std::nullopt;
    return *it;
}

quint64 GraphLayoutWorker::request(const GraphLayoutInput &input, const GraphLayoutOptions &options)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    const QString key = signature(input, options);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        m_cacheOrder.removeOne(key);
        m_cacheOrder.append(key);
        const GraphLayoutResult result = *it;
        setBusy(false);
        // Through the event loop all the same, so callers see one order of events.
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation == m_generation)
                    Q_EMIT laidOut(generation, result, true);
            },
            Qt::QueuedConnection);
        return generation;
    }
    setBusy(true);
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    GraphLayoutWorker *owner = this;
    QMetaObject::invokeMethod(
        m_runner,
        [owner, latest, generation, key, input, options] {
            if (latest->load() != generation)
                return; // a newer request is queued behind this one
            Result<GraphLayoutResult> result = GraphLayout::run(input, options);
            // The destructor waits for this thread, so `owner` is still there to post to; an
            // answer it never gets to is dropped with it.
            QMetaObject::invokeMethod(
                owner, [owner, generation, key, result] { owner->answer(generation, key, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return generation;
}

void GraphLayoutWorker::answer(quint64 generation, const QString &key,
                               const Result<GraphLayoutResult> &result)
{
    ++m_computed;
    // An outdated layout is still right for its own graph: kept for when it comes back.
    if (result.ok())
        remember(key, *result);
    if (generation != m_generation)
        return;
    setBusy(false);
    if (result.ok())
        Q_EMIT laidOut(generation, *result, false);
    else
        Q_EMIT failed(generation, result.error().message());
}

void GraphLayoutWorker::cancel()
{
    ++m_generation;
    m_latest->store(m_generation);
    setBusy(false);
}

void GraphLayoutWorker::remember(const QString &key, const GraphLayoutResult &result)
{
    if (!m_cache.contains(key))
        m_cacheOrder.append(key);
    m_cache.insert(key, result);
    while (m_cacheOrder.size() > CacheSize)
        m_cache.remove(m_cacheOrder.takeFirst());
}

void GraphLayoutWorker::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace sb::ui
