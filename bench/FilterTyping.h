// SPDX-License-Identifier: MIT
#pragma once

// bench_models' filter part: a word typed into the search field of the Jobs, Workflows and Events pages one
// keystroke at a time, then cleared, over 100 000 rows each. Prints filter_keystroke_100k_<rows> (the
// slowest keystroke of the word) and filter_clear_100k_<rows>, in ms. False when a filter kept no row.
bool filterTyping();
