import Foundation

/// The latest year accepted in `desde`: the year on the machine's clock, in its time zone.
enum CurrentYear {
    static var now: Int {
        Calendar(identifier: .gregorian).component(.year, from: Date())
    }
}
