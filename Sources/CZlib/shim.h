#ifndef QUIRE_CZLIB_SHIM_H
#define QUIRE_CZLIB_SHIM_H
#include <zlib.h>

// deflateInit2 is a macro (it passes the library version and stream size), so
// Swift cannot see it; this wrapper makes it callable.
static inline int quire_deflateInit2(z_streamp stream, int level, int method,
                                     int windowBits, int memLevel, int strategy) {
    return deflateInit2(stream, level, method, windowBits, memLevel, strategy);
}
#endif
