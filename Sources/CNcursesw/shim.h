// What Swift cannot import from ncursesw directly: macros, and globals that Swift 6 calls
// "not concurrency-safe". See ../shared/notes/ncurses-swift.md.
#ifndef TAPLINE_CNCURSESW_SHIM_H
#define TAPLINE_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *tapline_stdscr(void) { return stdscr; }
static inline int tapline_lines(void) { return LINES; }
static inline int tapline_cols(void) { return COLS; }
static inline int tapline_colors(void) { return COLORS; }
static inline int tapline_color_pairs(void) { return COLOR_PAIRS; }
static inline int tapline_key_resize(void) { return KEY_RESIZE; }
static inline FILE *tapline_stdout(void) { return stdout; }
static inline FILE *tapline_stdin(void) { return stdin; }

/// Frees the terminfo entry `setupterm` loaded to check TERM, before `newterm` loads its own.
static inline void tapline_release_setupterm(void) { del_curterm(cur_term); cur_term = NULL; }

/// The terminal's real size from the kernel. SIGWINCH can land on any thread, and then a
/// blocked wgetch never hears of it; comparing sizes after each read catches every resize.
static inline int tapline_window_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

static inline attr_t tapline_a_normal(void) { return A_NORMAL; }
static inline attr_t tapline_a_bold(void) { return A_BOLD; }
static inline attr_t tapline_a_dim(void) { return A_DIM; }
static inline attr_t tapline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tapline_a_reverse(void) { return A_REVERSE; }
static inline attr_t tapline_a_italic(void) { return A_ITALIC; }

/// Sets attributes and an (extended) colour pair for the text written next.
static inline int tapline_set_style(WINDOW *win, attr_t attrs, int pair) {
    return wattr_set(win, attrs, (short)(pair < 32767 ? pair : 0), &pair);
}

#endif
