import Foundation

/// Everything that can go wrong when reading or writing a data file. Each case names the file and
/// says what is wrong in one sentence a student can act on; a broken file is always reported this
/// way, never by a trap or an attempt to allocate what the file merely claims to hold.
public enum DatasetError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file cannot be opened or read (missing, a directory, no permission, I/O error).
    case unreadable(file: String, reason: String)
    /// The file does not follow its format: wrong magic, a lying header, truncated data, …
    case malformed(file: String, reason: String)
    /// A valid file that uses a feature CNNLab does not read (a dtype, Fortran order, …).
    case unsupported(file: String, reason: String)
    /// The file cannot be written.
    case unwritable(file: String, reason: String)
    /// A data set file of the cache is missing or broken; `make data` fetches it again.
    case dataSetUnavailable(file: String, reason: String)

    /// What is wrong, without the file name.
    public var reason: String {
        switch self {
        case let .unreadable(_, reason), let .malformed(_, reason), let .unsupported(_, reason),
             let .unwritable(_, reason), let .dataSetUnavailable(_, reason):
            return reason
        }
    }

    /// One sentence: the file, then what is wrong with it.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "cannot read \(file): \(reason)"
        case let .malformed(file, reason):
            return "\(file) is malformed: \(reason)"
        case let .unsupported(file, reason):
            return "\(file) is not supported: \(reason)"
        case let .unwritable(file, reason):
            return "cannot write \(file): \(reason)"
        case let .dataSetUnavailable(file, reason):
            return "the data set file \(file) \(reason); run `make data` to fetch the data sets"
        }
    }
}
