#pragma once

// What the demo data's parts share (demodata.cpp, problemstories.cpp); not part of the
// library's interface.

#include "demodata.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sb {

class RecordStore;
class Workbook;

// splitmix64: small, fast, and the same sequence everywhere (std:: distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

// The seed file: section name -> lines, each split at "|".
using Seeds = QHash<QString, QList<QStringList>>;

// The seeds of a language ("en", "zh_CN").
Result<Seeds> loadSeeds(const QString &language);

// Problem management told through the demo's services: a trend nobody has logged yet, a
// problem under investigation, known errors with workarounds that match the desk's incidents,
// problems fixed weeks ago (one of which came back) and the articles written on the way.
Error addProblems(RecordStore &store, const Seeds &s, Random &rnd, const QStringList &logins,
                  const QStringList &groupNames, const QStringList &serviceIds, DemoSummary *sum);

// The CMDB behind the demo's services (cmdbstories.cpp): business-service CIs part of the
// catalogue services, applications, databases, virtual and physical servers, network and
// storage in racks and rooms, software and licences (one over-used, one running out), end-user
// devices with warranties (some ending soon), a few CIs retired, two applications that need
// each other; the CIs the stories' incidents and problems name, linked to them. Sized by scale.
Error addCmdb(RecordStore &store, Random &rnd, bool zh, int scale, const QList<qint64> &services,
              const QStringList &serviceNames, const QStringList &serviceIds, DemoSummary *sum);
// A baseline of the whole demo CMDB, as taken before a release.
Error addCmdbBaseline(Workbook &workbook, bool zh, DemoSummary *sum);

} // namespace sb
