#pragma once

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &v) { return v.toString().toStdString(); }
};
} // namespace Catch

namespace sb::test {

struct TempDir
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end (with a generous time limit) and returns what it said.
inline ProcessResult runProcess(const QString &program, const QStringList &args,
                                const QStringList &env = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace sb::test
