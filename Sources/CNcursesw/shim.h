#ifndef PACER_PREP_CNCURSESW_SHIM_H
#define PACER_PREP_CNCURSESW_SHIM_H
/*
 * The only C in pacer-prep: what Swift 6 cannot read or import from ncursesw.
 *
 * - Swift 6 refuses to read C globals (stdscr, COLORS, ...) and cannot import function-like
 *   macros (A_BOLD, KEY_F, ...): each gets a static inline getter, prefixed `pp_`.
 * - Glibc's Swift module hides wcwidth/wcswidth: they are declared here.
 * - Mouse button masks are macros too: getters below.
 * - <pty.h> is included for the in-process curses tests (openpty on a pseudo-terminal).
 * Editing only this file does not trigger a rebuild: touch a Swift file or clean.
 */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <pty.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* Globals. */
static inline WINDOW *pp_stdscr(void) { return stdscr; }
static inline int pp_colors(void) { return COLORS; }
static inline int pp_color_pairs(void) { return COLOR_PAIRS; }

/* Function-like macros. */
static inline attr_t pp_a_normal(void) { return A_NORMAL; }
static inline attr_t pp_a_bold(void) { return A_BOLD; }
static inline attr_t pp_a_reverse(void) { return A_REVERSE; }
static inline attr_t pp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pp_a_dim(void) { return A_DIM; }
static inline attr_t pp_a_color(void) { return A_COLOR; }
static inline int pp_key_f(int n) { return KEY_F(n); }
static inline int pp_pair_number(attr_t attrs) { return PAIR_NUMBER(attrs); }

/* Mouse button masks (function-like macros). Wheel up is button 4, wheel down button 5. */
static inline mmask_t pp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t pp_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t pp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pp_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pp_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
