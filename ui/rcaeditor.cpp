#include "rcaeditor.h"

#include "clock.h"
#include "records/recordtypes.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

const QString MethodField = u"rca_method"_s;
const QString ChainField = u"rca_chain"_s;
const QString FactorsField = u"contributing_factors"_s;
const QString RootField = u"root_cause"_s;
const QString WorkaroundField = u"workaround"_s;

// The earliest moment a time cell offers stands for "no time": a cause found by five whys
// has none.
QDateTime noTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QString storedValue(const Record &record, const QString &field)
{
    const RecordTypeDef *def = RecordTypes::find(u"problem"_s);
    const FieldDef *f = def ? def->field(field) : nullptr;
    const QString c = f ? f->canonical(record.value(field)) : record.value(field).toString();
    return c.isNull() ? QString(u""_s) : c;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A cell widget at the top of its cell, as tall as it wants to be, however tall the entry's
// wrapped text makes the row.
QWidget *topAligned(QWidget *w)
{
    auto *host = new QWidget;
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(w);
    layout->addStretch();
    return host;
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    // As in the main form: the chain above takes what height is left.
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    return e;
}

} // namespace

RcaEditor::RcaEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"rcaEditor"_s);
    // Scrolls rather than squeezing the chain or the texts when the tab is short.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *host = new QWidget(scroll);
    scroll->setWidget(host);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *methodRow = new QHBoxLayout;
    m_methodLabel = new QLabel(host);
    m_method = new QComboBox(host);
    m_method->setObjectName(u"rcaMethod"_s);
    m_methodLabel->setBuddy(m_method);
    methodRow->addWidget(m_methodLabel);
    methodRow->addWidget(m_method);
    methodRow->addStretch();
    layout->addLayout(methodRow);
    m_methodHint = new QLabel(host);
    m_methodHint->setObjectName(u"rcaMethodHint"_s);
    m_methodHint->setWordWrap(true);
    m_methodHint->setStyleSheet(u"color: palette(placeholder-text);"_s);
    layout->addWidget(m_methodHint);

    m_chainProblem = new QLabel(host);
    m_chainProblem->setObjectName(u"rcaChainProblem"_s);
    m_chainProblem->setWordWrap(true);
    m_chainProblem->setStyleSheet(u"color: #b3261e;"_s);
    m_chainProblem->hide();
    layout->addWidget(m_chainProblem);

    m_table = new QTableWidget(0, ColumnCount, host);
    m_table->setObjectName(u"rcaChain"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(RootColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(AtColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(host);
    m_add->setObjectName(u"rcaAdd"_s);
    m_remove = new QPushButton(host);
    m_remove->setObjectName(u"rcaRemove"_s);
    m_up = new QPushButton(host);
    m_up->setObjectName(u"rcaUp"_s);
    m_down = new QPushButton(host);
    m_down->setObjectName(u"rcaDown"_s);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    // Each text the full width: a dock beside the list is narrow.
    auto *texts = new QFormLayout;
    texts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    texts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_factorsLabel = new QLabel(host);
    m_rootLabel = new QLabel(host);
    m_workaroundLabel = new QLabel(host);
    m_factors = textBox(host, u"rca_contributing_factors"_s);
    m_root = textBox(host, u"rca_root_cause"_s);
    m_workaround = textBox(host, u"rca_workaround"_s);
    const QList<std::pair<QLabel *, QPlainTextEdit *>> boxes {
        {m_factorsLabel, m_factors}, {m_rootLabel, m_root}, {m_workaroundLabel, m_workaround}};
    for (const auto &[label, box] : boxes) {
        label->setBuddy(box);
        texts->addRow(label, box);
        connect(box, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                Q_EMIT changed();
        });
    }
    layout->addLayout(texts);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateColumns();
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        const int row = item->row();
        if (row < 0 || row >= m_entries.size())
            return;
        if (item->column() == TextColumn) {
            m_entries[row].text = item->text();
            chainEdited();
        } else if (item->column() == RootColumn) {
            setRoot(row, item->checkState() == Qt::Checked);
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RcaEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RcaEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveEntry(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveEntry(m_table->currentRow(), 1); });

    retranslateUi();
    clear();
}

bool RcaEditor::handles(const QString &field)
{
    return field == MethodField || field == ChainField || field == FactorsField
        || field == RootField || field == WorkaroundField;
}

void RcaEditor::clear()
{
    setRecord(Record(), false);
}

void RcaEditor::setRecord(const Record &record, bool writable)
{
    m_filling = true;
    m_writable = writable;
    m_originalMethod = storedValue(record, MethodField);
    m_originalFactors = storedValue(record, FactorsField);
    m_originalRoot = storedValue(record, RootField);
    m_originalWorkaround = storedValue(record, WorkaroundField);
    const QString chain = record.value(ChainField).toString();
    Result<QList<RcaEntry>> parsed = RcaChain::parse(chain);
    m_chainTouched = false;
    m_chainUnreadable = !parsed.ok();
    if (parsed.ok()) {
        m_entries = *parsed;
        m_originalChain = RcaChain::serialize(m_entries);
        m_chainProblem->hide();
    } else {
        // Written by a script or an import the write path did not check: shown as a warning,
        // and only replaced once someone edits the chain here.
        m_entries.clear();
        m_originalChain = chain;
        m_chainProblem->setText(tr("The stored chain of causes cannot be read: %1 Editing the "
                                   "table here replaces it.")
                                    .arg(parsed.error().message()));
        m_chainProblem->show();
    }
    const int method = m_method->findData(m_originalMethod);
    m_method->setCurrentIndex(method < 0 ? 0 : method);
    m_factors->setPlainText(m_originalFactors);
    m_root->setPlainText(m_originalRoot);
    m_workaround->setPlainText(m_originalWorkaround);
    m_method->setEnabled(writable);
    for (QPlainTextEdit *e : {m_factors, m_root, m_workaround})
        e->setReadOnly(!writable);
    m_filling = false;
    rebuildTable();
    updateColumns();
}

QString RcaEditor::currentChain() const
{
    QList<RcaEntry> entries = m_entries;
    for (RcaEntry &e : entries)
        e.text = e.text.trimmed();
    return RcaChain::serialize(entries);
}

QVariantMap RcaEditor::changes() const
{
    QVariantMap out;
    if (const QString m = m_method->currentData().toString(); m != m_originalMethod)
        out.insert(MethodField, orNull(m));
    if (!m_chainUnreadable || m_chainTouched) {
        if (const QString c = currentChain(); c != m_originalChain)
            out.insert(ChainField, orNull(c));
    }
    const std::tuple<const QString &, const QPlainTextEdit *, const QString &> texts[] = {
        {FactorsField, m_factors, m_originalFactors},
        {RootField, m_root, m_originalRoot},
        {WorkaroundField, m_workaround, m_originalWorkaround}};
    for (const auto &[field, edit, original] : texts) {
        if (const QString now = edit->toPlainText(); now != original)
            out.insert(field, orNull(now));
    }
    return out;
}

bool RcaEditor::setFieldText(const QString &field, const QString &text)
{
    if (field == MethodField) {
        const int i = m_method->findData(text);
        if (i < 0)
            return false;
        m_method->setCurrentIndex(i);
    } else if (field == ChainField) {
        Result<QList<RcaEntry>> entries = RcaChain::parse(text);
        if (!entries.ok())
            return false;
        setEntries(*entries);
    } else if (field == FactorsField) {
        m_factors->setPlainText(text);
    } else if (field == RootField) {
        m_root->setPlainText(text);
    } else if (field == WorkaroundField) {
        m_workaround->setPlainText(text);
    } else {
        return false;
    }
    return true;
}

QString RcaEditor::fieldText(const QString &field) const
{
    if (field == MethodField)
        return m_method->currentData().toString();
    if (field == ChainField)
        return currentChain();
    if (field == FactorsField)
        return m_factors->toPlainText();
    if (field == RootField)
        return m_root->toPlainText();
    if (field == WorkaroundField)
        return m_workaround->toPlainText();
    return {};
}

QString RcaEditor::method() const
{
    return m_method->currentData().toString();
}

void RcaEditor::setMethod(const QString &method)
{
    setFieldText(MethodField, method);
}

void RcaEditor::setEntries(const QList<RcaEntry> &entries)
{
    m_entries = entries;
    rebuildTable();
    chainEdited();
}

void RcaEditor::addEntry()
{
    if (!m_writable || m_entries.size() >= RcaChain::MaxEntries)
        return;
    RcaEntry e;
    if (method() == u"timeline"_s) {
        // The next event comes after the last one; the first happened about now.
        QDateTime at = currentUtc();
        at.setTime(QTime(at.time().hour(), at.time().minute()));
        if (!m_entries.isEmpty() && !m_entries.last().at.isEmpty())
            at = fromStoredTime(m_entries.last().at);
        e.at = toStoredTime(at);
    }
    const int row = int(m_entries.size());
    m_entries.append(e);
    rebuildTable(row);
    chainEdited();
    if (isVisible()) {
        m_table->setFocus();
        m_table->editItem(m_table->item(row, TextColumn));
    }
}

void RcaEditor::removeEntry(int row)
{
    if (!m_writable || row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    rebuildTable(qMin(row, int(m_entries.size()) - 1));
    chainEdited();
}

void RcaEditor::moveEntry(int row, int by)
{
    const int to = row + by;
    if (!m_writable || row < 0 || row >= m_entries.size() || to < 0 || to >= m_entries.size())
        return;
    m_entries.move(row, to);
    rebuildTable(to);
    chainEdited();
}

void RcaEditor::setRoot(int row, bool root)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_filling = true;
    for (int i = 0; i < m_entries.size(); ++i) {
        m_entries[i].root = root && i == row;
        if (QTableWidgetItem *item = m_table->item(i, RootColumn))
            item->setCheckState(m_entries[i].root ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    chainEdited();
}

void RcaEditor::chainEdited()
{
    if (m_filling)
        return;
    m_chainTouched = true;
    updateButtons();
    Q_EMIT changed();
}

void RcaEditor::rebuildTable(int selectRow)
{
    const bool filling = m_filling;
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_entries.size()));
    const Qt::ItemFlags textFlags = m_writable
        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
        : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Qt::ItemFlags rootFlags = m_writable
        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        : Qt::ItemIsSelectable;
    const QString timeFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    for (int row = 0; row < m_entries.size(); ++row) {
        const RcaEntry &e = m_entries[row];

        auto *category = new QComboBox;
        category->setObjectName(u"rcaCategory"_s);
        category->addItem(QString(), QString());
        for (const RcaChain::Category &c : RcaChain::categories())
            category->addItem(QCoreApplication::translate("Rca", c.label),
                              QString::fromLatin1(c.code));
        const int ci = category->findData(e.category);
        category->setCurrentIndex(ci < 0 ? 0 : ci);
        category->setEnabled(m_writable);
        connect(category, &QComboBox::currentIndexChanged, this, [this, row, category] {
            if (m_filling || row >= m_entries.size())
                return;
            m_entries[row].category = category->currentData().toString();
            chainEdited();
        });
        m_table->setCellWidget(row, CategoryColumn, topAligned(category));

        auto *at = new QDateTimeEdit;
        at->setObjectName(u"rcaAt"_s);
        at->setCalendarPopup(true);
        at->setDisplayFormat(timeFormat);
        at->setMinimumDateTime(noTime());
        at->setSpecialValueText(tr("no time"));
        at->setDateTime(e.at.isEmpty() ? noTime() : fromStoredTime(e.at).toLocalTime());
        at->setEnabled(m_writable);
        connect(at, &QDateTimeEdit::dateTimeChanged, this, [this, row](const QDateTime &t) {
            if (m_filling || row >= m_entries.size())
                return;
            m_entries[row].at = t <= noTime() ? QString() : toStoredTime(t.toUTC());
            chainEdited();
        });
        m_table->setCellWidget(row, AtColumn, topAligned(at));

        auto *text = new QTableWidgetItem(e.text);
        text->setFlags(textFlags);
        text->setToolTip(e.text);
        m_table->setItem(row, TextColumn, text);
        auto *root = new QTableWidgetItem;
        root->setFlags(rootFlags);
        root->setCheckState(e.root ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, RootColumn, root);
    }
    updateColumns();
    if (selectRow >= 0 && selectRow < m_entries.size())
        m_table->setCurrentCell(selectRow, TextColumn);
    m_filling = filling;
    updateButtons();
}

void RcaEditor::updateColumns()
{
    const QString m = method();
    m_table->setColumnHidden(CategoryColumn, m != u"cause_effect"_s);
    m_table->setColumnHidden(AtColumn, m != u"timeline"_s);
    QString textHeader = tr("Cause");
    QString hint = tr("Choose how the analysis is made; the table follows the method.");
    if (m == u"five_whys"_s) {
        textHeader = tr("Because…");
        hint = tr("Ask \"why?\" of the problem, then of each answer, until the answer is "
                  "something you can fix: that is the root cause.");
    } else if (m == u"cause_effect"_s) {
        hint = tr("Put each possible cause under a bone of the diagram, then mark the one that "
                  "is the root cause.");
    } else if (m == u"timeline"_s) {
        textHeader = tr("Event");
        hint = tr("List what happened in order, with when; mark the event that set the "
                  "problem off.");
    } else if (m == u"other"_s) {
        hint = tr("List the causes found, then mark the one that is the root cause.");
    }
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("When"), textHeader, tr("Root cause")});
    m_methodHint->setText(hint);
    QStringList rows;
    for (int i = 1; i <= m_entries.size(); ++i)
        rows << (m == u"five_whys"_s ? tr("%1. Why?").arg(i) : QString::number(i));
    m_table->setVerticalHeaderLabels(rows);
}

void RcaEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const int n = int(m_entries.size());
    m_add->setEnabled(m_writable && n < RcaChain::MaxEntries);
    m_remove->setEnabled(m_writable && row >= 0 && row < n);
    m_up->setEnabled(m_writable && row > 0 && row < n);
    m_down->setEnabled(m_writable && row >= 0 && row < n - 1);
}

void RcaEditor::retranslateUi()
{
    m_methodLabel->setText(tr("&Method:"));
    {
        const QSignalBlocker block(m_method);
        const QString current = m_method->currentData().toString();
        m_method->clear();
        m_method->addItem(tr("(not chosen)"), QString());
        const RecordTypeDef *def = RecordTypes::find(u"problem"_s);
        if (const FieldDef *f = def ? def->field(MethodField) : nullptr) {
            for (const Choice &c : f->choices)
                m_method->addItem(f->choiceLabel(c.code), c.code);
        }
        const int i = m_method->findData(current);
        m_method->setCurrentIndex(i < 0 ? 0 : i);
    }
    m_add->setText(tr("&Add entry"));
    m_add->setToolTip(tr("Add an entry at the end of the chain of causes"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_factorsLabel->setText(tr("Contributing factors"));
    m_rootLabel->setText(tr("Root cause"));
    m_workaroundLabel->setText(tr("Workaround"));
    m_factors->setPlaceholderText(
        tr("What made the problem likelier or worse, without causing it"));
    m_root->setPlaceholderText(
        tr("Left empty, the entry marked as the root cause fills it when saved"));
    m_workaround->setPlaceholderText(
        tr("What to do until the fix; recorded as a known error, it reaches the people working "
           "incidents"));
    m_table->setToolTip(tr("Double-click or type to edit an entry; tick the entry that is the "
                           "root cause"));
    // Category names and the time format are in the cells.
    rebuildTable(m_table->currentRow());
}

void RcaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sb::ui
