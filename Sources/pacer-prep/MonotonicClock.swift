#if canImport(Glibc)
import Glibc
#endif

/// Milliseconds between calls, from the monotonic clock (never the wall clock, which jumps).
struct MonotonicClock {
    private var last = MonotonicClock.now()

    mutating func millisecondsSinceLastCall() -> Int {
        let now = Self.now()
        defer { last = now }
        return max(0, (now - last) / 1_000_000)
    }

    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
