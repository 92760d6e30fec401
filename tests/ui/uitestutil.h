#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace sb::test {

// Lets the event loop run until `condition` holds (work on the reader and writer threads
// reports back through it), or says it never did.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace sb::test
