// SPDX-License-Identifier: MIT
#pragma once

namespace dispatch {

// Hands memory the process freed back to the system, a moment after a large text left the screen.
//
// glibc keeps freed heap memory for reuse and returns only what lies at the top of its heap. A 36 MB payload
// pasted into the Enqueue editor leaves hundreds of thousands of small allocations (text blocks, layouts)
// spread over the heap: after the dialog closed, the process still held 197 MB more than before it opened
// (bench_hostile_gui release); malloc_trim() brought that to 0.2 MB (issue 20 item 4). Requests within a
// second are served by one trim, so a burst of them costs one walk of the heap. Elsewhere than glibc nothing
// happens.
class HeapRelease
{
public:
    // Trims the heap once the event loop has been idle for a second (coalescing calls in between).
    static void soon();
    // Trims now; false where the C library has no such call.
    static bool now();
};

} // namespace dispatch
