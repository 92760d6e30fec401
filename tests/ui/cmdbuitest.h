#pragma once

// What the CMDB's desktop tests share: a workbook written through the real write path, and
// the main window opened on it with the CI dock in front.
#include "core/cmdbfixtures.h"

#include "mainwindow.h"

#include <QTest>

namespace sb::test {

struct CmdbBook
{
    QString path;
    std::unique_ptr<Workbook> wb;
    std::unique_ptr<RecordStore> store;

    explicit CmdbBook(TempDir &t, const QString &file = QStringLiteral("cmdb.sbw"))
        : path(t.file(file))
        , wb(newWorkbook(path))
        , store(std::make_unique<RecordStore>(*wb))
    { }
    qint64 ci(const QString &name, const QString &type, const QVariantMap &more = {})
    {
        return makeCi(*store, name, type, more);
    }
    void move(qint64 id, const QString &to)
    {
        auto r = store->transition(id, to);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    }
    void link(qint64 from, qint64 to, const QString &kind) { relate(*store, from, kind, to); }
    // Lets go of the file before the desktop opens it.
    void close()
    {
        store.reset();
        wb.reset();
    }
};

struct CmdbShell
{
    ui::MainWindow window;
    explicit CmdbShell(const QString &path)
    {
        window.setUser(Admin);
        window.resize(1500, 950);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.showDock(QStringLiteral("cmdb")));
    }
};

} // namespace sb::test
