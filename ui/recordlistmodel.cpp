#include "recordlistmodel.h"

#include "workbookdocument.h"

#include <QApplication>
#include <QBrush>
#include <QCoreApplication>
#include <QPalette>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sb::ui {

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RecordListModel::~RecordListModel() = default;

void RecordListModel::setDocument(WorkbookDocument *document)
{
    if (m_document == document)
        return;
    // Answers still on their way belong to the old document and will not come.
    m_pending = 0;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &WorkbookDocument::recordsChanged, this, &RecordListModel::onChanges);
        connect(m_document, &WorkbookDocument::everythingChanged, this, &RecordListModel::refresh);
    }
    setSpec(m_spec);
}

void RecordListModel::setSpec(const ListSpec &spec)
{
    beginResetModel();
    m_spec = spec;
    ++m_generation;
    m_pages.clear();
    m_stale.clear();
    m_requested.clear();
    m_count = 0;
    m_fields.clear();
    m_query.reset();
    m_pager.reset();
    QString problem;
    if (!spec.type.isEmpty()) {
        Result<RecordQuery> q = RecordQuery::prepare(spec);
        if (q.ok()) {
            m_query = *q;
            for (const QString &c : q->columns())
                m_fields.append(q->type().field(c));
            m_pager = std::make_shared<RecordPager>(*q, PageSize);
        } else {
            problem = q.error().message();
        }
    }
    endResetModel();
    if (!problem.isEmpty())
        Q_EMIT failed(problem);
    if (m_query && m_document)
        requestCount(false);
}

void RecordListModel::setFilterText(const QString &text)
{
    if (text == m_spec.text)
        return;
    ListSpec s = m_spec;
    s.text = text;
    setSpec(s);
}

void RecordListModel::refresh()
{
    if (!m_query || !m_document)
        return;
    requestCount(true);
}

void RecordListModel::requestCount(bool soft)
{
    const int generation = soft ? ++m_generation : m_generation;
    if (soft) {
        // Prepared again: a filter on "now" (breaching soon) moves on with the clock.
        if (Result<RecordQuery> q = RecordQuery::prepare(m_spec); q.ok())
            m_query = *q;
        // Keep showing what we have until the new pages arrive.
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            m_stale.insert(it.key(), it.value());
        m_pages.clear();
        m_requested.clear();
        m_pager = std::make_shared<RecordPager>(*m_query, PageSize);
    }
    auto result = std::make_shared<qint64>(0);
    const RecordQuery query = *m_query;
    ++m_pending;
    m_document->reader().submit(
        [query, result](Workbook &wb) -> Error {
            Result<qint64> n = query.count(wb.db());
            if (!n.ok())
                return n.error();
            *result = *n;
            return {};
        },
        this,
        [this, generation, result, soft](const Error &e) {
            if (generation == m_generation) {
                if (e.isError()) {
                    Q_EMIT failed(e.message());
                } else {
                    const qint64 n = *result;
                    const int newRows = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
                    const int oldRows = int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
                    if (newRows > oldRows) {
                        beginInsertRows({}, oldRows, newRows - 1);
                        m_count = n;
                        endInsertRows();
                    } else if (newRows < oldRows) {
                        beginRemoveRows({}, newRows, oldRows - 1);
                        m_count = n;
                        endRemoveRows();
                    }
                    m_count = n;
                    if (soft && newRows > 0)
                        Q_EMIT dataChanged(index(0, 0), index(newRows - 1, columnCount() - 1));
                    Q_EMIT countChanged(n);
                }
            }
            finishJob();
        });
}

void RecordListModel::finishJob() const
{
    if (--m_pending == 0)
        Q_EMIT const_cast<RecordListModel *>(this)->idle();
}

void RecordListModel::requestPage(int page) const
{
    if (!m_document || !m_pager || m_requested.contains(page))
        return;
    m_requested.insert(page);
    auto rows = std::make_shared<QList<ListRow>>();
    auto pager = m_pager;
    const int generation = m_generation;
    auto *self = const_cast<RecordListModel *>(this);
    ++m_pending;
    m_document->reader().submit(
        [pager, page, rows](Workbook &wb) -> Error {
            Result<QList<ListRow>> r = pager->fetch(wb.db(), page);
            if (!r.ok())
                return r.error();
            *rows = std::move(r).value();
            return {};
        },
        self,
        [self, page, rows, generation](const Error &e) {
            if (generation == self->m_generation) {
                if (e.isError()) {
                    // Most often a workbook busy this instant: ask the view to look again soon.
                    self->m_requested.remove(page);
                    Q_EMIT self->failed(e.message());
                    QTimer::singleShot(1000, self, [self, page, generation] {
                        const int first = page * PageSize;
                        const int last = qMin(first + PageSize, self->rowCount()) - 1;
                        if (generation == self->m_generation && last >= first)
                            Q_EMIT self->dataChanged(self->index(first, 0),
                                                     self->index(last, self->columnCount() - 1));
                    });
                } else {
                    self->m_pages.insert(page, *rows);
                    self->m_stale.remove(page);
                    const int first = page * PageSize;
                    const int last = qMin(first + PageSize, self->rowCount()) - 1;
                    if (last >= first)
                        Q_EMIT self->dataChanged(self->index(first, 0),
                                                 self->index(last, self->columnCount() - 1));
                }
            }
            self->finishJob();
        });
}

const ListRow *RecordListModel::rowAt(int row) const
{
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        it = m_stale.constFind(page);
        if (it == m_stale.constEnd())
            return nullptr;
    }
    const int i = row % PageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

QStringList RecordListModel::columnNames() const
{
    return m_query ? m_query->columns() : QStringList();
}

qint64 RecordListModel::idAt(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int RecordListModel::rowOf(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_fields.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::UserRole)
        return {};
    const ListRow *r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QVariant(u"…"_s) : QVariant();
        if (role == Qt::ForegroundRole)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::ForegroundRole)
        return {};
    if (index.column() == 0)
        return r->humanId;
    const FieldDef *f = m_fields.value(index.column() - 1);
    const QVariant v = r->values.value(index.column() - 1);
    if (!f)
        return v;
    if (f->viaTransition)
        return RecordTypes::stateLabel(v.toString());
    const QString text = f->display(v);
    if (role == Qt::DisplayRole && f->kind == FieldKind::LongText)
        return text.section(u'\n', 0, 0);
    return text;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return QCoreApplication::translate("Field", "ID");
    const FieldDef *f = m_fields.value(section - 1);
    return f ? f->displayLabel() : QVariant();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    ListSpec s = m_spec;
    // By the query's column name: columns that are no field (a ticket's SLA) sort too.
    const QStringList names = columnNames();
    s.sortField = column > 0 && column <= names.size() ? names[column - 1] : u"id"_s;
    s.descending = order == Qt::DescendingOrder;
    if (s.sortField == m_spec.sortField && s.descending == m_spec.descending)
        return;
    setSpec(s);
}

void RecordListModel::onChanges(const QList<ChangeEntry> &changes)
{
    for (const ChangeEntry &c : changes) {
        // A deleted record no longer tells its type: refresh to be safe.
        if (c.recordId != 0 && (c.type == m_spec.type || c.type.isEmpty())) {
            refresh();
            return;
        }
    }
}

} // namespace sb::ui
