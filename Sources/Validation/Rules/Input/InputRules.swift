/// The Input rules, in the order they run.
enum InputRules {
    static let all: [any DocumentRule] = []
}
