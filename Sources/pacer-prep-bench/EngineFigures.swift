/// What the headless engine measurement found.
struct EngineFigures {
    var replaysPerSecond: Double
    var keystrokeP99Microseconds: Double
    var keystrokeMedianMicroseconds: Double
    /// Events in one journey-R replay (each timed as one keystroke).
    var eventsPerReplay: Int
    /// Replays measured.
    var replays: Int
}
