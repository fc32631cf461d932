import Foundation
import FuzzTargets

#if FUZZING
// Built with `-sanitize=fuzzer -DFUZZING` (make fuzz). SwiftPM points the executable's `main` at this file's
// top-level code, so libFuzzer's own `main` (linked, and needing the entry below) never runs: the code
// below hands the command line to libFuzzer's driver instead.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    RenderFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
#else
// Built without: replays the files it is given, how a crash libFuzzer saved is run again after a fix.
for path in CommandLine.arguments.dropFirst() {
    guard let bytes = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("rme-fuzz: cannot read \(path)\n".utf8))
        exit(2)
    }
    RenderFuzzTarget.run(Array(bytes))
    print("\(path): ok")
}
#endif
