#include "cirelationsview.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int OutgoingRole = Qt::UserRole + 2;

// CIs and services whose name or ID starts with what was typed, for the completer.
QStringList candidates(Database &db, const QString &typed, qint64 self)
{
    QStringList out;
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return out;
    Statement st = db.prepare(
        "SELECT r.human_id, r.title FROM record r WHERE r.type IN ('ci', 'service') "
        "AND r.id <> ?2 AND (r.title LIKE ?1 ESCAPE '\\' OR r.human_id LIKE ?1 ESCAPE '\\') "
        "ORDER BY r.title COLLATE NOCASE LIMIT 50");
    QString pattern = t;
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    st.bind(1, pattern + u'%').bind(2, self);
    while (st.next())
        out << st.text(0) + u"  "_s + st.text(1);
    return out;
}
} // namespace

CiRelationsView::CiRelationsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"ciRelations"_s);
    m_tree->setColumnCount(4);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong(); id != 0)
            Q_EMIT openRequested(id);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        m_remove->setEnabled(m_writable && item && !item->data(0, KindRole).toString().isEmpty());
    });
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addRelation"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeRelation"_s);
    m_graph = new QPushButton(this);
    m_graph->setObjectName(u"showInGraph"_s);
    connect(m_add, &QPushButton::clicked, this, &CiRelationsView::addDialog);
    connect(m_remove, &QPushButton::clicked, this, &CiRelationsView::removeSelected);
    connect(m_graph, &QPushButton::clicked, this, [this] {
        if (m_ci.id != 0)
            Q_EMIT showInGraphRequested(m_ci.id);
    });
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_graph);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    retranslateUi();
    clear();
}

void CiRelationsView::setDocument(WorkbookDocument *document)
{
    m_document = document;
    clear();
}

void CiRelationsView::clear()
{
    m_ci = Record();
    m_tree->clear();
    m_count = 0;
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_graph->setEnabled(false);
}

void CiRelationsView::showCi(const Record &ci, bool writable)
{
    m_ci = ci;
    m_writable = writable;
    fill();
}

void CiRelationsView::fill()
{
    m_tree->clear();
    m_count = 0;
    if (!m_document || m_ci.id == 0) {
        clear();
        return;
    }
    Database &db = m_document->workbook().db();
    if (Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes(db); kinds.ok())
        m_kinds = *kinds;
    QHash<QString, QString> typeLabels;
    if (Result<QList<CiTypeDef>> types = CiTypes::load(db); types.ok()) {
        for (const CiTypeDef &t : *types)
            typeLabels.insert(t.code, t.displayLabel());
    }
    auto *relations = new QTreeWidgetItem(m_tree);
    auto *tickets = new QTreeWidgetItem(m_tree);
    auto *other = new QTreeWidgetItem(m_tree);
    // The CI types of the CIs at the other ends, in one query rather than one per link.
    QHash<qint64, QString> neighbourTypes;
    {
        Statement st = db.prepare(
            "SELECT c.id, c.ci_type FROM link l JOIN ci c ON c.id = l.to_id WHERE l.from_id = ?1 "
            "UNION SELECT c.id, c.ci_type FROM link l JOIN ci c ON c.id = l.from_id "
            "WHERE l.to_id = ?1");
        st.bind(1, m_ci.id);
        while (st.next())
            neighbourTypes.insert(st.int64(0), st.text(1));
    }
    QSet<QString> relationKinds;
    for (const CiRelationType &k : std::as_const(m_kinds))
        relationKinds.insert(k.kind);
    int ticketCount = 0;
    int otherCount = 0;
    if (Result<QList<LinkInfo>> links = m_document->store().links(m_ci.id); links.ok()) {
        for (const LinkInfo &l : *links) {
            const bool isRelation = relationKinds.contains(l.kind);
            QTreeWidgetItem *parent = isRelation                             ? relations
                : (l.kind == u"affects_ci"_s || l.kind == u"caused_by_ci"_s) ? tickets
                                                                             : other;
            QString type;
            if (l.otherType == u"ci"_s) {
                const QString code = neighbourTypes.value(l.otherId);
                type = typeLabels.value(code, code);
            } else if (const RecordTypeDef *d = RecordTypes::find(l.otherType)) {
                type = d->displayLabel();
            }
            auto *item = new QTreeWidgetItem(parent,
                                             {l.label, l.otherHumanId + u"  "_s + l.otherTitle,
                                              type, RecordTypes::stateLabel(l.otherState)});
            item->setData(0, IdRole, l.otherId);
            item->setData(0, KindRole, l.kind);
            item->setData(0, OutgoingRole, l.outgoing);
            if (parent == relations)
                ++m_count;
            else if (parent == tickets)
                ++ticketCount;
            else
                ++otherCount;
        }
    }
    relations->setText(0, tr("Relationships (%1)").arg(m_count));
    tickets->setText(0, tr("Incidents, problems and known errors (%1)").arg(ticketCount));
    other->setText(0, tr("Other links (%1)").arg(otherCount));
    other->setHidden(otherCount == 0);
    for (QTreeWidgetItem *top : {relations, tickets, other}) {
        top->setFirstColumnSpanned(true);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
    }
    relations->setExpanded(true);
    tickets->setExpanded(ticketCount <= 50);
    other->setExpanded(true);
    m_tree->resizeColumnToContents(0);
    m_add->setEnabled(m_writable);
    m_remove->setEnabled(false);
    m_graph->setEnabled(true);
    Q_EMIT countChanged(m_count);
}

void CiRelationsView::addRelation(const QString &kind, bool outgoing, qint64 otherId)
{
    if (!m_document || m_ci.id == 0)
        return;
    const qint64 self = m_ci.id;
    const qint64 from = outgoing ? self : otherId;
    const qint64 to = outgoing ? otherId : self;
    m_document->write([from, to, kind](RecordStore &store) { return store.link(from, to, kind); },
                      this,
                      [this, self](const Error &e) {
                          if (e.isError())
                              Q_EMIT failed(e.message());
                          if (m_ci.id == self)
                              if (Result<Record> r = m_document->store().load(self); r.ok())
                                  showCi(*r, m_writable);
                      });
}

void CiRelationsView::addDialog()
{
    if (!m_document || m_ci.id == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Relationship"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(u"relationKind"_s);
    for (const CiRelationType &k : std::as_const(m_kinds)) {
        kind->addItem(tr("%1 … (this CI %1 the other)").arg(k.forwardLabel),
                      QVariantList {k.kind, true});
        if (k.reverseLabel != k.forwardLabel)
            kind->addItem(tr("%1 … (this CI %1 the other)").arg(k.reverseLabel),
                          QVariantList {k.kind, false});
    }
    auto *target = new QLineEdit(&dialog);
    target->setObjectName(u"relationTarget"_s);
    target->setPlaceholderText(tr("name or ID of a CI or service"));
    auto *model = new QStringListModel(&dialog);
    auto *completer = new QCompleter(model, &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    target->setCompleter(completer);
    Database &db = m_document->workbook().db();
    const qint64 self = m_ci.id;
    connect(target, &QLineEdit::textEdited, &dialog, [&db, model, self](const QString &text) {
        model->setStringList(candidates(db, text, self));
    });
    auto *message = new QLabel(&dialog);
    message->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Relationship"), kind);
    form->addRow(tr("Other end"), target);
    form->addRow(message);
    form->addRow(box);
    qint64 otherId = 0;
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        // "CI-12  name" from the completer, a bare ID, or a CI's exact name.
        const QString text = target->text().trimmed();
        Result<qint64> id = m_document->store().resolve(text.section(u"  "_s, 0, 0));
        if (!id.ok()) {
            Statement st = db.prepare("SELECT id FROM record WHERE type IN ('ci', 'service') "
                                      "AND title = ?1 COLLATE NOCASE LIMIT 2");
            st.bind(1, text);
            QList<qint64> found;
            while (st.next())
                found << st.int64(0);
            if (found.size() == 1)
                id = found.first();
        }
        if (!id.ok() || *id == self) {
            message->setText(tr("No single CI or service is called \"%1\". Pick one from the "
                                "list that opens as you type.")
                                 .arg(text));
            return;
        }
        otherId = *id;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || kind->currentIndex() < 0)
        return;
    const QVariantList data = kind->currentData().toList();
    addRelation(data.value(0).toString(), data.value(1).toBool(), otherId);
}

void CiRelationsView::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_document || m_ci.id == 0)
        return;
    const QString kind = item->data(0, KindRole).toString();
    if (kind.isEmpty())
        return;
    const bool outgoing = item->data(0, OutgoingRole).toBool();
    const qint64 other = item->data(0, IdRole).toLongLong();
    const qint64 self = m_ci.id;
    const qint64 from = outgoing ? self : other;
    const qint64 to = outgoing ? other : self;
    m_document->write([from, to, kind](RecordStore &store) { return store.unlink(from, to, kind); },
                      this,
                      [this, self](const Error &e) {
                          if (e.isError())
                              Q_EMIT failed(e.message());
                          if (m_ci.id == self)
                              if (Result<Record> r = m_document->store().load(self); r.ok())
                                  showCi(*r, m_writable);
                      });
}

void CiRelationsView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Relationship"), tr("Record"), tr("Type"), tr("State")});
    m_hint->setText(tr("A failure travels along relationships: what runs on, depends on or is "
                       "installed on this CI is affected when it fails. See the Impact tab."));
    m_add->setText(tr("Add Relationship…"));
    m_remove->setText(tr("Remove"));
    m_graph->setText(tr("Show in Graph"));
}

void CiRelationsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_ci.id != 0)
            fill();
    }
}

} // namespace sb::ui
