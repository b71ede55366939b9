// sqlite3's SQLITE_TRANSIENT is a cast macro Swift cannot import; the shim names it.
#ifndef SW_CSQLITE_SHIM_H
#define SW_CSQLITE_SHIM_H
#include <sqlite3.h>
static inline sqlite3_destructor_type sw_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
