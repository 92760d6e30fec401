#pragma once

#include "core_global.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <optional>

namespace sb {

// SHA-256, computed with the processor's SHA instructions where it has them (most x86-64
// processors since 2017) and with Qt's portable implementation otherwise. The audit trail
// hashes every change it records, so this is on the path of every write.
class SB_CORE_EXPORT Sha256
{
public:
    Sha256();
    void addData(QByteArrayView data);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray result();
    // Lower-case hexadecimal, 64 characters.
    QByteArray hexResult() { return result().toHex(); }

    static QByteArray hash(QByteArrayView data);
    // Whether the processor's SHA instructions are used (for the benchmark's notes).
    static bool accelerated();

private:
    void compress(const unsigned char *blocks, qsizetype count);

    std::array<std::uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_buffer;
    qsizetype m_buffered = 0;
    quint64 m_length = 0;
    std::optional<QCryptographicHash> m_fallback; // without the SHA instructions
    bool m_fast;
};

} // namespace sb
