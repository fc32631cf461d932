import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns off Nagle's algorithm on a server's listening TCP socket, found by its port, so that every
/// connection it accepts answers without a 40 ms stall.
///
/// Why: FlyingFox writes a response's header and its body in two `send`s. With Nagle on, the body waits
/// until the client acknowledges the header, and clients delay that acknowledgement by ~40 ms: every page
/// with a body took 40 ms longer than its work (measured by `scripts/recepcion-carga.py`: a region's page
/// 52 ms, of which 44 ms waiting). FlyingFox exposes neither its listening socket nor the accepted ones, but
/// on Linux an accepted socket inherits `TCP_NODELAY` from the listener; so this looks through the process's
/// descriptors for the listening socket bound to `port` and sets it there, once, after the server listens.
public enum ListeningSocketTuning {
    /// Sets `TCP_NODELAY` on the process's listening TCP socket(s) on `port`; returns how many it changed.
    @discardableResult
    public static func disableNagle(port: UInt16) -> Int {
        #if canImport(Glibc)
        var changed = 0
        // The open descriptors, from /proc (a few dozen), rather than every number up to the limit.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) }
            ?? Array(0..<1024)
        for descriptor in open where isListening(descriptor, on: port) {
            var on: Int32 = 1
            if setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 {
                changed += 1
            }
        }
        return changed
        #else
        return 0
        #endif
    }

    #if canImport(Glibc)
    /// Whether `descriptor` is a listening IPv4 or IPv6 TCP socket bound to `port`.
    private static func isListening(_ descriptor: Int32, on port: UInt16) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0, accepting == 1 else { return false }
        var address = sockaddr_storage()
        var addressLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &addressLength) }
        }
        guard named == 0 else { return false }
        switch Int32(address.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) == port }
            }
        case AF_INET6:
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) == port }
            }
        default:
            return false
        }
    }
    #endif
}
