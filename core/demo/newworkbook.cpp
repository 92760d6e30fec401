#include "newworkbook.h"

#include "records/recordstore.h"

namespace sb {

Result<NewWorkbook> createNewWorkbook(const QString &path, const CreateOptions &options,
                                      const QString &creatorName,
                                      const std::optional<DemoOptions> &demo)
{
    Result<std::unique_ptr<Workbook>> wb = Workbook::create(path, options);
    if (!wb.ok())
        return wb.error();
    NewWorkbook made;
    made.path = (*wb)->path();
    made.schemaVersion = (*wb)->schemaVersion();
    Error failure;
    {
        RecordStore store(**wb);
        failure = store.bootstrap(creatorName.trimmed().isEmpty() ? (*wb)->user() : creatorName);
        if (failure.isOk() && demo) {
            Result<DemoSummary> summary = DemoData::generate(store, *demo);
            if (summary.ok())
                made.demo = *summary;
            else
                failure = summary.error();
        }
    }
    wb->reset();
    if (failure.isError()) {
        removeWorkbookFiles(made.path);
        return failure;
    }
    return made;
}

} // namespace sb
