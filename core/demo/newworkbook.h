#pragma once

#include "core_global.h"
#include "demodata.h"
#include "result.h"
#include "storage/workbook.h"

#include <optional>

namespace sb {

struct NewWorkbook
{
    QString path; // absolute
    int schemaVersion = 0;
    std::optional<DemoSummary> demo;
};

// A new workbook as a person starts one: the file, its creator as administrator and as a
// person record, and demo data if asked for. All or nothing: on failure no file is left.
// The workbook is closed again; open it with Workbook::open.
SB_CORE_EXPORT Result<NewWorkbook> createNewWorkbook(const QString &path,
                                                     const CreateOptions &options,
                                                     const QString &creatorName,
                                                     const std::optional<DemoOptions> &demo);

} // namespace sb
