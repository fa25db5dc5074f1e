#if canImport(Glibc)
import Glibc
#endif

/// C library calls the Glibc module does not export (they sit behind _GNU_SOURCE or
/// _XOPEN_SOURCE in the headers), looked up by name: pipes and pseudo-terminals opened
/// close-on-exec in one call, so a program another test starts meanwhile cannot inherit them.
enum PlainLibc {
    private static func symbol<T>(_ name: String, as type: T.Type) -> T {
        // A null handle is RTLD_DEFAULT: the program and every library it loaded.
        guard let address = dlsym(nil, name) else {
            fatalError("the C library has no \(name)")
        }
        return unsafeBitCast(address, to: type)
    }

    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias OpenPT = @convention(c) (Int32) -> Int32
    typealias OnMaster = @convention(c) (Int32) -> Int32
    typealias PtsName = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// A pipe whose two ends are close-on-exec: [read, write].
    static func pipe() -> [Int32]? {
        var fds: [Int32] = [-1, -1]
        return symbol("pipe2", as: Pipe2.self)(&fds, O_CLOEXEC) == 0 ? fds : nil
    }

    /// A pseudo-terminal's master and slave, both close-on-exec, neither a controlling terminal.
    static func pseudoTerminal() -> (master: Int32, slave: Int32)? {
        let master = symbol("posix_openpt", as: OpenPT.self)(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { return nil }
        var name = [CChar](repeating: 0, count: 128)
        guard symbol("grantpt", as: OnMaster.self)(master) == 0,
              symbol("unlockpt", as: OnMaster.self)(master) == 0,
              symbol("ptsname_r", as: PtsName.self)(master, &name, name.count) == 0 else {
            close(master)
            return nil
        }
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        return (master, slave)
    }
}
