import Glibc

/// Nanoseconds from CLOCK_MONOTONIC: cheap enough (tens of nanoseconds, no allocation) to time a
/// single keystroke of the engine without the clock dominating what it measures.
enum MonotonicClock {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
