#include "sha256.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SB_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace sb {

namespace {

alignas(16) constexpr std::uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<std::uint32_t, 8> initialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef SB_SHA_X86
bool detectShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// One 64-byte block after another, with the SHA-NI instructions. The state lives in two
// registers in the order the instructions want: (A, B, E, F) and (C, D, G, H).
__attribute__((target("sha,sse4.1,ssse3"))) void
compressShaNi(std::uint32_t *state, const unsigned char *data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i t = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state)); // a b c d
    __m128i s1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)); // e f g h
    t = _mm_shuffle_epi32(t, 0xB1); // b a d c
    s1 = _mm_shuffle_epi32(s1, 0x1B); // h g f e
    __m128i s0 = _mm_alignr_epi8(t, s1, 8); // f e b a  (ABEF)
    s1 = _mm_blend_epi16(s1, t, 0xF0); // h g d c  (CDGH)

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = s0;
        const __m128i cdghSaved = s1;
        __m128i w[4];
        for (int g = 0; g < 16; ++g) {
            __m128i &cur = w[g & 3];
            if (g < 4) {
                cur = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-1]: sigma0 terms, the t-7 words, sigma1 terms.
                const __m128i &m4 = w[g & 3]; // t-16..t-13
                const __m128i &m3 = w[(g + 1) & 3]; // t-12..t-9
                const __m128i &m2 = w[(g + 2) & 3]; // t-8..t-5
                const __m128i &m1 = w[(g + 3) & 3]; // t-4..t-1
                __m128i x = _mm_sha256msg1_epu32(m4, m3);
                x = _mm_add_epi32(x, _mm_alignr_epi8(m1, m2, 4));
                cur = _mm_sha256msg2_epu32(x, m1);
            }
            __m128i msg =
                _mm_add_epi32(cur, _mm_load_si128(reinterpret_cast<const __m128i *>(K + 4 * g)));
            s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            s0 = _mm_sha256rnds2_epu32(s0, s1, msg);
        }
        s0 = _mm_add_epi32(s0, abefSaved);
        s1 = _mm_add_epi32(s1, cdghSaved);
    }

    t = _mm_shuffle_epi32(s0, 0x1B); // a b e f -> lanes reversed
    s1 = _mm_shuffle_epi32(s1, 0xB1);
    s0 = _mm_blend_epi16(t, s1, 0xF0); // a b c d
    s1 = _mm_alignr_epi8(s1, t, 8); // e f g h
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), s0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), s1);
}
#endif

bool shaExtensions()
{
#ifdef SB_SHA_X86
    static const bool yes = detectShaExtensions() && !qEnvironmentVariableIsSet("SB_NO_SHA_NI");
    return yes;
#else
    return false;
#endif
}

} // namespace

Sha256::Sha256()
    : m_state(initialState)
    , m_fast(shaExtensions())
{
    if (!m_fast)
        m_fallback.emplace(QCryptographicHash::Sha256);
}

bool Sha256::accelerated()
{
    return shaExtensions();
}

void Sha256::compress(const unsigned char *blocks, qsizetype count)
{
#ifdef SB_SHA_X86
    compressShaNi(m_state.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_fast) {
        m_fallback->addData(data);
        return;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    m_length += quint64(n);
    if (m_buffered > 0) {
        const qsizetype take = qMin<qsizetype>(64 - m_buffered, n);
        std::memcpy(m_buffer.data() + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compress(p, n / 64);
        p += n / 64 * 64;
        n %= 64;
    }
    std::memcpy(m_buffer.data(), p, size_t(n));
    m_buffered = n;
}

QByteArray Sha256::result()
{
    if (!m_fast)
        return m_fallback->result();
    // Padding: a one bit, zeros, and the message length in bits, big-endian, to fill the
    // last block (or two).
    const quint64 bits = m_length * 8;
    m_buffer[size_t(m_buffered++)] = 0x80;
    if (m_buffered > 56) {
        std::memset(m_buffer.data() + m_buffered, 0, size_t(64 - m_buffered));
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    std::memset(m_buffer.data() + m_buffered, 0, size_t(56 - m_buffered));
    for (int i = 0; i < 8; ++i)
        m_buffer[size_t(56 + i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    compress(m_buffer.data(), 1);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = char(m_state[size_t(i)] >> 24);
        out[4 * i + 1] = char(m_state[size_t(i)] >> 16);
        out[4 * i + 2] = char(m_state[size_t(i)] >> 8);
        out[4 * i + 3] = char(m_state[size_t(i)]);
    }
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace sb
