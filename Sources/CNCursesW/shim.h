// Swift imports neither ncurses' macros nor its mutable globals (Swift 6 refuses them), so the
// few we need are reached through these inline functions. NCURSES_WIDECHAR must come before the
// include: SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which would otherwise switch it on.
#ifndef SW_CNCURSESW_SHIM_H
#define SW_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>

int wcwidth(wchar_t c);

static inline WINDOW *sw_stdscr(void) { return stdscr; }
static inline int sw_lines(void) { return LINES; }
static inline int sw_cols(void) { return COLS; }
static inline int sw_colors(void) { return COLORS; }
static inline int sw_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t sw_a_bold(void) { return A_BOLD; }
static inline attr_t sw_a_reverse(void) { return A_REVERSE; }
static inline attr_t sw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sw_a_dim(void) { return A_DIM; }
static inline attr_t sw_a_normal(void) { return A_NORMAL; }
static inline int sw_key_f(int n) { return KEY_F(n); }
static inline const char *sw_codeset(void) { return nl_langinfo(CODESET); }
static inline FILE *sw_stdin(void) { return stdin; }
static inline FILE *sw_stdout(void) { return stdout; }
#endif
