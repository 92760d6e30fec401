#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 ChunkBytes = 64 * 1024;
// Separator detection reads on until the first line ends; a first line longer than this is
// not a header anybody wrote.
constexpr qsizetype MaxFirstLine = 4 * 1024 * 1024;
// No value Servicebench stores is this long; a row that runs on past it has a quote that is
// never closed, and reading on would pull the rest of the file into memory.
constexpr qsizetype MaxRowChars = 64 * 1024 * 1024;
constexpr char16_t Bom = 0xFEFF;
constexpr char16_t Replacement = 0xFFFD;

// Windows-1252 where it differs from Latin-1. The five bytes it leaves undefined keep their
// Latin-1 (C1 control) meaning, as Windows itself decodes them.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString squeezed(const QString &name)
{
    QString s = name.trimmed().toLower();
    s.remove(u'-');
    s.remove(u'_');
    s.remove(u' ');
    return s;
}
} // namespace

struct CsvReader::Decoder
{
    QStringDecoder qt;
    bool cp1252 = false;
    bool sawError = false;

    QString decode(QByteArrayView bytes)
    {
        if (!cp1252) {
            QString s = qt.decode(bytes);
            sawError = sawError || qt.hasError();
            return s;
        }
        QString s(bytes.size(), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(s.data());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            out[i] = b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b);
        }
        return s;
    }
};

bool CsvRow::isBlank() const
{
    for (const QString &f : fields) {
        if (!f.isEmpty())
            return false;
    }
    return true;
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_separator(options.separator)
{ }

CsvReader::~CsvReader() = default;

QString CsvReader::encodingName(const QString &name)
{
    const QString s = squeezed(name);
    if (s.isEmpty() || s == u"utf8"_s)
        return u"UTF-8"_s;
    if (s == u"utf16"_s)
        return u"UTF-16"_s;
    if (s == u"utf16le"_s)
        return u"UTF-16LE"_s;
    if (s == u"utf16be"_s)
        return u"UTF-16BE"_s;
    if (s == u"latin1"_s || s == u"iso88591"_s || s == u"l1"_s)
        return u"Latin-1"_s;
    if (s == u"windows1252"_s || s == u"cp1252"_s || s == u"win1252"_s)
        return u"Windows-1252"_s;
    return QString();
}

QStringList CsvReader::knownEncodings()
{
    return {u"UTF-8"_s, u"UTF-16"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Latin-1"_s, u"Windows-1252"_s};
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        m_error = Error(ErrorCode::Io, Tr::tr("The CSV file is not open for reading."));
        return false;
    }
    QString encoding = encodingName(m_options.encoding);
    if (encoding.isNull()) {
        m_error = Error(ErrorCode::InvalidInput,
                        Tr::tr("\"%1\" is not an encoding Servicebench reads; use one of: %2.")
                            .arg(m_options.encoding, knownEncodings().join(u", "_s)));
        return false;
    }
    const QByteArray head = m_device->peek(3);
    qint64 skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        encoding = u"UTF-8"_s;
        skip = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = u"UTF-16LE"_s;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = u"UTF-16BE"_s;
        skip = 2;
    }
    if (skip > 0) {
        m_device->read(skip);
        m_bytesRead += skip;
    }
    m_decoder = std::make_unique<Decoder>();
    if (encoding == u"Windows-1252"_s) {
        m_decoder->cp1252 = true;
    } else {
        QStringConverter::Encoding e = QStringConverter::Utf8;
        if (encoding == u"UTF-16"_s || encoding == u"UTF-16LE"_s)
            e = QStringConverter::Utf16LE;
        else if (encoding == u"UTF-16BE"_s)
            e = QStringConverter::Utf16BE;
        else if (encoding == u"Latin-1"_s)
            e = QStringConverter::Latin1;
        m_decoder->qt = QStringDecoder(e);
    }
    if (m_separator.isNull())
        detectSeparator();
    return m_error.isOk();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Rows are parsed again from their start after a refill, so only what lies before the
    // current row can go.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    // A row that needs more than one refill is parsed again each time: reading as much again
    // as is already buffered keeps that linear in the row's length.
    QByteArray bytes(qMax<qint64>(ChunkBytes, 2 * qint64(m_buf.size())), Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_device->read(bytes.data(), bytes.size());
        if (n < 0) {
            m_error = Error(ErrorCode::Io, Tr::tr("The CSV file could not be read to its end."),
                            m_device->errorString());
            m_eof = true;
            return false;
        }
        if (n == 0) {
            // A pipe may simply have nothing yet; a file at its end has nothing more.
            if (m_device->isSequential() && m_device->waitForReadyRead(30000))
                continue;
            m_eof = true;
            return false;
        }
        m_bytesRead += n;
        m_buf += m_decoder->decode(QByteArrayView(bytes.constData(), n));
        return true;
    }
}

void CsvReader::detectSeparator()
{
    auto lineEnd = [this] {
        bool quoted = false;
        for (qsizetype i = m_pos; i < m_buf.size(); ++i) {
            const QChar c = m_buf[i];
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                return i;
        }
        return qsizetype(-1);
    };
    qsizetype end = lineEnd();
    while (end < 0 && m_buf.size() < MaxFirstLine && fill())
        end = lineEnd();
    if (m_error.isError())
        return;
    if (end < 0)
        end = m_buf.size();
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < end; ++i) {
        const QChar c = m_buf[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        m_separator = u';';
    else if (tabs > commas && tabs > semicolons)
        m_separator = u'\t';
    else
        m_separator = u',';
}

bool CsvReader::next(CsvRow *row)
{
    m_rowInvalid = false;
    if (m_error.isError())
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        switch (parseRow(row)) {
        case Parse::Row:
            if (m_decoder->sawError) {
                for (const QString &f : std::as_const(row->fields)) {
                    if (f.contains(QChar(Replacement))) {
                        m_rowInvalid = true;
                        break;
                    }
                }
            }
            return true;
        case Parse::End: return false;
        case Parse::Failed: return false;
        case Parse::NeedMore:
            if (m_buf.size() - m_pos > MaxRowChars) {
                m_error = Error(ErrorCode::InvalidInput,
                                Tr::tr("Line %1: the row that starts here runs on for more than "
                                       "%2 million characters; a quoted field in it is probably "
                                       "never closed.")
                                    .arg(m_line)
                                    .arg(MaxRowChars / (1024 * 1024)));
                return false;
            }
            if (!fill() && m_error.isError())
                return false;
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRow(CsvRow *row)
{
    const QChar *const begin = m_buf.constData();
    const QChar *const end = begin + m_buf.size();
    const QChar *p = begin + m_pos;
    while (p < end && p->unicode() == Bom)
        ++p;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;

    const char16_t sep = m_separator.unicode();
    QStringList fields;
    QString field;
    qint64 lines = 0;
    for (;;) {
        if (p < end && *p == u'"') {
            const qint64 startLine = m_line + lines;
            ++p;
            for (;;) {
                const QChar *run = p;
                while (p < end && *p != u'"' && *p != u'\r') {
                    if (*p == u'\n')
                        ++lines;
                    ++p;
                }
                field.append(run, p - run);
                if (p == end) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = Error(ErrorCode::InvalidInput,
                                    Tr::tr("Line %1: a quoted field starts here and is never "
                                           "closed; the file ends inside it.")
                                        .arg(startLine));
                    return Parse::Failed;
                }
                if (p + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (*p == u'\r') {
                    // Line breaks inside a value become LF, whatever the file uses.
                    ++lines;
                    field.append(u'\n');
                    ++p;
                    if (p < end && *p == u'\n')
                        ++p;
                    continue;
                }
                if (p + 1 < end && p[1] == u'"') {
                    field.append(u'"');
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
        }
        // Unquoted text, or whatever follows a closing quote before the separator: kept as
        // it stands rather than refused, as spreadsheet programs do.
        const QChar *run = p;
        while (p < end && p->unicode() != sep && *p != u'\n' && *p != u'\r')
            ++p;
        field.append(run, p - run);
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            fields.append(field);
            break;
        }
        if (p->unicode() == sep) {
            fields.append(field);
            field.clear();
            ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore;
            continue;
        }
        if (*p == u'\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < end && *p == u'\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        fields.append(field);
        break;
    }
    row->line = m_line;
    row->fields = std::move(fields);
    m_line += lines;
    m_pos = p - begin;
    return Parse::Row;
}

} // namespace sb
