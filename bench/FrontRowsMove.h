// SPDX-License-Identifier: MIT
#pragma once

// bench_models' move part: JobsModel and WorkflowRunsModel moving their first 2 000 rows to the end
// (moveFrontRowsToEnd, what the journal's replay in two pages asks once it is done), out of 20 000, 200 000
// and 600 000 rows, alone and behind the Jobs page's sorted proxy. Prints
// {jobs,runs}_move_front_2000_of_{20k,200k,600k} and jobs_move_front_2000_of_200k_sorted_proxy, the median
// of five moves in ms of CPU. The first model of the process also pays for fresh memory (page faults), the
// later ones reuse the freed heap. False when a move lost or misplaced a row.
bool frontRowsMove();
