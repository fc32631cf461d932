import FlyingFox
import Foundation

/// A request's body read whole, but never past a limit: a body announced or found larger is refused
/// before it fills the memory.
enum RequestBody {
    /// The body was larger than the limit.
    struct TooLarge: Error {}

    /// The bytes of `request`'s body, at most `limit` of them.
    static func read(_ request: HTTPRequest, limit: Int) async throws -> [UInt8] {
        if let announced = request.headers[.contentLength].flatMap(Int.init), announced > limit { throw TooLarge() }
        var bytes: [UInt8] = []
        for try await chunk in request.bodySequence {
            guard bytes.count + chunk.count <= limit else { throw TooLarge() }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }
}
