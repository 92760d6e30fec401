#include "csvimport.h"

#include "cmdb/citypes.h"
#include "csvreader.h"
#include "importconverter.h"
#include "importmapping.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString ImportAction = u"import"_s;

// Finds the record a key names, through the key's index: an import of a million rows cannot
// afford to read the table for each.
class KeyLookup
{
public:
    Error prepare(Database &db, const RecordTypeDef &def, const FieldDef &key)
    {
        if (key.name == u"title"_s) {
            // Through the index on (type, title) that ignores case; two hits say it is
            // ambiguous.
            m_sql = "SELECT id, version FROM record WHERE type = ?2 AND title = ?1 COLLATE NOCASE "
                    "LIMIT 2";
            m_type = def.type;
            return {};
        }
        // Table-valued pragmas take bound names; the planner would use any index that starts
        // with the key, and one that ignores case matches keys as the write path compares them.
        Statement st = db.prepare(
            "SELECT x.coll FROM pragma_index_list(?1) AS l JOIN pragma_index_xinfo(l.name) AS x "
            "WHERE x.seqno = 0 AND x.name = ?2");
        st.bind(1, def.table).bind(2, key.name);
        bool indexed = false;
        bool nocase = false;
        while (st.next()) {
            indexed = true;
            nocase = nocase || st.text(0).compare(u"NOCASE"_s, Qt::CaseInsensitive) == 0;
        }
        if (st.error().isError())
            return st.error();
        if (!indexed)
            return Error(ErrorCode::Internal,
                         Tr::tr("%1 records have no index on \"%2\", so an import cannot find "
                                "them by it. The workbook may need a check.")
                             .arg(def.displayLabel(), key.name));
        // Names from the registry, never from input.
        m_sql = "SELECT t.id, r.version FROM " + def.table.toUtf8()
            + " t JOIN record r ON r.id = t.id WHERE t." + key.name.toUtf8() + " = ?1"
            + (nocase ? " COLLATE NOCASE" : "") + " LIMIT 1";
        return {};
    }

    bool isValid() const { return !m_sql.isEmpty(); }

    // The record's id and version, or id 0 when no record has the key.
    Result<std::pair<qint64, int>> find(Database &db, const QVariant &key) const
    {
        Statement st = db.prepare(m_sql);
        st.bind(1, key);
        if (!m_type.isEmpty())
            st.bind(2, m_type);
        if (st.next()) {
            const std::pair<qint64, int> found(st.int64(0), int(st.int64(1)));
            if (!m_type.isEmpty() && st.next())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("More than one record is titled \"%1\", so the row cannot be "
                                    "matched to one.")
                                 .arg(key.toString()));
            return found;
        }
        if (st.error().isError())
            return st.error();
        return std::pair<qint64, int>(0, 0);
    }

private:
    QByteArray m_sql;
    QString m_type; // matching by title: the record type
};

// The id of the one record of `type` titled `title` (any case): 0 when there is none, -1 when
// there are several.
Result<qint64> findByTitle(Database &db, const QString &type, const QString &title)
{
    Statement st =
        db.prepare("SELECT id FROM record WHERE type = ?1 AND title = ?2 COLLATE NOCASE LIMIT 2");
    st.bind(1, type).bind(2, title);
    qint64 id = 0;
    while (st.next())
        id = id == 0 ? st.int64(0) : -1;
    if (st.error().isError())
        return st.error();
    return id;
}

// What would refuse every link is said once, before any row is read.
Error checkLinkKinds(Database &db, const ImportMapping &m)
{
    for (const ImportLink &l : m.links) {
        Statement st = db.prepare("SELECT from_types, to_types FROM link_kind WHERE kind = ?1");
        st.bind(1, l.kind);
        if (!st.next()) {
            if (st.error().isError())
                return st.error();
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The mapping links with \"%1\", which is no link kind of the "
                                "workbook.")
                             .arg(l.kind));
        }
        const QStringList from = st.text(0).split(u',', Qt::SkipEmptyParts);
        const QStringList to = st.text(1).split(u',', Qt::SkipEmptyParts);
        if ((!from.contains(u"*"_s) && !from.contains(m.type))
            || (!to.contains(u"*"_s) && !to.contains(l.toType)))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The mapping links %1 records to %2 records with \"%3\", which "
                                "does not join those types.")
                             .arg(m.recordType().displayLabel(),
                                  RecordTypes::find(l.toType)->displayLabel(), l.kind));
    }
    return {};
}

// The CI types the mapping names that the workbook lacks, added; the ones it has stay as
// they are.
Error addCiTypes(Workbook &workbook, const ImportMapping &m)
{
    if (m.ciTypes.isEmpty())
        return {};
    CiTypes types(workbook);
    Result<QList<CiTypeDef>> have = types.types();
    if (!have.ok())
        return have.error();
    int position = 0;
    QSet<QString> codes;
    for (const CiTypeDef &t : *have) {
        codes.insert(t.code);
        position = qMax(position, t.position);
    }
    for (const QVariantMap &v : m.ciTypes) {
        CiTypeDef t;
        t.code = v.value(u"code"_s).toString();
        if (codes.contains(t.code))
            continue;
        t.label = v.value(u"label"_s).toString();
        t.icon = v.value(u"icon"_s).toString();
        t.subtypes = v.value(u"subtypes"_s).toStringList();
        t.position = ++position;
        if (Error e = types.saveType(t); e.isError())
            return Error(
                e.code(),
                Tr::tr("The mapping's CI type \"%1\" cannot be added: %2").arg(t.code, e.message()),
                e.detail());
        codes.insert(t.code);
    }
    return {};
}

// A refused row leaves the batch as it was; any other failure means the workbook or the
// transaction is in trouble, and the batch cannot go on.
bool isRowError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::LifecycleRefused:
    case ErrorCode::Conflict: return true;
    default: return false;
    }
}

// True when a failed write left the transaction unable to continue (it had already written
// part of the row, or SQLite rolled back on its own).
bool transactionBroken(Database &db)
{
    WriteTransaction probe(db);
    if (probe.begin().isError())
        return true;
    return probe.commit().isError();
}

Error checkStates(const ImportMapping &m, const Lifecycles &lc)
{
    const RecordTypeDef &def = m.recordType();
    auto refuse = [&](const QString &state, const QString &given) {
        QStringList states;
        for (const LifecycleState &s : lc.states(def.type))
            states << s.state;
        return Error(
            ErrorCode::InvalidInput,
            given.isNull()
                ? Tr::tr("The mapping's default state \"%1\" is not a state of %2 "
                         "records. Their states are: %3.")
                      .arg(state, def.displayLabel(), states.join(u", "_s))
                : Tr::tr("The mapping's state map turns \"%1\" into \"%2\", which is not a "
                         "state of %3 records. Their states are: %4.")
                      .arg(given, state, def.displayLabel(), states.join(u", "_s)));
    };
    for (auto it = m.stateMap.constBegin(); it != m.stateMap.constEnd(); ++it) {
        if (!it.value().isEmpty() && !lc.hasState(def.type, it.value()))
            return refuse(it.value(), it.key());
    }
    if (!m.stateDefault.isEmpty() && !lc.hasState(def.type, m.stateDefault))
        return refuse(m.stateDefault, QString());
    return {};
}

// The write budget's wait can be cancelled with the import.
class CancelScope
{
public:
    CancelScope(Database &db, const std::atomic_bool *cancel)
        : m_policy(db.retryPolicy())
        , m_saved(m_policy.cancel)
    {
        if (cancel)
            m_policy.cancel = cancel;
    }
    ~CancelScope() { m_policy.cancel = m_saved; }
    CancelScope(const CancelScope &) = delete;
    CancelScope &operator=(const CancelScope &) = delete;

private:
    RetryPolicy &m_policy;
    const std::atomic_bool *m_saved;
};

} // namespace

ImportSummary CsvImport::run(Workbook &workbook, const ImportMapping &mapping, const QString &path,
                             const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSummary s;
        s.dryRun = options.dryRun;
        s.error =
            Error(ErrorCode::NotFound, Tr::tr("%1 cannot be read.").arg(path), file.errorString());
        return s;
    }
    return run(workbook, mapping, &file, options);
}

ImportSummary CsvImport::run(Workbook &workbook, const ImportMapping &mapping, QIODevice *input,
                             const ImportOptions &options)
{
    ImportSummary s;
    s.dryRun = options.dryRun;
    Database &db = workbook.db();
    const RecordTypeDef &def = mapping.recordType();
    RecordStore store(workbook);

    // What would refuse every row is said once, before any row is read.
    if (Error e = workbook.requireWritable(); e.isError()) {
        s.error = e;
        return s;
    }
    {
        Result<Permissions> perms = store.permissions();
        if (!perms.ok()) {
            s.error = perms.error();
            return s;
        }
        if (Error e = perms->require(def, ImportAction); e.isError()) {
            s.error = e;
            return s;
        }
        Result<Lifecycles> lc = store.lifecycles();
        if (!lc.ok()) {
            s.error = lc.error();
            return s;
        }
        if (Error e = checkStates(mapping, *lc); e.isError()) {
            s.error = e;
            return s;
        }
    }
    KeyLookup lookup;
    if (!mapping.key.isEmpty()) {
        if (Error e = lookup.prepare(db, def, *def.field(mapping.key)); e.isError()) {
            s.error = e;
            return s;
        }
    }

    CsvReader reader(input, mapping.csvOptions());
    CsvRow row;
    QStringList header;
    if (mapping.header) {
        do {
            if (!reader.next(&row)) {
                s.error = reader.error().isError()
                    ? reader.error()
                    : Error(ErrorCode::EmptyFile,
                            Tr::tr("The file is empty: it has no header line naming its "
                                   "columns."));
                return s;
            }
            if (row.isBlank())
                ++s.blankLines;
        } while (row.isBlank());
        header = row.fields;
    }
    // One converter per group, each reading the group's columns under the mapping's names.
    QList<ImportConverter> converters;
    const bool grouped = !mapping.groups.isEmpty();
    for (qsizetype g = 0; g < qMax<qsizetype>(1, mapping.groups.size()); ++g) {
        QStringList named = header;
        if (grouped) {
            const QHash<QString, QString> &group = mapping.groups[g];
            for (QString &h : named) {
                for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
                    if (h.trimmed() == it.value())
                        h = it.key();
                }
            }
        }
        Result<ImportConverter> converter = ImportConverter::create(mapping, named);
        if (!converter.ok()) {
            s.error = grouped ? Error(converter.error().code(),
                                      Tr::tr("In group %1 of the mapping: %2")
                                          .arg(g + 1)
                                          .arg(converter.error().message()))
                              : converter.error();
            return s;
        }
        converters.append(std::move(converter).value());
    }
    s.linking = !mapping.links.isEmpty();
    if (Error e = checkLinkKinds(db, mapping); e.isError()) {
        s.error = e;
        return s;
    }

    const CancelScope cancelScope(db, options.cancel);
    const qint64 totalBytes = input->isSequential() ? -1 : input->size();
    // A dry run is one transaction: a row may update what an earlier row created.
    const qint64 batchSize = options.dryRun || options.batchSize <= 0
        ? std::numeric_limits<qint64>::max()
        : qint64(options.batchSize);
    std::optional<WriteTransaction> tx;
    struct Batch
    {
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 linksMade = 0;
        qint64 linksExisting = 0;
        qint64 linkTargetsMissing = 0;
        qint64 linkTargetsCreated = 0;
        qint64 linksRefused = 0;
        qint64 done() const { return created + updated + unchanged; }
    } batch;
    qint64 line = 0; // of the last row read

    auto report = [&] {
        if (options.progress)
            options.progress({s.rows, s.savedThroughRow, reader.bytesRead(), totalBytes});
    };
    auto endBatch = [&](bool keep) -> Error {
        const bool open = tx.has_value();
        Error e;
        if (open) {
            if (keep && !options.dryRun)
                e = tx->commit();
            else
                tx->rollback();
            tx.reset();
        }
        if (keep && e.isOk()) {
            s.created += batch.created;
            s.updated += batch.updated;
            s.unchanged += batch.unchanged;
            s.linksMade += batch.linksMade;
            s.linksExisting += batch.linksExisting;
            s.linkTargetsMissing += batch.linkTargetsMissing;
            s.linkTargetsCreated += batch.linkTargetsCreated;
            s.linksRefused += batch.linksRefused;
            if (!options.dryRun) {
                s.batches += open ? 1 : 0;
                s.savedThroughRow = s.rows;
                s.savedThroughLine = line;
            }
        } else {
            s.notSaved += batch.done();
        }
        batch = {};
        return e;
    };
    auto skip = [&](const QString &message) {
        ++s.skipped;
        if (s.issues.size() < ImportSummary::MaxIssues)
            s.issues.append({s.rows, row.line, message});
    };
    // A link not made leaves its row imported; the reason is kept with the rows' issues.
    auto skipLink = [&](const QString &message) {
        if (s.issues.size() < ImportSummary::MaxIssues)
            s.issues.append({s.rows, row.line, message});
    };
    if (!mapping.ciTypes.isEmpty()) {
        // Added in the first batch, so a dry run or a failed first batch leaves no trace.
        tx.emplace(db);
        Error e = tx->begin();
        if (e.isOk())
            e = addCiTypes(workbook, mapping);
        if (e.isError()) {
            tx->rollback();
            tx.reset();
            s.error = e;
            return s;
        }
    }

    for (;;) {
        if (options.cancel && options.cancel->load()) {
            s.cancelled = true;
            s.error = Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled."));
            break;
        }
        if (!reader.next(&row)) {
            if (reader.error().isError())
                s.error = reader.error();
            break;
        }
        if (row.isBlank()) {
            ++s.blankLines;
            continue;
        }
        ++s.rows;
        line = row.line;
        if (options.progressInterval > 0 && s.rows % options.progressInterval == 0)
            report();
        if (reader.hasInvalidText()) {
            skip(Tr::tr("Line %1 holds bytes that are not %2 text; give the file's encoding in "
                        "the mapping, for example \"encoding\": \"Windows-1252\".")
                     .arg(row.line)
                     .arg(mapping.encoding));
            continue;
        }
        bool stop = false;
        for (const ImportConverter &converter : std::as_const(converters)) {
            if (grouped && converter.lacksKey(row))
                continue;
            ++s.records;
            Result<ImportRow> r = converter.convert(row);
            if (!r.ok()) {
                skip(r.error().message());
                continue;
            }
            if (!tx) {
                tx.emplace(db);
                if (Error e = tx->begin(); e.isError()) {
                    tx.reset();
                    s.error = e;
                    stop = true;
                    break;
                }
            }
            // A refused write skips the row when the transaction can go on; `true` when the
            // import must stop.
            auto refused = [&](const Error &rowError) {
                if (!isRowError(rowError.code()) || transactionBroken(db)) {
                    s.error = Error(rowError.code(),
                                    Tr::tr("Line %1: %2").arg(row.line).arg(rowError.message()),
                                    rowError.detail());
                    return true;
                }
                skip(Tr::tr("Line %1: %2").arg(row.line).arg(rowError.message()));
                return false;
            };
            Error rowError;
            std::pair<qint64, int> found {0, 0};
            if (lookup.isValid()) {
                Result<std::pair<qint64, int>> f = lookup.find(db, r->key);
                if (!f.ok()) {
                    stop = refused(f.error());
                    if (stop)
                        break;
                    continue;
                }
                found = *f;
            }
            qint64 recordId = found.first;
            if (found.first != 0 && mapping.keepExisting) {
                ++batch.unchanged;
            } else if (found.first != 0) {
                Result<int> v = store.importUpdate(found.first, r->values, r->state);
                if (!v.ok())
                    rowError = v.error();
                else if (*v == found.second)
                    ++batch.unchanged;
                else
                    ++batch.updated;
            } else {
                Result<RecordRef> c = store.importCreate(def.type, r->values, r->state);
                if (!c.ok()) {
                    rowError = c.error();
                } else {
                    ++batch.created;
                    recordId = c->id;
                }
            }
            if (rowError.isError()) {
                stop = refused(rowError);
                if (stop)
                    break;
                continue;
            }
            for (qsizetype i = 0; i < mapping.links.size() && !stop; ++i) {
                const ImportLink &spec = mapping.links[i];
                const QString title = r->links.value(i);
                if (title.isEmpty())
                    continue;
                Result<qint64> target = findByTitle(db, spec.toType, title);
                if (!target.ok()) {
                    s.error = target.error();
                    stop = true;
                    break;
                }
                if (*target < 0) {
                    ++batch.linksRefused;
                    skipLink(
                        Tr::tr("Line %1: more than one %2 is titled \"%3\"; no \"%4\" link "
                               "was made.")
                            .arg(row.line)
                            .arg(RecordTypes::find(spec.toType)->displayLabel(), title, spec.kind));
                    continue;
                }
                if (*target == 0 && !spec.create) {
                    ++batch.linkTargetsMissing;
                    continue;
                }
                if (*target == 0) {
                    QVariantMap values = spec.createValues;
                    values.insert(u"title"_s, title);
                    Result<RecordRef> made =
                        store.importCreate(spec.toType, values, spec.createState);
                    if (!made.ok()) {
                        const Error &e = made.error();
                        if (!isRowError(e.code()) || transactionBroken(db)) {
                            s.error = Error(e.code(),
                                            Tr::tr("Line %1: %2").arg(row.line).arg(e.message()),
                                            e.detail());
                            stop = true;
                            break;
                        }
                        ++batch.linksRefused;
                        skipLink(Tr::tr("Line %1: %2").arg(row.line).arg(e.message()));
                        continue;
                    }
                    ++batch.linkTargetsCreated;
                    *target = made->id;
                }
                Statement ex = db.prepare(
                    "SELECT 1 FROM link WHERE from_id = ?1 AND kind = ?2 AND to_id = ?3");
                ex.bind(1, recordId).bind(2, spec.kind).bind(3, *target);
                if (ex.next()) {
                    ++batch.linksExisting;
                    continue;
                }
                if (ex.error().isError()) {
                    s.error = ex.error();
                    stop = true;
                    break;
                }
                if (Error e = store.link(recordId, *target, spec.kind); e.isError()) {
                    if (!isRowError(e.code()) || transactionBroken(db)) {
                        s.error =
                            Error(e.code(), Tr::tr("Line %1: %2").arg(row.line).arg(e.message()),
                                  e.detail());
                        stop = true;
                        break;
                    }
                    ++batch.linksRefused;
                    skipLink(Tr::tr("Line %1: %2").arg(row.line).arg(e.message()));
                    continue;
                }
                ++batch.linksMade;
            }
            if (stop)
                break;
        }
        if (stop)
            break;
        if (batch.done() >= batchSize) {
            if (Error e = endBatch(true); e.isError()) {
                s.error = e;
                break;
            }
            report();
        }
    }
    if (s.error.isError()) {
        endBatch(false);
    } else {
        if (Error e = endBatch(true); e.isError())
            s.error = e;
    }
    report();
    return s;
}

QString ImportSummary::describe() const
{
    QString out = dryRun
        ? Tr::tr("Dry run, nothing was saved: of %n row(s), %1 would be created, %2 updated and "
                 "%3 unchanged; %4 would be skipped.",
                 nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max())))
              .arg(created)
              .arg(updated)
              .arg(unchanged)
              .arg(skipped)
        : Tr::tr("Of %n row(s), %1 created, %2 updated, %3 unchanged and %4 skipped.", nullptr,
                 int(qMin<qint64>(rows, std::numeric_limits<int>::max())))
              .arg(created)
              .arg(updated)
              .arg(unchanged)
              .arg(skipped);
    if (records != rows)
        out += u' '
            + Tr::tr("The rows named %n record(s).", nullptr,
                     int(qMin<qint64>(records, std::numeric_limits<int>::max())));
    if (linking)
        out += u' '
            + Tr::tr("Links: %1 made and %2 already there; %3 record(s) created to link to; %4 "
                     "link(s) named no record and %5 were refused.")
                  .arg(linksMade)
                  .arg(linksExisting)
                  .arg(linkTargetsCreated)
                  .arg(linkTargetsMissing)
                  .arg(linksRefused);
    if (error.isOk())
        return out;
    out += u' ' + error.message();
    if (dryRun)
        return out;
    if (savedThroughRow > 0)
        out += u' '
            + Tr::tr("Everything up to row %1 (line %2) is saved, in %n batch(es); nothing after "
                     "it was imported.",
                     nullptr, batches)
                  .arg(savedThroughRow)
                  .arg(savedThroughLine);
    else
        out += u' ' + Tr::tr("Nothing was saved.");
    if (notSaved > 0)
        out += u' '
            + Tr::tr("The %n row(s) of the batch under way were rolled back.", nullptr,
                     int(qMin<qint64>(notSaved, std::numeric_limits<int>::max())));
    return out;
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray list;
    for (const ImportIssue &i : issues)
        list.append(
            QJsonObject {{u"row"_s, i.row}, {u"line"_s, i.line}, {u"message"_s, i.message}});
    QJsonObject o {{u"dryRun"_s, dryRun},
                   {u"complete"_s, complete()},
                   {u"cancelled"_s, cancelled},
                   {u"rows"_s, rows},
                   {u"records"_s, records},
                   {u"created"_s, created},
                   {u"updated"_s, updated},
                   {u"unchanged"_s, unchanged},
                   {u"skipped"_s, skipped},
                   {u"blankLines"_s, blankLines},
                   {u"notSaved"_s, notSaved},
                   {u"batches"_s, batches},
                   {u"savedThroughRow"_s, savedThroughRow},
                   {u"savedThroughLine"_s, savedThroughLine},
                   {u"issues"_s, list},
                   {u"issuesOmitted"_s, skipped - qint64(issues.size())},
                   {u"summary"_s, describe()}};
    if (linking)
        o.insert(u"links"_s,
                 QJsonObject {{u"made"_s, linksMade},
                              {u"existing"_s, linksExisting},
                              {u"targetsCreated"_s, linkTargetsCreated},
                              {u"targetsMissing"_s, linkTargetsMissing},
                              {u"refused"_s, linksRefused}});
    if (error.isError())
        o.insert(u"error"_s,
                 QJsonObject {{u"code"_s, Error::codeName(error.code())},
                              {u"message"_s, error.message()},
                              {u"detail"_s, error.detail()}});
    else
        o.insert(u"error"_s, QJsonValue::Null);
    return o;
}

} // namespace sb
