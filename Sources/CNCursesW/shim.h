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
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

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
// Restoring the terminal must work on every way out. These live in C because a Swift closure used
// as a signal handler cannot touch Swift state safely, and the restore needs none.
static inline void sw_restore_terminal(void) { if (!isendwin()) endwin(); }
static inline void sw_on_fatal_signal(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
// SIGHUP (the ssh connection dropped) and SIGTERM only note the signal: the run loop sees it
// within one key wait (the wait is interrupted, or times out), saves typed work on the main
// thread, restores the terminal and ends by the same signal. Nothing else happens in the handler.
static inline volatile sig_atomic_t *sw_pending_signal_slot(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}
static inline void sw_on_terminate_signal(int sig) { *sw_pending_signal_slot() = sig; }
static inline int sw_pending_signal(void) { return (int)*sw_pending_signal_slot(); }
/* Ends the process by `sig` with its default action, after the program has cleaned up. */
static inline void sw_die_by_signal(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void sw_install_signal_handlers(void) {
    struct sigaction note;
    note.sa_handler = sw_on_terminate_signal;
    sigemptyset(&note.sa_mask);
    note.sa_flags = 0; /* no SA_RESTART: the key wait returns at once */
    sigaction(SIGTERM, &note, NULL);
    sigaction(SIGHUP, &note, NULL);
    signal(SIGINT, sw_on_fatal_signal);
    signal(SIGQUIT, sw_on_fatal_signal);
}
static inline void sw_atexit_restore(void) { sw_restore_terminal(); }
static inline int sw_install_atexit(void) { return atexit(sw_atexit_restore); }
/* A trap (a failed precondition, an index out of range) or a fault must not leave the user's
   terminal raw and without echo. The handler restores the terminal, puts back whatever handler was
   there before (Swift's backtracer) and lets the fault happen again under it, so the crash report
   still prints, now on a sane terminal. */
static inline struct sigaction *sw_previous_crash_actions(void) {
    static struct sigaction saved[32];
    return saved;
}
static inline void sw_on_crash_signal(int sig) {
    endwin();
    sigaction(sig, &sw_previous_crash_actions()[sig], NULL);
    /* A synchronous fault re-executes the faulting instruction on return; an abort must be re-sent. */
    if (sig == SIGABRT) raise(sig);
}
static inline void sw_install_crash_handlers(void) {
    int signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0;
        action.sa_handler = sw_on_crash_signal;
        sigaction(signals[i], &action, &sw_previous_crash_actions()[signals[i]]);
    }
}
/* A terminal that cannot move the cursor (TERM=dumb) cannot show a full-screen program. */
static inline int sw_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
/* The terminal's string for a terminfo capability (e.g. "kf4", the F4 key), or NULL when its
   entry has none: the bar names a function key the terminal lacks by its Esc fallback. */
static inline const char *sw_terminfo_string(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}
#endif
