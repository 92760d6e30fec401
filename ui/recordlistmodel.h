#pragma once

#include "ui_global.h"

#include "records/recordpager.h"
#include "records/recordquery.h"
#include "storage/changewatcher.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace sb::ui {

class WorkbookDocument;

// A list of records of one type that stays instant at a million rows: the row count comes
// from one cheap query, pages of 200 are fetched on the reader thread only when a view asks
// for their rows, and data() never waits - it shows a placeholder until the page arrives.
// A generation number drops answers to questions that are no longer asked (the filter or
// sort changed meanwhile). When another program changes records of this type, the loaded
// pages are fetched again while the old rows stay on screen.
class SB_UI_EXPORT RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit RecordListModel(QObject *parent = nullptr);
    ~RecordListModel() override;

    void setDocument(WorkbookDocument *document);
    // Type, columns, sort and filter at once. Invalid specs report through failed().
    void setSpec(const ListSpec &spec);
    const ListSpec &spec() const { return m_spec; }
    void setFilterText(const QString &text);

    // The query's column names, in the order of ListRow::values (the ID column not included).
    QStringList columnNames() const;
    qint64 idAt(int row) const;
    // The row of a record if its page is loaded, else -1.
    int rowOf(qint64 id) const;
    qint64 totalCount() const { return m_count; }
    bool isIdle() const { return m_pending == 0; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void failed(const QString &message);
    void idle();

protected:
    // The row if its page is loaded (or still shown while it reloads); else asks for the page
    // and returns null.
    const ListRow *rowAt(int row) const;

private:
    void requestPage(int page) const;
    void requestCount(bool soft);
    void finishJob() const;
    void onChanges(const QList<sb::ChangeEntry> &changes);

    QPointer<WorkbookDocument> m_document;
    ListSpec m_spec;
    std::optional<RecordQuery> m_query;
    QList<const FieldDef *> m_fields; // per column after the ID
    qint64 m_count = 0;
    int m_generation = 0;
    std::shared_ptr<RecordPager> m_pager; // touched on the reader thread only
    mutable QHash<int, QList<ListRow>> m_pages;
    mutable QHash<int, QList<ListRow>> m_stale;
    mutable QSet<int> m_requested;
    mutable int m_pending = 0;
};

} // namespace sb::ui
