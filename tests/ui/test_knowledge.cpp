// The knowledge dock (known errors and the knowledge base) and the trend dock, driven through
// their real widgets under QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "articleeditor.h"
#include "articleview.h"
#include "clock.h"
#include "conflictdialog.h"
#include "createproblemdialog.h"
#include "i18n.h"
#include "incidentpanel.h"
#include "knowledgepanel.h"
#include "knownerrorlistmodel.h"
#include "knownerrorview.h"
#include "mainwindow.h"
#include "problem/knowledge.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "recordpanel.h"
#include "trendpanel.h"
#include "workbookdocument.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;

namespace {

const QString Title = QStringLiteral("title");

struct Book
{
    QString path;
    qint64 problem = 0;
    QString problemHuman;
    qint64 activeKe = 0;
    qint64 retiredKe = 0;
    qint64 draft = 0;
    qint64 published = 0;
    qint64 overdue = 0;
    QList<qint64> mail; // incidents of the Email service
};

// A workbook with a problem and its known error (applied to one incident), a retired known
// error, articles in each state, and incidents: six of Email and two of VPN in the last ten
// days.
Book knowledgeWorkbook(TempDir &t)
{
    Book b;
    b.path = t.file(QStringLiteral("knowledge.sbw"));
    auto wb = newWorkbook(b.path);
    RecordStore store(*wb);
    auto make = [&](const char *type, const QVariantMap &values) {
        auto r = store.create(QString::fromLatin1(type), values);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    };
    auto move = [&](qint64 id, const char *to, const QVariantMap &set = {}) {
        auto r = store.transition(id, QString::fromLatin1(to), set);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    };
    auto ago = [](int days, int hours = 0) {
        return toStoredTime(currentUtc().addSecs(-86400 * qint64(days) - 3600 * qint64(hours)));
    };

    b.problem = make("problem",
                     {{Title, QStringLiteral("Mail queue stalls every morning")},
                      {QStringLiteral("service"), QStringLiteral("Email")},
                      {QStringLiteral("description"), QStringLiteral("Outbound mail waits")}});
    b.problemHuman = store.load(b.problem)->humanId;
    b.activeKe =
        make("known_error",
             {{Title, QStringLiteral("Mail queue stalls after the nightly backup")},
              {QStringLiteral("symptom"), QStringLiteral("Outgoing mail stays in the outbox")},
              {QStringLiteral("root_cause"), QStringLiteral("The backup locks the spool")},
              {QStringLiteral("workaround"), QStringLiteral("Restart the mail relay service")},
              {QStringLiteral("service"), QStringLiteral("Email")},
              {QStringLiteral("category"), QStringLiteral("Software")},
              {QStringLiteral("problem"), b.problemHuman}});
    REQUIRE(store.link(b.activeKe, b.problem, QStringLiteral("known_error_of")).isOk());
    b.retiredKe = make("known_error",
                       {{Title, QStringLiteral("Printer driver crashes on duplex")},
                        {QStringLiteral("symptom"), QStringLiteral("Spooler stops")},
                        {QStringLiteral("workaround"), QStringLiteral("Print single-sided")}});
    move(b.retiredKe, "retired");

    b.draft = make("kb_article",
                   {{Title, QStringLiteral("Unlock a locked account")},
                    {QStringLiteral("service"), QStringLiteral("Directory")},
                    {QStringLiteral("body"),
                     QStringLiteral("## Steps\n\nOpen the **Admin portal** and find the user.\n\n"
                                    "- Select *Unlock*\n- Tell the user\n")}});
    b.published =
        make("kb_article",
             {{Title, QStringLiteral("Configure the VPN client")},
              {QStringLiteral("body"), QStringLiteral("Install the client, then sign in.")}});
    move(b.published, "in_review");
    move(b.published, "published");
    b.overdue = make("kb_article",
                     {{Title, QStringLiteral("Clear the browser cache")},
                      {QStringLiteral("body"), QStringLiteral("Press Ctrl+Shift+Delete.")}});
    move(b.overdue, "in_review");
    move(b.overdue, "published");
    REQUIRE(store.update(b.overdue, {{QStringLiteral("review_date"), QStringLiteral("2020-01-31")}})
                .ok());

    for (int i = 0; i < 6; ++i)
        b.mail << make("incident",
                       {{Title, QStringLiteral("Mail not sent %1").arg(i + 1)},
                        {QStringLiteral("service"), QStringLiteral("Email")},
                        {QStringLiteral("impact"), 3},
                        {QStringLiteral("urgency"), 3},
                        {QStringLiteral("opened_at"), ago(i + 1, 2)}});
    for (int i = 0; i < 2; ++i)
        make("incident",
             {{Title, QStringLiteral("VPN drops %1").arg(i + 1)},
              {QStringLiteral("service"), QStringLiteral("VPN")},
              {QStringLiteral("impact"), 3},
              {QStringLiteral("urgency"), 3},
              {QStringLiteral("opened_at"), ago(i + 2)}});
    REQUIRE(Knowledge::applyWorkaround(store, b.mail.first(), b.activeKe).ok());
    return b;
}

struct Shell
{
    MainWindow window;
    explicit Shell(const QString &path)
    {
        window.setUser(Admin);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        RecordListModel *m = window.masterDataPanel()->model();
        REQUIRE(waitFor([m] { return m->totalCount() > 0 && m->isIdle(); }));
    }
    KnowledgePanel *knowledge() { return window.knowledgePanel(); }
};

Record load(const QString &path, qint64 id)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.load(id);
    REQUIRE(r.ok());
    return *r;
}

// Shows a view by clicking its tab and waits for the list.
qint64 showView(KnowledgePanel *panel, KnowledgePanel::View view)
{
    QTabBar *bar = panel->viewBar();
    int tab = -1;
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabData(i).toInt() == int(view))
            tab = i;
    }
    REQUIRE(tab >= 0);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(panel->currentView() == view);
    RecordListModel *m = panel->model();
    REQUIRE(waitFor([m] { return m->isIdle(); }));
    return m->totalCount();
}

int rowOf(RecordListModel *m, qint64 id)
{
    REQUIRE(waitFor([&] {
        for (int r = 0; r < m->rowCount(); ++r)
            m->idAt(r);
        return m->isIdle() && m->rowOf(id) >= 0;
    }));
    return m->rowOf(id);
}

void select(KnowledgePanel *panel, qint64 id)
{
    const int row = rowOf(panel->model(), id);
    panel->view()->selectRow(row);
    REQUIRE(waitFor([&] { return panel->editor()->recordId() == id; }));
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServicebenchTests"));
    QApplication::setApplicationName(QStringLiteral("ServicebenchKnowledgeTests"));
    Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}

TEST_CASE("the known error database lists known errors with their use and shows one")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    KnowledgePanel *panel = s.knowledge();
    REQUIRE(s.window.showDock(QStringLiteral("knowledge")));
    REQUIRE(s.window.findChild<QDockWidget *>(QStringLiteral("knowledgeDock")) == panel);
    panel->selectType(QStringLiteral("known_error"));
    using V = KnowledgePanel::View;
    CHECK(panel->availableViews()
          == QList<V> {V::KnownErrorsActive, V::KnownErrorsRetired, V::KnownErrorsAll});
    CHECK(showView(panel, V::KnownErrorsRetired) == 1);
    CHECK(showView(panel, V::KnownErrorsAll) == 2);
    CHECK(showView(panel, V::KnownErrorsActive) == 1);

    // The list says how often each was applied.
    KnownErrorListModel *model = panel->knownErrorModel();
    const int row = rowOf(model, b.activeKe);
    const int applied = model->appliedColumn();
    REQUIRE(applied > 0);
    CHECK(model->headerData(applied, Qt::Horizontal).toString() == QStringLiteral("Applied"));
    REQUIRE(waitFor([&] { return model->data(model->index(row, applied)).toString() == u"1"; }));

    // Selected: the summary, the problem it came from, and the editor below.
    select(panel, b.activeKe);
    KnownErrorView *summary = panel->knownErrorView();
    REQUIRE(waitFor([&] { return summary->knownErrorId() == b.activeKe; }));
    CHECK(summary->problemId() == b.problem);
    CHECK(summary->timesApplied() == 1);
    const QString text = summary->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Outgoing mail stays in the outbox")));
    CHECK(text.contains(QStringLiteral("The backup locks the spool")));
    CHECK(text.contains(QStringLiteral("Restart the mail relay service")));
    CHECK(text.contains(b.problemHuman));
    CHECK(text.contains(QStringLiteral("Applied to 1 incident")));
    CHECK(panel->editor()->isVisible());

    // The problem opens where problems are shown.
    Q_EMIT summary->browser()->anchorClicked(QUrl(QStringLiteral("record:%1").arg(b.problem)));
    RecordPanel *problems = s.window.findChild<RecordPanel *>(QStringLiteral("problemsDock"));
    REQUIRE(problems);
    REQUIRE(waitFor([&] { return problems->editor()->recordId() == b.problem; }));
    CHECK(panel->editor()->recordId() == b.activeKe);

    // Edited in the record editor; the summary follows the save.
    REQUIRE(panel->editor()->setFieldText(
        QStringLiteral("workaround"), QStringLiteral("Restart the relay, then flush the queue")));
    panel->editor()->save();
    REQUIRE(waitFor([&] {
        return load(b.path, b.activeKe).fields.value(QStringLiteral("workaround")).toString()
            == QStringLiteral("Restart the relay, then flush the queue");
    }));
    REQUIRE(waitFor([&] {
        return summary->browser()->toPlainText().contains(
            QStringLiteral("Restart the relay, then flush the queue"));
    }));

    // The quick filter searches their text.
    showView(panel, V::KnownErrorsAll);
    panel->filter()->setText(QStringLiteral("duplex"));
    REQUIRE(waitFor([&] { return model->isIdle() && model->totalCount() == 1; }));
    REQUIRE(waitFor([&] { return model->idAt(0) != 0; }));
    CHECK(model->idAt(0) == b.retiredKe);
    panel->filter()->clear();
}

TEST_CASE("the knowledge base renders an article, saves a new version and publishes it")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    KnowledgePanel *panel = s.knowledge();
    REQUIRE(s.window.showDock(QStringLiteral("knowledge")));
    panel->selectType(QStringLiteral("kb_article"));
    using V = KnowledgePanel::View;
    CHECK(showView(panel, V::ArticlesPublished) == 2);
    CHECK(showView(panel, V::ArticlesDue) == 1);
    REQUIRE(waitFor([&] { return panel->model()->idAt(0) != 0; }));
    CHECK(panel->model()->idAt(0) == b.overdue);
    CHECK(showView(panel, V::ArticlesDrafts) == 1);

    select(panel, b.draft);
    ArticleView *article = panel->articleView();
    REQUIRE(waitFor([&] { return article->articleId() == b.draft; }));
    CHECK(article->isVisible());
    CHECK_FALSE(panel->editor()->isVisible());
    // Markdown is rendered: a heading, bold words, a list.
    QTextDocument *doc = article->reader()->document();
    CHECK(doc->toPlainText().contains(QStringLiteral("Admin portal")));
    CHECK_FALSE(doc->toPlainText().contains(QStringLiteral("**")));
    CHECK(doc->firstBlock().blockFormat().headingLevel() == 2);
    CHECK(doc->firstBlock().text() == QStringLiteral("Steps"));
    bool sawList = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        sawList |= block.textList() != nullptr;
    CHECK(sawList);
    CHECK(article->versions().size() == 1);
    CHECK(article->findChild<QLabel *>(QStringLiteral("articleState"))->text()
          == QStringLiteral("Draft"));

    // Edit: a new bold paragraph, saved as Markdown.
    auto *edit = article->findChild<QPushButton *>(QStringLiteral("articleEdit"));
    QTest::mouseClick(edit, Qt::LeftButton);
    REQUIRE(article->isEditing());
    QTextEdit *text = article->editor()->textEdit();
    QTextCursor c = text->textCursor();
    c.movePosition(QTextCursor::End);
    text->setTextCursor(c);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Then sign in again."));
    c = text->textCursor();
    c.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    text->setTextCursor(c);
    article->editor()->formatAction(QStringLiteral("bold"))->trigger();
    CHECK(article->isModified());
    CHECK(article->editor()->markdown().contains(QStringLiteral("**Then sign in again.**")));
    auto *save = article->findChild<QPushButton *>(QStringLiteral("articleSave"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(waitFor([&] {
        return article->versions().size() == 2 && !article->isEditing() && !article->isSaving();
    }));
    INFO(article->message().toStdString());
    const Record saved = load(b.path, b.draft);
    CHECK(saved.fields.value(QStringLiteral("version_no")).toInt() == 2);
    CHECK(saved.fields.value(QStringLiteral("body"))
              .toString()
              .contains(QStringLiteral("**Then sign in again.**")));
    CHECK(article->reader()->toPlainText().contains(QStringLiteral("Then sign in again.")));
    CHECK(article->versions().first().number == 2);
    CHECK(article->versions().first().writtenBy == Admin);
    // One step on the undo stack.
    CHECK(s.window.document()->undoStack()->count() == 1);

    // Saving an unchanged article makes no version.
    QTest::mouseClick(edit, Qt::LeftButton);
    CHECK_FALSE(article->isModified());
    CHECK_FALSE(save->isEnabled());
    QTest::mouseClick(article->findChild<QPushButton *>(QStringLiteral("articleCancel")),
                      Qt::LeftButton);
    CHECK_FALSE(article->isEditing());

    // The first version, read-only.
    QTreeWidget *versions = article->versionList();
    REQUIRE(versions->topLevelItemCount() == 2);
    versions->setCurrentItem(versions->topLevelItem(1));
    CHECK(article->shownVersion() == 1);
    CHECK_FALSE(article->reader()->toPlainText().contains(QStringLiteral("Then sign in again.")));
    CHECK(article->findChild<QLabel *>(QStringLiteral("articleBanner"))->isVisible());
    versions->setCurrentItem(versions->topLevelItem(0));
    CHECK(article->shownVersion() == 0);
    CHECK(article->reader()->toPlainText().contains(QStringLiteral("Then sign in again.")));

    // Submitted for review, approved and published, by the lifecycle's buttons.
    QPushButton *submit = nullptr;
    REQUIRE(waitFor([&] {
        return (submit = article->findChild<QPushButton *>(QStringLiteral("transition_in_review")))
            != nullptr;
    }));
    CHECK(submit->text() == QStringLiteral("Submit for review"));
    QTest::mouseClick(submit, Qt::LeftButton);
    REQUIRE(waitFor([&] { return article->article().state == QStringLiteral("in_review"); }));
    QPushButton *approve = nullptr;
    REQUIRE(waitFor([&] {
        return (approve = article->findChild<QPushButton *>(QStringLiteral("transition_published")))
            != nullptr;
    }));
    REQUIRE(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(waitFor([&] { return article->article().state == QStringLiteral("published"); }));
    const Record published = load(b.path, b.draft);
    CHECK(published.fields.value(QStringLiteral("approved_by")).toString() == Admin);
    CHECK(published.fields.value(QStringLiteral("version_no")).toInt() == 2);
    CHECK(article->versions().first().approvedBy == Admin);
    CHECK(article->findChild<QLabel *>(QStringLiteral("articleMeta"))
              ->text()
              .contains(QStringLiteral("Approved by %1").arg(Admin)));
    CHECK(showView(panel, V::ArticlesPublished) == 3);
}

TEST_CASE("an article saved by someone else meanwhile is a conflict, not an overwrite")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    KnowledgePanel *panel = s.knowledge();
    REQUIRE(s.window.showDock(QStringLiteral("knowledge")));
    panel->selectType(QStringLiteral("kb_article"));
    showView(panel, KnowledgePanel::View::ArticlesAll);
    select(panel, b.draft);
    ArticleView *article = panel->articleView();
    REQUIRE(waitFor([&] { return article->articleId() == b.draft; }));
    article->edit();
    article->editor()->titleEdit()->setText(QStringLiteral("Unlock an account (mine)"));
    {
        auto other = openAs(b.path);
        RecordStore store(*other);
        REQUIRE(
            store.update(b.draft, {{Title, QStringLiteral("Unlock an account (theirs)")}}).ok());
    }
    article->save();
    ConflictDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        return (dialog = article->findChild<ConflictDialog *>()) != nullptr && dialog->isVisible();
    }));
    CHECK(load(b.path, b.draft).title == QStringLiteral("Unlock an account (theirs)"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveMine"))->click();
    REQUIRE(waitFor(
        [&] { return load(b.path, b.draft).title == QStringLiteral("Unlock an account (mine)"); }));
    REQUIRE(waitFor([&] { return !article->isEditing(); }));
    // Each title is a version: the first, theirs, mine.
    CHECK(article->versions().size() == 3);
}

TEST_CASE("a new article is written in the browser")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    KnowledgePanel *panel = s.knowledge();
    REQUIRE(s.window.showDock(QStringLiteral("knowledge")));
    panel->selectType(QStringLiteral("kb_article"));
    showView(panel, KnowledgePanel::View::ArticlesAll);
    panel->newRecord();
    ArticleView *article = panel->articleView();
    REQUIRE(waitFor([&] { return article->isNew() && article->isEditing(); }));
    article->editor()->titleEdit()->setText(QStringLiteral("Map a network drive"));
    QTest::keyClicks(article->editor()->textEdit(), QStringLiteral("Open the Explorer."));
    article->save();
    REQUIRE(waitFor([&] { return !article->isNew() && article->articleId() != 0; }));
    const Record r = load(b.path, article->articleId());
    CHECK(r.title == QStringLiteral("Map a network drive"));
    CHECK(r.state == QStringLiteral("draft"));
    CHECK(r.fields.value(QStringLiteral("body"))
              .toString()
              .contains(QStringLiteral("Open the Explorer.")));
    REQUIRE(waitFor([&] { return panel->editor()->recordId() == r.id; }));
}

TEST_CASE("the trend dock finds a candidate and creates a problem from its incidents")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    TrendPanel *trends = s.window.trendsPanel();
    REQUIRE(s.window.showDock(QStringLiteral("trends")));
    REQUIRE(s.window.findChild<QDockWidget *>(QStringLiteral("trendsDock")) == trends);
    trends->setDimension(TrendDimension::Service);
    trends->setWindowDays(30);
    trends->setThreshold(5);
    trends->setWeeks(8);
    trends->refresh();
    REQUIRE(waitFor([&] { return !trends->isBusy(); }));
    INFO(trends->statusText().toStdString());
    int email = -1;
    for (int i = 0; i < trends->candidates().size(); ++i) {
        const ProblemCandidate &c = trends->candidates()[i];
        const bool vpn = c.kind == ProblemCandidate::Kind::Group && c.key == QStringLiteral("VPN");
        CHECK_FALSE(vpn);
        if (c.kind == ProblemCandidate::Kind::Group && c.key == QStringLiteral("Email"))
            email = i;
    }
    REQUIRE(email >= 0);
    CHECK(trends->candidates()[email].count == 6);
    CHECK(trends->candidates()[email].problem.isEmpty());
    CHECK(trends->candidateTable()->model()->rowCount() == trends->candidates().size());
    // The chart has both services, Email marked as a candidate.
    CHECK(trends->seriesKeys().contains(QStringLiteral("Email")));
    CHECK(trends->seriesKeys().contains(QStringLiteral("VPN")));
    CHECK(trends->candidateSeriesKeys() == QStringList {QStringLiteral("Email")});
    CHECK(trends->chart().weeks == 8);

    // Drill down to the incidents.
    QSignalSpy listed(trends, &TrendPanel::incidentsListed);
    trends->selectCandidate(email);
    REQUIRE(waitFor([&] { return !listed.isEmpty() && !trends->isDrilling(); }));
    CHECK(trends->incidents().size() == 6);
    for (qint64 id : b.mail)
        CHECK(trends->incidents().contains(id));
    CHECK(trends->incidentTable()->rowCount() == 6);

    // A double click opens an incident where incidents are shown.
    QTableWidget *incidents = trends->incidentTable();
    const qint64 first = incidents->item(0, 0)->data(Qt::UserRole).toLongLong();
    Q_EMIT incidents->cellActivated(0, 1);
    REQUIRE(waitFor([&] { return s.window.incidentsPanel()->editor()->recordId() == first; }));

    // Create a problem from them.
    QSignalSpy created(trends, &TrendPanel::problemCreated);
    REQUIRE(trends->createProblemButton()->isEnabled());
    QTest::mouseClick(trends->createProblemButton(), Qt::LeftButton);
    CreateProblemDialog *dialog = nullptr;
    REQUIRE(
        waitFor([&] { return (dialog = trends->findChild<CreateProblemDialog *>()) != nullptr; }));
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Recurring incidents: Email"));
    const QVariantMap values = dialog->values();
    CHECK(values.value(QStringLiteral("service")).toString() == QStringLiteral("Email"));
    CHECK(values.value(QStringLiteral("detected_by")).toString() == QStringLiteral("trend"));
    CHECK(values.value(QStringLiteral("description"))
              .toString()
              .contains(QStringLiteral("6 incident")));
    dialog->findChild<QPushButton *>(QStringLiteral("createProblemOk"))->click();
    REQUIRE(waitFor([&] { return !created.isEmpty(); }));
    const qint64 problem = created.first().first().toLongLong();
    REQUIRE(problem != 0);
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        auto links = store.links(problem);
        REQUIRE(links.ok());
        QList<qint64> linked;
        for (const LinkInfo &l : *links) {
            if (l.kind == QStringLiteral("related_problem"))
                linked << l.otherId;
        }
        CHECK(linked.size() == 6);
        for (qint64 id : b.mail)
            CHECK(linked.contains(id));
        auto p = store.load(problem);
        REQUIRE(p.ok());
        CHECK(p->title == QStringLiteral("Recurring incidents: Email"));
        CHECK(p->fields.value(QStringLiteral("detected_by")).toString() == QStringLiteral("trend"));
    }
    // The new problem is opened, and the candidate now names it.
    RecordPanel *problems = s.window.findChild<RecordPanel *>(QStringLiteral("problemsDock"));
    REQUIRE(problems);
    REQUIRE(waitFor([&] { return problems->editor()->recordId() == problem; }));
    const QString humanId = load(b.path, problem).humanId;
    REQUIRE(waitFor([&] {
        for (const ProblemCandidate &c : trends->candidates()) {
            if (c.kind == ProblemCandidate::Kind::Group && c.key == QStringLiteral("Email"))
                return !trends->isBusy() && c.problem == humanId;
        }
        return false;
    }));
}

TEST_CASE("the trend dock groups by category and CI, and follows new incidents")
{
    TempDir t;
    const Book b = knowledgeWorkbook(t);
    Shell s(b.path);
    TrendPanel *trends = s.window.trendsPanel();
    REQUIRE(s.window.showDock(QStringLiteral("trends")));
    trends->setThreshold(2);
    trends->setWindowDays(30);
    trends->setDimension(TrendDimension::Service);
    trends->refresh();
    REQUIRE(waitFor([&] { return !trends->isBusy(); }));
    auto groups = [&] {
        QStringList keys;
        for (const ProblemCandidate &c : trends->candidates()) {
            if (c.kind == ProblemCandidate::Kind::Group)
                keys << c.key;
        }
        keys.sort();
        return keys;
    };
    CHECK(groups() == QStringList {QStringLiteral("Email"), QStringLiteral("VPN")});

    // Another VPN incident written elsewhere: the dock counts again by itself.
    {
        auto other = openAs(b.path);
        RecordStore store(*other);
        REQUIRE(store
                    .create(QStringLiteral("incident"),
                            {{Title, QStringLiteral("VPN drops again")},
                             {QStringLiteral("service"), QStringLiteral("VPN")}})
                    .ok());
    }
    REQUIRE(waitFor([&] {
        for (const ProblemCandidate &c : trends->candidates()) {
            if (c.kind == ProblemCandidate::Kind::Group && c.key == QStringLiteral("VPN"))
                return c.count == 3;
        }
        return false;
    }));

    // By category: the incidents have none, so no group reaches the threshold.
    trends->setDimension(TrendDimension::Category);
    REQUIRE(waitFor(
        [&] { return !trends->isBusy() && trends->options().by == TrendDimension::Category; }));
    CHECK(groups().isEmpty());
}
