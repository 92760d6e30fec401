#include "knownerrorlistmodel.h"

#include "workbookdocument.h"

#include "problem/knowledge.h"
#include "storage/changewatcher.h"
#include "storage/workbook.h"

#include <QLocale>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
const QString KnownErrorType = u"known_error"_s;
}

KnownErrorListModel::KnownErrorListModel(QObject *parent)
    : RecordListModel(parent)
{
    // A new list (another type, filter or sort) keeps the counts: they do not depend on it.
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_wanted.clear(); });
}

void KnownErrorListModel::setCountDocument(WorkbookDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    forgetCounts();
    if (!m_document)
        return;
    // Applying a workaround links an incident to the known error: the count of that known
    // error changes with a change of either record.
    connect(m_document, &WorkbookDocument::recordsChanged, this,
            [this](const QList<ChangeEntry> &changes) {
                for (const ChangeEntry &c : changes) {
                    if (c.type == KnownErrorType || c.type == u"incident"_s || c.type.isEmpty()) {
                        forgetCounts();
                        return;
                    }
                }
            });
    connect(m_document, &WorkbookDocument::everythingChanged, this,
            &KnownErrorListModel::forgetCounts);
}

void KnownErrorListModel::forgetCounts()
{
    ++m_generation;
    m_applied.clear();
    m_inFlight.clear();
    m_wanted.clear();
    const int column = appliedColumn();
    if (column >= 0 && rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

int KnownErrorListModel::appliedColumn() const
{
    return spec().type == KnownErrorType ? RecordListModel::columnCount() : -1;
}

int KnownErrorListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return RecordListModel::columnCount() + (spec().type == KnownErrorType ? 1 : 0);
}

QVariant KnownErrorListModel::data(const QModelIndex &index, int role) const
{
    const int column = appliedColumn();
    if (!index.isValid() || column < 0 || index.column() != column)
        return RecordListModel::data(index, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const ListRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::UserRole)
        return r->id;
    const auto it = m_applied.constFind(r->id);
    if (it != m_applied.constEnd())
        return QLocale().toString(*it);
    if (!m_inFlight.contains(r->id)) {
        m_wanted.insert(r->id);
        // The rows painted together are counted together, once the paint is over.
        if (!m_scheduled) {
            m_scheduled = true;
            auto *self = const_cast<KnownErrorListModel *>(this);
            QTimer::singleShot(0, self, [self] {
                self->m_scheduled = false;
                self->fetchCounts();
            });
        }
    }
    return {};
}

void KnownErrorListModel::fetchCounts()
{
    if (!m_document || m_wanted.isEmpty())
        return;
    const QList<qint64> ids(m_wanted.cbegin(), m_wanted.cend());
    m_wanted.clear();
    for (qint64 id : ids)
        m_inFlight.insert(id);
    const quint64 generation = m_generation;
    auto counts = std::make_shared<QHash<qint64, qint64>>();
    m_document->reader().submit(
        [ids, counts](Workbook &wb) -> Error {
            for (qint64 id : ids) {
                Result<qint64> n = Knowledge::timesApplied(wb.db(), id);
                if (!n.ok())
                    return n.error();
                counts->insert(id, *n);
            }
            return {};
        },
        this,
        [this, ids, counts, generation](const Error &e) {
            if (generation != m_generation)
                return;
            for (qint64 id : ids)
                m_inFlight.remove(id);
            // A failed read (a busy workbook) leaves the cells empty until they are asked again.
            if (e.isError())
                return;
            for (auto it = counts->constBegin(); it != counts->constEnd(); ++it)
                m_applied.insert(it.key(), it.value());
            const int column = appliedColumn();
            if (column >= 0 && rowCount() > 0)
                Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        });
}

QVariant KnownErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == appliedColumn() && section >= 0) {
        if (role == Qt::DisplayRole)
            return tr("Applied");
        if (role == Qt::ToolTipRole)
            return tr("How many incidents were worked around with this known error");
    }
    return RecordListModel::headerData(section, orientation, role);
}

void KnownErrorListModel::sort(int column, Qt::SortOrder order)
{
    // The count is no column of the query: a list of millions cannot be sorted by it page by
    // page, so it keeps the order by ID.
    RecordListModel::sort(column == appliedColumn() ? 0 : column, order);
}

} // namespace sb::ui
