#if canImport(Glibc)
@preconcurrency import Glibc  // `stdout` is a C global: fine to touch once, before any thread starts.
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import LabCommands

// Line-buffer standard output even into a pipe or file, so tables and progress lines appear as
// they are printed (a log watched with `tail -f`, CI output) rather than all at the end.
setvbuf(stdout, nil, _IOLBF, 0)

/// `lab`: the kit's command line. Every command lives in the LabCommands library, where it is
/// tested.
exit(Lab.program.run(Array(CommandLine.arguments.dropFirst())))
