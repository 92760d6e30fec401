#include "tickettimeline.h"

#include "escalatedialog.h"
#include "workbookdocument.h"

#include "clock.h"
#include "incident/ticketrules.h"
#include "incident/ticketwork.h"
#include "records/recordstore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
QString localTime(const QString &stored)
{
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}

bool isSend(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers().testFlag(Qt::ControlModifier);
}

} // namespace

TicketTimeline::TicketTimeline(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"attentionBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; "
        "border-radius: 3px; padding: 4px 6px; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_events = new QTextBrowser(this);
    m_events->setObjectName(u"timeline"_s);
    m_events->setOpenLinks(false);
    connect(m_events, &QTextBrowser::anchorClicked, this, &TicketTimeline::openLink);
    layout->addWidget(m_events, 1);

    m_compose = new QPlainTextEdit(this);
    m_compose->setObjectName(u"composeUpdate"_s);
    m_compose->setTabChangesFocus(true);
    m_compose->setMaximumHeight(m_compose->fontMetrics().lineSpacing() * 4 + 12);
    m_compose->installEventFilter(this);
    connect(m_compose, &QPlainTextEdit::textChanged, this, &TicketTimeline::updateButtons);
    layout->addWidget(m_compose);

    auto *row = new QHBoxLayout;
    m_customer = new QCheckBox(this);
    m_customer->setObjectName(u"customerVisible"_s);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addUpdate"_s);
    m_escalate = new QPushButton(this);
    m_escalate->setObjectName(u"escalate"_s);
    row->addWidget(m_customer);
    row->addStretch();
    row->addWidget(m_escalate);
    row->addWidget(m_add);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &TicketTimeline::addUpdate);
    connect(m_escalate, &QPushButton::clicked, this, &TicketTimeline::escalate);

    retranslateUi();
    updateButtons();
}

void TicketTimeline::setDocument(WorkbookDocument *document)
{
    m_document = document;
    clear();
}

void TicketTimeline::clear()
{
    m_recordId = 0;
    m_humanId.clear();
    m_attention = 0;
    m_eventCount = 0;
    m_waiting.clear();
    m_events->clear();
    m_banner->hide();
    updateButtons();
}

void TicketTimeline::showTicket(qint64 recordId, const QString &humanId, bool open)
{
    const bool other = recordId != m_recordId;
    m_recordId = recordId;
    m_humanId = humanId;
    m_open = open;
    if (other)
        m_compose->clear();
    refresh();
}

void TicketTimeline::refresh()
{
    m_events->clear();
    m_attention = 0;
    m_eventCount = 0;
    m_waiting.clear();
    m_banner->hide();
    if (!m_document || m_recordId == 0) {
        updateButtons();
        return;
    }
    TicketWork work(m_document->store());
    Result<QList<TimelineEvent>> events = work.timeline(m_recordId);
    if (!events.ok()) {
        Q_EMIT message(events.error().message(), true);
        updateButtons();
        return;
    }
    // One paragraph per event: when and who in grey, then what (updates to the customer in
    // blue, escalations in red while nobody has taken them up), then its text.
    QString html;
    for (const TimelineEvent &e : *events) {
        const bool customer = e.kind == TimelineEvent::Kind::CustomerUpdate;
        const bool escalation = e.kind == TimelineEvent::Kind::Escalation;
        QString what = e.text.toHtmlEscaped();
        if (customer)
            what = u"<b style='color:#1a5fb4'>"_s + what + u"</b>"_s;
        else if (escalation)
            what = u"<b style='color:"_s + (e.waiting ? u"#b03a2e"_s : u"#7a5c00"_s) + u"'>"_s
                + what + u"</b>"_s;
        if (escalation && e.waiting) {
            m_waiting << e.escalationId;
            what += u" &nbsp;<a href='takeup:%1'>%2</a>"_s.arg(e.escalationId)
                        .arg(tr("Take up").toHtmlEscaped());
        }
        html += u"<p style='margin-bottom:6px'><span style='color:gray'>"_s
            + localTime(e.at).toHtmlEscaped() + u" · "_s + e.who.toHtmlEscaped() + u"</span><br>"_s
            + what;
        if (!e.detail.isEmpty()) {
            const QString body = e.detail.toHtmlEscaped().replace(u'\n', u"<br>"_s);
            html += customer ? u"<br><span style='background:#eaf2fb'>"_s + body + u"</span>"_s
                             : u"<br>"_s + body;
        }
        html += u"</p>"_s;
        ++m_eventCount;
    }
    m_events->setHtml(html);
    // The newest is what one looks for: at the bottom, once the text is laid out.
    QTimer::singleShot(0, m_events, [events = m_events] {
        events->verticalScrollBar()->setValue(events->verticalScrollBar()->maximum());
    });
    Result<QList<AttentionReason>> why = work.attention(m_recordId);
    if (why.ok() && !why->isEmpty()) {
        QStringList lines;
        for (const AttentionReason &r : *why)
            lines << u"• "_s + r.text;
        m_attention = int(why->size());
        m_banner->setText(tr("Needs attention:") + u'\n' + lines.join(u'\n'));
        m_banner->show();
    }
    Q_EMIT attentionChanged(m_attention);
    updateButtons();
}

void TicketTimeline::openLink(const QUrl &url)
{
    if (url.scheme() == u"takeup"_s)
        takeUp(url.path().toLongLong());
}

void TicketTimeline::updateButtons()
{
    const bool ticket =
        m_document && m_recordId > 0 && m_open && !m_document->workbook().isReadOnly();
    m_compose->setEnabled(ticket);
    m_customer->setEnabled(ticket);
    m_escalate->setEnabled(ticket);
    m_add->setEnabled(ticket && !m_compose->toPlainText().trimmed().isEmpty());
}

void TicketTimeline::addUpdate()
{
    const QString text = m_compose->toPlainText().trimmed();
    if (!m_document || m_recordId == 0 || text.isEmpty())
        return;
    const qint64 id = m_recordId;
    const bool customer = m_customer->isChecked();
    m_add->setEnabled(false);
    m_document->write(
        [id, text, customer](RecordStore &store) -> Error {
            Result<qint64> r = store.addNote(id, text, customer);
            return r.ok() ? Error() : r.error();
        },
        this,
        [this, id, customer](const Error &e) {
            if (e.isError()) {
                Q_EMIT message(e.message(), true);
                updateButtons();
                return;
            }
            if (id == m_recordId) {
                m_compose->clear();
                m_customer->setChecked(false);
            }
            Q_EMIT message(customer ? tr("The update to the customer was added.")
                                    : tr("The work note was added."),
                           false);
            if (customer)
                Q_EMIT ticketChanged(id);
            else if (id == m_recordId)
                refresh();
        });
}

void TicketTimeline::escalate()
{
    if (!m_document || m_recordId == 0)
        return;
    Result<Record> ticket = m_document->store().load(m_recordId);
    if (!ticket.ok()) {
        Q_EMIT message(ticket.error().message(), true);
        return;
    }
    QString major = ticket->fields.value(u"major_incident_manager"_s).toString();
    if (major.isEmpty())
        major = TicketRules::setting(m_document->workbook().db(), u"major_incident.manager"_s, {});
    EscalateDialog dialog(m_document->workbook(), ticket->humanId,
                          ticket->fields.value(u"assignment_group"_s).toString(), major, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EscalationRequest request = dialog.request();
    const qint64 id = m_recordId;
    const int version = ticket->version;
    m_document->write(
        [id, request, version](RecordStore &store) -> Error {
            Result<qint64> r = TicketWork(store).escalate(id, request, version);
            return r.ok() ? Error() : r.error();
        },
        this,
        [this, id, request](const Error &e) {
            if (e.isError()) {
                Q_EMIT message(e.message(), true);
                return;
            }
            Q_EMIT message(request.functional
                               ? tr("Escalated to the group %1.").arg(request.toGroup)
                               : tr("Escalated."),
                           false);
            if (request.functional)
                Q_EMIT ticketChanged(id);
            else if (id == m_recordId)
                refresh();
        });
}

void TicketTimeline::takeUp(qint64 escalationId)
{
    if (!m_document || escalationId <= 0)
        return;
    const qint64 id = m_recordId;
    m_document->write(
        [escalationId](RecordStore &store) -> Error {
            return TicketWork(store).acknowledge(escalationId);
        },
        this,
        [this, id](const Error &e) {
            if (e.isError())
                Q_EMIT message(e.message(), true);
            else
                Q_EMIT message(tr("You took the escalation up."), false);
            if (id == m_recordId)
                refresh();
        });
}

bool TicketTimeline::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the update box sends the update rather than saving the form.
    if (watched == m_compose) {
        if (event->type() == QEvent::ShortcutOverride && isSend(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && isSend(static_cast<QKeyEvent *>(event))) {
            addUpdate();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TicketTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TicketTimeline::retranslateUi()
{
    m_compose->setPlaceholderText(
        tr("Write an update; Ctrl+Enter adds it. Work notes stay inside the team."));
    m_customer->setText(tr("&Visible to the customer"));
    m_add->setText(tr("&Add update"));
    m_escalate->setText(tr("&Escalate…"));
    if (m_recordId > 0)
        refresh();
}

} // namespace sb::ui
