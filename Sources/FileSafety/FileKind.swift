import Foundation

/// What kind of file a path names, in words, for the one-sentence refusals of an input that
/// cannot be read as a file (a device, a FIFO) and of an output that must not be replaced.
public enum FileKind {
    /// `nil` for a regular file (following symbolic links) or a path that does not exist;
    /// otherwise what the path is: "a directory", "a character device", "a FIFO (named pipe)", ….
    public static func nonRegular(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// Why `path` is not a file to read or replace, as the end of a sentence ("it is a FIFO (named
    /// pipe), not a regular file"), or `nil` for a regular file or a missing path.
    public static func refusal(_ path: String) -> String? {
        guard let kind = nonRegular(path) else { return nil }
        return kind == "a directory" ? "it is a directory, not a file" : "it is \(kind), not a regular file"
    }
}
