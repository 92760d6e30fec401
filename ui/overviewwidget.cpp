#include "overviewwidget.h"

#include "workbookdocument.h"

#include "records/permissions.h"
#include "records/recordtypes.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"overview"_s);
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *welcome = new QWidget(m_stack);
    auto *wl = new QVBoxLayout(welcome);
    wl->setContentsMargins(32, 24, 32, 24);
    m_welcomeTitle = new QLabel(welcome);
    QFont big = m_welcomeTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_welcomeTitle->setFont(big);
    m_welcomeText = new QLabel(welcome);
    m_welcomeText->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(welcome);
    m_new->setObjectName(u"welcomeNew"_s);
    m_open = new QPushButton(welcome);
    m_open->setObjectName(u"welcomeOpen"_s);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    m_recentLabel = new QLabel(welcome);
    m_recent = new QListWidget(welcome);
    m_recent->setObjectName(u"recentFiles"_s);
    wl->addWidget(m_welcomeTitle);
    wl->addWidget(m_welcomeText);
    wl->addSpacing(12);
    wl->addLayout(buttons);
    wl->addSpacing(12);
    wl->addWidget(m_recentLabel);
    wl->addWidget(m_recent, 1);
    m_stack->addWidget(welcome);
    connect(m_new, &QPushButton::clicked, this, &OverviewWidget::newRequested);
    connect(m_open, &QPushButton::clicked, this, &OverviewWidget::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *summary = new QWidget(m_stack);
    auto *sl = new QVBoxLayout(summary);
    sl->setContentsMargins(24, 16, 24, 16);
    m_name = new QLabel(summary);
    m_name->setFont(big);
    m_details = new QLabel(summary);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QTreeWidget(summary);
    m_counts->setObjectName(u"recordCounts"_s);
    m_counts->setRootIsDecorated(false);
    m_counts->setColumnCount(2);
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_othersLabel = new QLabel(summary);
    m_othersLabel->setWordWrap(true);
    m_counts->setMaximumWidth(480);
    sl->addWidget(m_name);
    sl->addWidget(m_details);
    sl->addSpacing(8);
    sl->addWidget(m_othersLabel);
    sl->addSpacing(8);
    sl->addWidget(m_counts);
    sl->addStretch(1);
    m_stack->addWidget(summary);

    retranslateUi();
}

void OverviewWidget::setDocument(WorkbookDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_others.clear();
    if (m_document) {
        connect(m_document, &WorkbookDocument::recordsChanged, this, &OverviewWidget::refresh);
        connect(m_document, &WorkbookDocument::everythingChanged, this, &OverviewWidget::refresh);
        connect(m_document, &WorkbookDocument::othersChanged, this, &OverviewWidget::setOthers);
    }
    m_stack->setCurrentIndex(m_document ? 1 : 0);
    refresh();
}

void OverviewWidget::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(f), m_recent);
        item->setData(Qt::UserRole, f);
    }
    m_recentLabel->setVisible(!files.isEmpty());
    m_recent->setVisible(!files.isEmpty());
}

void OverviewWidget::setOthers(const QList<PresenceEntry> &others)
{
    m_others = others;
    refresh();
}

void OverviewWidget::refresh()
{
    if (!m_document)
        return;
    Workbook &wb = m_document->workbook();
    m_name->setText(m_document->displayName());
    QStringList lines;
    lines << tr("File: %1").arg(QDir::toNativeSeparators(wb.path()));
    if (wb.isReadOnly())
        lines << tr("Read-only: %1").arg(wb.readOnlyReason());
    else
        lines << (wb.storageMode() == StorageMode::Local
                      ? tr("Stored locally (WAL journal): %1").arg(wb.storageReason())
                      : tr("Stored for sharing (rollback journal): %1").arg(wb.storageReason()));
    QStringList roles;
    if (Result<Permissions> p = m_document->store().permissions(); p.ok()) {
        for (const QString &r : p->roles())
            roles << Permissions::roleLabel(r);
    }
    lines << tr("Working as %1 (%2)")
                 .arg(wb.user(), roles.isEmpty() ? tr("no role") : roles.join(u", "_s));
    if (!wb.migrationBackupPath().isEmpty())
        lines << tr("Upgraded when opened; the copy from before is %1")
                     .arg(QDir::toNativeSeparators(wb.migrationBackupPath()));
    m_details->setText(lines.join(u'\n'));

    m_counts->clear();
    Statement st = wb.db().prepare("SELECT type, live_count FROM record_type");
    QHash<QString, qint64> counts;
    while (st.next())
        counts.insert(st.text(0), st.int64(1));
    for (const RecordTypeDef &t : RecordTypes::all())
        new QTreeWidgetItem(m_counts,
                            {t.displayPluralLabel(), QLocale().toString(counts.value(t.type))});
    // As tall as its rows, no empty box below them.
    const int rowHeight =
        m_counts->sizeHintForRow(0) > 0 ? m_counts->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_counts->setFixedHeight(m_counts->header()->sizeHint().height()
                             + rowHeight * m_counts->topLevelItemCount()
                             + 2 * m_counts->frameWidth() + 4);
    m_othersLabel->setText(
        m_others.isEmpty()
            ? tr("Nobody else has this workbook open.")
            : tr("Also working in this workbook: %1").arg(Presence::describe(m_others)));
}

void OverviewWidget::retranslateUi()
{
    m_welcomeTitle->setText(tr("Welcome to Servicebench"));
    m_welcomeText->setText(
        tr("Servicebench keeps an IT team's service management - incidents, problems, changes, "
           "the CMDB, service levels and the management system of ISO/IEC 20000-1 - in one "
           "workbook file, on your disk or on a shared drive. Create a workbook or open one."));
    m_new->setText(tr("New workbook…"));
    m_open->setText(tr("Open workbook…"));
    m_recentLabel->setText(tr("Recent workbooks"));
    m_counts->setHeaderLabels({tr("Records"), tr("Count")});
    refresh();
}

void OverviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sb::ui
