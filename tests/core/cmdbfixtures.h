#pragma once

#include "fixtures.h"

namespace sb::test {

// A CI written through the write path: `name` is its title; `more` adds fields.
inline qint64 makeCi(RecordStore &store, const QString &name, const QString &type,
                     QVariantMap more = {})
{
    more.insert(QStringLiteral("title"), name);
    more.insert(QStringLiteral("ci_type"), type);
    Result<RecordRef> r = store.create(QStringLiteral("ci"), more);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    return r->id;
}

// A relationship (or any link) that must be accepted.
inline void relate(RecordStore &store, qint64 from, const QString &kind, qint64 to)
{
    const Error e = store.link(from, to, kind);
    INFO(e.fullText().toStdString());
    REQUIRE(e.isOk());
}

inline QString humanIdOf(RecordStore &store, qint64 id)
{
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return r->humanId;
}

} // namespace sb::test
