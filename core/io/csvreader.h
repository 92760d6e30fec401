#pragma once

#include "core_global.h"
#include "error.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace sb {

struct CsvOptions
{
    // The field separator; a null QChar detects it from the first line (the one of ',' ';'
    // and tab that occurs most often outside quotes, ',' when none does).
    QChar separator;
    // "UTF-8" (the default), "UTF-16" (byte order from the BOM, else little endian),
    // "UTF-16LE", "UTF-16BE", "Latin-1" (ISO-8859-1) or "Windows-1252"; case and dashes do not
    // matter. A byte-order mark at the start of the file wins over the name.
    QString encoding;
};

struct SB_CORE_EXPORT CsvRow
{
    qint64 line = 0; // the physical line the row starts on, counting from 1
    QStringList fields;

    // An empty line or one with nothing but separators: callers skip it.
    bool isBlank() const;
    QString field(qsizetype index) const { return fields.value(index); }
};

// Reads CSV as RFC 4180 writes it (quoted fields may hold separators, doubled quotes and line
// breaks) from a device in chunks, so a file of any size is never held whole. Lines end in LF,
// CRLF or CR. A U+FEFF at the start of a line is dropped: exports that concatenate files leave
// byte-order marks there. Text that does not decode in the chosen encoding is kept with
// U+FFFD in its place and the row is flagged (see hasInvalidText), so callers can refuse it.
class SB_CORE_EXPORT CsvReader
{
public:
    CsvReader(QIODevice *device, const CsvOptions &options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next row. False at the end of the input or on an error (see error()).
    bool next(CsvRow *row);
    const Error &error() const { return m_error; }

    // The separator in use: the given one, or the one detected once the first row is read.
    QChar separator() const { return m_separator; }
    // True when the last row read holds text that did not decode.
    bool hasInvalidText() const { return m_rowInvalid; }
    // How much of the device has been consumed, for progress reports.
    qint64 bytesRead() const { return m_bytesRead; }

    // The canonical name of a known encoding ("UTF-8", "Windows-1252"), or a null QString.
    static QString encodingName(const QString &name);
    static QStringList knownEncodings();

private:
    enum class Parse { Row, NeedMore, End, Failed };
    bool start();
    bool fill();
    Parse parseRow(CsvRow *row);
    void detectSeparator();

    struct Decoder;
    QIODevice *m_device;
    CsvOptions m_options;
    std::unique_ptr<Decoder> m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QChar m_separator;
    bool m_started = false;
    bool m_eof = false;
    bool m_rowInvalid = false;
    Error m_error;
};

} // namespace sb
