#include "searchdock.h"

#include "workbookdocument.h"

#include "records/recordtypes.h"
#include "records/search.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(u"searchDock"_s);
    auto *host = new QWidget(this);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);
    m_query = new QLineEdit(host);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_results = new QTreeWidget(host);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(4);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_status = new QLabel(host);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    setWidget(host);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::runSearch);
    connect(m_timer, &QTimer::timeout, this, &SearchDock::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRecord(item->data(0, Qt::UserRole).toLongLong(),
                          item->data(1, Qt::UserRole).toString());
    });
    retranslateUi();
}

void SearchDock::setDocument(WorkbookDocument *document)
{
    m_document = document;
    m_results->clear();
    m_status->clear();
    setEnabled(document != nullptr);
}

void SearchDock::focusSearch()
{
    show();
    raise();
    m_query->setFocus();
    m_query->selectAll();
}

void SearchDock::runSearch()
{
    m_timer->stop();
    const QString text = m_query->text().trimmed();
    const int generation = ++m_generation;
    if (!m_document || text.isEmpty()) {
        m_results->clear();
        m_status->clear();
        return;
    }
    auto hits = std::make_shared<QList<SearchHit>>();
    m_document->reader().submit(
        [text, hits](Workbook &wb) -> Error {
            Result<QList<SearchHit>> r = Search::query(wb.db(), text, {}, 100);
            if (!r.ok())
                return r.error();
            *hits = *r;
            return {};
        },
        this,
        [this, hits, generation](const Error &e) {
            if (generation != m_generation)
                return;
            m_results->clear();
            if (e.isError()) {
                m_status->setText(e.message());
                return;
            }
            for (const SearchHit &h : *hits) {
                const RecordTypeDef *def = RecordTypes::find(h.type);
                auto *item = new QTreeWidgetItem(m_results,
                                                 {h.humanId, def ? def->displayLabel() : h.type,
                                                  h.title, RecordTypes::stateLabel(h.state)});
                item->setData(0, Qt::UserRole, h.id);
                item->setData(1, Qt::UserRole, h.type);
            }
            m_results->resizeColumnToContents(0);
            m_status->setText(tr("%n result(s)", nullptr, int(hits->size())));
        });
}

void SearchDock::retranslateUi()
{
    setWindowTitle(tr("Search"));
    m_query->setPlaceholderText(
        tr("Search every record (Ctrl+Shift+F): words, prefix*, \"a phrase\", 中文"));
    m_results->setHeaderLabels({tr("ID"), tr("Type"), tr("Title"), tr("State")});
}

void SearchDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_query->text().isEmpty())
            runSearch();
    }
    QDockWidget::changeEvent(event);
}

} // namespace sb::ui
