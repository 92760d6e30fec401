#include "baselinedialog.h"

#include "baselinediffview.h"
#include "workbookdocument.h"

#include "clock.h"
#include "cmdb/citypes.h"
#include "storage/database.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr const char *ErrorStyle = "color: #b3261e;";

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

// What a comparison needs besides the difference: the names the tree shows.
struct DiffResult
{
    BaselineDiff diff;
    QList<CiTypeDef> types;
    QList<CiRelationType> kinds;
    QHash<qint64, QString> names;
};
} // namespace

BaselineDialog::BaselineDialog(WorkbookDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"baselineDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"baselineList"_s);
    m_list->setColumnCount(7);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *buttons = new QHBoxLayout;
    m_take = new QPushButton(this);
    m_take->setObjectName(u"takeBaseline"_s);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(u"compareBaselines"_s);
    buttons->addWidget(m_take);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"baselineMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff = new BaselineDiffView(this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = box->button(QDialogButtonBox::Close);
    layout->addWidget(split, 1);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &BaselineDialog::takeDialog);
    connect(m_compare, &QPushButton::clicked, this, &BaselineDialog::compareDialog);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BaselineDialog::updateButtons);
    // The quickest question: what changed since this baseline.
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { compare(item->data(0, IdRole).toLongLong()); });
    connect(m_diff, &BaselineDiffView::openRequested, this, &BaselineDialog::openRequested);
    if (m_document)
        connect(m_document, &WorkbookDocument::everythingChanged, this, &BaselineDialog::reload);

    retranslateUi();
    resize(960, 680);
    reload();
}

void BaselineDialog::fillScopeChoices(QComboBox *combo, Database &db)
{
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(tr("Everything (the whole CMDB)"), qint64(0));
    Statement st =
        db.prepare("SELECT r.id, r.human_id, r.title FROM record r LEFT JOIN ci c ON c.id = r.id "
                   "WHERE r.type = 'service' OR (r.type = 'ci' AND c.ci_type = 'business_service') "
                   "ORDER BY r.title COLLATE NOCASE, r.id");
    while (st.next())
        combo->addItem(st.text(1) + u"  "_s + st.text(2), st.int64(0));
    combo->setCurrentIndex(0);
    if (QCompleter *c = combo->completer()) {
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        c->setCompletionMode(QCompleter::PopupCompletion);
    }
    combo->setToolTip(tr("Everything, or one service (a service record or a business-service CI) "
                         "with what it needs; type to find one by name or ID"));
}

qint64 BaselineDialog::scopeChoice(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int exact = combo->findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return combo->itemData(exact).toLongLong();
    // Just the ID, or just the name, is enough when it names one choice.
    qint64 found = -1;
    for (int i = 1; i < combo->count(); ++i) {
        const QString item = combo->itemText(i);
        const QString id = item.section(u"  "_s, 0, 0);
        const QString name = item.section(u"  "_s, 1);
        if (id.compare(text, Qt::CaseInsensitive) == 0
            || name.compare(text, Qt::CaseInsensitive) == 0) {
            if (found >= 0)
                return -1;
            found = combo->itemData(i).toLongLong();
        }
    }
    return found;
}

QString BaselineDialog::message() const
{
    return m_message->text();
}

void BaselineDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QString::fromLatin1(ErrorStyle) : QString());
}

qint64 BaselineDialog::selectedBaseline() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, IdRole).toLongLong();
}

bool BaselineDialog::selectBaseline(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void BaselineDialog::reload()
{
    const qint64 selected = selectedBaseline();
    m_list->clear();
    m_baselines.clear();
    if (!m_document) {
        updateButtons();
        return;
    }
    Result<QList<BaselineInfo>> all = Baselines(m_document->workbook()).list();
    if (!all.ok()) {
        showMessage(all.error().message(), true);
        updateButtons();
        return;
    }
    m_baselines = *all;
    for (const BaselineInfo &b : std::as_const(m_baselines)) {
        const QString scope =
            b.scope.isEmpty() ? tr("Everything") : tr("%1 %2").arg(b.scope, b.scopeLabel);
        auto *item = new QTreeWidgetItem(
            m_list,
            {b.name, scope, localTime(b.takenAt), b.takenBy, QLocale().toString(b.ciCount),
             QLocale().toString(b.relationCount), b.description.section(u'\n', 0, 0)});
        item->setData(0, IdRole, b.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        const QString tip = b.description.isEmpty()
            ? tr("Double-click to compare with now")
            : b.description + u"\n\n"_s + tr("Double-click to compare with now");
        for (int c = 0; c < m_list->columnCount(); ++c)
            item->setToolTip(c, tip);
    }
    if (!selectBaseline(selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (m_baselines.isEmpty() && !m_taking)
        showMessage(tr("No baseline has been taken yet. Take one before a release is deployed, "
                       "to compare with afterwards."),
                    false);
    updateButtons();
}

void BaselineDialog::updateButtons()
{
    m_take->setEnabled(m_document && !m_taking);
    m_compare->setEnabled(m_document && !m_baselines.isEmpty() && !m_comparing);
}

void BaselineDialog::takeDialog()
{
    if (!m_document || m_taking)
        return;
    QDialog form(this);
    form.setObjectName(u"takeBaselineDialog"_s);
    form.setWindowTitle(tr("Take Baseline"));
    auto *layout = new QVBoxLayout(&form);
    auto *fields = new QFormLayout;
    auto *name = new QLineEdit(&form);
    name->setObjectName(u"baselineName"_s);
    name->setPlaceholderText(tr("e.g. Before release 2026.11"));
    name->setMaxLength(200);
    auto *description = new QPlainTextEdit(&form);
    description->setObjectName(u"baselineDescription"_s);
    description->setTabChangesFocus(true);
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 4 + 12);
    auto *scope = new QComboBox(&form);
    scope->setObjectName(u"baselineScope"_s);
    fillScopeChoices(scope, m_document->workbook().db());
    fields->addRow(tr("&Name:"), name);
    fields->addRow(tr("&Description:"), description);
    fields->addRow(tr("&Scope:"), scope);
    auto *note = new QLabel(tr("A baseline keeps every CI in scope with its fields, attributes "
                               "and relationships as they are now. It cannot be changed "
                               "afterwards."),
                            &form);
    note->setWordWrap(true);
    auto *message = new QLabel(&form);
    message->setObjectName(u"takeBaselineMessage"_s);
    message->setWordWrap(true);
    message->setStyleSheet(QString::fromLatin1(ErrorStyle));
    message->hide();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setText(tr("Take Baseline"));
    ok->setEnabled(false);
    layout->addLayout(fields);
    layout->addWidget(note);
    layout->addWidget(message);
    layout->addWidget(box);
    connect(name, &QLineEdit::textChanged, ok,
            [ok, name] { ok->setEnabled(!name->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &form, [&] {
        if (m_taking)
            return;
        const qint64 service = scopeChoice(scope);
        if (service < 0) {
            message->setText(tr("No service or business service is called \"%1\". Choose one "
                                "from the list, or everything.")
                                 .arg(scope->currentText().trimmed()));
            message->show();
            return;
        }
        message->hide();
        ok->setEnabled(false);
        box->button(QDialogButtonBox::Cancel)->setEnabled(false);
        takeBaseline(name->text(), description->toPlainText(), service);
    });
    // The form stays open until the baseline is taken, so that a refused name can be changed.
    connect(this, &BaselineDialog::taken, &form, &QDialog::accept);
    connect(this, &BaselineDialog::takeFailed, &form, [&](const QString &text) {
        message->setText(text);
        message->show();
        ok->setEnabled(!name->text().trimmed().isEmpty());
        box->button(QDialogButtonBox::Cancel)->setEnabled(true);
        name->setFocus();
    });
    form.resize(520, form.sizeHint().height());
    form.exec();
}

void BaselineDialog::takeBaseline(const QString &name, const QString &description, qint64 serviceId)
{
    if (!m_document || m_taking)
        return;
    m_taking = true;
    updateButtons();
    showMessage(tr("Taking baseline \"%1\"…").arg(name.trimmed()), false);
    auto out = std::make_shared<BaselineInfo>();
    m_document->write(
        [name, description, serviceId, out](RecordStore &store) -> Error {
            Result<BaselineInfo> b =
                Baselines(store.workbook()).create(name, description, serviceId);
            if (!b.ok())
                return b.error();
            *out = *b;
            return {};
        },
        this,
        [this, out](const Error &e) {
            m_taking = false;
            if (e.isError()) {
                updateButtons();
                showMessage(tr("The baseline was not taken: %1").arg(e.message()), true);
                Q_EMIT takeFailed(e.message());
                return;
            }
            reload();
            selectBaseline(out->id);
            showMessage(tr("Baseline \"%1\" taken: %n CI(s)", "", int(out->ciCount)).arg(out->name)
                            + tr(", %n relationship(s).", "", int(out->relationCount)),
                        false);
            Q_EMIT taken(out->id);
        });
}

void BaselineDialog::compareDialog()
{
    if (!m_document || m_baselines.isEmpty())
        return;
    QDialog form(this);
    form.setObjectName(u"compareBaselinesDialog"_s);
    form.setWindowTitle(tr("Compare Baselines"));
    auto *layout = new QVBoxLayout(&form);
    auto *fields = new QFormLayout;
    auto baselineCombo = [&](const QString &objectName) {
        auto *c = new QComboBox(&form);
        c->setObjectName(objectName);
        for (const BaselineInfo &b : std::as_const(m_baselines))
            c->addItem(tr("%1 (%2)").arg(b.name, localTime(b.takenAt)), b.id);
        return c;
    };
    QComboBox *from = baselineCombo(u"compareFrom"_s);
    from->setCurrentIndex(qMax(0, from->findData(selectedBaseline())));
    auto *now = new QRadioButton(tr("The CMDB as it is &now"), &form);
    now->setObjectName(u"compareWithNow"_s);
    now->setChecked(true);
    auto *other = new QRadioButton(tr("&Another baseline:"), &form);
    other->setObjectName(u"compareWithBaseline"_s);
    QComboBox *to = baselineCombo(u"compareTo"_s);
    // Another baseline: the one taken before the chosen one, by default.
    to->setCurrentIndex(qMin(to->count() - 1, from->currentIndex() + 1));
    to->setEnabled(false);
    other->setEnabled(m_baselines.size() > 1);
    auto *group = new QButtonGroup(&form);
    group->addButton(now);
    group->addButton(other);
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(other);
    otherRow->addWidget(to, 1);
    auto *with = new QVBoxLayout;
    with->addWidget(now);
    with->addLayout(otherRow);
    fields->addRow(tr("&Baseline:"), from);
    fields->addRow(tr("Compared with:"), with);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    box->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addLayout(fields);
    layout->addWidget(box);
    connect(other, &QRadioButton::toggled, to, &QWidget::setEnabled);
    connect(box, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.resize(520, form.sizeHint().height());
    if (form.exec() != QDialog::Accepted)
        return;
    const qint64 fromId = from->currentData().toLongLong();
    const qint64 toId = other->isChecked() ? to->currentData().toLongLong() : 0;
    if (toId == fromId) {
        showMessage(tr("A baseline compared with itself shows no differences; choose another "
                       "one, or now."),
                    true);
        return;
    }
    compare(fromId, toId);
}

void BaselineDialog::compare(qint64 fromId, qint64 toId)
{
    if (!m_document || fromId == 0)
        return;
    const int generation = ++m_generation;
    m_comparing = true;
    updateButtons();
    showMessage(tr("Comparing…"), false);
    auto out = std::make_shared<DiffResult>();
    m_document->reader().submit(
        [fromId, toId, out](Workbook &wb) -> Error {
            Result<BaselineDiff> d = Baselines(wb).diff(fromId, toId);
            if (!d.ok())
                return d.error();
            out->diff = std::move(d).value();
            Result<QList<CiTypeDef>> types = CiTypes::load(wb.db());
            if (!types.ok())
                return types.error();
            out->types = *types;
            Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes(wb.db());
            if (!kinds.ok())
                return kinds.error();
            out->kinds = *kinds;
            // The ends of a relationship by name: the CIs the difference names, then the
            // records that still exist.
            for (const auto *list : {&out->diff.added, &out->diff.removed, &out->diff.changed}) {
                for (const BaselineCiChange &c : *list)
                    out->names.insert(c.ciId, c.name);
            }
            Statement title = wb.db().prepare("SELECT title FROM record WHERE id = ?1");
            for (const auto *list : {&out->diff.relationsAdded, &out->diff.relationsRemoved}) {
                for (const BaselineRelation &r : *list) {
                    for (const qint64 id : {r.fromId, r.toId}) {
                        if (out->names.contains(id))
                            continue;
                        title.bind(1, id);
                        if (title.next())
                            out->names.insert(id, title.text(0));
                        else if (title.error().isError())
                            return title.error();
                        title.reset();
                    }
                }
            }
            return {};
        },
        this,
        [this, generation, out](const Error &e) {
            if (generation != m_generation)
                return;
            m_comparing = false;
            updateButtons();
            if (e.isError()) {
                m_diff->clear();
                showMessage(tr("The comparison failed: %1").arg(e.message()), true);
            } else {
                m_diff->setDiff(out->diff, out->types, out->kinds, out->names);
                showMessage(QString(), false);
            }
            Q_EMIT compared();
        });
}

void BaselineDialog::retranslateUi()
{
    setWindowTitle(m_document ? tr("Baselines — %1").arg(m_document->displayName())
                              : tr("Baselines"));
    m_list->setHeaderLabels({tr("Name"), tr("Scope"), tr("Taken at"), tr("Taken by"), tr("CIs"),
                             tr("Relationships"), tr("Description")});
    m_take->setText(tr("&Take Baseline…"));
    m_take->setToolTip(tr("Keep the CMDB (or one service's part of it) as it is now, to compare "
                          "with later: before a release is deployed, say"));
    m_compare->setText(tr("&Compare…"));
    m_compare->setToolTip(tr("Compare a baseline with another one, or with the CMDB as it is "
                             "now"));
}

void BaselineDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
}

} // namespace sb::ui
