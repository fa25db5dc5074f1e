/// What the last line says was kept when a run ends early.
enum QuitMessage {
    static func kept(_ options: RunOptions) -> String {
        options.noRecord ? "nothing was saved" : "pacer-prep --resume continues it"
    }
}
