#include "createproblemdialog.h"

#include "clock.h"
#include "records/recordtypes.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

constexpr int ListedIncidents = 20; // in the description; the links hold them all

QString fieldLabel(const char *name)
{
    static const RecordTypeDef *def = RecordTypes::find(u"problem");
    const FieldDef *f = def ? def->field(QString::fromLatin1(name)) : nullptr;
    return f ? f->displayLabel() : QString::fromLatin1(name);
}

QString localDay(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    return QLocale().toString(fromStoredTime(stored).toLocalTime().date(), QLocale::ShortFormat);
}

QComboBox *levelBox(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->addItem(QString(), QString());
    for (int i = 1; i <= 5; ++i)
        c->addItem(QString::number(i), QString::number(i));
    return c;
}

} // namespace

CreateProblemDialog::CreateProblemDialog(const ProblemCandidate &candidate,
                                         const CandidateOptions &options,
                                         const QStringList &incidentIds, const QStringList &logins,
                                         const QString &user, const QString &keyLabel,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"createProblemDialog"_s);
    setWindowTitle(tr("Create Problem from Incidents"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A problem is logged and linked to the %n incident(s) below. Impact and urgency give "
           "its priority, as for incidents.",
           nullptr, int(incidentIds.size())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"problemTitle"_s);
    m_service = new QLineEdit(this);
    m_service->setObjectName(u"problemService"_s);
    m_category = new QLineEdit(this);
    m_category->setObjectName(u"problemCategory"_s);
    m_ci = new QLineEdit(this);
    m_ci->setObjectName(u"problemCi"_s);
    m_impact = levelBox(this);
    m_impact->setObjectName(u"problemImpact"_s);
    m_urgency = levelBox(this);
    m_urgency->setObjectName(u"problemUrgency"_s);
    m_manager = new QLineEdit(this);
    m_manager->setObjectName(u"problemManager"_s);
    m_manager->setPlaceholderText(tr("login name"));
    auto *completer = new QCompleter(logins, m_manager);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_manager->setCompleter(completer);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"problemDescription"_s);
    m_description->setTabChangesFocus(true);
    form->addRow(fieldLabel("title") + u" *"_s, m_title);
    form->addRow(fieldLabel("service"), m_service);
    form->addRow(fieldLabel("category"), m_category);
    form->addRow(fieldLabel("affected_ci"), m_ci);
    auto *levels = new QHBoxLayout;
    levels->addWidget(m_impact, 1);
    levels->addSpacing(8);
    levels->addWidget(new QLabel(fieldLabel("urgency"), this));
    levels->addWidget(m_urgency, 1);
    form->addRow(fieldLabel("impact"), levels);
    form->addRow(fieldLabel("problem_manager"), m_manager);
    form->addRow(fieldLabel("description"), m_description);
    layout->addLayout(form, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createProblemOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &CreateProblemDialog::updateOk);

    // What the incidents share says what the problem is about.
    QString what;
    if (candidate.kind != ProblemCandidate::Kind::RepeatCaller) {
        switch (candidate.by) {
        case TrendDimension::Service: m_service->setText(candidate.key); break;
        case TrendDimension::Ci: m_ci->setText(candidate.key); break;
        case TrendDimension::Category: m_category->setText(candidate.key); break;
        }
    }
    switch (candidate.kind) {
    case ProblemCandidate::Kind::Group:
        m_title->setText(tr("Recurring incidents: %1").arg(keyLabel));
        what = tr("%n incident(s) with %1 \"%2\"", nullptr, int(candidate.count))
                   .arg(Trends::dimensionLabel(candidate.by).toLower(), keyLabel);
        break;
    case ProblemCandidate::Kind::RepeatCaller:
        m_title->setText(tr("Repeated incidents from %1").arg(candidate.key));
        what = tr("%n incident(s) raised by %1", nullptr, int(candidate.count)).arg(candidate.key);
        break;
    case ProblemCandidate::Kind::Reopened:
        m_title->setText(tr("Incidents reopened after their resolution: %1").arg(keyLabel));
        what = tr("%n reopened incident(s) with %1 \"%2\"", nullptr, int(candidate.count))
                   .arg(Trends::dimensionLabel(candidate.by).toLower(), keyLabel);
        break;
    }
    QStringList listed = incidentIds.mid(0, ListedIncidents);
    if (incidentIds.size() > ListedIncidents)
        listed << tr("and %n more", nullptr, int(incidentIds.size() - ListedIncidents));
    m_description->setPlainText(
        tr("Found by the incident trends: %1 between %2 and %3 (window of %4 days, threshold "
           "%5).\n\nIncidents: %6")
            .arg(what, localDay(candidate.firstAt), localDay(candidate.lastAt))
            .arg(options.windowDays)
            .arg(options.minCount)
            .arg(listed.join(tr(", "))));
    if (logins.contains(user))
        m_manager->setText(user);
    m_title->selectAll();
    m_title->setFocus();
    resize(qMax(sizeHint().width(), 560), qMax(sizeHint().height(), 460));
    updateOk();
}

void CreateProblemDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

QVariantMap CreateProblemDialog::values() const
{
    QVariantMap v;
    auto put = [&v](const char *name, const QString &text) {
        if (!text.trimmed().isEmpty())
            v.insert(QString::fromLatin1(name), text.trimmed());
    };
    put("title", m_title->text());
    put("service", m_service->text());
    put("category", m_category->text());
    put("affected_ci", m_ci->text());
    put("impact", m_impact->currentData().toString());
    put("urgency", m_urgency->currentData().toString());
    put("problem_manager", m_manager->text());
    put("description", m_description->toPlainText());
    v.insert(u"detected_by"_s, u"trend"_s);
    return v;
}

} // namespace sb::ui
