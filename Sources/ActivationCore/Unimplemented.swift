/// The value every shipped stub returns until a student replaces it.
///
/// It returns NaN rather than trapping: a stub must compile and run, so that the grader can
/// tell "not started" apart from "crashed", and so that `lab values` still answers (with `nan`)
/// for a lesson nobody has begun. The grader recognises a lesson whose sources still call
/// `unimplemented()` as not started.
@inlinable
public func unimplemented() -> Float {
    .nan
}
