#include "models/data/Sha256.h"

#include <QCryptographicHash>
#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DOSSIER_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Sha256 {

QByteArray portableHash(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

#ifdef DOSSIER_SHA_NI
namespace {

alignas(16) constexpr std::array<quint32, 64> RoundConstants{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<quint32, 8> InitialState{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                              0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool detectShaInstructions()
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

// The state is kept as the instructions want it: (A, B, E, F) and (C, D, G, H).
__attribute__((target("sha,sse4.1,ssse3"))) void
compress(__m128i &abef, __m128i &cdgh, const unsigned char *block, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    for (; blocks > 0; --blocks, block += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the last four groups of four message words
        for (int group = 0; group < 16; ++group) {
            __m128i words;
            if (group < 4) {
                words = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * group)),
                    byteSwap);
            } else {
                // w[t] = s1(w[t-2]) + w[t-7] + s0(w[t-15]) + w[t-16], four at a time.
                const __m128i &w16 = w[group % 4];
                const __m128i &w12 = w[(group + 1) % 4];
                const __m128i &w8 = w[(group + 2) % 4];
                const __m128i &w4 = w[(group + 3) % 4];
                words = _mm_sha256msg1_epu32(w16, w12);
                words = _mm_add_epi32(words, _mm_alignr_epi8(w4, w8, 4));
                words = _mm_sha256msg2_epu32(words, w4);
            }
            w[group % 4] = words;
            __m128i wk = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(
                                                  &RoundConstants[4 * group])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
}

__attribute__((target("sha,sse4.1,ssse3"))) QByteArray shaNiHash(QByteArrayView data)
{
    // From (A..D), (E..H) in memory order to the instructions' (A, B, E, F), (C, D, G, H).
    const __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&InitialState[0]));
    const __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&InitialState[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype whole = data.size() / 64;
    compress(abef, cdgh, bytes, whole);

    // The tail, the 0x80 marker, zeros and the length in bits, big-endian: one or two blocks.
    unsigned char tail[128] = {};
    const qsizetype rest = data.size() - whole * 64;
    if (rest > 0)
        std::memcpy(tail, bytes + whole * 64, size_t(rest));
    tail[rest] = 0x80;
    const qsizetype tailBlocks = rest < 56 ? 1 : 2;
    const quint64 bits = quint64(data.size()) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(abef, cdgh, tail, tailBlocks);

    // Back to (A..D), (E..H), each word big-endian.
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    const __m128i outDcba = _mm_blend_epi16(feba, dchg, 0xF0);
    const __m128i outHgfe = _mm_alignr_epi8(dchg, feba, 8);
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    QByteArray out(32, Qt::Uninitialized);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out.data()), _mm_shuffle_epi8(outDcba, byteSwap));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out.data() + 16),
                     _mm_shuffle_epi8(outHgfe, byteSwap));
    return out;
}

} // namespace

bool usesShaInstructions()
{
    static const bool has = detectShaInstructions();
    return has;
}

QByteArray hash(QByteArrayView data)
{
    return usesShaInstructions() ? shaNiHash(data) : portableHash(data);
}

#else

bool usesShaInstructions()
{
    return false;
}

QByteArray hash(QByteArrayView data)
{
    return portableHash(data);
}

#endif

} // namespace Sha256
