// GNU readline for Swift. stdio.h must come first: readline.h uses FILE without including it.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Setters for readline's globals, so Swift 6 code can set them without touching shared
// mutable C state directly.

/// Names the program "lotse" for ~/.inputrc (`$if lotse`).
static inline void lotse_rl_set_name(void) { rl_readline_name = "lotse"; }

/// The function readline calls to complete a word (NULL: readline's default).
static inline void lotse_rl_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/// For the completion under way: no file-name completion as a fallback, and no space
/// appended after a unique match (readline resets both before every completion).
static inline void lotse_rl_completion_settings(void) {
    rl_attempted_completion_over = 1;
    rl_completion_suppress_append = 1;
}

/// Writes out what readline buffered, so text written around it comes in order.
static inline void lotse_rl_flush(void) { fflush(rl_outstream ? rl_outstream : stdout); }

/// Completes the whole line typed so far (no word breaks), so "/lang en" and labels with
/// spaces complete as one.
static inline void lotse_rl_complete_whole_line(void) { rl_completer_word_break_characters = ""; }

/// Whether readline installs its own signal handlers (0: Lotse handles SIGINT and SIGWINCH).
static inline void lotse_rl_set_catch_signals(int on) {
    rl_catch_signals = on;
    rl_catch_sigwinch = on;
}

/// The text typed so far on the current line.
static inline const char *lotse_rl_line_buffer(void) { return rl_line_buffer; }

/// Forgets the half-typed line (after Ctrl-C or a quick exit).
static inline void lotse_rl_discard_line(void) {
    rl_replace_line("", 1);
    rl_point = 0;
    rl_end = 0;
    rl_mark = 0;
}

/// Tells readline that the terminal size changed.
static inline void lotse_rl_resize(void) { rl_resize_terminal(); }

/// The cursor's byte offset in the line.
static inline int lotse_rl_point(void) { return rl_point; }

/// The length of the line in bytes.
static inline int lotse_rl_end(void) { return rl_end; }

/// The function readline reads a key with (NULL: readline's own `rl_getc`).
static inline void lotse_rl_set_getc(rl_getc_func_t *function) { rl_getc_function = function ? function : rl_getc; }

/// What readline asks to learn whether more keys are waiting (NULL: it polls the terminal).
static inline void lotse_rl_set_input_available(rl_hook_func_t *function) { rl_input_available_hook = function; }
