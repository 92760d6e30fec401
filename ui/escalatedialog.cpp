#include "escalatedialog.h"

#include "records/recordquery.h"
#include "storage/workbook.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
// The groups the workbook knows, by name: a short list, read at once.
QStringList groupNames(Workbook &workbook)
{
    ListSpec spec;
    spec.type = u"work_group"_s;
    spec.sortField = u"title"_s;
    spec.columns = {u"title"_s};
    QStringList out;
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    if (!q.ok())
        return out;
    Result<QList<ListRow>> rows = q->page(workbook.db(), std::nullopt, 1000);
    if (!rows.ok())
        return out;
    for (const ListRow &r : *rows)
        out << r.values.value(0).toString();
    return out;
}
} // namespace

EscalateDialog::EscalateDialog(Workbook &workbook, const QString &humanId, const QString &group,
                               const QString &majorManager, QWidget *parent)
    : QDialog(parent)
    , m_group(group)
    , m_groupManager(TicketWork::groupManager(workbook.db(), group))
    , m_majorManager(majorManager)
{
    setWindowTitle(tr("Escalate %1").arg(humanId));
    auto *layout = new QVBoxLayout(this);

    auto *choices = new QButtonGroup(this);
    m_toManager = new QRadioButton(
        m_groupManager.isEmpty() ? tr("Up to the manager of %1 (none recorded)")
                                       .arg(group.isEmpty() ? tr("the assignment group") : group)
                                 : tr("Up to %1, manager of %2").arg(m_groupManager, group),
        this);
    m_toManager->setEnabled(!m_groupManager.isEmpty());
    m_toMajor = new QRadioButton(
        m_majorManager.isEmpty() ? tr("Up to the major incident manager (none named)")
                                 : tr("Up to %1, the major incident manager").arg(m_majorManager),
        this);
    m_toMajor->setEnabled(!m_majorManager.isEmpty());
    m_toPerson = new QRadioButton(tr("Up to someone else:"), this);
    m_person = new QLineEdit(this);
    m_person->setObjectName(u"escalatePerson"_s);
    m_functional = new QRadioButton(tr("To another group, which takes the ticket over:"), this);
    m_targetGroup = new QComboBox(this);
    m_targetGroup->setObjectName(u"escalateGroup"_s);
    m_targetGroup->setEditable(true);
    for (const QString &g : groupNames(workbook)) {
        if (g.compare(group, Qt::CaseInsensitive) != 0)
            m_targetGroup->addItem(g);
    }
    m_targetGroup->setCurrentIndex(-1);
    m_assignee = new QLineEdit(this);
    m_assignee->setPlaceholderText(tr("Assignee in that group (optional)"));
    for (QRadioButton *b : {m_toManager, m_toMajor, m_toPerson, m_functional})
        choices->addButton(b);

    auto *form = new QFormLayout;
    form->addRow(m_toManager);
    form->addRow(m_toMajor);
    form->addRow(m_toPerson, m_person);
    form->addRow(m_functional);
    form->addRow(QString(), m_targetGroup);
    form->addRow(QString(), m_assignee);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("&Why:"), this));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"escalateReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    static_cast<QLabel *>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (m_toManager->isEnabled() ? m_toManager : m_toPerson)->setChecked(true);
    connect(choices, &QButtonGroup::buttonToggled, this, &EscalateDialog::updateState);
    connect(m_person, &QLineEdit::textChanged, this, &EscalateDialog::updateState);
    connect(m_targetGroup, &QComboBox::currentTextChanged, this, &EscalateDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EscalateDialog::updateState);
    // Typing into a choice's field chooses it.
    connect(m_person, &QLineEdit::textEdited, m_toPerson, [this] { m_toPerson->setChecked(true); });
    connect(m_targetGroup, &QComboBox::editTextChanged, m_functional,
            [this] { m_functional->setChecked(true); });
    updateState();
    m_reason->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void EscalateDialog::setMajorIncidentOffered(bool offered)
{
    m_toMajor->setVisible(offered);
    if (!offered && m_toMajor->isChecked())
        (m_toManager->isEnabled() ? m_toManager : m_toPerson)->setChecked(true);
}

void EscalateDialog::updateState()
{
    m_person->setEnabled(m_toPerson->isChecked() || m_person->text().isEmpty());
    m_assignee->setEnabled(m_functional->isChecked());
    QString missing;
    if (m_reason->toPlainText().trimmed().isEmpty())
        missing = tr("Say why it is escalated.");
    else if (m_toPerson->isChecked() && m_person->text().trimmed().isEmpty())
        missing = tr("Name who to escalate to.");
    else if (m_functional->isChecked() && m_targetGroup->currentText().trimmed().isEmpty())
        missing = tr("Choose the group that takes the ticket over.");
    else if (m_functional->isChecked()
             && m_targetGroup->currentText().trimmed().compare(m_group, Qt::CaseInsensitive) == 0)
        missing = tr("The ticket is with that group already.");
    m_hint->setText(missing);
    m_hint->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

EscalationRequest EscalateDialog::request() const
{
    EscalationRequest r;
    r.reason = m_reason->toPlainText().trimmed();
    if (m_functional->isChecked()) {
        r.functional = true;
        r.toGroup = m_targetGroup->currentText().trimmed();
        r.toPerson = m_assignee->text().trimmed();
    } else if (m_toMajor->isChecked()) {
        r.toMajorIncidentManager = true;
        r.toPerson = m_majorManager;
    } else if (m_toPerson->isChecked()) {
        r.toPerson = m_person->text().trimmed();
    } else {
        r.toPerson = m_groupManager;
    }
    return r;
}

} // namespace sb::ui
