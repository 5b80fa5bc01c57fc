import GradingSupport

// The student's lesson 05 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here. No
// argument means the student's own default, as `LeakyReLU()` does in their code.
func LeakyReLU() -> RemoteActivation { RemoteActivation("LeakyReLU") }
func LeakyReLU(alpha: Float) -> RemoteActivation { RemoteActivation("LeakyReLU", parameters: [alpha]) }
func PReLU() -> RemoteActivation { RemoteActivation("PReLU") }
func PReLU(alpha: Float) -> RemoteActivation { RemoteActivation("PReLU", parameters: [alpha]) }

extension RemoteActivation {
    /// PReLU's ∂f/∂α at `x`.
    func alphaGradient(_ x: Float) -> Float { method("alphaGradient", at: [x])[0] }
}
