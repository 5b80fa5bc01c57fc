/// √x as the bare LLVM intrinsic: correctly rounded (IEEE 754), identical to `x.squareRoot()`
/// for every input, but without the C library's `errno` branch for negative inputs that the
/// standard library's version carries on Linux. That branch (a call to `sqrtf`) is what stops
/// LLVM from vectorizing Adam's update loop; the intrinsic vectorizes to `vsqrtps`.
@_silgen_name("llvm.sqrt.f32")
func vectorizableSquareRoot(_ x: Float) -> Float
