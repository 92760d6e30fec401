#include "knownerrorview.h"

#include "workbookdocument.h"

#include "problem/knowledge.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"

#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

const RecordTypeDef &knownErrorType()
{
    static const RecordTypeDef *def = RecordTypes::find(u"known_error");
    Q_ASSERT(def);
    return *def;
}

QString label(const char *name)
{
    const FieldDef *f = knownErrorType().field(QString::fromLatin1(name));
    return f ? f->displayLabel() : QString::fromLatin1(name);
}

QString shown(const Record &r, const char *name)
{
    const FieldDef *f = knownErrorType().field(QString::fromLatin1(name));
    const QVariant v = r.value(QString::fromLatin1(name));
    if (!f || v.isNull() || v.toString().isEmpty())
        return {};
    return f->display(v);
}

// Text as the person typed it: line breaks kept, nothing taken for markup.
QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

KnownErrorView::KnownErrorView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"knownErrorView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"knownErrorSummary"_s);
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"record"_s)
            Q_EMIT openRequested(url.path().toLongLong());
    });
    layout->addWidget(m_text);
    render();
}

void KnownErrorView::setDocument(WorkbookDocument *document)
{
    m_document = document;
    showKnownError(Record());
}

void KnownErrorView::showKnownError(const Record &knownError)
{
    m_record = knownError;
    m_problemId = 0;
    m_problemText.clear();
    m_applied = -1;
    if (m_document && m_record.id != 0) {
        RecordStore &store = m_document->store();
        // The problem field names it by human ID; the known_error_of link is the fallback
        // for known errors written by hand.
        const QString problem = m_record.fields.value(u"problem"_s).toString().trimmed();
        if (!problem.isEmpty()) {
            if (Result<qint64> id = store.resolve(problem); id.ok())
                m_problemId = *id;
        }
        if (m_problemId == 0) {
            if (Result<QList<LinkInfo>> links = store.links(m_record.id); links.ok()) {
                for (const LinkInfo &l : *links) {
                    if (l.kind == u"known_error_of"_s && l.outgoing)
                        m_problemId = l.otherId;
                }
            }
        }
        if (m_problemId != 0) {
            if (Result<Record> p = store.load(m_problemId); p.ok() && p->type == u"problem"_s) {
                Result<Lifecycles> lc = store.lifecycles();
                m_problemText = tr("%1 %2 (%3)")
                                    .arg(p->humanId, p->title,
                                         lc.ok() ? lc->stateLabel(p->type, p->state)
                                                 : RecordTypes::stateLabel(p->state));
            } else {
                m_problemId = 0;
            }
        }
        // A service (or CI) named by its ID reads better with its name.
        m_names.clear();
        for (const char *name : {"service", "affected_ci"}) {
            const QString v = m_record.fields.value(QString::fromLatin1(name)).toString().trimmed();
            if (!v.contains(u'-') || !RecordTypes::findByPrefix(v.section(u'-', 0, 0)))
                continue;
            if (Result<qint64> id = store.resolve(v); id.ok()) {
                if (Result<Record> r = store.load(*id); r.ok())
                    m_names.insert(v, r->humanId + u' ' + r->title);
            }
        }
        if (Result<qint64> n = Knowledge::timesApplied(m_document->workbook().db(), m_record.id);
            n.ok())
            m_applied = *n;
    }
    render();
}

void KnownErrorView::render()
{
    if (m_record.id == 0) {
        m_text->setHtml(u"<p>%1</p>"_s.arg(
            tr("Select a known error to read its symptom, root cause and workaround.")));
        return;
    }
    QString html;
    html += u"<p><b>"_s + m_record.humanId.toHtmlEscaped() + u"&nbsp;&nbsp;"_s
        + m_record.title.toHtmlEscaped() + u"</b></p>"_s;
    QStringList facts;
    if (m_record.state == u"retired"_s)
        facts << u"<b>%1</b>"_s.arg(tr("Retired %1").arg(shown(m_record, "retired_at")));
    for (const char *name : {"service", "category", "affected_ci"}) {
        const QString v = shown(m_record, name);
        if (!v.isEmpty())
            facts << label(name).toHtmlEscaped() + tr(": ") + m_names.value(v, v).toHtmlEscaped();
    }
    const QString identified = shown(m_record, "identified_at");
    if (!identified.isEmpty())
        facts << tr("Identified %1").arg(identified).toHtmlEscaped();
    if (m_applied >= 0)
        facts << tr("Applied to %n incident(s)", nullptr, int(qMin<qint64>(m_applied, INT_MAX)))
                     .toHtmlEscaped();
    html += u"<p>"_s + facts.join(u" &middot; "_s) + u"</p>"_s;
    if (m_problemId != 0)
        html += u"<p>%1 <a href=\"record:%2\">%3</a></p>"_s.arg(tr("From problem").toHtmlEscaped(),
                                                                QString::number(m_problemId),
                                                                m_problemText.toHtmlEscaped());
    else if (!m_record.fields.value(u"problem"_s).toString().isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("From problem %1 (not in this workbook)")
                                       .arg(m_record.fields.value(u"problem"_s).toString())
                                       .toHtmlEscaped());
    // Label beside text: three short paragraphs fit the pane without scrolling.
    html += u"<table cellspacing='0' cellpadding='3'>"_s;
    for (const char *name : {"symptom", "root_cause", "workaround"}) {
        const QString v = m_record.fields.value(QString::fromLatin1(name)).toString();
        html += u"<tr><td valign='top'><b>"_s + label(name).toHtmlEscaped()
            + u"</b>&nbsp;&nbsp;</td><td valign='top'>"_s
            + (v.trimmed().isEmpty() ? u"<i>%1</i>"_s.arg(tr("Not known yet.").toHtmlEscaped())
                                     : paragraphs(v))
            + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    m_text->setHtml(html);
}

void KnownErrorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showKnownError(m_record);
    QWidget::changeEvent(event);
}

} // namespace sb::ui
