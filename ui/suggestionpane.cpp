#include "suggestionpane.h"

#include "workbookdocument.h"

#include "records/recordtypes.h"
#include "storage/workbookthread.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
// A workaround takes at most this many lines in the pane; its tooltip has all of it.
constexpr int MaxWorkaroundLines = 10;
// Known errors and articles first; a few are worth reading, many are not.
constexpr int MaxSuggestions = 8;
constexpr int MaxSimilar = 15;
} // namespace

SuggestionPane::SuggestionPane(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"similar"_s);
    setColumnCount(3);
    setIndentation(fontMetrics().averageCharWidth() * 2);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setColumnWidth(0, fontMetrics().averageCharWidth() * 16);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            Q_EMIT openRequested(id);
    });
    retranslateUi();
}

void SuggestionPane::setDocument(WorkbookDocument *document)
{
    m_document = document;
    forget();
}

void SuggestionPane::forget()
{
    ++m_generation;
    m_busy = false;
    m_recordId = -1;
    m_type.clear();
    m_suggestions.clear();
    m_hits.clear();
    m_problem.clear();
    m_answered = false;
    clear();
}

void SuggestionPane::lookUp(const QString &type, qint64 recordId, const SuggestionQuery &query)
{
    const quint64 generation = ++m_generation;
    if (recordId != m_recordId || type != m_type) {
        clear();
        m_answered = false;
    }
    m_type = type;
    m_recordId = recordId;
    if (!m_document)
        return;
    const bool incident = type == u"incident"_s;
    const QString text = query.text.trimmed();
    struct Found
    {
        QList<Suggestion> suggestions;
        QList<SearchHit> hits;
        QString problem;
    };
    auto found = std::make_shared<Found>();
    m_busy = true;
    // On the reader's connection: over a million tickets a search of many words takes a
    // moment, and the form should not wait for it.
    m_document->reader().submit(
        [text, recordId, incident, query, found](Workbook &wb) -> Error {
            if (incident) {
                Result<QList<Suggestion>> s = Knowledge::suggest(wb.db(), query, MaxSuggestions);
                if (s.ok())
                    found->suggestions = *s;
                else
                    found->problem = s.error().message();
            }
            if (!text.isEmpty()) {
                Result<QList<SearchHit>> r =
                    Search::similar(wb.db(), text, recordId, {}, MaxSimilar);
                if (r.ok())
                    found->hits = *r;
                else if (found->problem.isEmpty())
                    found->problem = r.error().message();
            }
            return {};
        },
        this,
        [this, generation, found](const Error &e) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_suggestions = found->suggestions;
            m_hits = found->hits;
            m_problem = e.isError() ? e.message() : found->problem;
            m_answered = true;
            render();
            Q_EMIT filled(int(m_suggestions.size()));
        });
}

void SuggestionPane::render()
{
    clear();
    if (!m_answered)
        return;
    QFont bold = font();
    bold.setBold(true);
    auto section = [&](const QString &text) {
        auto *item = new QTreeWidgetItem(this, {text});
        item->setFirstColumnSpanned(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    auto note = [](QTreeWidgetItem *parent, const QString &text) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    };
    QSet<qint64> offered;
    if (m_type == u"incident"_s) {
        QTreeWidgetItem *known =
            section(tr("Known errors and articles (%1)").arg(m_suggestions.size()));
        const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        const QIcon articleIcon = style()->standardIcon(QStyle::SP_FileDialogInfoView);
        for (const Suggestion &s : std::as_const(m_suggestions)) {
            const bool error = s.type == u"known_error"_s;
            QStringList why;
            if (s.textMatch)
                why << tr("the text");
            if (s.sameService)
                why << tr("the service");
            if (s.sameCategory)
                why << tr("the category");
            if (s.sameCi)
                why << tr("the CI");
            auto *item = new QTreeWidgetItem(
                known, {s.humanId, s.title, error ? tr("Known error") : tr("Article")});
            item->setIcon(0, error ? errorIcon : articleIcon);
            item->setData(0, Qt::UserRole, s.id);
            item->setData(0, Qt::UserRole + 1, s.type);
            QString tip = tr("Matches this incident by %1.").arg(why.join(tr(", ")));
            if (!s.problem.isEmpty())
                tip += u'\n' + tr("Recorded from problem %1.").arg(s.problem);
            tip += u'\n' + tr("Double-click to open it.");
            for (int c = 0; c < 3; ++c)
                item->setToolTip(c, tip);
            if (error) {
                auto *row = new QTreeWidgetItem(item);
                row->setFirstColumnSpanned(true);
                row->setFlags(Qt::ItemIsEnabled);
                setItemWidget(row, 0, workaroundRow(s));
                item->setExpanded(true);
            }
            offered.insert(s.id);
        }
        if (m_suggestions.isEmpty())
            note(known, tr("No known error or article matches this incident yet."));
        known->setExpanded(true);
    }
    QTreeWidgetItem *similar = section(QString());
    int n = 0;
    for (const SearchHit &h : std::as_const(m_hits)) {
        if (offered.contains(h.id))
            continue;
        auto *item =
            new QTreeWidgetItem(similar, {h.humanId, h.title, RecordTypes::stateLabel(h.state)});
        item->setData(0, Qt::UserRole, h.id);
        ++n;
    }
    similar->setText(0, tr("Similar records (%1)").arg(n));
    if (!m_problem.isEmpty())
        note(similar, m_problem);
    else if (n == 0)
        note(similar, tr("Nothing similar found."));
    similar->setExpanded(true);
    updateApplyButtons();
    fitRows();
}

QWidget *SuggestionPane::workaroundRow(const Suggestion &s)
{
    auto *row = new QWidget;
    row->setObjectName(u"workaroundRow"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 4, 6);
    auto *text = new QLabel(row);
    text->setObjectName(u"workaroundText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setStyleSheet(u"QLabel { background: #fff8e1; color: #3e2c00; border-left: 3px solid "
                        "#e6a700; padding: 3px 6px; }"_s);
    const QString workaround = s.workaround.trimmed();
    text->setText(workaround.isEmpty() ? tr("No workaround recorded yet.")
                                       : tr("Workaround: %1").arg(workaround));
    text->setToolTip(workaround);
    layout->addWidget(text, 1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    auto *apply = new QPushButton(tr("Apply workaround"), row);
    apply->setObjectName(u"applyWorkaround"_s);
    apply->setProperty("humanId", s.humanId);
    const qint64 id = s.id;
    connect(apply, &QPushButton::clicked, this, [this, id] { Q_EMIT applyRequested(id); });
    auto *open = new QPushButton(tr("Open"), row);
    open->setObjectName(u"openKnownError"_s);
    open->setToolTip(tr("Show %1").arg(s.humanId));
    connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT openRequested(id); });
    buttons->addWidget(apply);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);
    return row;
}

void SuggestionPane::setApplying(bool applying)
{
    m_applying = applying;
    updateApplyButtons();
}

void SuggestionPane::updateApplyButtons()
{
    const bool writable = m_document && !m_document->workbook().isReadOnly();
    for (QPushButton *b : findChildren<QPushButton *>(u"applyWorkaround"_s)) {
        b->setEnabled(writable && m_recordId > 0 && !m_applying);
        b->setToolTip(
            m_recordId > 0
                ? tr("Link %1 to this incident and write its workaround as a work note")
                      .arg(b->property("humanId").toString())
                : tr("Save the incident first; then the workaround can be applied to it"));
    }
}

void SuggestionPane::fitRows()
{
    const int most = fontMetrics().lineSpacing() * MaxWorkaroundLines + 16;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QWidget *w = itemWidget(*it, 0);
        if (!w || !w->layout())
            continue;
        int width = visualItemRect(*it).width();
        if (width <= 0)
            width = viewport()->width() - 2 * indentation();
        // The label's style sheet padding is not in its height for width: half a line more.
        const int wanted = w->layout()->hasHeightForWidth()
            ? w->layout()->totalHeightForWidth(width) + fontMetrics().lineSpacing() / 2 + 6
            : w->sizeHint().height();
        const int h = qMax(w->layout()->totalMinimumSize().height(), qMin(wanted, most));
        if (w->height() != h || (*it)->sizeHint(0).height() != h) {
            w->setFixedHeight(h);
            (*it)->setSizeHint(0, QSize(width, h));
        }
    }
}

bool SuggestionPane::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitRows();
    return QTreeWidget::viewportEvent(event);
}

void SuggestionPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QTreeWidget::changeEvent(event);
}

void SuggestionPane::retranslateUi()
{
    setHeaderLabels({tr("ID"), tr("Title"), tr("Kind or state")});
}

} // namespace sb::ui
