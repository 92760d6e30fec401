#pragma once

#include "core_global.h"
#include "result.h"

#include <QString>

#include <functional>

namespace sb {

class RecordStore;

struct DemoOptions
{
    int scale = 1; // 1: a small team; each step adds the same again
    quint64 seed = 20000; // the same seed gives the same workbook, on every platform
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
};

struct DemoSummary
{
    int people = 0;
    int groups = 0;
    int customers = 0;
    int services = 0;
    int tasks = 0;
    int incidents = 0;
    int requests = 0;
    int links = 0;
    int problems = 0;
    int knownErrors = 0;
    int articles = 0;
    int cis = 0;
    int ciRelations = 0; // also counted in links
    int baselines = 0;
};

// Realistic, seeded master data (and later issues add their processes): written through the
// ordinary write path, so the demo workbook's audit trail and search index are real.
class SB_CORE_EXPORT DemoData
{
public:
    static Result<DemoSummary> generate(RecordStore &store, const DemoOptions &options,
                                        const std::function<void(int percent)> &progress = {});
};

} // namespace sb
