#pragma once

// What the import tests share: mappings from JSON text, and CSV text run through the importer.
#include "fixtures.h"

#include "io/csvimport.h"
#include "io/importmapping.h"

#include <QBuffer>

namespace sb::test {

inline ImportMapping mapping(const QByteArray &json)
{
    Result<ImportMapping> m = ImportMapping::fromJson(json);
    if (!m.ok())
        FAIL(m.error().message().toStdString());
    return *m;
}

// The message a mapping that must be refused is refused with.
inline QString mappingError(const QByteArray &json)
{
    Result<ImportMapping> m = ImportMapping::fromJson(json);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().code() == ErrorCode::InvalidInput);
    return m.error().message();
}

inline ImportSummary importCsv(Workbook &wb, const ImportMapping &m, const QByteArray &csv,
                               const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return CsvImport::run(wb, m, &buffer, options);
}

} // namespace sb::test
