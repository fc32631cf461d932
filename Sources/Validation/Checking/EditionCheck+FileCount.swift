extension Array where Element == EditionCheck {
    /// Every file the checks read (edition files, front pages, experiences): the count a report's summary
    /// line gives.
    public var fileCount: Int {
        reduce(0) { count, check in
            count + (check.folder.editionFile == nil ? 0 : 1) + check.folder.pageFiles.count + check.folder.experienceFiles.count
        }
    }
}
