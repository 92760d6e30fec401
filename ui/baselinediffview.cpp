#include "baselinediffview.h"

#include "clock.h"
#include "records/recordtypes.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int GroupRole = Qt::UserRole + 1;
constexpr QLatin1StringView AttributePrefix {"attributes."};

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

// One CSV field: quoted when it holds a separator, a quote or a line break; a leading
// character a spreadsheet would read as a formula is defused.
QString csvField(QString v)
{
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',').toUtf8() + "\r\n";
}
} // namespace

BaselineDiffView::BaselineDiffView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"baselineDiffSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportBaselineDiff"_s);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export, 0, Qt::AlignTop);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"baselineDiff"_s);
    m_tree->setColumnCount(4);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A field's row stands for its CI.
        for (QTreeWidgetItem *i = item; i; i = i->parent()) {
            if (const qint64 id = i->data(0, IdRole).toLongLong(); id != 0) {
                Q_EMIT openRequested(id);
                return;
            }
        }
    });
    connect(m_export, &QPushButton::clicked, this, &BaselineDiffView::exportDialog);
    retranslateUi();
    clear();
}

void BaselineDiffView::clear()
{
    m_diff = {};
    m_hasDiff = false;
    m_tree->clear();
    m_summary->setText(tr("Choose a baseline and compare it with another one or with the CMDB "
                          "as it is now."));
    m_export->setEnabled(false);
}

void BaselineDiffView::setDiff(const BaselineDiff &diff, const QList<CiTypeDef> &types,
                               const QList<CiRelationType> &kinds,
                               const QHash<qint64, QString> &names)
{
    m_diff = diff;
    m_types = types;
    m_kinds = kinds;
    m_names = names;
    m_hasDiff = true;
    fill();
}

QTreeWidgetItem *BaselineDiffView::groupItem(Group group) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, GroupRole).toInt() == int(group) + 1)
            return item;
    }
    return nullptr;
}

QString BaselineDiffView::typeLabel(const QString &code) const
{
    return CiTypes::labelOf(m_types, code);
}

QString BaselineDiffView::fieldLabel(const QString &ciType, const QString &field) const
{
    if (field.startsWith(AttributePrefix)) {
        const QString name = field.mid(AttributePrefix.size());
        for (const CiTypeDef &t : m_types) {
            if (t.code != ciType)
                continue;
            if (const CiAttributeDef *a = t.attribute(name))
                return a->displayLabel();
        }
        // An attribute the type no longer defines (or the CI changed type): its name.
        return name;
    }
    const RecordTypeDef *ci = RecordTypes::find(u"ci");
    if (const FieldDef *f = ci ? ci->field(field) : nullptr)
        return f->displayLabel();
    return field;
}

QString BaselineDiffView::valueText(const QString &field, const QString &value) const
{
    if (value.isEmpty() || field.startsWith(AttributePrefix))
        return value;
    if (field == u"state"_s)
        return RecordTypes::stateLabel(value);
    if (field == u"ci_type"_s)
        return typeLabel(value);
    const RecordTypeDef *ci = RecordTypes::find(u"ci");
    if (const FieldDef *f = ci ? ci->field(field) : nullptr; f && f->kind == FieldKind::Choice)
        return f->choiceLabel(value);
    return value;
}

QString BaselineDiffView::endText(qint64 id, const QString &humanId) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? humanId : humanId + u' ' + name;
}

QString BaselineDiffView::relationText(const BaselineRelation &r) const
{
    QString kind = r.kind;
    for (const CiRelationType &k : m_kinds) {
        if (k.kind == r.kind)
            kind = k.forwardLabel;
    }
    //: A relationship: "CI-3 web-01 runs on CI-7 esx-1".
    return tr("%1 %2 %3").arg(endText(r.fromId, r.fromHumanId), kind, endText(r.toId, r.toHumanId));
}

void BaselineDiffView::fill()
{
    m_tree->clear();
    m_export->setEnabled(m_hasDiff);
    if (!m_hasDiff) {
        clear();
        return;
    }
    m_summary->setText(summary());
    auto group = [this](Group g, const QString &title, qsizetype count) {
        auto *top = new QTreeWidgetItem(m_tree, {title.arg(count)});
        top->setData(0, GroupRole, int(g) + 1);
        top->setFirstColumnSpanned(true);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        if (count == 0)
            top->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        return top;
    };
    auto ciItem = [this](QTreeWidgetItem *parent, const BaselineCiChange &c) {
        auto *item =
            new QTreeWidgetItem(parent, {c.humanId + u"  "_s + c.name, typeLabel(c.ciType)});
        item->setData(0, IdRole, c.ciId);
        item->setToolTip(0, tr("Double-click to open %1").arg(c.humanId));
        return item;
    };
    QTreeWidgetItem *added = group(Added, tr("CIs added (%1)"), m_diff.added.size());
    for (const BaselineCiChange &c : std::as_const(m_diff.added))
        ciItem(added, c);
    QTreeWidgetItem *removed = group(Removed, tr("CIs removed (%1)"), m_diff.removed.size());
    for (const BaselineCiChange &c : std::as_const(m_diff.removed))
        ciItem(removed, c);
    QTreeWidgetItem *changed = group(Changed, tr("CIs changed (%1)"), m_diff.changed.size());
    for (const BaselineCiChange &c : std::as_const(m_diff.changed)) {
        QTreeWidgetItem *ci = ciItem(changed, c);
        for (const BaselineFieldChange &f : c.fields) {
            auto *row =
                new QTreeWidgetItem(ci,
                                    {fieldLabel(c.ciType, f.field), QString(),
                                     valueText(f.field, f.before), valueText(f.field, f.after)});
            row->setToolTip(2, row->text(2));
            row->setToolTip(3, row->text(3));
        }
        ci->setExpanded(m_diff.changed.size() <= 50);
    }
    auto relations = [this, &group](Group g, const QString &title,
                                    const QList<BaselineRelation> &list) {
        QTreeWidgetItem *top = group(g, title, list.size());
        for (const BaselineRelation &r : list) {
            auto *item = new QTreeWidgetItem(top, {relationText(r)});
            item->setFirstColumnSpanned(true);
            item->setData(0, IdRole, r.fromId);
        }
        return top;
    };
    relations(RelationsAdded, tr("Relationships added (%1)"), m_diff.relationsAdded);
    relations(RelationsRemoved, tr("Relationships removed (%1)"), m_diff.relationsRemoved);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        top->setExpanded(top->childCount() > 0 && top->childCount() <= 500);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0), fontMetrics().averageCharWidth() * 48));
}

QString BaselineDiffView::summary() const
{
    if (!m_hasDiff)
        return {};
    const BaselineInfo &from = m_diff.from;
    const QString fromText =
        tr("\"%1\" (%2, %3)").arg(from.name, localTime(from.takenAt), from.takenBy);
    QString text = m_diff.to
        ? tr("Baseline %1 compared with baseline %2.")
              .arg(fromText,
                   tr("\"%1\" (%2, %3)")
                       .arg(m_diff.to->name, localTime(m_diff.to->takenAt), m_diff.to->takenBy))
        : tr("Baseline %1 compared with the CMDB as it is now.").arg(fromText);
    if (!from.scope.isEmpty())
        text += u' ' + tr("Scope: %1 %2.").arg(from.scope, from.scopeLabel);
    text += u' ';
    if (m_diff.isEmpty())
        return text + tr("No differences.");
    return text
        + tr("CIs: %1 added, %2 removed, %3 changed. Relationships: %4 added, %5 removed.")
              .arg(m_diff.added.size())
              .arg(m_diff.removed.size())
              .arg(m_diff.changed.size())
              .arg(m_diff.relationsAdded.size())
              .arg(m_diff.relationsRemoved.size());
}

QByteArray BaselineDiffView::csv() const
{
    QByteArray out =
        csvLine({tr("Change"), tr("ID"), tr("Name"), tr("CI type"), tr("Field"), tr("Before"),
                 tr("After"), tr("Relationship"), tr("To ID"), tr("To name")});
    if (!m_hasDiff)
        return out;
    auto cis = [&](const QString &change, const QList<BaselineCiChange> &list) {
        for (const BaselineCiChange &c : list) {
            const QStringList lead {change, c.humanId, c.name, typeLabel(c.ciType)};
            if (c.fields.isEmpty()) {
                out += csvLine(lead);
                continue;
            }
            for (const BaselineFieldChange &f : c.fields)
                out += csvLine(lead
                               + QStringList {fieldLabel(c.ciType, f.field),
                                              valueText(f.field, f.before),
                                              valueText(f.field, f.after)});
        }
    };
    cis(tr("CI added"), m_diff.added);
    cis(tr("CI removed"), m_diff.removed);
    cis(tr("CI changed"), m_diff.changed);
    auto relations = [&](const QString &change, const QList<BaselineRelation> &list) {
        for (const BaselineRelation &r : list) {
            QString kind = r.kind;
            for (const CiRelationType &k : m_kinds) {
                if (k.kind == r.kind)
                    kind = k.forwardLabel;
            }
            out += csvLine({change, r.fromHumanId, m_names.value(r.fromId), QString(), QString(),
                            QString(), QString(), kind, r.toHumanId, m_names.value(r.toId)});
        }
    };
    relations(tr("Relationship added"), m_diff.relationsAdded);
    relations(tr("Relationship removed"), m_diff.relationsRemoved);
    return out;
}

Error BaselineDiffView::exportCsv(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(
            ErrorCode::Io,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    // A byte-order mark, so that spreadsheets read the file as UTF-8.
    f.write("\xEF\xBB\xBF");
    f.write(csv());
    if (!f.commit())
        return Error(
            ErrorCode::Io,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

void BaselineDiffView::exportDialog()
{
    if (!m_hasDiff)
        return;
    QSettings settings;
    const QString dir = settings.value(u"baselines/exportDir"_s, QDir::homePath()).toString();
    QString name = m_diff.from.name + u" - "_s + (m_diff.to ? m_diff.to->name : tr("now"));
    // Characters file systems refuse become dashes.
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the difference"),
                                                      dir + u'/' + name + u".csv"_s,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"baselines/exportDir"_s, QFileInfo(path).absolutePath());
    if (Error e = exportCsv(path); e.isError())
        QMessageBox::warning(this, tr("Export failed"), e.message());
}

void BaselineDiffView::retranslateUi()
{
    m_tree->setHeaderLabels(
        {tr("Configuration item or field"), tr("CI type"), tr("Before"), tr("After")});
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the difference as a CSV file"));
}

void BaselineDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasDiff)
            fill();
        else
            clear();
    }
}

} // namespace sb::ui
